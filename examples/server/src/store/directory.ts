import type { Directory, DirectoryGroup, DirectoryUser } from '@integrakit/core/assignment';
import type { Db } from './database.js';
import { prefixEnd, wellFormed } from './prefix-range.js';

/** A stored user in Okta's shape (without `_links`). */
export interface StoredUser {
  readonly id: string;
  readonly status: 'ACTIVE' | 'STAGED';
  readonly created: string;
  readonly lastUpdated: string;
  readonly activated: string | null;
  readonly statusChanged: string | null;
  readonly profile: Record<string, unknown> & { login: string };
}

/** A stored group in Okta's shape (without `_links`). */
export interface StoredGroup {
  readonly id: string;
  readonly type: 'OKTA_GROUP';
  readonly created: string;
  readonly lastUpdated: string;
  readonly lastMembershipUpdated: string;
  readonly objectClass: ['okta:user_group'];
  readonly profile: { name: string; description?: string | undefined };
}

/** A stored scope grant (`OAuth2ScopeConsentGrant`, without `_links`). */
export interface StoredGrant {
  readonly id: string;
  readonly appId: string;
  readonly issuer: string;
  readonly scopeId: string;
  readonly clientId: string;
  readonly source: 'ADMIN';
  readonly status: 'ACTIVE';
  readonly created: string;
  readonly lastUpdated: string;
}

/** Users, groups, memberships and grants on SQLite; also core's {@link Directory} for the assignment rules. */
export interface DirectoryStore extends Directory {
  /** Inserts a user; `false` when the login is taken. */
  insertUser(user: StoredUser): boolean;
  user(id: string): StoredUser | undefined;
  users(after: number, limit: number, q?: string): { seq: number; user: StoredUser }[];
  insertGroup(group: StoredGroup): void;
  group(id: string): StoredGroup | undefined;
  groups(after: number, limit: number, q?: string): { seq: number; group: StoredGroup }[];
  /** Adds a member; `false` when already a member. */
  addMember(groupId: string, userId: string): boolean;
  removeMember(groupId: string, userId: string): boolean;
  memberIds(groupId: string): string[];
  /** Inserts a grant; `false` when the scope is already granted to the app. */
  insertGrant(grant: StoredGrant): boolean;
  grant(appId: string, grantId: string): StoredGrant | undefined;
  grants(appId: string): StoredGrant[];
  removeGrant(appId: string, grantId: string): boolean;
  removeGrantsOf(appId: string): void;
}

/**
 * What Okta's `q` matches, as the indexed expressions (see the schema): the login (stored
 * lowercased), and the email, first and last name lowercased by SQLite (`lower` folds ASCII only).
 * A person matches when one of them starts with the text, lowercased.
 */
const USER_SEARCH_KEYS = [
  'login_key',
  ...['email', 'firstName', 'lastName'].map((field) => `lower(json_extract(data, '$.profile.${field}'))`),
];

/** The parameters of {@link USER_SEARCH_SQL}: `end` is `prefixEnd(q)`. */
export interface UserSearchParams {
  readonly after: number;
  readonly q: string;
  readonly end: string | Buffer;
  readonly limit: number;
}

/**
 * One page of people matching `q` after the `after` cursor, in `seq` order: each key's index is read
 * as a prefix range (only the seqs), the matches merged, and only the page's rows read.
 */
export const USER_SEARCH_SQL = `SELECT seq, data FROM users WHERE seq IN (
  SELECT DISTINCT seq FROM (${USER_SEARCH_KEYS.map(
    (key) => `SELECT seq FROM users WHERE ${key} >= @q AND ${key} < @end AND seq > @after`,
  ).join(' UNION ALL ')}) ORDER BY seq LIMIT @limit) ORDER BY seq`;

const parse = <T>(row: { data: string } | undefined): T | undefined =>
  row === undefined ? undefined : (JSON.parse(row.data) as T);

