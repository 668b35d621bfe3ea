import type { IncomingMessage } from 'node:http';
import { redirectUriMatches } from '@integrakit/protocols/oidc';
import type { Context } from 'hono';
import Provider, { type Configuration, errors, interactionPolicy, type KoaContextWithOIDC } from 'oidc-provider';
import type { ServerContext } from '../../context.js';
import type { Db } from '../../store/database.js';
import type { Sandbox } from '../index.js';
import { escapeHtml, sandboxCsp, sandboxHtml } from '../page.js';
import { SESSION_COOKIE } from '../sign-in.js';
import { findAccount, ORG_AS_CLAIMS } from './account.js';
import { sqliteAdapter } from './adapter.js';
import { type ClientSource, EXTRA_CLIENT_METADATA } from './clients.js';
import { recordProviderEvents } from './events.js';
import type { ProviderSecrets } from './secrets.js';

/** Where oidc-provider sends a browser that must sign in or consent; served by `routes.ts`. */
export const INTERACTION_PATH = '/sandbox/oidc/interaction';

/** Okta's org authorization server paths. */
const ROUTES = {
  authorization: '/oauth2/v1/authorize',
  token: '/oauth2/v1/token',
  jwks: '/oauth2/v1/keys',
  userinfo: '/oauth2/v1/userinfo',
  end_session: '/oauth2/v1/logout',
  introspection: '/oauth2/v1/introspect',
  revocation: '/oauth2/v1/revoke',
};

const NOT_ASSIGNED = 'User is not assigned to the client application.';
const INVALID_SCOPE = 'The requested scope is invalid, unknown, or malformed.';

/** What the provider is built from. */
export interface ProviderDeps {
  readonly ctx: ServerContext;
  readonly db: Db;
  readonly sandbox: Sandbox;
  readonly clients: ClientSource;
  readonly secrets: ProviderSecrets;
  /** The Hono context of a request the provider is answering (for the System Log and the IdP session). */
  readonly honoContext: (request: IncomingMessage) => Context | undefined;
}

/** The OAuth client's Okta settings: its extra metadata (oidc-provider 8 keeps those keys as given). */
interface OktaClient {
  readonly redirectUris?: string[];
  readonly okta_app_id: string;
  readonly okta_pkce_required?: boolean;
  readonly okta_scope_grants: string;
  readonly wildcard_redirect: string;
}
const okta = (client: unknown) => client as OktaClient;

/**
 * Builds the sandbox's OpenID Provider (oidc-provider 8) as Okta's org authorization server:
 * issuer = the server's origin, Okta's `/oauth2/v1/*` paths, clients from the app store, Okta's
 * claims, and JWT access tokens with `okta.*` scopes for API service apps.
 */
