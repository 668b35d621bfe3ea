import * as z from 'zod/mini';
import type { CallOptions, Http } from './http.js';
import type { Page } from './pagination.js';
import { lister, params, seg, signalOf } from './resource.js';
import { AppUserSchema, type GroupAssignment, GroupAssignmentSchema, GroupSchema, UserSchema } from './wire.js';

/** An app user listed with `expand=user`: the person is embedded, so a list needs no request per row. */
export const AppUserWithUserSchema = z.extend(AppUserSchema, {
  _embedded: z.optional(z.looseObject({ user: UserSchema })),
});

/** A group assignment listed with `expand=group`: the group (its name) is embedded. */
export const GroupAssignmentWithGroupSchema = z.extend(GroupAssignmentSchema, {
  _embedded: z.optional(z.looseObject({ group: GroupSchema })),
});

export type AppUserWithUser = z.output<typeof AppUserWithUserSchema>;
export type GroupAssignmentWithGroup = z.output<typeof GroupAssignmentWithGroupSchema>;

/** Options of a directory search page. */
export interface SearchPageOptions extends CallOptions {
  /** Okta's `q`: people whose login, email, first or last name starts with it; groups by name. */
  readonly q?: string;
  /** Page size, 1–200. @default 20 */
  readonly limit?: number;
  /** The previous page's `next` link (followed as given, on the org's origin only). */
  readonly after?: string;
}

/** Options of {@link AssignmentsApi.usersPage}. */
export interface AppUsersPageOptions extends CallOptions {
  /** Page size, 1–500. @default the server's (Okta: 50) */
  readonly limit?: number;
  /** The previous page's `next` link (followed as given, on the org's origin only). */
  readonly after?: string;
}

/** What an assignments screen reads and changes beyond the plain app users and groups APIs. */
export interface AssignmentsApi {
  /** Every app user with the person embedded (`GET /apps/{appId}/users?expand=user`), lazily paged. */
  users(appId: string, options?: { readonly limit?: number } & CallOptions): AsyncGenerator<AppUserWithUser, void>;
  /**
   * One page of app users with the person embedded (`GET /apps/{appId}/users?expand=user`), for a
   * list that loads as it scrolls: the first page, or the one the previous page's `next` links to.
   */
  usersPage(appId: string, options?: AppUsersPageOptions): Promise<Page<AppUserWithUser>>;
  /** Every group assignment, in priority order, with the group embedded (`expand=group`). */
  groups(
    appId: string,
    options?: { readonly limit?: number } & CallOptions,
  ): AsyncGenerator<GroupAssignmentWithGroup, void>;
  /**
   * Moves a group to `priority` (0 is first), keeping its app profile: `PUT` replaces the
   * assignment, so the profile is read first and sent back.
   */
  setGroupPriority(appId: string, groupId: string, priority: number, options?: CallOptions): Promise<GroupAssignment>;
  /** One page of people matching `q` (`GET /users?q=`), for pickers. */
  searchUsers(options?: SearchPageOptions): Promise<Page<z.output<typeof UserSchema>>>;
  /** One page of groups matching `q` (`GET /groups?q=`), for pickers. */
  searchGroups(options?: SearchPageOptions): Promise<Page<z.output<typeof GroupSchema>>>;
}

export function assignmentsApi(http: Http): AssignmentsApi {
  const searchPage = <S extends z.ZodMiniType>(path: string, schema: S, options: SearchPageOptions) =>
    options.after !== undefined
      ? http.page(options.after, schema, signalOf(options))
      : http.page(path, schema, {
          ...signalOf(options),
          searchParams: params({ q: options.q === '' ? undefined : options.q, limit: options.limit ?? 20 }),
        });
  return {
    users: (appId, options = {}) =>
      lister(
        http,
        `apps/${seg(appId)}/users`,
        AppUserWithUserSchema,
        params({ expand: 'user', limit: options.limit }),
        options,
      ),
    usersPage: (appId, options = {}) =>
      options.after !== undefined
        ? http.page(options.after, AppUserWithUserSchema, signalOf(options))
        : http.page(`apps/${seg(appId)}/users`, AppUserWithUserSchema, {
            ...signalOf(options),
            searchParams: params({ expand: 'user', limit: options.limit }),
          }),
    groups: (appId, options = {}) =>
      lister(
        http,
        `apps/${seg(appId)}/groups`,
        GroupAssignmentWithGroupSchema,
        params({ expand: 'group', limit: options.limit }),
        options,
      ),
    async setGroupPriority(appId, groupId, priority, options = {}) {
      const path = `apps/${seg(appId)}/groups/${seg(groupId)}`;
      const current = await http.json('GET', path, GroupAssignmentSchema, signalOf(options));
      return http.json('PUT', path, GroupAssignmentSchema, {
        ...signalOf(options),
        json: { priority, profile: current.profile },
      });
    },
    searchUsers: (options = {}) => searchPage('users', UserSchema, options),
    searchGroups: (options = {}) => searchPage('groups', GroupSchema, options),
  };
}
