import { Hono } from 'hono';
import type { ServerContext } from '../../context.js';
import type { Sandbox } from '../index.js';
import { createTestSignIn } from '../test-sp/routes.js';
import { createDelivery } from './deliver.js';
import { samlLaunchRoutes } from './launch-routes.js';
import { AUTOPOST_SCRIPT, AUTOPOST_SCRIPT_PATH } from './post-page.js';
import { createSandboxApps } from './sandbox-apps.js';
import { createSigningPool, inlineSigner } from './signing-pool.js';
import { sloRoutes } from './slo-routes.js';
import { samlSsoRoutes } from './sso-routes.js';
import { wsfedRoutes } from './wsfed-routes.js';

/**
 * The sandbox IdP's SAML 2.0 and WS-Federation side on Okta's URLs (SP- and IdP-initiated SSO,
 * single logout, the WS-Fed passive requestor, the public metadata URL) and the built-in test SP,
 * which runs the same flows. `routes` mounts at `/`; `testSignInApi` under `/api/v1/apps`, behind
 * the API's authentication. SAML responses are signed by `signingWorkers` worker threads (0: on the
 * main thread); `close` ends them.
 */
export function createSamlSandbox(ctx: ServerContext, sandbox: Sandbox, signingWorkers?: number) {
  const apps = createSandboxApps(ctx);
  const signer =
    signingWorkers === 0
      ? inlineSigner
      : createSigningPool(signingWorkers === undefined ? {} : { size: signingWorkers });
  const delivery = createDelivery(ctx, sandbox, signer);
  const routes = new Hono();
  routes.get(AUTOPOST_SCRIPT_PATH, (c) =>
    c.body(AUTOPOST_SCRIPT, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' }),
  );
  // Browsers ask every page's origin for one; an empty answer keeps a 404 out of their consoles.
  routes.get('/favicon.ico', (c) => c.body(null, 204, { 'Cache-Control': 'max-age=86400' }));
  routes.route('/', samlSsoRoutes(sandbox, apps, delivery));
  routes.route('/', samlLaunchRoutes(ctx, sandbox, apps, delivery));
  routes.route('/', sloRoutes(ctx, sandbox, apps, delivery));
  routes.route('/', wsfedRoutes(sandbox, apps, delivery));
  const testSignIn = createTestSignIn(ctx, sandbox, apps, delivery);
  routes.route('/', testSignIn.pages);
  return { routes, testSignInApi: testSignIn.api, close: () => signer.close() };
}
