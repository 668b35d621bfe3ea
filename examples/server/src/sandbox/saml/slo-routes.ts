import { X509Certificate } from 'node:crypto';
import { buildLogoutResponse, readSamlRequest } from '@integrakit/protocols/saml';
import { isConfigValidationError } from '@integrakit/protocols/shared';
import { type Context, Hono } from 'hono';
import type { ServerContext } from '../../context.js';
import { readForm } from '../form.js';
import type { Sandbox } from '../index.js';
import { checkFreshness, REQUEST_SKEW_MS } from './authn-checks.js';
import { type ReceivedMessage, readPost, readRedirect } from './binding.js';
import type { Delivery } from './deliver.js';
import { createExpiringMap } from './expiring-map.js';
import { autoPostPage } from './post-page.js';
import { SamlRequestError } from './request-error.js';
import type { SandboxApp, SandboxApps } from './sandbox-apps.js';

/**
 * SP-initiated single logout at `/app/{appName}/{key}/slo/saml` for apps with single logout on:
 * the LogoutRequest must be signed with the app's SP certificate (query or XML signature), come
 * from the app's SP issuer, be fresh and not replayed. The IdP session ends and a signed
 * LogoutResponse is posted to the app's logout URL.
 */
export function sloRoutes(ctx: ServerContext, sandbox: Sandbox, apps: SandboxApps, delivery: Delivery): Hono {
  const seenIds = createExpiringMap<true>({ max: 10_000, ttlMs: 2 * REQUEST_SKEW_MS + 60_000 });

  const logout = async (c: Context, read: () => Promise<ReceivedMessage>) => {
    const app = await apps.byKey(c, c.req.param('key') ?? '');
    if (app?.protocol !== 'saml' || app.urls.appName !== c.req.param('appName')) return c.notFound();
    const { singleLogout, spCertificate } = app.config;
    if (singleLogout === undefined || spCertificate === undefined) return c.notFound();
    let inResponseTo: string;
    let relayState: string | undefined;
    try {
      const message = await read();
      relayState = message.relayState;
      inResponseTo = await checkLogoutRequest(app, message, spCertificate, singleLogout.spIssuer);
      if (seenIds.add(`${app.integration.id} ${inResponseTo}`, true) !== 'added') {
        throw new SamlRequestError('ID', 'was already used (a replayed request)');
      }
    } catch (error) {
      if (error instanceof SamlRequestError) return delivery.refuse(c, app, error);
      if (isConfigValidationError(error)) {
        return delivery.refuse(c, app, new SamlRequestError('SAMLRequest', error.issues[0]?.message ?? 'is not SAML'));
      }
      throw error;
    }
    const key = ctx.keys.active(app.integration.id);
    if (key === undefined) return c.notFound();
    sandbox.endSession(c);
    const response = await buildLogoutResponse(
      { issuer: app.urls.issuer, destination: singleLogout.logoutUrl, inResponseTo },
      { privateKey: key.privateKey, certificate: key.certificate },
      app.config,
    );
    return autoPostPage(c, singleLogout.logoutUrl, {
      SAMLResponse: Buffer.from(response).toString('base64'),
      RelayState: relayState,
    });
  };

  const routes = new Hono();
  routes.get('/app/:appName/:key/slo/saml', (c) =>
    logout(c, async () => readRedirect(new URL(c.req.url).search.slice(1))),
  );
  routes.post('/app/:appName/:key/slo/saml', (c) => logout(c, async () => readPost(await readForm(c))));
  return routes;
}

/** The LogoutRequest's ID once it is signed by the SP, from its SP issuer, and fresh. */
async function checkLogoutRequest(
  app: SandboxApp,
  message: ReceivedMessage,
  spCertificate: string,
  spIssuer: string,
): Promise<string> {
  const request = await readSamlRequest(message.xml, { certificate: spCertificate });
  if (request.kind !== 'LogoutRequest') throw new SamlRequestError('SAMLRequest', 'must be a LogoutRequest');
  const signed =
    message.querySignature === undefined
      ? request.signature?.valid === true
      : message.querySignature(new X509Certificate(Buffer.from(spCertificate, 'base64')).publicKey);
  if (!signed) throw new SamlRequestError('Signature', "is required and must verify with the app's SP certificate");
  if (request.issuer !== spIssuer) throw new SamlRequestError('Issuer', "must be the app's SP issuer");
  if (request.destination !== undefined && request.destination !== app.urls.samlSlo) {
    throw new SamlRequestError('Destination', 'must be the single logout URL the request was sent to');
  }
  checkFreshness(request.issueInstant, new Date());
  return request.id;
}
