import * as z from 'zod/mini';
import { type Issue, issue } from '../issues.js';

/**
 * "Controlled access" of a new OIDC app integration, in the Admin Console's order: **Allow everyone
 * in your organization to access** (the built-in Everyone group), **Limit access to selected
 * groups**, **Skip group assignment for now**.
 */
export const CONTROLLED_ACCESS = ['everyone', 'groups', 'skip'] as const;

/** Most groups one wizard assigns; more belong on the app's Assignments tab. */
export const MAX_ACCESS_GROUPS = 100;

/** Who gets the new app: the chosen option and, for `groups`, the group ids (Okta `00g…`). */
export const ControlledAccessSchema = z.object({
  mode: z.enum(CONTROLLED_ACCESS),
  groupIds: z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(MAX_ACCESS_GROUPS)),
});

/** A value of {@link ControlledAccessSchema}. */
export type ControlledAccess = z.output<typeof ControlledAccessSchema>;

/** Nothing is assigned until the admin chooses: no app reaches people by default. */
export const DEFAULT_CONTROLLED_ACCESS: ControlledAccess = { mode: 'skip', groupIds: [] };

/** The name of Okta's built-in group of every person in the org. */
export const EVERYONE_GROUP = 'Everyone';

/** Whether the method has controlled access: OIDC apps people sign in to (a service has no users). */
export const hasControlledAccess = (method: { readonly protocol?: string; readonly applicationType?: string }) =>
  method.protocol === 'oidc' && method.applicationType !== 'service';

/** "Limit access to selected groups" needs at least one group. */
export function controlledAccessIssues(access: ControlledAccess): Issue[] {
  return access.mode === 'groups' && access.groupIds.length === 0
    ? [issue(['access', 'groupIds'], 'required', 'choose at least one group')]
    : [];
}

/**
 * The group assignments (`PUT /apps/{id}/groups/{groupId}`) to make once the app exists: the
 * Everyone group, the chosen groups (duplicates once), or none.
 */
export function accessAssignments(
  access: ControlledAccess,
): { readonly everyone: true } | { readonly everyone: false; readonly groupIds: readonly string[] } {
  if (access.mode === 'everyone') return { everyone: true };
  return { everyone: false, groupIds: access.mode === 'groups' ? [...new Set(access.groupIds)] : [] };
}
