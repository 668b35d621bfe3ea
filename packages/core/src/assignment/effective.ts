import type { AssignmentRecord, GroupAssignmentRecord, UserAssignmentRecord } from './model.js';

/** How a user reaches an integration, before the username is worked out. */
export interface AssignmentSource {
  /** `USER` for a direct assignment, `GROUP` when only group assignments apply (Okta's `scope`). */
  readonly scope: 'USER' | 'GROUP';
  /** The group whose profile applies (highest priority), for `GROUP` scope. */
  readonly groupId?: string;
  /** App profile from the direct assignment, or from the highest-priority group. */
  readonly profile: Readonly<Record<string, unknown>>;
  /** Username an admin set on the direct assignment. */
  readonly manualUsername?: string;
}

/**
 * Resolves which assignment applies to a user: a direct assignment beats every group; among the
 * user's groups the highest priority (lowest number, ties broken by group id so the result never
 * depends on insertion order) supplies the app profile. Returns `undefined` when none applies.
 */
export function resolveAssignmentSource(
  records: readonly AssignmentRecord[],
  userId: string,
  userGroupIds: readonly string[],
): AssignmentSource | undefined {
  const direct = records.find(
    (record): record is UserAssignmentRecord => record.type === 'user' && record.id === userId,
  );
  if (direct !== undefined) {
    return direct.username === undefined
      ? { scope: 'USER', profile: direct.profile }
      : { scope: 'USER', profile: direct.profile, manualUsername: direct.username };
  }
  const member = new Set(userGroupIds);
  const best = records
    .filter((record): record is GroupAssignmentRecord => record.type === 'group' && member.has(record.id))
    .sort((a, b) => a.priority - b.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))[0];
  return best === undefined ? undefined : { scope: 'GROUP', groupId: best.id, profile: best.profile };
}
