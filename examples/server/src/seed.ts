import { UserProfileSchema } from '@integrakit/core/client';
import { newOktaGroup, okId } from './routes/directory.js';
import type { Db } from './store/database.js';
import type { DirectoryStore, StoredUser } from './store/directory.js';
import { createPasswordStore, hashPassword } from './store/passwords.js';

/** The people of the seeded org (login and email `<first>@example.com`) and their groups. */
const people = [
  ['Ada', 'Lovelace', ['Engineering']],
  ['Grace', 'Hopper', ['Engineering', 'Contractors']],
  ['Alan', 'Turing', ['Engineering']],
  ['Katherine', 'Johnson', ['Finance']],
  ['Margaret', 'Hamilton', ['Engineering', 'Finance']],
  ['Tim', 'Berners-Lee', ['Marketing', 'Contractors']],
] as const;

const groups = {
  Engineering: 'Builds and runs the product',
  Finance: 'Billing, payroll and expenses',
  Marketing: 'Campaigns and the website',
  Contractors: 'People outside the company with limited access',
} as const;

/** Options of {@link seedOrg}. */
export interface SeedOptions {
  /** The sign-in password every seeded person gets (stored as a scrypt hash, never in clear). */
  readonly password: string;
}

/** What {@link seedOrg} added. */
export interface SeedResult {
  readonly people: number;
  readonly groups: number;
}

/**
 * Gives a new org a handful of people and groups so assignment can be tried at once. Runs once per
 * database: a database that already has people, or was seeded before, is left alone (even if the
 * seeded people were deleted since), and `undefined` is returned.
 */
export async function seedOrg(
  db: Db,
  directory: DirectoryStore,
  options: SeedOptions,
): Promise<SeedResult | undefined> {
  db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  const passwords = createPasswordStore(db);
  const seededBefore = db.prepare("SELECT 1 FROM meta WHERE key = 'seeded'").get() !== undefined;
  if (seededBefore || directory.users(0, 1).length > 0) return undefined;

  // Hashed before the transaction: scrypt runs on libuv's threads, in parallel.
  const hashes = await Promise.all(people.map(() => hashPassword(options.password)));
  const time = new Date().toISOString();
  db.transaction(() => {
    const groupIds = new Map<string, string>();
    for (const [name, description] of Object.entries(groups)) {
      const group = newOktaGroup({ name, description }, time);
      directory.insertGroup(group);
      groupIds.set(name, group.id);
    }
    people.forEach(([firstName, lastName, memberOf], index) => {
      const login = `${firstName.toLowerCase()}@example.com`;
      const user: StoredUser = {
        id: okId('00u'),
        status: 'ACTIVE',
        created: time,
        lastUpdated: time,
        activated: time,
        statusChanged: time,
        profile: UserProfileSchema.parse({ login, email: login, firstName, lastName }),
      };
      directory.insertUser(user);
      passwords.set(user.id, hashes[index] ?? '');
      for (const name of memberOf) directory.addMember(groupIds.get(name) ?? '', user.id);
    });
    db.prepare("INSERT INTO meta (key, value) VALUES ('seeded', ?)").run(time);
  })();
  return { people: people.length, groups: Object.keys(groups).length };
}
