import { randomBytes } from 'node:crypto';
import { inspectPasted } from '@integrakit/core/inspection';
import { Hono } from 'hono';
import { appJson } from '../../apps/app-json.js';
import { readText } from '../../body.js';
import { baseUrl, type ServerContext } from '../../context.js';
import { OktaHttpError } from '../../errors.js';
import { field } from '../form.js';
import type { Sandbox } from '../index.js';
import type { Delivery } from '../saml/deliver.js';
import { createExpiringMap } from '../saml/expiring-map.js';
import type { SandboxApps } from '../saml/sandbox-apps.js';
import { type ReceivedReport, reportHtml } from './report-page.js';

/** How long a Test sign-in URL stays usable. */
const TICKET_MS = 10 * 60_000;
const MAX_TICKETS = 1000;
/** Largest `SAMLResponse` the test SP reads (base64 of a response of at most the inspector's limit). */
const MAX_RESPONSE = 1_400_000;

const ticketPath = (ticket: string) => `/sandbox/test-sign-in/${ticket}`;
const acsPath = (ticket: string) => `/sandbox/test-sp/${ticket}/acs`;

/**
 * **Test sign-in** (not an Okta API): `POST /api/v1/apps/{id}/test-sign-in` returns a one-time URL
 * that runs the app's real sign-in flow (sign-in page, assignment check, signed response) with the
 * built-in test service provider in the app's place, and ends on a page showing what the app
 * received and any problem against its configuration. `api` mounts under `/api/v1/apps` (API
 * auth); `pages` at the root.
 */
export function createTestSignIn(ctx: ServerContext, sandbox: Sandbox, apps: SandboxApps, delivery: Delivery) {
  const tickets = createExpiringMap<string>({ max: MAX_TICKETS, ttlMs: TICKET_MS });

  const api = new Hono();
  api.post('/:appId/test-sign-in', async (c) => {
    const integration = await ctx.store.get(c.req.param('appId'));
    const app = await apps.byId(c, integration.id);
    if (app?.protocol !== 'saml') {
      throw new OktaHttpError(400, 'E0000001', 'Api validation failed: testSignIn', [
        integration.status !== 'ACTIVE'
          ? 'status: the app must be ACTIVE to test sign-in'
          : `signOnMode: test sign-in runs for active SAML 2.0 apps; '${integration.label}' signs on with ${integration.signOn.protocol}`,
      ]);
    }
    const ticket = randomBytes(24).toString('base64url');
    if (tickets.add(ticket, integration.id) === 'full') {
      throw new OktaHttpError(429, 'E0000047', 'API call exceeded rate limit due to too many requests.');
    }
    return c.json(
      { url: `${baseUrl(c)}${ticketPath(ticket)}`, expiresAt: new Date(Date.now() + TICKET_MS).toISOString() },
      201,
    );
  });

  const pages = new Hono();
  pages.get('/sandbox/test-sign-in/:ticket', async (c) => {
    const ticket = c.req.param('ticket');
    const appId = tickets.peek(ticket);
    const app = appId === undefined ? undefined : await apps.byId(c, appId);
    if (app?.protocol !== 'saml') return expired(c, sandbox);
    const answer = sandbox.requireSignIn(c, ticketPath(ticket));
    if (answer instanceof Response) return answer;
    return delivery.signIn(c, app, answer.user, {
      acs: app.config.ssoUrl,
      relayState: app.config.defaultRelayState,
      postTo: `${baseUrl(c)}${acsPath(ticket)}`,
    });
  });
  pages.post('/sandbox/test-sp/:ticket/acs', async (c) => {
    const appId = tickets.take(c.req.param('ticket'));
    const app = appId === undefined ? undefined : await apps.byId(c, appId);
    const key = app === undefined ? undefined : ctx.keys.active(app.integration.id);
    if (app?.protocol !== 'saml' || key === undefined) return expired(c, sandbox);
    const samlResponse = field(new URLSearchParams(await readText(c, MAX_RESPONSE)), 'SAMLResponse', MAX_RESPONSE);
    const okta = appJson(ctx, c, app.integration);
    const settings = okta.settings as { signOn: Record<string, unknown> };
    // The app's configured issuer is Okta's template; the sandbox resolves it to the app's own.
    const checked = { ...okta, settings: { ...settings, signOn: { ...settings.signOn, idpIssuer: app.urls.issuer } } };
    const inspection = await inspectPasted(samlResponse, { app: checked, idpCertificate: key.certificate });
    return reportPage(c, sandbox, {
      label: app.integration.label,
      value: samlResponse,
      kind: 'SAML response',
      app: checked,
      inspection,
      appPath: portalPath(okta),
    });
  });
  return { api, pages };
}

/** The sandbox page showing what the test SP received in `<ik-inspector>`. */
function reportPage(c: Parameters<Sandbox['page']>[0], sandbox: Sandbox, report: ReceivedReport): Response {
  return sandbox.page(c, { title: `Test sign-in: ${report.label}`, body: reportHtml(report) });
}

/** The app's page in the portal, at the Admin Console's path. */
const portalPath = (okta: Record<string, unknown>) =>
  `/admin/app/${encodeURIComponent(String(okta.name ?? 'app'))}/instance/${encodeURIComponent(String(okta.id))}`;

function expired(c: Parameters<Sandbox['page']>[0], sandbox: Sandbox): Response {
  return sandbox.page(c, {
    title: 'Test sign-in expired',
    status: 400,
    body: '      <h1>Test sign-in expired</h1>\n      <p>This test sign-in link was used or is older than 10 minutes. Start Test sign-in again from the app.</p>',
  });
}
