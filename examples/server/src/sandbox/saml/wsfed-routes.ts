import { Hono } from 'hono';
import type { Sandbox } from '../index.js';
import { MAX_RELAY_STATE } from './binding.js';
import { type Delivery, wsfedRealm } from './deliver.js';
import { SamlRequestError } from './request-error.js';
import type { SandboxApps } from './sandbox-apps.js';

const MAX_PARAM = 2048;

/**
 * WS-Federation passive requestor on Okta's URL (`/app/{appName}/{key}/sso/wsfed/passive`):
 * `wa=wsignin1.0` with the app's `wtrealm` answers with a signed SAML token in `wresult`, posted
 * to the reply URL (or `wreply`, only where the app allows overriding it), `wctx` echoed;
 * `wa=wsignout1.0` ends the IdP session. The request carries no ID, so coming back to it after
 * signing in is safe.
 */
export function wsfedRoutes(sandbox: Sandbox, apps: SandboxApps, delivery: Delivery): Hono {
  const routes = new Hono();
  routes.get('/app/:appName/:key/sso/wsfed/passive', async (c) => {
    const app = await apps.byKey(c, c.req.param('key'));
    if (app?.protocol !== 'wsfed' || app.urls.appName !== c.req.param('appName')) return c.notFound();
    const param = (name: string, max = MAX_PARAM) => {
      const values = c.req.queries(name) ?? [];
      if (values.length > 1) throw new SamlRequestError(name, 'must appear at most once');
      if ((values[0]?.length ?? 0) > max) throw new SamlRequestError(name, `must be at most ${max} characters`);
      return values[0];
    };
    let reply: string;
    let wctx: string | undefined;
    try {
      const wa = param('wa');
      if (wa === 'wsignout1.0' || wa === 'wsignoutcleanup1.0') {
        sandbox.endSession(c);
        return sandbox.page(c, {
          title: 'Signed out',
          body: '      <h1>Signed out</h1>\n      <p>You are signed out of the sandbox.</p>',
        });
      }
      if (wa !== 'wsignin1.0') throw new SamlRequestError('wa', 'must be wsignin1.0 or wsignout1.0');
      if (param('wtrealm') !== wsfedRealm(app)) throw new SamlRequestError('wtrealm', "must be the app's realm");
      const wreply = param('wreply');
      if (wreply !== undefined && wreply !== app.config.replyUrl && !app.config.allowReplyUrlOverride) {
        throw new SamlRequestError('wreply', "must be the app's reply URL (the app does not allow overriding it)");
      }
      if (wreply !== undefined && !/^https?:\/\/\S+$/.test(wreply))
        throw new SamlRequestError('wreply', 'must be an absolute http(s) URL');
      reply = wreply ?? app.config.replyUrl;
      wctx = param('wctx', MAX_RELAY_STATE);
    } catch (error) {
      if (error instanceof SamlRequestError) return delivery.refuse(c, app, error);
      throw error;
    }
    const url = new URL(c.req.url);
    const answer = sandbox.requireSignIn(c, `${url.pathname}${url.search}`);
    if (answer instanceof Response) return answer;
    return delivery.signIn(c, app, answer.user, { acs: reply, relayState: wctx });
  });
  return routes;
}
