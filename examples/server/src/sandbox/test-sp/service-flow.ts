import { createPrivateKey, createPublicKey, type JsonWebKey, type KeyObject, randomUUID, sign } from 'node:crypto';
import type { Integration } from '@integrakit/core';
import type { OidcConfig } from '@integrakit/protocols/oidc';
import type { Context } from 'hono';
import { appJson } from '../../apps/app-json.js';
import { readText } from '../../body.js';
import { baseUrl, type ServerContext } from '../../context.js';
import { FormFieldError, field } from '../form.js';
import type { Sandbox } from '../index.js';
import { clientIdOf } from '../oidc/clients.js';
import { escapeHtml } from '../page.js';
import { failed, requestToken, withoutSecret } from './oidc-flow.js';
import type { ReceivedReport } from './report-page.js';

/** Largest private JWK the test page reads: an RSA-4096 private JWK is about 3.2 KB. */
export const MAX_PRIVATE_JWK = 16 * 1024;
/** Largest body posted with it: every character percent-encoded, and room for the field name. */
const MAX_BODY = 3 * MAX_PRIVATE_JWK + 1024;
/** The JWS algorithm for each key type and curve the test SP signs with. */
const ALGORITHMS: Readonly<Record<string, { alg: string; p1363: boolean }>> = {
  RSA: { alg: 'RS256', p1363: false },
  'P-256': { alg: 'ES256', p1363: true },
  'P-384': { alg: 'ES384', p1363: true },
  'P-521': { alg: 'ES512', p1363: true },
};
const HASHES: Readonly<Record<string, string>> = { RS256: 'sha256', ES256: 'sha256', ES384: 'sha384', ES512: 'sha512' };

/** Whether the app is a service app (no person signs in): an API service integration or an OIDC `service` client. */
export const isServiceApp = (integration: Integration, config: OidcConfig | undefined) =>
  integration.signOn.protocol === 'api-service' || config?.applicationType === 'service';

/** Why a service app cannot run Test sign-in (`field: rule`), or `undefined` when it can. */
export function serviceTestRefusal(config: OidcConfig, grantedScopes: readonly string[]): string | undefined {
  if (!config.grantTypes.includes('client_credentials')) {
    return 'settings.oauthClient.grant_types: a service app is tested with client_credentials, which the app does not allow';
  }
  if (config.tokenEndpointAuthMethod !== 'private_key_jwt') {
    return 'credentials.oauthClient.token_endpoint_auth_method: client credentials requests to the org authorization server must use private_key_jwt (as in Okta)';
  }
  if (config.jwks === undefined) {
    return 'settings.oauthClient.jwks: the test checks the pasted key against the app’s own JWKS; a jwks_uri is not fetched';
  }
  if (grantedScopes.length === 0) {
    return 'grants: the app has no okta.* scope granted (POST /api/v1/apps/{appId}/grants), so no token can be issued';
  }
  return undefined;
}

const segment = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** The public JWK of `key`, for comparison with the app's registered keys. */
const publicParts = (jwk: JsonWebKey) =>
  jwk.kty === 'RSA' ? `RSA:${jwk.n}:${jwk.e}` : `${jwk.kty}:${jwk.crv}:${jwk.x}:${jwk.y}`;

/**
 * Reads the pasted private JWK: JSON, a private key Node can import, matching one of the app's
 * registered public keys; its `kid` and the algorithm to sign with. Every refusal names the field
 * and the rule, never the value.
 */
function readPrivateJwk(text: string, config: OidcConfig): { key: KeyObject; kid?: string; alg: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new FormFieldError('privateJwk', 'must be a JSON Web Key (a JSON object)');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new FormFieldError('privateJwk', 'must be a JSON Web Key (a JSON object)');
  }
  if (typeof (parsed as { d?: unknown }).d !== 'string') {
    throw new FormFieldError(
      'privateJwk',
      'must be a private key (it has no "d"); paste the private JWK, not the public one',
    );
  }
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: parsed as JsonWebKey, format: 'jwk' });
  } catch {
    throw new FormFieldError('privateJwk', 'is not an RSA or EC private key Node can import');
  }
  const publicJwk = createPublicKey(key).export({ format: 'jwk' });
  const signing = ALGORITHMS[publicJwk.kty === 'RSA' ? 'RSA' : String(publicJwk.crv)];
  if (signing === undefined) throw new FormFieldError('privateJwk', 'must be an RSA or EC (P-256, P-384, P-521) key');
  const registered = (config.jwks?.keys ?? []).find(
    (candidate) => publicParts(candidate as JsonWebKey) === publicParts(publicJwk),
  ) as { kid?: string } | undefined;
  if (registered === undefined) {
    throw new FormFieldError('privateJwk', 'is the private half of none of the app’s registered public keys (jwks)');
  }
  return { key, alg: signing.alg, ...(registered.kid === undefined ? {} : { kid: registered.kid }) };
}

