import type { IntegrationFilter } from '@integrakit/core';
import { type Context, Hono } from 'hono';
import { appEtag, appJson, SIGNING_PROTOCOLS } from '../apps/app-json.js';
import { draftFromOktaApp } from '../apps/mapping.js';
import { generateSigningKey } from '../apps/signing-key.js';
import { readJson } from '../body.js';
import { linkHeader, type ServerContext } from '../context.js';
import { OktaHttpError } from '../errors.js';
import { appTarget, keyTarget } from '../log/targets.js';
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
  // Activating an active app changes nothing and records nothing.
  const lifecycle = async (c: Context, to: 'activate' | 'deactivate') => {
    const id = c.req.param('appId') ?? '';
    const before = await ctx.store.get(id);
    const after = await ctx.store[to](id);
    if (after.status === before.status) return;
    ctx.log.record(c, {
      eventType: `application.lifecycle.${to}`,
      displayMessage: to === 'activate' ? 'Activate application' : 'Deactivate application',
      target: [appTarget(after)],
    });
  };
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
      ctx.log.record(c, {
        eventType: 'application.lifecycle.create',
        displayMessage: 'Add application',
        target: [appTarget(integration)],
      });
      if (integration.status === 'ACTIVE') {
        ctx.log.record(c, {
          eventType: 'application.lifecycle.activate',
          displayMessage: 'Activate application',
          target: [appTarget(integration)],
        });
      }
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
        if (ctx.keys.active(id)?.kid !== kid) {
          ctx.keys.activate(id, kid, new Date().toISOString());
          ctx.log.record(c, {
            eventType: 'application.credentials.key.activate',
            displayMessage: 'Activate application signing key',
            target: [appTarget(await ctx.store.get(id)), keyTarget(kid)],
          });
        }
      }
      const integration = await ctx.store.update(id, patch);
      ctx.log.record(c, {
        eventType: 'application.lifecycle.update',
        displayMessage: 'Update application',
        target: [appTarget(integration)],
      });
      return integration;
    });
    c.header('ETag', appEtag(updated));
    return c.json(appJson(ctx, c, updated));
  });
  app.delete('/:appId', async (c) => {
    const id = c.req.param('appId');
    await ctx.withWrite(async () => {
      const integration = await ctx.store.get(id);
      await ctx.store.delete(id);
      ctx.log.record(c, {
        eventType: 'application.lifecycle.delete',
        displayMessage: 'Delete application',
        target: [appTarget(integration)],
      });
      ctx.directory.removeGrantsOf(id);
      ctx.keys.removeAll(id);
    });
    return c.body(null, 204);
  });
  app.post('/:appId/lifecycle/activate', async (c) => {
    await ctx.withWrite(async () => lifecycle(c, 'activate'));
    return c.json({});
  });
  app.post('/:appId/lifecycle/deactivate', async (c) => {
    await ctx.withWrite(async () => lifecycle(c, 'deactivate'));
    return c.json({});
  });
  return app;
}
