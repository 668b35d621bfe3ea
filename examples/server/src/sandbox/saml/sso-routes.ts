import { randomBytes } from 'node:crypto';
import { type AuthnRequestInfo, readSamlRequest } from '@integrakit/protocols/saml';
import { isConfigValidationError } from '@integrakit/protocols/shared';
import { type Context, Hono } from 'hono';
import { readForm } from '../form.js';
import type { Sandbox } from '../index.js';
import { checkAuthnRequest, REQUEST_SKEW_MS } from './authn-checks.js';
import { type ReceivedMessage, readPost, readRedirect } from './binding.js';
import type { Delivery } from './deliver.js';
import { createExpiringMap } from './expiring-map.js';
import { SamlRequestError } from './request-error.js';
import type { SandboxApp, SandboxApps } from './sandbox-apps.js';

/** Request IDs and pending sign-ins remembered at once; past it new requests are refused (503). */
const MAX_REMEMBERED = 10_000;
/** How long a person has to sign in before an accepted AuthnRequest is forgotten. */
const PENDING_MS = 10 * 60_000;
const CONTINUE_PATH = '/sandbox/saml/continue';

interface Pending {
  readonly appId: string;
  readonly acs: string;
  readonly inResponseTo: string;
  readonly relayState: string | undefined;
  /** Set when the request asked for ForceAuthn and the app honours it: sign-ins before this don't count. */
  readonly freshSince: number | undefined;
}

/**
 * SP-initiated SAML SSO on Okta's URL (`/app/{appName}/{key}/sso/saml`, HTTP-Redirect and
 * HTTP-POST): the AuthnRequest is read under the protocol's limits, checked against the app, and
 * remembered by ID so a replay is refused. A person without an IdP session signs in first and
 * comes back to a one-time continuation, never to the request itself.
 */
export function samlSsoRoutes(sandbox: Sandbox, apps: SandboxApps, delivery: Delivery): Hono {
  // A request ID stays remembered as long as its IssueInstant could still pass the freshness check.
  const seenIds = createExpiringMap<true>({ max: MAX_REMEMBERED, ttlMs: 2 * REQUEST_SKEW_MS + 60_000 });
  const pending = createExpiringMap<Pending>({ max: MAX_REMEMBERED, ttlMs: PENDING_MS });

  const accept = async (c: Context, app: SandboxApp, read: () => Promise<ReceivedMessage>): Promise<Response> => {
    if (app.protocol !== 'saml') return c.notFound();
    let request: AuthnRequestInfo;
    let acs: string;
    let message: ReceivedMessage;
    try {
      message = await read();
      const certificate = app.config.signedRequests ? app.config.spCertificate : undefined;
      const parsed = await readSamlRequest(message.xml, certificate === undefined ? {} : { certificate });
      if (parsed.kind !== 'AuthnRequest') throw new SamlRequestError('SAMLRequest', 'must be an AuthnRequest');
      request = parsed;
      acs = checkAuthnRequest(request, message, app.config, { endpoint: app.urls.samlSso, now: new Date() });
      const seen = seenIds.add(`${app.integration.id} ${request.id}`, true);
      if (seen === 'taken') throw new SamlRequestError('ID', 'was already used (a replayed request)');
      if (seen === 'full') return c.text('Too many sign-ins in progress; try again shortly.', 503);
    } catch (error) {
      if (error instanceof SamlRequestError) return delivery.refuse(c, app, error);
      if (isConfigValidationError(error)) {
        const issue = error.issues[0];
        return delivery.refuse(c, app, new SamlRequestError('SAMLRequest', issue?.message ?? 'is not a SAML request'));
      }
      throw error;
    }
    const force = request.forceAuthn && app.config.honorForceAuthn;
    const signedIn = sandbox.currentPerson(c);
    const target = { acs, inResponseTo: request.id, relayState: message.relayState };
    if (signedIn !== undefined && !force) return delivery.signIn(c, app, signedIn.user, target);
    const handle = randomBytes(18).toString('base64url');
    const entry = { appId: app.integration.id, ...target, freshSince: force ? Date.now() : undefined };
    if (pending.add(handle, entry) === 'full') return c.text('Too many sign-ins in progress; try again shortly.', 503);
    if (force) sandbox.endSession(c);
    return signInFirst(c, app, handle, entry);
  };

  /** Sends the person to the sign-in page, back to the continuation; delivers if they are signed in after all. */
  const signInFirst = (c: Context, app: SandboxApp, handle: string, entry: Pending) => {
    const answer = sandbox.requireSignIn(c, `${CONTINUE_PATH}/${handle}`);
    if (answer instanceof Response) return answer;
    pending.take(handle);
    return delivery.signIn(c, app, answer.user, entry);
  };

  const routes = new Hono();
  routes.get('/app/:appName/:key/sso/saml', async (c) => {
    const app = await apps.byKey(c, c.req.param('key'));
    if (app === undefined || app.urls.appName !== c.req.param('appName')) return c.notFound();
    return accept(c, app, async () => readRedirect(new URL(c.req.url).search.slice(1)));
  });
  routes.post('/app/:appName/:key/sso/saml', async (c) => {
    const app = await apps.byKey(c, c.req.param('key'));
    if (app === undefined || app.urls.appName !== c.req.param('appName')) return c.notFound();
    return accept(c, app, async () => readPost(await readForm(c)));
  });
  routes.get(`${CONTINUE_PATH}/:handle`, async (c) => {
    const handle = c.req.param('handle');
    const entry = pending.peek(handle);
    if (entry === undefined) {
      return sandbox.page(c, {
        title: 'Sign-in expired',
        status: 400,
        body: '      <h1>Sign-in expired</h1>\n      <p>This sign-in is over or was never started. Go back to the app and sign in again.</p>',
      });
    }
    const app = await apps.byId(c, entry.appId);
    if (app === undefined) return c.notFound();
    const session = sandbox.currentPerson(c)?.session;
    // ForceAuthn: a session from before the request does not count; the person signs in again.
    if (
      session !== undefined &&
      entry.freshSince !== undefined &&
      Date.parse(session.authenticatedAt) < entry.freshSince
    ) {
      sandbox.endSession(c);
    }
    return signInFirst(c, app, handle, entry);
  });
  return routes;
}
