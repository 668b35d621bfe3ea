import { randomBytes } from 'node:crypto';
import type { Integration } from '@integrakit/core';
import { inspectPasted } from '@integrakit/core/inspection';
import { type Context, Hono } from 'hono';
import { appJson } from '../../apps/app-json.js';
import { readText } from '../../body.js';
import { baseUrl, type ServerContext } from '../../context.js';
import { OktaHttpError } from '../../errors.js';
import { FormFieldError, field } from '../form.js';
import type { Sandbox } from '../index.js';
import { oidcConfigOf } from '../oidc/clients.js';
import { escapeHtml } from '../page.js';
import { type Delivery, wsfedRealm } from '../saml/deliver.js';
import { createExpiringMap } from '../saml/expiring-map.js';
import type { SandboxApp, SandboxApps } from '../saml/sandbox-apps.js';
import { createOidcTestFlow, oidcTestRefusal } from './oidc-flow.js';
import { type ReceivedReport, reportHtml } from './report-page.js';
import { createServiceTestFlow, isServiceApp, serviceTestRefusal } from './service-flow.js';
import { TEST_RUN_MS } from './test-redirects.js';

const MAX_TICKETS = 1000;
/** Largest `SAMLResponse` the test SP reads (base64 of a response of at most the inspector's limit). */
const MAX_RESPONSE = 1_400_000;
/** Largest `wresult` the test SP reads: XML, at most the inspector's limit in characters. */
const MAX_WRESULT = 1_000_000;
/** Largest WS-Fed post to the test SP: a `wresult` at its limit, every character percent-encoded. */
const MAX_WSFED_POST_BYTES = 3 * MAX_WRESULT + 4096;

const ticketPath = (ticket: string) => `/sandbox/test-sign-in/${ticket}`;
const acsPath = (ticket: string) => `/sandbox/test-sp/${ticket}/acs`;
const TEST_APP_ACS = '/sandbox/test-sp/apps';

/** The test SP's ACS URL for a test app: a SAML app with this Single sign-on URL lands on the test SP's report. */
export const testAppAcsUrl = (origin: string, appId: string) =>
  `${origin}${TEST_APP_ACS}/${encodeURIComponent(appId)}/acs`;

/** Why the app cannot run Test sign-in (`field: rule`), or `undefined` when it can. */
function refusal(integration: Integration, grantedScopes: (integration: Integration) => string[]): string | undefined {
  if (integration.status !== 'ACTIVE') return 'status: the app must be ACTIVE to test sign-in';
  const { protocol } = integration.signOn;
  if (protocol === 'saml' || protocol === 'wsfed') return undefined;
  const oidc = oidcConfigOf(integration);
  if (oidc !== undefined && isServiceApp(integration, oidc))
    return serviceTestRefusal(oidc, grantedScopes(integration));
  if (oidc !== undefined) return oidcTestRefusal(oidc);
  return `signOnMode: test sign-in runs for active SAML 2.0, WS-Federation and OpenID Connect apps; '${integration.label}' signs on with ${protocol}`;
}

/**
 * **Test sign-in** (not an Okta API): `POST /api/v1/apps/{id}/test-sign-in` returns a one-time URL
 * that runs the app's real sign-in flow (sign-in page, assignment check, signed response or tokens)
 * with the built-in test service provider in the app's place, and ends on a page showing what the
 * app received in `<ik-inspector>`. SAML apps answer to the test SP's ACS, WS-Fed apps post their
 * `wresult` there in place of their reply URL; OIDC web and SPA apps to
 * the run's transient redirect URI (see `test-redirects.ts`); service apps run the client
 * credentials grant (see `service-flow.ts`). `api` mounts under `/api/v1/apps`
 * (API auth); `pages` at the root.
 */
