import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { appJson } from '../apps/app-json.js';
import { baseUrl, type ServerContext } from '../context.js';

/** Okta's app link id (`aln…`) for an app's one link: stable, derived from the app id. */
export const linkId = (appId: string) =>
  `aln${createHash('sha256').update(`link:${appId}`).digest('base64url').replace(/[-_]/g, '').slice(0, 17)}`;

/**
 * Every active app assigned to the person, directly or through a group, as Okta's
 * `AssignedAppLink` — hidden ones too, flagged `hidden`, as Okta lists them. The `linkUrl` is Okta's
 * IdP-initiated launch URL (`/home/{appName}/{appId}/{linkId}`). Throws for an unknown person.
 */
export async function appLinksFor(ctx: ServerContext, c: Context, userId: string) {
  const tiles = await ctx.assignments.dashboard(userId, { includeHidden: true });
  return Promise.all(
    tiles.map(async (tile, sortOrder) => {
      const integration = await ctx.store.get(tile.integrationId);
      const appName = String(appJson(ctx, c, integration).name);
      const id = linkId(integration.id);
      return {
        id,
        label: tile.label,
        linkUrl: `${baseUrl(c)}/home/${appName}/${integration.id}/${id}`,
        appName,
        appInstanceId: integration.id,
        appAssignmentId: userId,
        credentialsSetup: false,
        hidden: tile.hidden,
        sortOrder,
      };
    }),
  );
}

/** `GET /api/v1/users/{id}/appLinks`: {@link appLinksFor} as JSON. */
export function appLinkRoutes(ctx: ServerContext): Hono {
  const app = new Hono();
  app.get('/:userId/appLinks', async (c) => c.json(await appLinksFor(ctx, c, c.req.param('userId'))));
  return app;
}
