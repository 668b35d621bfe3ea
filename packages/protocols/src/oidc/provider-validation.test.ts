import { beforeAll, describe, expect, it } from 'vitest';
import { generateClientKeyPair } from '../jwt/keys.js';
import { sampleJwks, validInputs } from './__fixtures__/configs.js';
import { providerRefusal, validatingProvider } from './__fixtures__/provider.js';
import { toClientMetadata } from './client-metadata.js';
import { define, safeDefine } from './define.js';
import type { OidcConfig, OidcConfigInput } from './oidc.schema.js';

let provider: Awaited<ReturnType<typeof validatingProvider>>;
let inputs: Record<string, OidcConfigInput>;
let privateJwk: Record<string, unknown>;
beforeAll(async () => {
  provider = await validatingProvider();
  inputs = validInputs(await sampleJwks());
  const pair = await generateClientKeyPair({ alg: 'ES256', extractable: true });
  const { exportJWK } = await import('jose');
  privateJwk = { ...(await exportJWK(pair.privateKey)), kid: pair.kid };
});

/** What Okta would add on create: a client id, and a generated secret when the method needs one. */
function registered(config: OidcConfig) {
  const meta = toClientMetadata(config);
  meta.client_id ??= 'generated-client-id';
  if (config.tokenEndpointAuthMethod.startsWith('client_secret')) {
    meta.client_secret ??= 'generated-secret-of-at-least-32-characters!';
  }
  return meta;
}

describe('configs accepted by oidc.define are accepted by oidc-provider', () => {
  it('every sample', async () => {
    for (const [name, input] of Object.entries(inputs)) {
      expect(await providerRefusal(provider, registered(define(input))), name).toBeUndefined();
    }
  });
});

const base: OidcConfigInput = {
  label: 'Portal',
  applicationType: 'web',
  grantTypes: ['authorization_code'],
  redirectUris: ['https://portal.example.com/cb'],
  clientId: 'portal-client',
  clientSecret: 'generated-secret-of-at-least-32-characters!',
};
const { clientSecret: _secret, ...publicBase } = base;
const nativeBase: OidcConfigInput = {
  ...publicBase,
  applicationType: 'native',
  tokenEndpointAuthMethod: 'none',
  redirectUris: ['com.example.app:/cb'],
};
type Meta = Record<string, unknown>;
const baseMeta = (input: OidcConfigInput): Meta => ({ ...toClientMetadata(define(input)) });
const ecPublic = () => (inputs['web, private_key_jwt'] as { jwks: { keys: Meta[] } }).jwks.keys[0] as Meta;