/** A one-minute client assertion for the token endpoint, signed with the pasted key. */
function clientAssertion(clientId: string, audience: string, signer: ReturnType<typeof readPrivateJwk>): string {
  const now = Math.floor(Date.now() / 1000);
  const header = { alg: signer.alg, typ: 'JWT', ...(signer.kid === undefined ? {} : { kid: signer.kid }) };
  const claims = { iss: clientId, sub: clientId, aud: audience, jti: randomUUID(), iat: now, exp: now + 60 };
  const input = `${segment(header)}.${segment(claims)}`;
  const p1363 = signer.alg.startsWith('ES');
  const signature = sign(HASHES[signer.alg] ?? 'sha256', Buffer.from(input), {
    key: signer.key,
    ...(p1363 ? { dsaEncoding: 'ieee-p1363' as const } : {}),
  });
  return `${input}.${signature.toString('base64url')}`;
}

/**
 * Test sign-in of a service app: nobody signs in, so the test is the app's own flow, the client
 * credentials grant at `/oauth2/v1/token` over loopback for the scopes granted to it, with
 * `private_key_jwt` (the only client authentication the org authorization server accepts for it).
 * The server never has the private key, so the page asks for it once, uses it for this one
 * request, and never stores, logs or shows it.
 */
export function createServiceTestFlow(ctx: ServerContext, sandbox: Sandbox) {
  const scopesOf = (integration: Integration) => ctx.directory.grants(integration.id).map((grant) => grant.scopeId);

  const issue = async (
    c: Context,
    integration: Integration,
    config: OidcConfig,
    signer: ReturnType<typeof readPrivateJwk>,
  ): Promise<Response | ReceivedReport> => {
    const clientId = clientIdOf(integration, config);
    const endpoint = `${baseUrl(c)}/oauth2/v1/token`;
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      scope: scopesOf(integration).join(' '),
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: clientAssertion(clientId, endpoint, signer),
    });
    const answer = await requestToken(c, config, clientId, form, 'assertion');
    if (typeof answer.access_token !== 'string') {
      return failed(c, sandbox, `token endpoint: ${answer.error ?? 'no access token came back'}`);
    }
    return {
      label: integration.label,
      value: answer.access_token,
      kind: 'access token (client credentials)',
      app: withoutSecret(appJson(ctx, c, integration)),
      issuer: baseUrl(c),
    };
  };

  return {
    scopesOf,
    /** The run's first page: the form for the app's private key, posted to `formAction`. */
    start(c: Context, integration: Integration, formAction: string): Response {
      return sandbox.page(c, {
        title: `Test sign-in: ${integration.label}`,
        body: `      <h1>Test sign-in: ${escapeHtml(integration.label)}</h1>
      <p>An API service app has no person signing in: it gets an access token with the client credentials grant, authenticating with a client assertion signed by its private key. The sandbox holds only the app’s public keys, so paste the private key (a JWK) here. It is used to sign one client assertion for this one token request and is never stored, logged or shown.</p>
      <form method="post" action="${escapeHtml(formAction)}">
        <label for="privateJwk">Private key (JWK)</label>
        <textarea id="privateJwk" name="privateJwk" required maxlength="${MAX_PRIVATE_JWK}" rows="8" autocomplete="off" spellcheck="false"></textarea>
        <button type="submit">Get a token</button>
      </form>`,
      });
    },
    /** The posted private key: read within its bounds, checked against the app's keys, then the grant. */
    async submit(c: Context, integration: Integration, config: OidcConfig): Promise<Response | ReceivedReport> {
      let signer: ReturnType<typeof readPrivateJwk>;
      try {
        const type = c.req.header('content-type') ?? '';
        if (!type.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
          throw new FormFieldError('body', 'must be application/x-www-form-urlencoded');
        }
        const body = new URLSearchParams(await readText(c, MAX_BODY));
        signer = readPrivateJwk(field(body, 'privateJwk', MAX_PRIVATE_JWK), config);
      } catch (error) {
        if (error instanceof FormFieldError) return failed(c, sandbox, error.message);
        throw error;
      }
      return issue(c, integration, config, signer);
    },
  };
}