/** Creates the directory tables' accessors. Callers hold the transaction (see `withWrite`). */
export function createDirectoryStore(db: Db): DirectoryStore {
  const q = {
    insertUser: db.prepare('INSERT OR IGNORE INTO users (id, login_key, data) VALUES (?, ?, ?)'),
    user: db.prepare<[string], { data: string }>('SELECT data FROM users WHERE id = ?'),
    users: db.prepare<{ after: number; limit: number }, { seq: number; data: string }>(
      'SELECT seq, data FROM users WHERE seq > @after ORDER BY seq LIMIT @limit',
    ),
    searchUsers: db.prepare<UserSearchParams, { seq: number; data: string }>(USER_SEARCH_SQL),
    insertGroup: db.prepare('INSERT INTO groups (id, data) VALUES (?, ?)'),
    group: db.prepare<[string], { data: string }>('SELECT data FROM groups WHERE id = ?'),
    groups: db.prepare<[number, string, string, number], { seq: number; data: string }>(
      "SELECT seq, data FROM groups WHERE seq > ? AND (? = '' OR instr(lower(json_extract(data, '$.profile.name')), ?) = 1) ORDER BY seq LIMIT ?",
    ),
    addMember: db.prepare('INSERT OR IGNORE INTO members (group_id, user_id) VALUES (?, ?)'),
    removeMember: db.prepare('DELETE FROM members WHERE group_id = ? AND user_id = ?'),
    memberIds: db.prepare<[string], { user_id: string }>(
      'SELECT m.user_id FROM members m JOIN users u ON u.id = m.user_id WHERE m.group_id = ? ORDER BY u.seq',
    ),
    groupsOf: db.prepare<[string], { group_id: string }>('SELECT group_id FROM members WHERE user_id = ?'),
    insertGrant: db.prepare('INSERT OR IGNORE INTO grants (id, app_id, scope_key, data) VALUES (?, ?, ?, ?)'),
    grant: db.prepare<[string, string], { data: string }>('SELECT data FROM grants WHERE app_id = ? AND id = ?'),
    grants: db.prepare<[string], { data: string }>('SELECT data FROM grants WHERE app_id = ? ORDER BY seq'),
    removeGrant: db.prepare('DELETE FROM grants WHERE app_id = ? AND id = ?'),
    removeGrantsOf: db.prepare('DELETE FROM grants WHERE app_id = ?'),
  };
  const store: DirectoryStore = {
    insertUser: (user) => q.insertUser.run(user.id, user.profile.login.toLowerCase(), JSON.stringify(user)).changes > 0,
    user: (id) => parse<StoredUser>(q.user.get(id)),
    users: (after, limit, text = '') => {
      const prefix = wellFormed(text.toLowerCase());
      const rows =
        prefix === ''
          ? q.users.all({ after, limit })
          : q.searchUsers.all({ after, q: prefix, end: prefixEnd(prefix), limit });
      return rows.map((row) => ({ seq: row.seq, user: JSON.parse(row.data) }));
    },
    insertGroup: (group) => {
      q.insertGroup.run(group.id, JSON.stringify(group));
    },
    group: (id) => parse<StoredGroup>(q.group.get(id)),
    groups: (after, limit, text = '') =>
      q.groups
        .all(after, text, text.toLowerCase(), limit)
        .map((row) => ({ seq: row.seq, group: JSON.parse(row.data) })),
    addMember: (groupId, userId) => q.addMember.run(groupId, userId).changes > 0,
    removeMember: (groupId, userId) => q.removeMember.run(groupId, userId).changes > 0,
    memberIds: (groupId) => q.memberIds.all(groupId).map((row) => row.user_id),
    insertGrant: (grant) =>
      q.insertGrant.run(grant.id, grant.appId, grant.scopeId.toLowerCase(), JSON.stringify(grant)).changes > 0,
    grant: (appId, grantId) => parse<StoredGrant>(q.grant.get(appId, grantId)),
    grants: (appId) => q.grants.all(appId).map((row) => JSON.parse(row.data) as StoredGrant),
    removeGrant: (appId, grantId) => q.removeGrant.run(appId, grantId).changes > 0,
    removeGrantsOf: (appId) => {
      q.removeGrantsOf.run(appId);
    },
    async getUser(id): Promise<DirectoryUser | undefined> {
      const user = store.user(id);
      return user === undefined ? undefined : { id: user.id, profile: user.profile };
    },
    async getGroup(id): Promise<DirectoryGroup | undefined> {
      const group = store.group(id);
      return group === undefined ? undefined : { id, name: group.profile.name, members: store.memberIds(id) };
    },
    async groupsOf(userId) {
      return q.groupsOf.all(userId).map((row) => row.group_id);
    },
  };
  return store;
}