/** The same mistake spelled for our builder and as RFC 7591 metadata for oidc-provider. */
const bothRefuse: [name: string, ours: () => OidcConfigInput, theirs: () => Meta, code: string][] = [
  [
    'fragment in redirect',
    () => ({ ...base, redirectUris: ['https://a.example.com/cb#f'] }),
    () => ({ ...baseMeta(base), redirect_uris: ['https://a.example.com/cb#f'] }),
    'fragment_not_allowed',
  ],
  [
    'relative redirect',
    () => ({ ...base, redirectUris: ['/cb'] }),
    () => ({ ...baseMeta(base), redirect_uris: ['/cb'] }),
    'invalid_uri',
  ],
  [
    'no redirect for auth code',
    () => ({ ...base, redirectUris: [] }),
    () => ({ ...baseMeta(base), redirect_uris: [] }),
    'redirect_uri_required',
  ],
  [
    'custom scheme on web',
    () => ({ ...base, redirectUris: ['com.example.app:/cb'] }),
    () => ({ ...baseMeta(base), redirect_uris: ['com.example.app:/cb'] }),
    'custom_scheme_not_allowed',
  ],
  [
    'implicit over http',
    () => ({
      ...base,
      grantTypes: ['authorization_code', 'implicit'],
      responseTypes: ['code', 'id_token'],
      redirectUris: ['http://127.0.0.1/cb'],
    }),
    () => ({
      ...baseMeta(base),
      grant_types: ['authorization_code', 'implicit'],
      response_types: ['code', 'id_token'],
      redirect_uris: ['http://127.0.0.1/cb'],
    }),
    'implicit_requires_https',
  ],
  [
    'implicit on localhost',
    () => ({
      ...base,
      grantTypes: ['authorization_code', 'implicit'],
      responseTypes: ['code', 'id_token'],
      redirectUris: ['https://localhost/cb'],
    }),
    () => ({
      ...baseMeta(base),
      grant_types: ['authorization_code', 'implicit'],
      response_types: ['code', 'id_token'],
      redirect_uris: ['https://localhost/cb'],
    }),
    'implicit_requires_https',
  ],
  [
    'native http on a real host',
    () => ({ ...nativeBase, redirectUris: ['http://app.example.com/cb'] }),
    () => ({ ...baseMeta(nativeBase), redirect_uris: ['http://app.example.com/cb'] }),
    'https_required',
  ],
  [
    'native claimed https on loopback',
    () => ({ ...nativeBase, redirectUris: ['https://127.0.0.1/cb'] }),
    () => ({ ...baseMeta(nativeBase), redirect_uris: ['https://127.0.0.1/cb'] }),
    'loopback_https',
  ],
  [
    'native custom scheme not reverse-domain',
    () => ({ ...nativeBase, redirectUris: ['myapp:/cb'] }),
    () => ({ ...baseMeta(nativeBase), redirect_uris: ['myapp:/cb'] }),
    'reverse_domain_scheme',
  ],
  [
    'sign-out URI with fragment',
    () => ({ ...base, postLogoutRedirectUris: ['https://a.example.com/#bye'] }),
    () => ({ ...baseMeta(base), post_logout_redirect_uris: ['https://a.example.com/#bye'] }),
    'fragment_not_allowed',
  ],
  [
    'sign-out custom scheme on web',
    () => ({ ...base, postLogoutRedirectUris: ['com.example.app:/bye'] }),
    () => ({ ...baseMeta(base), post_logout_redirect_uris: ['com.example.app:/bye'] }),
    'custom_scheme_not_allowed',
  ],
  [
    'id_token response without implicit',
    () => ({ ...base, responseTypes: ['code', 'id_token'] }),
    () => ({ ...baseMeta(base), response_types: ['code', 'id_token'] }),
    'response_type_mismatch',
  ],
  [
    'code response without its grant',
    () => ({
      ...publicBase,
      applicationType: 'browser',
      grantTypes: ['implicit'],
      responseTypes: ['code', 'id_token'],
    }),
    () => ({
      ...baseMeta(base),
      client_secret: undefined,
      token_endpoint_auth_method: 'none',
      grant_types: ['implicit'],
      response_types: ['code', 'id_token'],
    }),
    'response_type_mismatch',
  ],
  [
    'code grant without code response',
    () => ({ ...base, responseTypes: [] }),
    () => ({ ...baseMeta(base), response_types: [] }),
    'response_type_mismatch',
  ],
  [
    'unknown auth method',
    () => ({ ...base, tokenEndpointAuthMethod: 'magic' as never }),
    () => ({ ...baseMeta(base), token_endpoint_auth_method: 'magic' }),
    'invalid_value',
  ],
  [
    'unknown grant type',
    () => ({ ...base, grantTypes: ['authorization_code', 'magic' as never] }),
    () => ({ ...baseMeta(base), grant_types: ['authorization_code', 'magic'] }),
    'invalid_value',
  ],
  [
    'private_key_jwt without keys',
    () => ({ ...base, clientSecret: undefined as never, tokenEndpointAuthMethod: 'private_key_jwt' }),
    () => ({ ...baseMeta(base), client_secret: undefined, token_endpoint_auth_method: 'private_key_jwt' }),
    'jwks_required',
  ],
  [
    'jwks and jwks uri together',
    () => ({ ...base, jwks: { keys: [ecPublic()] } as never, jwksUri: 'https://k.example.com/jwks' }),
    () => ({ ...baseMeta(base), jwks: { keys: [ecPublic()] }, jwks_uri: 'https://k.example.com/jwks' }),
    'jwks_conflict',
  ],
  [
    'private key in jwks',
    () => ({ ...base, jwks: { keys: [privateJwk] } as never }),
    () => ({ ...baseMeta(base), jwks: { keys: [privateJwk] } }),
    'private_key_material',
  ],
  [
    'initiate login URI over http',
    () => ({ ...base, initiateLoginUri: 'http://127.0.0.1/login' }),
    () => ({ ...baseMeta(base), initiate_login_uri: 'http://127.0.0.1/login' }),
    'https_required',
  ],
  [
    'initiate login URI not a URL',
    () => ({ ...base, initiateLoginUri: 'login' }),
    () => ({ ...baseMeta(base), initiate_login_uri: 'login' }),
    'invalid_url',
  ],
  [
    'jwks uri not a URL',
    () => ({ ...base, jwksUri: 'jwks.json' }),
    () => ({ ...baseMeta(base), jwks_uri: 'jwks.json' }),
    'invalid_url',
  ],
  [
    'logo URI not http',
    () => ({ ...base, logoUri: 'ftp://a.example.com/logo.png' }),
    () => ({ ...baseMeta(base), logo_uri: 'ftp://a.example.com/logo.png' }),
    'invalid_url',
  ],
  [
    'client URI not a URL',
    () => ({ ...base, clientUri: 'example' }),
    () => ({ ...baseMeta(base), client_uri: 'example' }),
    'invalid_url',
  ],
  [
    'policy URI not a URL',
    () => ({ ...base, policyUri: 'policy' }),
    () => ({ ...baseMeta(base), policy_uri: 'policy' }),
    'invalid_url',
  ],
  [
    'terms URI not a URL',
    () => ({ ...base, tosUri: 'tos' }),
    () => ({ ...baseMeta(base), tos_uri: 'tos' }),
    'invalid_url',
  ],
];

