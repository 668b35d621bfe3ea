import type { IntegrationFilter } from '@integrakit/core';
import { Hono } from 'hono';
import { draftFromOktaApp, toOktaApp } from '../apps/mapping.js';
import { readJson } from '../body.js';
import { baseUrl, linkHeader, type ServerContext } from '../context.js';
import { OktaHttpError } from '../errors.js';
import { intParam } from './query.js';

// Okta's `filter` for apps; the server understands the status filter.
function parseFilter(filter: string | undefined): Pick<IntegrationFilter, 'status'> {
  if (filter === undefined) return {};
  const match = /^\s*status\s+eq\s+"(ACTIVE|INACTIVE)"\s*$/.exec(filter);
  if (match === null) {
    throw new OktaHttpError(400, 'E0000001', 'Api validation failed', [
      'filter: only status eq "ACTIVE" or "INACTIVE" is supported',
    ]);
  }
  return { status: match[1] as 'ACTIVE' | 'INACTIVE' };
}

/** `/api/v1/apps`, `/api/v1/apps/{appId}` and the lifecycle operations. */
export function appRoutes(ctx: ServerContext): Hono {
  const app = new Hono();
  const catalogSettings = (name: string) => ctx.catalog.get(name)?.settings.map((setting) => setting.name);
  app.get('/', async (c) => {
    const limit = intParam(c.req.query('limit'), 'limit', 200, 1, 200);
    const q = c.req.query('q');
    const after = c.req.query('after');
    const page = await ctx.store.list({
      limit,
      filter: { ...parseFilter(c.req.query('filter')), ...(q === undefined || q === '' ? {} : { q }) },
      ...(after === undefined ? {} : { after }),
    });
    c.header(
      'Link',
      linkHeader(c, page.nextCursor === undefined ? undefined : { after: page.nextCursor, limit: String(limit) }),
    );
    return c.json(page.items.map((item) => toOktaApp(item, baseUrl(c))));
  });
  app.post('/', async (c) => {
    const activate = c.req.query('activate');
    if (activate !== undefined && activate !== 'true' && activate !== 'false') {
      throw new OktaHttpError(400, 'E0000001', 'Api validation failed', ['activate: must be true or false']);
    }
    const draft = draftFromOktaApp(await readJson(c), catalogSettings);
    const created = await ctx.withWrite(() => ctx.store.create(draft, { activate: activate !== 'false' }));
    return c.json(toOktaApp(created, baseUrl(c)));
  });
  app.get('/:appId', async (c) => c.json(toOktaApp(await ctx.store.get(c.req.param('appId')), baseUrl(c))));
  app.put('/:appId', async (c) => {
    const id = c.req.param('appId');
    await ctx.store.get(id);
    const { kind: _kind, ...patch } = draftFromOktaApp(await readJson(c), catalogSettings);
    const updated = await ctx.withWrite(() => ctx.store.update(id, patch));
    return c.json(toOktaApp(updated, baseUrl(c)));
  });
  app.delete('/:appId', async (c) => {
    const id = c.req.param('appId');
    await ctx.withWrite(async () => {
      await ctx.store.delete(id);
      ctx.directory.removeGrantsOf(id);
    });
    return c.body(null, 204);
  });
  app.post('/:appId/lifecycle/activate', async (c) => {
    await ctx.withWrite(() => ctx.store.activate(c.req.param('appId')));
    return c.json({});
  });
  app.post('/:appId/lifecycle/deactivate', async (c) => {
    await ctx.withWrite(() => ctx.store.deactivate(c.req.param('appId')));
    return c.json({});
  });
  return app;
}
