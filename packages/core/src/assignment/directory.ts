import * as z from 'zod/mini';

/** A user as the assignment rules see it: an id and the Okta profile usernames are computed from. */
export const DirectoryUserSchema = z.object({
  id: z.string().check(z.minLength(1)),
  profile: z.record(z.string(), z.unknown()),
});

/** A group and its member user ids. */
export const DirectoryGroupSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  members: z.array(z.string().check(z.minLength(1))),
});

export type DirectoryUser = z.output<typeof DirectoryUserSchema>;
export type DirectoryGroup = z.output<typeof DirectoryGroupSchema>;

/** Where users and groups live (an Okta org, an HR system, the reference server's tables). */
export interface Directory {
  getUser(id: string): Promise<DirectoryUser | undefined>;
  getGroup(id: string): Promise<DirectoryGroup | undefined>;
  /** Ids of the groups `userId` belongs to. */
  groupsOf(userId: string): Promise<readonly string[]>;
}

/** An in-memory {@link Directory} whose users and groups can be changed, for tests and demos. */
export interface MemoryDirectory extends Directory {
  putUser(user: DirectoryUser): void;
  putGroup(group: DirectoryGroup): void;
}

/** Creates a {@link MemoryDirectory} seeded with `users` and `groups` (validated). */
export function createMemoryDirectory(
  seed: { readonly users?: readonly DirectoryUser[]; readonly groups?: readonly DirectoryGroup[] } = {},
): MemoryDirectory {
  const users = new Map<string, DirectoryUser>();
  const groups = new Map<string, DirectoryGroup>();
  const directory: MemoryDirectory = {
    async getUser(id) {
      const user = users.get(id);
      return user === undefined ? undefined : structuredClone(user);
    },
    async getGroup(id) {
      const group = groups.get(id);
      return group === undefined ? undefined : structuredClone(group);
    },
    async groupsOf(userId) {
      return [...groups.values()].filter((group) => group.members.includes(userId)).map((group) => group.id);
    },
    putUser(user) {
      const valid = DirectoryUserSchema.parse(user);
      users.set(valid.id, valid);
    },
    putGroup(group) {
      const valid = DirectoryGroupSchema.parse(group);
      groups.set(valid.id, valid);
    },
  };
  for (const user of seed.users ?? []) directory.putUser(user);
  for (const group of seed.groups ?? []) directory.putGroup(group);
  return directory;
}
