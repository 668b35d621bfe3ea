import type { Integration } from '../integration/model.js';
import { hasPushProvisioning } from '../integration/rules.js';
import type { IntegrationStore } from '../integration/store.js';
import type { Directory } from './directory.js';
import { resolveAssignmentSource } from './effective.js';
import { AssignmentError } from './errors.js';
import type { AssignmentRecord, GroupAssignmentRecord } from './model.js';
import { computeUsername } from './usernames.js';

/** The resolved assignment of one user to one integration (Okta's app user). */
export interface EffectiveAssignment {
  readonly integrationId: string;
  readonly userId: string;
  readonly scope: 'USER' | 'GROUP';
  /** The group supplying the profile, for `GROUP` scope. */
  readonly groupId?: string;
  /** The app username; `null` when the format is `NONE` and none was set manually. */
  readonly username: string | null;
  readonly profile: Readonly<Record<string, unknown>>;
}

/** An app tile on a user's dashboard. */
export interface DashboardApp {
  readonly integrationId: string;
  readonly label: string;
  readonly protocol: Integration['signOn']['protocol'];
  readonly catalogEntry?: string;
  readonly autoLaunch: boolean;
  /** Hidden on the platform asked for; only listed with `includeHidden`. */
  readonly hidden: boolean;
  readonly username: string | null;
}

/** Options for a direct user assignment. */
export interface AssignUserOptions {
  /** Manual app username, 1–100 characters; required for format `NONE` with push provisioning. */
  readonly username?: string;
  readonly profile?: Readonly<Record<string, unknown>>;
}

/** Options for a group assignment. */
export interface AssignGroupOptions {
  /**
   * 0 is the highest priority; a taken priority moves the groups at and below it down by one.
   * @default the next priority after the lowest-ranked group (appended)
   */
  readonly priority?: number;
  readonly profile?: Readonly<Record<string, unknown>>;
}

/** Assignment operations with the Admin Console's rules; every refusal is an {@link AssignmentError}. */
export interface Assignments {
  assignUser(integrationId: string, userId: string, options?: AssignUserOptions): Promise<EffectiveAssignment>;
  assignGroup(integrationId: string, groupId: string, options?: AssignGroupOptions): Promise<void>;
  unassignUser(integrationId: string, userId: string): Promise<void>;
  unassignGroup(integrationId: string, groupId: string): Promise<void>;
  /** Sets group priorities to the given order (first = highest); must list exactly the assigned groups. */
  reorderGroups(integrationId: string, groupIds: readonly string[]): Promise<void>;
  /** The user's effective assignment, or `null` when neither the user nor any of their groups is assigned. */
  effective(integrationId: string, userId: string): Promise<EffectiveAssignment | null>;
  /**
   * {@link Assignments.effective} for many users of one integration, reading the integration and its
   * assignments once (a page of app users, a group's members), in the order of `userIds`.
   */
  effectiveMany(integrationId: string, userIds: readonly string[]): Promise<(EffectiveAssignment | null)[]>;
  /**
   * Apps the user sees on the dashboard: active, effectively assigned, and not hidden on `platform`
   * (hidden ones too with `includeHidden`, as Okta's app links list them).
   */
  dashboard(
    userId: string,
    options?: { readonly platform?: 'web' | 'iOS'; readonly includeHidden?: boolean },
  ): Promise<DashboardApp[]>;
}

const maxPriority = 100;

function assertAssignable(integration: Integration): void {
  if (integration.status !== 'ACTIVE') {
    throw new AssignmentError(
      'inactive_integration',
      `'${integration.label}' is inactive; activate it before assigning`,
    );
  }
}

/**
 * Creates the assignment rules over a store and a directory. Usernames computed at assignment are
 * remembered (in memory, per instance), so a `CREATE_ONLY` integration keeps the first username
 * while `CREATE_AND_UPDATE` recomputes it from the user's current attributes.
 */
