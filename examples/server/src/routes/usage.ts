import { Hono } from 'hono';
import type { ServerContext } from '../context.js';
import { createUsage } from '../log/usage.js';
import type { Db } from '../store/database.js';
import { intParam } from './query.js';

/** `GET /api/v1/apps/{appId}/usage?days=30`: sign-ins per day from the System Log (not an Okta API). */
export function usageRoutes(ctx: ServerContext, db: Db): Hono {
  const app = new Hono();
  const usage = createUsage(db);
  app.get('/:appId/usage', async (c) => {
    const { id } = await ctx.store.get(c.req.param('appId'));
    return c.json(usage(id, new Date(), intParam(c.req.query('days'), 'days', 30, 1, 90)));
  });
  return app;
}
