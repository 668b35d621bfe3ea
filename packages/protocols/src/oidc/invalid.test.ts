import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../../../../scripts/property-runs.js';
import { formatPath, isConfigValidationError } from '../errors.js';
import { issueAt } from '../test-utils/issues.js';
import { safeDefine } from './define.js';
import type { OidcConfigInput } from './oidc.schema.js';

const web: OidcConfigInput = {
  label: 'Portal',
  applicationType: 'web',
  grantTypes: ['authorization_code'],
  redirectUris: ['https://portal.example.com/cb'],
};
const spa: OidcConfigInput = { ...web, applicationType: 'browser' };
const native: OidcConfigInput = { ...web, applicationType: 'native', redirectUris: ['com.example.app:/cb'] };
const service: OidcConfigInput = {
  label: 'Job',
  applicationType: 'service',
  grantTypes: ['client_credentials'],
  redirectUris: [],
};
const rsaSmall = { kty: 'RSA', kid: 'k', n: 'AQAB'.repeat(40), e: 'AQAB' };
const ecOk = {
  kty: 'EC',
  crv: 'P-256',
  kid: 'ec',
  x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
  y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0',
};

type Case = [name: string, input: unknown, path: (string | number)[], code: string, policy?: 'okta'];

/** Each input breaks exactly the rule named; the first issue must point at that field and rule. */
const cases: Case[] = [
  ['empty label', { ...web, label: '' }, ['label'], 'too_small'],
  ['long label', { ...web, label: 'x'.repeat(101) }, ['label'], 'too_big'],
  ['unknown app type', { ...web, applicationType: 'desktop' }, ['applicationType'], 'invalid_value'],
  ['no grants', { ...web, grantTypes: [] }, ['grantTypes'], 'too_small'],
  ['unknown grant', { ...web, grantTypes: ['authorization_code', 'magic'] }, ['grantTypes', 1], 'invalid_value'],
  [
    'duplicate grant',
    { ...web, grantTypes: ['authorization_code', 'authorization_code'] },
    ['grantTypes'],
    'duplicate_value',
  ],
  [
    'password on web',
    { ...web, grantTypes: ['authorization_code', 'password'] },
    ['grantTypes', 1],
    'grant_not_allowed',
  ],
  [
    'client_credentials on SPA',
    { ...spa, grantTypes: ['authorization_code', 'client_credentials'] },
    ['grantTypes', 1],
    'grant_not_allowed',
  ],
  [
    'auth code on service',
    {
      ...service,
      grantTypes: ['client_credentials', 'authorization_code'],
      responseTypes: ['code'],
      redirectUris: ['https://a.example.com/cb'],
    },
    ['grantTypes', 1],
    'grant_not_allowed',
  ],
  [
    'web without auth code',
    { ...web, grantTypes: ['refresh_token'], redirectUris: ['https://a.example.com/cb'] },
    ['grantTypes'],
    'grant_required',
  ],
  [
    'service without client_credentials',
    {
      ...service,
      grantTypes: ['urn:ietf:params:oauth:grant-type:token-exchange'],
      redirectUris: ['https://a.example.com/cb'],
    },
    ['grantTypes'],
    'grant_required',
  ],
  [
    'code response without grant',
    { ...web, grantTypes: ['implicit'], responseTypes: ['code', 'token'] },
    ['grantTypes'],
    'grant_required',
  ],
  ['auth code without code response', { ...web, responseTypes: [] }, ['responseTypes'], 'response_type_mismatch'],
  [
    'implicit without token responses',
    { ...web, grantTypes: ['authorization_code', 'implicit'], responseTypes: ['code'] },
    ['responseTypes'],
    'response_type_mismatch',
  ],
  [
    'id_token without implicit',
    { ...web, responseTypes: ['code', 'id_token'] },
    ['responseTypes'],
    'response_type_mismatch',
  ],
  ['unknown response type', { ...web, responseTypes: ['code', 'ticket'] }, ['responseTypes', 1], 'invalid_value'],
  ['code response on service', { ...service, responseTypes: ['code'] }, ['responseTypes'], 'response_type_mismatch'],
  [
    'unknown auth method',
    { ...web, tokenEndpointAuthMethod: 'tls_client_auth' },
    ['tokenEndpointAuthMethod'],
    'invalid_value',
  ],
  ['none on web', { ...web, tokenEndpointAuthMethod: 'none' }, ['tokenEndpointAuthMethod'], 'auth_method_not_allowed'],
  [
    'secret on SPA',
    { ...spa, tokenEndpointAuthMethod: 'client_secret_basic' },
    ['tokenEndpointAuthMethod'],
    'auth_method_not_allowed',
  ],
  [
    'none on service',
    { ...service, tokenEndpointAuthMethod: 'none' },
    ['tokenEndpointAuthMethod'],
    'auth_method_not_allowed',
  ],
  ['public native without PKCE', { ...native, pkceRequired: false }, ['pkceRequired'], 'pkce_required'],
  ['SPA without PKCE', { ...spa, pkceRequired: false }, ['pkceRequired'], 'pkce_required'],
  [
    'confidential native without PKCE',
    { ...native, tokenEndpointAuthMethod: 'client_secret_basic', pkceRequired: false },
    ['pkceRequired'],
    'pkce_required',
  ],
  ['short secret', { ...web, clientSecret: 'short' }, ['clientSecret'], 'invalid_secret'],
  ['non-printable secret', { ...web, clientSecret: 'tab\tinside-a-long-secret' }, ['clientSecret'], 'invalid_secret'],
  [
    'client_secret_jwt short secret',
    { ...web, tokenEndpointAuthMethod: 'client_secret_jwt', clientSecret: '0123456789abcdefghij' },
    ['clientSecret'],
    'secret_too_short',
  ],
  [
    'secret with private_key_jwt',
    {
      ...web,
      tokenEndpointAuthMethod: 'private_key_jwt',
      jwksUri: 'https://k.example.com/jwks',
      clientSecret: '0123456789abcdefghij',
    },
    ['clientSecret'],
    'secret_unused',
  ],
  ['private_key_jwt without keys', { ...web, tokenEndpointAuthMethod: 'private_key_jwt' }, ['jwks'], 'jwks_required'],
  [
    'jwks and jwks uri',
    {
      ...web,
      tokenEndpointAuthMethod: 'private_key_jwt',
      jwks: { keys: [ecOk] },
      jwksUri: 'https://k.example.com/jwks',
    },
    ['jwksUri'],
    'jwks_conflict',
  ],
  ['empty jwks', { ...web, jwks: { keys: [] } }, ['jwks', 'keys'], 'too_small'],
  [
    'private key in jwks',
    { ...web, jwks: { keys: [{ ...ecOk, d: 'secret' }] } },
    ['jwks', 'keys', 0, 'd'],
    'private_key_material',
  ],
  ['small RSA key', { ...web, jwks: { keys: [rsaSmall] } }, ['jwks', 'keys', 0, 'n'], 'key_too_small'],
  [
    'EC coordinate of wrong size',
    { ...web, jwks: { keys: [{ ...ecOk, x: 'AAAA' }] } },
    ['jwks', 'keys', 0, 'x'],
    'invalid_coordinate',
  ],
  [
    'EC alg not matching curve',
    { ...web, jwks: { keys: [{ ...ecOk, alg: 'ES384' }] } },
    ['jwks', 'keys', 0, 'alg'],
    'alg_mismatch',
  ],
  [
    'unknown key type',
    { ...web, jwks: { keys: [{ kty: 'oct', k: 'abc' }] } },
    ['jwks', 'keys', 0, 'k'],
    'private_key_material',
  ],
  ['duplicate kid', { ...web, jwks: { keys: [ecOk, ecOk] } }, ['jwks', 'keys', 1, 'kid'], 'duplicate_kid'],
  ['jwks uri not a URL', { ...web, jwksUri: 'keys.json' }, ['jwksUri'], 'invalid_url'],
  ['no redirect URIs', { ...web, redirectUris: [] }, ['redirectUris'], 'redirect_uri_required'],
  ['relative redirect', { ...web, redirectUris: ['/callback'] }, ['redirectUris', 0], 'invalid_uri'],
  [
    'redirect with fragment',
    { ...web, redirectUris: ['https://a.example.com/cb#x'] },
    ['redirectUris', 0],
    'fragment_not_allowed',
  ],
  [
    'duplicate redirect',
    { ...web, redirectUris: ['https://a.example.com/cb', 'https://a.example.com/cb'] },
    ['redirectUris'],
    'duplicate_value',
  ],
  [
    'wildcard while disabled',
    { ...web, redirectUris: ['https://*.app.example.com/cb'] },
    ['redirectUris', 0],
    'wildcard_disabled',
  ],
  [
    'wildcard over http',
    { ...web, wildcardRedirect: 'SUBDOMAIN', redirectUris: ['http://*.app.example.com/cb'] },
    ['redirectUris', 0],
    'wildcard_https_only',
  ],
  [
    'wildcard in path',
    { ...web, wildcardRedirect: 'SUBDOMAIN', redirectUris: ['https://app.example.com/*'] },
    ['redirectUris', 0],
    'wildcard_position',
  ],
  [
    'wildcard in second label',
    { ...web, wildcardRedirect: 'SUBDOMAIN', redirectUris: ['https://a.*.example.com/cb'] },
    ['redirectUris', 0],
    'wildcard_position',
  ],
  [
    'two wildcards',
    { ...web, wildcardRedirect: 'SUBDOMAIN', redirectUris: ['https://*-*.app.example.com/cb'] },
    ['redirectUris', 0],
    'wildcard_position',
  ],
  [
    'wildcard next to TLD',
    { ...web, wildcardRedirect: 'SUBDOMAIN', redirectUris: ['https://*.com/cb'] },
    ['redirectUris', 0],
    'wildcard_too_broad',
  ],
  [
    'wildcard in sign-out URI',
    { ...web, postLogoutRedirectUris: ['https://*.app.example.com/'] },
    ['postLogoutRedirectUris', 0],
    'wildcard_not_allowed',
  ],
  [
    'sign-out URI with fragment',
    { ...web, postLogoutRedirectUris: ['https://a.example.com/#bye'] },
    ['postLogoutRedirectUris', 0],
    'fragment_not_allowed',
  ],
  [
    'IdP login without initiate URI',
    { ...web, idpInitiatedLogin: { mode: 'SPEC' } },
    ['initiateLoginUri'],
    'initiate_login_uri_required',
  ],
  [
    'unknown login mode',
    { ...web, idpInitiatedLogin: { mode: 'ALWAYS' } },
    ['idpInitiatedLogin', 'mode'],
    'invalid_value',
  ],
  [
    'IdP login on service',
    {
      ...service,
      initiateLoginUri: 'https://a.example.com/login',
      idpInitiatedLogin: { mode: 'OKTA', defaultScope: ['openid'] },
    },
    ['idpInitiatedLogin'],
    'not_allowed',
  ],
  ['unknown consent', { ...web, consentMethod: 'ASK' }, ['consentMethod'], 'invalid_value'],
  ['unknown issuer mode', { ...web, issuerMode: 'TENANT' }, ['issuerMode'], 'invalid_value'],
  [
    'refresh rotation missing',
    { ...web, refreshToken: { leeway: 10 } },
    ['refreshToken', 'rotationType'],
    'invalid_value',
  ],
  [
    'refresh leeway too big',
    { ...web, refreshToken: { rotationType: 'ROTATE', leeway: 61 } },
    ['refreshToken', 'leeway'],
    'too_big',
  ],
  [
    'refresh leeway fractional',
    { ...web, refreshToken: { rotationType: 'ROTATE', leeway: 1.5 } },
    ['refreshToken', 'leeway'],
    'invalid_type',
  ],
  ['client id too short', { ...web, clientId: 'abc' }, ['clientId'], 'too_small'],
  ['client id bad chars', { ...web, clientId: 'has space here' }, ['clientId'], 'invalid_format'],
  ['reserved client id', { ...web, clientId: 'ALL_CLIENTS' }, ['clientId'], 'reserved_client_id'],
  [
    'single logout on native',
    { ...native, participateSlo: true, frontchannelLogoutUri: 'https://a.example.com/slo' },
    ['participateSlo'],
    'not_allowed',
  ],
  [
    'single logout without URI',
    { ...web, participateSlo: true },
    ['frontchannelLogoutUri'],
    'frontchannel_logout_uri_required',
  ],
  ['logo URI too long', { ...web, logoUri: `https://a.example.com/${'x'.repeat(1024)}` }, ['logoUri'], 'too_big'],
  // Policy (strict by default).
  ['http redirect', { ...web, redirectUris: ['http://a.example.com/cb'] }, ['redirectUris', 0], 'https_required'],
  [
    'custom scheme on web',
    { ...web, redirectUris: ['com.example.app:/cb'] },
    ['redirectUris', 0],
    'custom_scheme_not_allowed',
  ],
  [
    'non reverse-domain scheme',
    { ...native, redirectUris: ['myapp://cb'] },
    ['redirectUris', 0],
    'reverse_domain_scheme',
  ],
  [
    'native https loopback',
    { ...native, redirectUris: ['https://localhost/cb'] },
    ['redirectUris', 0],
    'loopback_https',
  ],
  [
    'implicit on localhost',
    {
      ...web,
      grantTypes: ['authorization_code', 'implicit'],
      responseTypes: ['code', 'token'],
      redirectUris: ['http://localhost:3000/cb'],
    },
    ['redirectUris', 0],
    'implicit_requires_https',
  ],
  [
    'http initiate login URI',
    { ...web, initiateLoginUri: 'http://localhost/login' },
    ['initiateLoginUri'],
    'https_required',
  ],
  [
    'refresh settings without grant',
    { ...web, refreshToken: { rotationType: 'STATIC' } },
    ['refreshToken'],
    'refresh_token_unused',
  ],
  [
    'OKTA login mode without scopes',
    { ...web, initiateLoginUri: 'https://a.example.com/login', idpInitiatedLogin: { mode: 'OKTA' } },
    ['idpInitiatedLogin', 'defaultScope'],
    'default_scope_required',
  ],
];

