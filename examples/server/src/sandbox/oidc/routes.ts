import type { IncomingMessage } from 'node:http';
import type { HttpBindings } from '@hono/node-server';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import { type Context, Hono } from 'hono';
import type Provider from 'oidc-provider';
import { baseUrl, type ServerContext } from '../../context.js';
import type { Db } from '../../store/database.js';
import type { Sandbox } from '../index.js';
import { createBearerVerifier } from './bearer.js';
import { createClientSource } from './clients.js';
import { createProvider, INTERACTION_PATH } from './provider.js';
import { loadProviderSecrets, type ProviderSecrets } from './secrets.js';

type Env = { Bindings: HttpBindings };

/**
 * The sandbox's OpenID Provider on Okta's org authorization server paths. The provider is built on
 * the first request (the issuer is the server's origin, known once it listens), with its keys read
 * from (or first written to) SQLite.
 */
export function oidcRoutes(ctx: ServerContext, db: Db, sandbox: Sandbox) {
  const clients = createClientSource(ctx);
  const contexts = new WeakMap<IncomingMessage, Context>();
  let secrets: Promise<ProviderSecrets> | undefined;
  let built: Promise<Provider> | undefined;
  const loadSecrets = () => {
    secrets ??= loadProviderSecrets(db);
    return secrets;
  };
  const providerFor = (issuer: string) => {
    built ??= loadSecrets().then((loaded) =>
      createProvider(issuer, {
        ctx,
        db,
        sandbox,
        clients,
        secrets: loaded,
        honoContext: (request) => contexts.get(request),
      }),
    );
    return built;
  };
  let verify: Promise<ReturnType<typeof createBearerVerifier>> | undefined;

  // A sign-in for an authorization request ends at the app's redirect URI: the form's CSP must allow it.
  const interactionUid = new RegExp(`^${INTERACTION_PATH}/([A-Za-z0-9_-]{1,64})$`);
  sandbox.addFormTargets(async (fromUri) => {
    const uid = interactionUid.exec(fromUri)?.[1];
    if (uid === undefined || built === undefined) return [];
    const interaction = await (await built).Interaction.find(uid);
    const redirect = interaction?.params.redirect_uri;
    return typeof redirect === 'string' && URL.canParse(redirect) ? [new URL(redirect).origin] : [];
  });

  const app = new Hono<Env>();
  const handOff = async (c: Context<Env>) => {
    const provider = await providerFor(baseUrl(c));
    contexts.set(c.env.incoming, c);
    provider.callback()(c.env.incoming, c.env.outgoing);
    return RESPONSE_ALREADY_SENT;
  };
  app.all('/.well-known/openid-configuration', handOff);
  app.all('/oauth2/v1/*', handOff);

  app.get(`${INTERACTION_PATH}/:uid`, async (c) => {
    const provider = await providerFor(baseUrl(c));
    const { incoming, outgoing } = c.env;
    const details = await provider.interactionDetails(incoming, outgoing).catch(() => undefined);
    if (details === undefined || details.uid !== c.req.param('uid')) {
      return sandbox.page(c, {
        title: 'Sign-in expired',
        status: 400,
        body: '      <h1>Sign-in expired</h1>\n      <p>This sign-in request expired or was already used. Go back to the app and sign in again.</p>',
      });
    }
    const signedIn = sandbox.requireSignIn(c, `${INTERACTION_PATH}/${details.uid}`);
    if (signedIn instanceof Response) return signedIn;
    let result: Parameters<Provider['interactionResult']>[2];
    if (details.prompt.name === 'login') {
      const ts = Math.floor(Date.parse(signedIn.session.authenticatedAt) / 1000);
      result = { login: { accountId: signedIn.user.id, amr: ['pwd'], ts } };
    } else {
      // Consent (asked for offline_access): the org's own apps are granted what they ask for.
      const grant =
        (details.grantId === undefined ? undefined : await provider.Grant.find(details.grantId)) ??
        new provider.Grant({ accountId: signedIn.user.id, clientId: String(details.params.client_id) });
      grant.addOIDCScope(String(details.params.scope ?? 'openid'));
      const missing = (details.prompt.details as { missingOIDCClaims?: string[] }).missingOIDCClaims;
      if (missing !== undefined) grant.addOIDCClaims(missing);
      result = { consent: { grantId: await grant.save() } };
    }
    const to = await provider.interactionResult(incoming, outgoing, result, { mergeWithLastSubmission: false });
    return c.redirect(to, 303);
  });

  return {
    routes: app,
    /** Verifies a management API Bearer token this provider issued (see `createBearerVerifier`). */
    async verifyBearer(c: Context, token: string) {
      verify ??= loadSecrets().then((loaded) => createBearerVerifier(loaded, clients));
      return (await verify)(baseUrl(c), token);
    },
  };
}