export function createTestSignIn(ctx: ServerContext, sandbox: Sandbox, apps: SandboxApps, delivery: Delivery) {
  const tickets = createExpiringMap<string>({ max: MAX_TICKETS, ttlMs: TEST_RUN_MS });
  const oidc = createOidcTestFlow(ctx, sandbox);
  const service = createServiceTestFlow(ctx, sandbox);
  const active = async (id: string) => {
    const integration = await ctx.store.get(id).catch(() => undefined);
    return integration === undefined || refusal(integration, service.scopesOf) !== undefined ? undefined : integration;
  };
  /** The app's client config when it is a service app, tested by client credentials. */
  const serviceConfig = (integration: Integration | undefined) => {
    const config = integration === undefined ? undefined : oidcConfigOf(integration);
    return integration !== undefined && config !== undefined && isServiceApp(integration, config) ? config : undefined;
  };

  const api = new Hono();
  api.post('/:appId/test-sign-in', async (c) => {
    const integration = await ctx.store.get(c.req.param('appId'));
    const refused = refusal(integration, service.scopesOf);
    if (refused !== undefined) throw new OktaHttpError(400, 'E0000001', 'Api validation failed: testSignIn', [refused]);
    const ticket = randomBytes(24).toString('base64url');
    if (tickets.add(ticket, integration.id) === 'full') {
      throw new OktaHttpError(429, 'E0000047', 'API call exceeded rate limit due to too many requests.');
    }
    return c.json(
      { url: `${baseUrl(c)}${ticketPath(ticket)}`, expiresAt: new Date(Date.now() + TEST_RUN_MS).toISOString() },
      201,
    );
  });

  const pages = new Hono();
  pages.get('/sandbox/test-sign-in/:ticket', async (c) => {
    const ticket = c.req.param('ticket');
    const appId = tickets.peek(ticket);
    const integration = appId === undefined ? undefined : await active(appId);
    const serviceApp = serviceConfig(integration);
    // A service app's run ends when its private key is posted to the same URL.
    if (integration !== undefined && serviceApp !== undefined) return service.start(c, integration, ticketPath(ticket));
    if (integration?.signOn.protocol === 'oidc') {
      tickets.take(ticket);
      return oidc.start(c, integration, ticket);
    }
    const app = appId === undefined ? undefined : await apps.byId(c, appId);
    if (app === undefined) return expired(c, sandbox);
    const answer = sandbox.requireSignIn(c, ticketPath(ticket));
    if (answer instanceof Response) return answer;
    const postTo = `${baseUrl(c)}${acsPath(ticket)}`;
    return app.protocol === 'saml'
      ? delivery.signIn(c, app, answer.user, {
          acs: app.config.ssoUrl,
          relayState: app.config.defaultRelayState,
          postTo,
        })
      : delivery.signIn(c, app, answer.user, { acs: app.config.replyUrl, postTo });
  });
  // A service app's private key, posted once: the run ends whatever the outcome.
  pages.post('/sandbox/test-sign-in/:ticket', async (c) => {
    const appId = tickets.take(c.req.param('ticket'));
    const integration = appId === undefined ? undefined : await active(appId);
    const serviceApp = serviceConfig(integration);
    if (integration === undefined || serviceApp === undefined) return expired(c, sandbox);
    const received = await service.submit(c, integration, serviceApp);
    return received instanceof Response ? received : reportPage(c, sandbox, received);
  });
  /**
   * The test SP's page: what the app received (a SAML app's `SAMLResponse`, a WS-Fed app's
   * `wresult`) and any problem against its configuration, signatures verified with its certificate.
   */
  const report = async (c: Context, app: SandboxApp | undefined) => {
    const key = app === undefined ? undefined : ctx.keys.active(app.integration.id);
    if (app === undefined || key === undefined) return expired(c, sandbox);
    // A SAMLResponse post is bounded as the field is; a wresult is XML, up to three bytes a character encoded.
    const [name, max, bodyBytes, kind] =
      app.protocol === 'saml'
        ? (['SAMLResponse', MAX_RESPONSE, MAX_RESPONSE, 'SAML response'] as const)
        : (['wresult', MAX_WRESULT, MAX_WSFED_POST_BYTES, 'WS-Federation token (wresult)'] as const);
    let value: string;
    try {
      value = field(new URLSearchParams(await readText(c, bodyBytes)), name, max);
    } catch (error) {
      if (error instanceof FormFieldError) return refused(c, sandbox, error);
      throw error;
    }
    const checked = resolvedApp(appJson(ctx, c, app.integration), app);
    const inspection = await inspectPasted(value, {
      app: checked,
      idpCertificate: key.certificate,
      issuer: app.urls.issuer,
    });
    return reportPage(c, sandbox, { label: app.integration.label, value, kind, app: checked, inspection });
  };
  pages.post('/sandbox/test-sp/:ticket/acs', async (c) => {
    const appId = tickets.take(c.req.param('ticket'));
    return report(c, appId === undefined ? undefined : await apps.byId(c, appId));
  });
  // The test SP as a test app's own ACS: IdP-initiated sign-ins (a dashboard launch) land here, for an
  // app whose Single sign-on URL is exactly this address.
  pages.post(`${TEST_APP_ACS}/:appId/acs`, async (c) => {
    const app = await apps.byId(c, c.req.param('appId'));
    const ownAcs = app?.protocol === 'saml' && app.config.ssoUrl === testAppAcsUrl(baseUrl(c), app.integration.id);
    return report(c, ownAcs ? app : undefined);
  });
  pages.get('/sandbox/test-sp/:run/callback', async (c) => {
    const run = c.req.param('run');
    const appId = sandbox.testRedirects.peek(run)?.appId;
    const integration = appId === undefined ? undefined : await active(appId);
    if (integration === undefined) {
      sandbox.testRedirects.take(run);
      return expired(c, sandbox);
    }
    const received = await oidc.callback(c, run, integration);
    return received instanceof Response ? received : reportPage(c, sandbox, received);
  });
  return { api, pages };
}

/**
 * The app as Okta's API returns it, with what only Okta resolves filled in as the sandbox does:
 * a SAML app's issuer (configured as Okta's template), a WS-Fed app's realm (generated when unset).
 */
function resolvedApp(okta: Record<string, unknown>, app: SandboxApp): Record<string, unknown> {
  const settings = okta.settings as { signOn: Record<string, unknown>; app: Record<string, unknown> };
  return app.protocol === 'saml'
    ? { ...okta, settings: { ...settings, signOn: { ...settings.signOn, idpIssuer: app.urls.issuer } } }
    : { ...okta, settings: { ...settings, app: { ...settings.app, realm: wsfedRealm(app) } } };
}

/** The page for a post to the test SP that lacks its field or breaks its bound, naming the rule, never the value. */
function refused(c: Context, sandbox: Sandbox, error: FormFieldError): Response {
  return sandbox.page(c, {
    title: 'Test sign-in refused',
    status: 400,
    body: `      <h1>Test sign-in refused</h1>\n      <p class="error" role="alert">${escapeHtml(error.message)}</p>`,
  });
}

/** The sandbox page showing what the test SP received in `<ik-inspector>`. */
function reportPage(c: Context, sandbox: Sandbox, report: ReceivedReport): Response {
  return sandbox.page(c, { title: `Test sign-in: ${report.label}`, body: reportHtml(report) });
}

function expired(c: Context, sandbox: Sandbox): Response {
  return sandbox.page(c, {
    title: 'Test sign-in expired',
    status: 400,
    body: '      <h1>Test sign-in expired</h1>\n      <p>This test sign-in link was used or is older than 10 minutes, or the app does not use the test SP as its sign-in URL. Start Test sign-in again from the app.</p>',
  });
}