describe('oidc.define refuses bad input, naming field and rule', () => {
  it('has a large table', () => expect(cases.length).toBeGreaterThanOrEqual(50));

  it.each(cases)('%s', (_name, input, path, code) => {
    const result = safeDefine(input as OidcConfigInput);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toContainEqual(expect.objectContaining({ path, code }));
    issueAt(result.error, formatPath(path), code);
  });

  it('random input yields a config or a ConfigValidationError, nothing else', () => {
    const grant = fc.constantFrom(
      'authorization_code',
      'implicit',
      'refresh_token',
      'client_credentials',
      'password',
      'x',
    );
    const arbitrary = fc.record(
      {
        label: fc.oneof(fc.string(), fc.integer()),
        applicationType: fc.constantFrom('web', 'browser', 'native', 'service', 'tv'),
        grantTypes: fc.array(grant, { maxLength: 4 }),
        responseTypes: fc.array(fc.constantFrom('code', 'token', 'id_token', 'x'), { maxLength: 3 }),
        redirectUris: fc.array(fc.oneof(fc.webUrl({ withFragments: true }), fc.string()), { maxLength: 3 }),
        tokenEndpointAuthMethod: fc.constantFrom('none', 'client_secret_basic', 'private_key_jwt', 'x'),
        clientSecret: fc.string(),
        pkceRequired: fc.boolean(),
        wildcardRedirect: fc.constantFrom('DISABLED', 'SUBDOMAIN'),
        refreshToken: fc.record({
          rotationType: fc.constantFrom('ROTATE', 'STATIC', 'X'),
          leeway: fc.integer({ min: -5, max: 70 }),
        }),
        jwks: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(arbitrary, fc.anything()), (input) => {
        for (const policy of ['strict', 'okta'] as const) {
          const result = safeDefine(input as OidcConfigInput, { policy });
          if (!result.success) expect(isConfigValidationError(result.error)).toBe(true);
        }
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});
