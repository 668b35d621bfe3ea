import type { Integration } from '@integrakit/core';
import type { EffectiveAssignment } from '@integrakit/core/assignment';
import type { Context } from 'hono';
import type { ServerContext } from '../context.js';
import { appTarget, userTarget } from '../log/targets.js';
import type { StoredUser } from '../store/directory.js';
import { escapeHtml, sandboxPage } from './page.js';

/** Who may sign in to which app: core's assignment rules (directly or through a group). */
export function createAssignmentCheck(ctx: ServerContext) {
  /** The person's app user (with the app username), or `null` when they are not assigned or the app is gone. */
  const appUser = async (appId: string, userId: string): Promise<EffectiveAssignment | null> => {
    try {
      return await ctx.assignments.effective(appId, userId);
    } catch {
      return null; // unknown app or person: nobody is assigned to it
    }
  };
  return {
    appUser,
    isAssigned: async (appId: string, userId: string) => (await appUser(appId, userId)) !== null,
    /**
     * Okta's "403 App Not Assigned" page for a person who reached an app they are not assigned to,
     * recorded in the System Log as Okta does ("User attempted unauthorized access to app").
     */
    async notAssigned(c: Context, app: Pick<Integration, 'id' | 'label'>, user: StoredUser): Promise<Response> {
      await ctx.withWrite(async () =>
        ctx.log.record(c, {
          eventType: 'app.generic.unauth_app_access_attempt',
          displayMessage: 'User attempted unauthorized access to app',
          actor: userTarget(user),
          target: [appTarget(app)],
          severity: 'WARN',
          outcome: { result: 'FAILURE', reason: 'User is not assigned to the app' },
        }),
      );
      return sandboxPage(c, {
        title: 'App Not Assigned',
        status: 403,
        body: `      <h1>403 App Not Assigned</h1>
      <p>Sorry, you cannot access ${escapeHtml(app.label)} because you are not assigned this app in Okta. If you're wondering why this is happening, please contact your administrator.</p>`,
      });
    },
  };
}

/** The sandbox's assignment check, as {@link createAssignmentCheck} returns it. */
export type AssignmentCheck = ReturnType<typeof createAssignmentCheck>;