export function createProvider(issuer: string, deps: ProviderDeps): Provider {
  const { ctx, sandbox, clients, secrets } = deps;
  const person = (koa: KoaContextWithOIDC) => {
    const hono = deps.honoContext(koa.req);
    return hono === undefined ? undefined : sandbox.currentPerson(hono);
  };

  const policy = interactionPolicy.base();
  const login = policy.get('login');
  // The sandbox's IdP session is the authority: signed out there (or as someone else) means sign in again.
  login?.checks.add(
    new interactionPolicy.Check('idp_session', 'End-User authentication is required', (koa) =>
      person(koa)?.user.id === koa.oidc.session?.accountId
        ? interactionPolicy.Check.NO_NEED_TO_PROMPT
        : interactionPolicy.Check.REQUEST_PROMPT,
    ),
  );
  // Checked on every authorization request, so unassigning a person applies to their next sign-in.
  login?.checks.add(
    new interactionPolicy.Check('not_assigned', NOT_ASSIGNED, async (koa) => {
      const accountId = koa.oidc.session?.accountId;
      if (accountId !== undefined && !(await sandbox.isAssigned(okta(koa.oidc.client).okta_app_id, accountId))) {
        throw new errors.AccessDenied(NOT_ASSIGNED);
      }
      return interactionPolicy.Check.NO_NEED_TO_PROMPT;
    }),
  );
  policy.get('consent')?.checks.remove('native_client_prompt');

  const configuration: Configuration = {
    adapter: sqliteAdapter(deps.db, clients.client),
    clients: [],
    jwks: { keys: secrets.signingKeys as never },
    cookies: {
      keys: [...secrets.cookieKeys],
      long: { signed: true, sameSite: 'lax', httpOnly: true },
      short: { signed: true, sameSite: 'lax', httpOnly: true },
    },
    routes: ROUTES,
    scopes: ['openid', 'profile', 'email', 'address', 'phone', 'offline_access', 'groups'],
    claims: ORG_AS_CLAIMS as never,
    conformIdTokenClaims: false,
    extraClientMetadata: { properties: EXTRA_CLIENT_METADATA },
    allowOmittingSingleRegisteredRedirectUri: false,
    responseTypes: ['code', 'id_token', 'id_token token', 'code id_token', 'code token', 'code id_token token', 'none'],
    clientAuthMethods: ['none', 'client_secret_basic', 'client_secret_post', 'client_secret_jwt', 'private_key_jwt'],
    pkce: {
      methods: ['S256'],
      required: (_koa, client) => client.clientAuthMethod === 'none' || okta(client).okta_pkce_required === true,
    },
    // Okta's trusted origins for browser apps: the origins of the app's own redirect URIs.
    clientBasedCORS: (_koa, origin, client) =>
      (client.redirectUris ?? []).some((uri) => URL.canParse(uri) && new URL(uri).origin === origin),
    findAccount: (_koa, sub) => findAccount(ctx, secrets.orgId, sub),
    interactions: { policy, url: (_koa, interaction) => `${INTERACTION_PATH}/${interaction.uid}` },
    // First-party apps of the org (Okta's org AS asks no consent): grant what was requested.
    async loadExistingGrant(koa) {
      const { oidc } = koa;
      const client = oidc.client;
      const accountId = oidc.session?.accountId;
      if (client === undefined || accountId === undefined) return undefined;
      const id = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(client.clientId);
      const grant =
        (id === undefined ? undefined : await oidc.provider.Grant.find(id)) ??
        new oidc.provider.Grant({ clientId: client.clientId, accountId });
      // `requestParamOIDCScopes` exists in oidc-provider 8 but is missing from its type declarations.
      grant.addOIDCScope(
        [...(oidc as unknown as { requestParamOIDCScopes: Set<string> }).requestParamOIDCScopes].join(' '),
      );
      if (oidc.requestParamClaims.size > 0) grant.addOIDCClaims([...oidc.requestParamClaims]);
      await grant.save();
      return grant;
    },
    features: {
      devInteractions: { enabled: false },
      introspection: {
        enabled: true,
        // A client learns about its own tokens only: another app's token introspects as inactive.
        allowedPolicy: async (ctx, _client, token) => token.clientId === ctx.oidc.client?.clientId,
      },
      revocation: { enabled: true },
      clientCredentials: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        // Okta signs out without asking: the confirmation form submits itself.
        async logoutSource(koa, form) {
          const autoForm = form
            .replace('<form ', '<form data-autosubmit ')
            .replace('</form>', '<input type="hidden" name="logout" value="yes"/></form>');
          koa.set('Content-Security-Policy', sandboxCsp(logoutTargets(koa)));
          koa.body = sandboxHtml(
            'Signing out',
            `      <h1>Signing out</h1>\n      ${autoForm}\n      <button type="submit" form="op.logoutForm">Sign out</button>\n      <script src="/sandbox/assets/autosubmit.js"></script>`,
          );
        },
        async postLogoutSuccessSource(koa) {
          koa.body = sandboxHtml(
            'Signed out',
            '      <h1>Signed out</h1>\n      <p>You are signed out of the sandbox.</p>',
          );
        },
      },
      resourceIndicators: {
        enabled: true,
        useGrantedResource: async () => true,
        // Client credentials are for the management API (the issuer); user flows get opaque tokens.
        defaultResource: async (koa, _client, oneOf) =>
          oneOf ?? (koa.oidc.params?.grant_type === 'client_credentials' ? issuer : (undefined as never)),
        getResourceServerInfo: async (koa, resource, client) => {
          if (resource !== issuer) throw new errors.InvalidTarget();
          if (client.clientAuthMethod !== 'private_key_jwt') {
            throw new errors.InvalidClient(
              'Client Credentials requests to the Org Authorization Server must use the private_key_jwt token_endpoint_auth_method',
            );
          }
          const granted = new Set(okta(client).okta_scope_grants.split(' ').filter(Boolean));
          const asked = String(koa.oidc.params?.scope ?? '')
            .split(' ')
            .filter(Boolean);
          if (asked.length === 0 || asked.some((scope) => !granted.has(scope)))
            throw new errors.InvalidScope(INVALID_SCOPE, asked.join(' '));
          return {
            scope: asked.join(' '),
            audience: issuer,
            accessTokenTTL: 3600,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    formats: {
      customizers: {
        // Okta's access token claims: `ver`, `cid`, `scp`.
        async jwt(_koa, _token, jwt) {
          const payload = jwt.payload as Record<string, unknown>;
          payload.ver = 1;
          payload.cid = payload.client_id;
          if (typeof payload.scope === 'string') payload.scp = payload.scope.split(' ');
          return jwt;
        },
      },
    },
    async renderError(koa, out) {
      koa.type = 'html';
      koa.set('Content-Security-Policy', sandboxCsp());
      const details = Object.entries(out)
        .map(([key, value]) => `      <p><strong>${escapeHtml(key)}</strong>: ${escapeHtml(String(value))}</p>`)
        .join('\n');
      koa.body = sandboxHtml('Sign-in error', `      <h1>Sign-in error</h1>\n${details}`);
    },
    ttl: {
      AccessToken: 3600,
      AuthorizationCode: 300,
      IdToken: 3600,
      Interaction: 600,
      Session: 86_400,
      Grant: 86_400,
      ClientCredentials: 3600,
      RefreshToken: 2_592_000,
    },
  };

  const provider = new Provider(issuer, configuration);
  allowWildcardRedirects(provider, sandbox);
  // Okta issues a refresh token for offline_access without prompt=consent; oidc-provider only with it.
  provider.use(async (koa, next) => {
    if (koa.method === 'GET' && koa.path === ROUTES.authorization) {
      const query = new URLSearchParams(koa.querystring);
      if (query.get('scope')?.split(' ').includes('offline_access') && !query.has('prompt')) {
        query.set('prompt', 'consent');
        koa.querystring = query.toString();
      }
    }
    // The provider writes its responses itself, past Hono's middleware: the same headers here.
    koa.set('X-Content-Type-Options', 'nosniff');
    koa.set('X-Frame-Options', 'DENY');
    koa.set('Referrer-Policy', 'no-referrer');
    koa.set(
      'Content-Security-Policy',
      "default-src 'none'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'",
    );
    await next();
  });
  recordProviderEvents(provider, ctx, deps.honoContext, (koa) => person(koa)?.user);
  provider.on('end_session.success', (koa) => {
    const hono = deps.honoContext(koa.req);
    if (hono !== undefined) sandbox.endSession(hono);
    // The provider writes this response, so the IdP session cookie is cleared on it too.
    koa.cookies.set(SESSION_COOKIE, null, { path: '/' });
  });
  return provider;
}

/** The origin of a validated `post_logout_redirect_uri`, which the logout form ends on. */
function logoutTargets(koa: KoaContextWithOIDC): string[] {
  const uri = koa.oidc.params?.post_logout_redirect_uri;
  return typeof uri === 'string' && URL.canParse(uri) ? [new URL(uri).origin] : [];
}

/**
 * Okta's wildcard redirect URIs (`wildcard_redirect: SUBDOMAIN`), matched by the protocols package's
 * rule, and the transient redirect URI of a Test sign-in run for the app.
 */
function allowWildcardRedirects(provider: Provider, sandbox: Sandbox): void {
  const prototype = provider.Client.prototype as unknown as {
    redirectUriAllowed(this: unknown, uri: string): boolean;
  };
  const exact = prototype.redirectUriAllowed;
  prototype.redirectUriAllowed = function redirectUriAllowed(this: unknown, uri: string) {
    const client = okta(this);
    const wildcards = client.wildcard_redirect === 'SUBDOMAIN';
    return (
      exact.call(this, uri) ||
      sandbox.testRedirects.allows(client.okta_app_id, uri) ||
      (wildcards && (client.redirectUris ?? []).some((registered) => redirectUriMatches(registered, uri, true)))
    );
  };
}