describe('configs refused by oidc.define are refused by oidc-provider too', () => {
  it('has at least 20 cases', () => expect(bothRefuse.length).toBeGreaterThanOrEqual(20));

  it.each(bothRefuse)('%s', async (_name, ours, theirs, code) => {
    const result = safeDefine(ours());
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => issue.code)).toContain(code);
    const meta = { client_id: 'portal-client', ...theirs() };
    // A metadata refusal (RFC 7591 error codes), not a crash of the provider on odd input.
    expect(await providerRefusal(provider, meta)).toMatch(/^invalid_(client_metadata|redirect_uri): /);
  });
});

/** Where we are stricter than oidc-provider: it accepts these, our policy or Okta's rules refuse. */
const stricter: [name: string, ours: () => OidcConfigInput, theirs: () => Meta, code: string][] = [
  [
    'http redirect on a real host (policy)',
    () => ({ ...base, redirectUris: ['http://portal.example.com/cb'] }),
    () => ({ ...baseMeta(base), redirect_uris: ['http://portal.example.com/cb'] }),
    'https_required',
  ],
  [
    'confidential native app without PKCE (policy)',
    () => ({
      ...nativeBase,
      tokenEndpointAuthMethod: 'client_secret_basic',
      clientSecret: 'generated-secret-of-at-least-32-characters!',
      pkceRequired: false,
    }),
    () => ({
      ...baseMeta(nativeBase),
      token_endpoint_auth_method: 'client_secret_basic',
      client_secret: 'generated-secret-of-at-least-32-characters!',
    }),
    'pkce_required',
  ],
  [
    'client secret shorter than 14 (Okta)',
    () => ({ ...base, clientSecret: 'short' }),
    () => ({ ...baseMeta(base), client_secret: 'short' }),
    'invalid_secret',
  ],
  [
    'wildcard redirect not enabled (Okta)',
    () => ({ ...base, redirectUris: ['https://*.app.example.com/cb'] }),
    () => ({ ...baseMeta(base), redirect_uris: ['https://*.app.example.com/cb'] }),
    'wildcard_disabled',
  ],
];

describe('where oidc.define is stricter than oidc-provider (documented in docs/protocols/oidc.md)', () => {
  it.each(stricter)('%s', async (_name, ours, theirs, code) => {
    const result = safeDefine(ours());
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => issue.code)).toContain(code);
    expect(await providerRefusal(provider, { client_id: 'portal-client', ...theirs() })).toBeUndefined();
  });
});
