import { Hono } from 'hono';
import { samlMetadata } from '../../apps/idp.js';
import type { ServerContext } from '../../context.js';
import { linkId } from '../../routes/app-links.js';
import type { Sandbox } from '../index.js';
import type { Delivery } from './deliver.js';
import type { SandboxApps } from './sandbox-apps.js';

/**
 * IdP-initiated sign-in at the dashboard's launch URL (`/home/{appName}/{appId}/{linkId}`, the
 * `linkUrl` of `GET /users/{id}/appLinks`) for SAML apps (an unsolicited response to the default
 * SSO URL with the default RelayState) and WS-Fed apps (a token to the reply URL); other apps'
 * launch URLs are left to their protocol's routes. Also the public IdP metadata URL
 * `/app/{key}/sso/saml/metadata`.
 */
export function samlLaunchRoutes(ctx: ServerContext, sandbox: Sandbox, apps: SandboxApps, delivery: Delivery): Hono {
  const routes = new Hono();
  routes.get('/home/:appName/:appId/:linkId', async (c, next) => {
    const { appName, appId } = c.req.param();
    const app = await apps.byId(c, appId);
    if (app === undefined || app.urls.appName !== appName || linkId(appId) !== c.req.param('linkId')) return next();
    const answer = sandbox.requireSignIn(c, new URL(c.req.url).pathname);
    if (answer instanceof Response) return answer;
    return app.protocol === 'saml'
      ? delivery.signIn(c, app, answer.user, { acs: app.config.ssoUrl, relayState: app.config.defaultRelayState })
      : delivery.signIn(c, app, answer.user, { acs: app.config.replyUrl });
  });
  routes.get('/app/:key/sso/saml/metadata', async (c) => {
    const app = await apps.byKey(c, c.req.param('key'));
    const current = app === undefined ? undefined : ctx.keys.active(app.integration.id);
    if (app?.protocol !== 'saml' || current === undefined) return c.notFound();
    const xml = await samlMetadata({
      integration: app.integration,
      appName: app.urls.appName,
      baseUrl: new URL(app.urls.samlSso).origin,
      current,
      next: ctx.keys.next(app.integration.id, new Date()),
    });
    c.header('Content-Type', 'application/xml; charset=utf-8');
    return c.body(xml);
  });
  return routes;
}