export function createAssignments(deps: {
  readonly store: IntegrationStore;
  readonly directory: Directory;
}): Assignments {
  const { store, directory } = deps;
  const usernames = new Map<string, string>();
  const key = (integrationId: string, userId: string) => `${integrationId}\u0000${userId}`;

  const requireUser = async (userId: string) => {
    const user = await directory.getUser(userId);
    if (user === undefined) throw new AssignmentError('unknown_user', `No user with id '${userId}'`);
    return user;
  };
  const requireGroup = async (groupId: string) => {
    const group = await directory.getGroup(groupId);
    if (group === undefined) throw new AssignmentError('unknown_group', `No group with id '${groupId}'`);
    return group;
  };
  const groupsOf = async (integrationId: string) =>
    (await store.listAssignments(integrationId)).filter(
      (record): record is GroupAssignmentRecord => record.type === 'group',
    );

  /** One user's effective assignment, from the integration and its assignment records as read by the caller. */
  const resolve = async (
    integration: Integration,
    records: readonly AssignmentRecord[],
    userId: string,
  ): Promise<EffectiveAssignment | null> => {
    const integrationId = integration.id;
    const user = await requireUser(userId);
    const source = resolveAssignmentSource(records, userId, await directory.groupsOf(userId));
    if (source === undefined) {
      usernames.delete(key(integrationId, userId));
      return null;
    }
    const remembered = usernames.get(key(integrationId, userId));
    let username = source.manualUsername ?? null;
    if (username === null) {
      const keep = integration.username.updateOn === 'CREATE_ONLY' && remembered !== undefined;
      username = keep ? remembered : computeUsername(integration.username.template, user.profile);
    }
    if (username !== null) usernames.set(key(integrationId, userId), username);
    const base = { integrationId, userId, scope: source.scope, username, profile: source.profile };
    return source.groupId === undefined ? base : { ...base, groupId: source.groupId };
  };
  const effectiveMany = async (integrationId: string, userIds: readonly string[]) => {
    const integration = await store.get(integrationId);
    const records = await store.listAssignments(integrationId);
    const out: (EffectiveAssignment | null)[] = [];
    for (const userId of userIds) out.push(await resolve(integration, records, userId));
    return out;
  };
  const effective = async (integrationId: string, userId: string): Promise<EffectiveAssignment | null> =>
    (await effectiveMany(integrationId, [userId]))[0] ?? null;

  const savePriorities = async (ordered: readonly GroupAssignmentRecord[]) => {
    for (const record of ordered) await store.saveAssignment(record);
  };

  return {
    async assignUser(integrationId, userId, options = {}) {
      const integration = await store.get(integrationId);
      assertAssignable(integration);
      const user = await requireUser(userId);
      const records = await store.listAssignments(integrationId);
      if (records.some((record) => record.type === 'user' && record.id === userId)) {
        throw new AssignmentError('duplicate', `User '${userId}' is already assigned to '${integration.label}'`);
      }
      const { username } = options;
      if (username !== undefined && (username.trim().length === 0 || username.length > 100)) {
        throw new AssignmentError('invalid_username', 'An app username must be 1 to 100 characters');
      }
      if (username !== undefined && usesSharedCredentials(integration)) {
        throw new AssignmentError(
          'username_not_allowed',
          'This integration signs everyone in with one shared account; assign without a username',
        );
      }
      if (username === undefined && hasPushProvisioning(integration)) {
        const computed = computeUsername(integration.username.template, user.profile);
        if (computed === null) {
          throw new AssignmentError(
            'username_required',
            integration.username.template.type === 'NONE'
              ? 'The username format is None and provisioning pushes to the app: enter a username for this user'
              : "The username format produced no value for this user's attributes: enter a username",
          );
        }
      }
      await store.saveAssignment({
        type: 'user',
        integrationId,
        id: userId,
        profile: { ...options.profile },
        ...(username === undefined ? {} : { username }),
      });
      const result = await effective(integrationId, userId);
      if (result === null) throw new AssignmentError('not_assigned', `User '${userId}' could not be assigned`);
      return result;
    },

    async assignGroup(integrationId, groupId, options = {}) {
      const integration = await store.get(integrationId);
      assertAssignable(integration);
      const group = await requireGroup(groupId);
      if (integration.username.template.type === 'NONE' && hasPushProvisioning(integration)) {
        throw new AssignmentError(
          'username_required',
          'The username format is None and provisioning pushes to the app: assign users directly, each with a username',
        );
      }
      const groups = await groupsOf(integrationId);
      if (groups.some((record) => record.id === groupId)) {
        throw new AssignmentError('duplicate', `Group '${group.name}' is already assigned to '${integration.label}'`);
      }
      const appended = groups.length === 0 ? 0 : Math.max(...groups.map((record) => record.priority)) + 1;
      const priority = options.priority ?? appended;
      if (!Number.isInteger(priority) || priority < 0 || priority > maxPriority) {
        throw new AssignmentError('invalid_priority', `Group priority must be an integer from 0 to ${maxPriority}`);
      }
      // Insert like the Admin Console's drag list: a taken slot pushes that group and the ones below it down.
      const shifted: GroupAssignmentRecord[] = [];
      let next = priority;
      for (const record of groups.sort((a, b) => a.priority - b.priority)) {
        if (record.priority < next) continue;
        if (record.priority > next) break;
        next += 1;
        shifted.push({ ...record, priority: next });
      }
      if (next > maxPriority)
        throw new AssignmentError('invalid_priority', `No group priority left below ${maxPriority}`);
      await savePriorities(shifted);
      await store.saveAssignment({
        type: 'group',
        integrationId,
        id: groupId,
        priority,
        profile: { ...options.profile },
      });
      const members = [];
      for (const member of group.members) if ((await directory.getUser(member)) !== undefined) members.push(member);
      await effectiveMany(integrationId, members);
    },

    async unassignUser(integrationId, userId) {
      if (!(await store.removeAssignment(integrationId, { type: 'user', id: userId }))) {
        throw new AssignmentError('not_assigned', `User '${userId}' is not directly assigned`);
      }
      if ((await directory.getUser(userId)) !== undefined) await effective(integrationId, userId);
    },

    async unassignGroup(integrationId, groupId) {
      if (!(await store.removeAssignment(integrationId, { type: 'group', id: groupId }))) {
        throw new AssignmentError('not_assigned', `Group '${groupId}' is not assigned`);
      }
    },

    async reorderGroups(integrationId, groupIds) {
      const groups = await groupsOf(integrationId);
      const assigned = new Set(groups.map((record) => record.id));
      if (
        groupIds.length !== assigned.size ||
        new Set(groupIds).size !== groupIds.length ||
        !groupIds.every((id) => assigned.has(id))
      ) {
        throw new AssignmentError('invalid_order', 'The new order must list every assigned group exactly once');
      }
      const byId = new Map(groups.map((record) => [record.id, record]));
      await savePriorities(
        groupIds.flatMap((id, priority) => {
          const record = byId.get(id);
          return record === undefined ? [] : [{ ...record, priority }];
        }),
      );
    },

    effective,
    effectiveMany,

    async dashboard(userId, options = {}) {
      await requireUser(userId);
      const platform = options.platform ?? 'web';
      const apps: DashboardApp[] = [];
      let after: string | undefined;
      do {
        const page = await store.list({
          filter: { status: 'ACTIVE' },
          limit: 200,
          ...(after === undefined ? {} : { after }),
        });
        for (const integration of page.items) {
          const hidden = integration.visibility.hide[platform];
          if (hidden && options.includeHidden !== true) continue;
          const assignment = await effective(integration.id, userId);
          if (assignment === null) continue;
          apps.push({
            integrationId: integration.id,
            label: integration.label,
            protocol: integration.signOn.protocol,
            ...(integration.catalogEntry === undefined ? {} : { catalogEntry: integration.catalogEntry }),
            autoLaunch: integration.visibility.autoLaunch,
            hidden,
            username: assignment.username,
          });
        }
        after = page.nextCursor;
      } while (after !== undefined);
      return apps;
    },
  };
}

// With SHARED_USERNAME_AND_PASSWORD every user signs in as one account, so app users carry no username.
// The SWA module keeps the scheme under `credentials`.
function usesSharedCredentials(integration: Integration): boolean {
  const { protocol, config } = integration.signOn;
  const credentials = config.credentials;
  return (
    protocol === 'swa' &&
    typeof credentials === 'object' &&
    credentials !== null &&
    (credentials as { scheme?: unknown }).scheme === 'SHARED_USERNAME_AND_PASSWORD'
  );
}
