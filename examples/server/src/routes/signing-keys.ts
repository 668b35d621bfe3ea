import { Hono } from 'hono';
import { appJson } from '../apps/app-json.js';
import { samlMetadata, wsfedMetadata } from '../apps/idp.js';
import { generateSigningKey, toJsonWebKey, VALIDITY_YEARS } from '../apps/signing-key.js';
import { baseUrl, type ServerContext } from '../context.js';
import { notFound, OktaHttpError } from '../errors.js';
import { appTarget, keyTarget } from '../log/targets.js';

/**
 * Okta's app key credentials (`/apps/{appId}/credentials/keys…`) and the IdP metadata that
 * publishes them (`/apps/{appId}/sso/saml/metadata`, and `/sso/wsfed/metadata`, which Okta serves
 * only on the app's public URL).
 */
export function signingKeyRoutes(ctx: ServerContext): Hono {
  const app = new Hono();
  app.get('/:appId/credentials/keys', async (c) => {
    const { id } = await ctx.store.get(c.req.param('appId'));
    return c.json(ctx.keys.list(id).map(toJsonWebKey));
  });
  app.get('/:appId/credentials/keys/:keyId', async (c) => {
    const { id } = await ctx.store.get(c.req.param('appId'));
    const key = ctx.keys.get(id, c.req.param('keyId'));
    if (key === undefined) throw notFound(`key credential ${c.req.param('keyId')}`);
    return c.json(toJsonWebKey(key));
  });
  app.post('/:appId/credentials/keys/generate', async (c) => {
    const integration = await ctx.store.get(c.req.param('appId'));
    const years = c.req.query('validityYears');
    const validityYears = years !== undefined && /^\d{1,2}$/.test(years) ? Number(years) : Number.NaN;
    if (!(validityYears >= VALIDITY_YEARS.min && validityYears <= VALIDITY_YEARS.max)) {
      throw new OktaHttpError(400, 'E0000001', 'Api validation failed: generateKey', [
        `validityYears: Validity years out of range. It should be ${VALIDITY_YEARS.min} - ${VALIDITY_YEARS.max} years.`,
      ]);
    }
    const generated = await generateSigningKey({ subject: integration.label, validityYears, now: new Date() });
    const key = await ctx.withWrite(async () => {
      const app = await ctx.store.get(integration.id); // deleted while the key was generated: nothing is written
      const added = ctx.keys.add(integration.id, generated, { active: ctx.keys.active(integration.id) === undefined });
      ctx.log.record(c, {
        eventType: 'application.credentials.key.generate',
        displayMessage: 'Generate application signing key',
        target: [appTarget(app), keyTarget(added.kid)],
      });
      return added;
    });
    return c.json(toJsonWebKey(key), 201);
  });
  for (const [path, render] of [
    ['/:appId/sso/saml/metadata', samlMetadata],
    ['/:appId/sso/wsfed/metadata', wsfedMetadata],
  ] as const) {
    app.get(path, async (c) => {
      const integration = await ctx.store.get(c.req.param('appId'));
      const kid = c.req.query('kid');
      const current = kid === undefined ? ctx.keys.active(integration.id) : ctx.keys.get(integration.id, kid);
      if (current === undefined) throw notFound(kid === undefined ? 'signing key' : `key credential ${kid}`);
      const next = kid === undefined ? ctx.keys.next(integration.id, new Date()) : undefined;
      const xml = await render({
        integration,
        appName: String(appJson(ctx, c, integration).name),
        baseUrl: baseUrl(c),
        current,
        next,
      });
      c.header('Content-Type', 'application/xml; charset=utf-8');
      return c.body(xml);
    });
  }
  return app;
}
