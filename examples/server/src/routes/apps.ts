import type { IntegrationFilter } from '@integrakit/core';
import { Hono } from 'hono';
import { appEtag, appJson, SIGNING_PROTOCOLS } from '../apps/app-json.js';
import { draftFromOktaApp } from '../apps/mapping.js';
import { generateSigningKey } from '../apps/signing-key.js';
import { readJson } from '../body.js';
import { linkHeader, type ServerContext } from '../context.js';
import { OktaHttpError } from '../errors.js';
import { checkFresh, signingKid } from './app-update.js';
import { intParam } from './query.js';

/** Validity of the key every signing-capable app gets at creation (Okta's default). */
const DEFAULT_KEY_YEARS = 10;

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
    return c.json(page.items.map((item) => appJson(ctx, c, item)));
  });
  app.post('/', async (c) => {
    const activate = c.req.query('activate');
    if (activate !== undefined && activate !== 'true' && activate !== 'false') {
      throw new OktaHttpError(400, 'E0000001', 'Api validation failed', ['activate: must be true or false']);
    }
    const draft = draftFromOktaApp(await readJson(c));
    const key = SIGNING_PROTOCOLS.has(draft.signOn.protocol)
      ? await generateSigningKey({ subject: draft.label, validityYears: DEFAULT_KEY_YEARS, now: new Date() })
      : undefined;
    const created = await ctx.withWrite(async () => {
      const integration = await ctx.store.create(draft, { activate: activate !== 'false' });
      if (key !== undefined) ctx.keys.add(integration.id, key, { active: true });
      return integration;
    });
    c.header('ETag', appEtag(created));
    return c.json(appJson(ctx, c, created));
  });
  app.get('/:appId', async (c) => {
    const integration = await ctx.store.get(c.req.param('appId'));
    c.header('ETag', appEtag(integration));
    return c.json(appJson(ctx, c, integration));
  });
  app.put('/:appId', async (c) => {
    const id = c.req.param('appId');
    await ctx.store.get(id);
    const body = await readJson(c);
    const kid = signingKid(body);
    const { kind: _kind, ...patch } = draftFromOktaApp(body);
    const updated = await ctx.withWrite(async () => {
      checkFresh(await ctx.store.get(id), { ifMatch: c.req.header('if-match'), body });
      if (kid !== undefined) {
        if (ctx.keys.get(id, kid) === undefined) {
          throw new OktaHttpError(400, 'E0000001', 'Api validation failed', [
            `credentials.signing.kid: this app has no key credential '${kid}'`,
          ]);
        }
        ctx.keys.activate(id, kid, new Date().toISOString());
      }
      return ctx.store.update(id, patch);
    });
    c.header('ETag', appEtag(updated));
    return c.json(appJson(ctx, c, updated));
  });
  app.delete('/:appId', async (c) => {
    const id = c.req.param('appId');
    await ctx.withWrite(async () => {
      await ctx.store.delete(id);
      ctx.directory.removeGrantsOf(id);
      ctx.keys.removeAll(id);
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
