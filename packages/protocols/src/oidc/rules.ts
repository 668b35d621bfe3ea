/**
 * Okta's per-application-type OAuth rules, as tables. Sources: the Okta OAuth API's
 * `createClient` grant table and the management spec (`OpenIdConnectApplicationSettingsClient`),
 * summarised in okta-domain.md §3.3; where Terraform's looser table adds device code and token
 * exchange, we follow Okta's product (device authorization and token exchange are native/service
 * features).
 */

/** Every grant type Okta knows (`GrantType` in the management spec). */
export const GRANT_TYPES = [
  'authorization_code',
  'client_credentials',
  'implicit',
  'interaction_code',
  'password',
  'refresh_token',
  'urn:ietf:params:oauth:grant-type:device_code',
  'urn:ietf:params:oauth:grant-type:jwt-bearer',
  'urn:ietf:params:oauth:grant-type:saml2-bearer',
  'urn:ietf:params:oauth:grant-type:token-exchange',
  'urn:openid:params:grant-type:ciba',
  'urn:okta:params:oauth:grant-type:otp',
  'urn:okta:params:oauth:grant-type:oob',
  'http://auth0.com/oauth/grant-type/mfa-otp',
  'http://auth0.com/oauth/grant-type/mfa-oob',
] as const;

/** A grant type Okta knows. */
export type GrantType = (typeof GRANT_TYPES)[number];

/** Okta's application types: web app, single-page app, native app, API service. */
export const APPLICATION_TYPES = ['web', 'browser', 'native', 'service'] as const;

/** An Okta OIDC application type (`browser` is the single-page app). */
export type ApplicationType = (typeof APPLICATION_TYPES)[number];

/** Response types (`OAuthResponseType`). */
export const RESPONSE_TYPES = ['code', 'token', 'id_token'] as const;

/** Token endpoint client authentication methods (`OAuthEndpointAuthenticationMethod`). */
export const TOKEN_ENDPOINT_AUTH_METHODS = [
  'client_secret_basic',
  'client_secret_post',
  'client_secret_jwt',
  'private_key_jwt',
  'none',
] as const;

/** How the client authenticates at the token endpoint. */
export type TokenEndpointAuthMethod = (typeof TOKEN_ENDPOINT_AUTH_METHODS)[number];

const MFA_GRANTS = [
  'urn:okta:params:oauth:grant-type:otp',
  'urn:okta:params:oauth:grant-type:oob',
  'http://auth0.com/oauth/grant-type/mfa-otp',
  'http://auth0.com/oauth/grant-type/mfa-oob',
] as const satisfies readonly GrantType[];

/** Grant types each application type may use. */
export const GRANTS_BY_TYPE: Readonly<Record<ApplicationType, readonly GrantType[]>> = {
  web: [
    'authorization_code',
    'implicit',
    'refresh_token',
    'client_credentials',
    'interaction_code',
    'urn:ietf:params:oauth:grant-type:saml2-bearer',
    'urn:openid:params:grant-type:ciba',
    ...MFA_GRANTS,
  ],
  browser: [
    'authorization_code',
    'implicit',
    'refresh_token',
    'interaction_code',
    'urn:ietf:params:oauth:grant-type:saml2-bearer',
    ...MFA_GRANTS,
  ],
  native: [
    'authorization_code',
    'implicit',
    'password',
    'refresh_token',
    'interaction_code',
    'urn:ietf:params:oauth:grant-type:device_code',
    'urn:ietf:params:oauth:grant-type:token-exchange',
    'urn:ietf:params:oauth:grant-type:jwt-bearer',
    'urn:ietf:params:oauth:grant-type:saml2-bearer',
    ...MFA_GRANTS,
  ],
  service: [
    'client_credentials',
    'urn:ietf:params:oauth:grant-type:token-exchange',
    'urn:ietf:params:oauth:grant-type:saml2-bearer',
  ],
};

/** At least one of these grants is required per application type. */
export const REQUIRED_GRANT_BY_TYPE: Readonly<Record<ApplicationType, readonly GrantType[]>> = {
  web: ['authorization_code'],
  browser: ['authorization_code', 'implicit', 'interaction_code'],
  native: ['authorization_code', 'urn:ietf:params:oauth:grant-type:device_code'],
  service: ['client_credentials'],
};

/** Client authentication methods each application type may use. */
export const AUTH_METHODS_BY_TYPE: Readonly<Record<ApplicationType, readonly TokenEndpointAuthMethod[]>> = {
  web: ['client_secret_basic', 'client_secret_post', 'client_secret_jwt', 'private_key_jwt'],
  browser: ['none'],
  native: ['none', 'client_secret_basic', 'client_secret_post', 'client_secret_jwt', 'private_key_jwt'],
  service: ['client_secret_basic', 'client_secret_post', 'client_secret_jwt', 'private_key_jwt'],
};

/** Default client authentication per application type when none is given. */
export const DEFAULT_AUTH_METHOD: Readonly<Record<ApplicationType, TokenEndpointAuthMethod>> = {
  web: 'client_secret_basic',
  browser: 'none',
  native: 'none',
  service: 'client_secret_basic',
};

/** Methods that authenticate with a shared client secret. */
export const SECRET_AUTH_METHODS: readonly TokenEndpointAuthMethod[] = [
  'client_secret_basic',
  'client_secret_post',
  'client_secret_jwt',
];

/** Grants that redirect the user agent, so they need redirect URIs and response types. */
export const REDIRECT_GRANTS: readonly GrantType[] = ['authorization_code', 'implicit'];

/** Hosts our policy (and RFC 8252) treat as loopback, where http is acceptable. */
export const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);
