import type { DefineOptions } from '../define.js';
import { define } from './define.js';
import type { OidcConfig, OidcConfigInput } from './oidc.schema.js';

/** RFC 7591 / OpenID Connect Dynamic Client Registration metadata for a client. */
export interface ClientMetadata {
  client_id?: string;
  client_secret?: string;
  client_name?: string;
  application_type?: 'web' | 'native';
  redirect_uris: string[];
  post_logout_redirect_uris?: string[];
  grant_types: string[];
  response_types: string[];
  token_endpoint_auth_method: string;
  jwks?: { keys: object[] };
  jwks_uri?: string;
  initiate_login_uri?: string;
  client_uri?: string;
  logo_uri?: string;
  policy_uri?: string;
  tos_uri?: string;
  frontchannel_logout_uri?: string;
  frontchannel_logout_session_required?: boolean;
  /** Okta extension: `SUBDOMAIN` allows a `*` in the leftmost host label of redirect URIs. */
  wildcard_redirect?: 'DISABLED' | 'SUBDOMAIN';
  [extension: string]: unknown;
}

/**
 * RFC 7591 client metadata for `config`. Okta lists response types one by one and allows any
 * combination of them; RFC 7591 lists the combinations, so each non-empty combination is listed,
 * except a bare `token` (access-token-only implicit), which OpenID providers refuse., e.g. to register it with any OpenID provider. Okta-only
 * settings (consent, issuer mode, refresh token rotation, IdP-initiated login) have no standard
 * field and are left out, except Okta's `wildcard_redirect` extension; `browser` and `service` register as `web`. Service apps register no response types, since
 * RFC 7591 ties `token` to the implicit grant. The client secret, if any, is revealed: this is a
 * wire body.
 */
export function toClientMetadata(config: OidcConfig): ClientMetadata {
  const meta: ClientMetadata = {
    client_name: config.label,
    application_type: config.applicationType === 'native' ? 'native' : 'web',
    redirect_uris: [...config.redirectUris],
    grant_types: [...config.grantTypes],
    response_types: config.applicationType === 'service' ? [] : responseTypeCombinations(config.responseTypes),
    token_endpoint_auth_method: config.tokenEndpointAuthMethod,
  };
  if (config.clientId !== undefined) meta.client_id = config.clientId;
  if (config.clientSecret !== undefined) meta.client_secret = config.clientSecret.reveal();
  // Okta's own registration API (`/oauth2/v1/clients`) takes this extension; other providers ignore it.
  if (config.wildcardRedirect !== undefined) meta.wildcard_redirect = config.wildcardRedirect;
  if (config.postLogoutRedirectUris.length > 0) meta.post_logout_redirect_uris = [...config.postLogoutRedirectUris];
  if (config.jwks !== undefined) meta.jwks = { keys: config.jwks.keys.map(({ status: _status, ...key }) => key) };
  const optional = {
    jwks_uri: config.jwksUri,
    initiate_login_uri: config.initiateLoginUri,
    client_uri: config.clientUri,
    logo_uri: config.logoUri,
    policy_uri: config.policyUri,
    tos_uri: config.tosUri,
    frontchannel_logout_uri: config.frontchannelLogoutUri,
    frontchannel_logout_session_required: config.frontchannelLogoutSessionRequired,
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) meta[key] = value;
  return meta;
}

/** Options for {@link fromClientMetadata}. */
export interface FromClientMetadataOptions extends DefineOptions {
  /**
   * The Okta application type; RFC 7591 only knows `web` and `native`.
   * @default 'native' for native clients; for web clients `service` when the only grant is
   * client_credentials, `browser` when the client is public (`none`), else `web`
   */
  readonly applicationType?: OidcConfigInput['applicationType'];
}

/**
 * Reads RFC 7591 client metadata (a registration request or response) into a validated config,
 * applying `define`'s rules and policy. Unknown metadata is ignored.
 */
export function fromClientMetadata(meta: ClientMetadata, options: FromClientMetadataOptions = {}): OidcConfig {
  const grantTypes = (meta.grant_types ?? ['authorization_code']) as OidcConfigInput['grantTypes'];
  const input: Record<string, unknown> = {
    label: meta.client_name ?? meta.client_id ?? 'Unnamed client',
    applicationType: options.applicationType ?? inferType(meta, grantTypes),
    grantTypes,
    responseTypes:
      meta.response_types === undefined
        ? grantTypes.includes('authorization_code')
          ? ['code']
          : []
        : [...new Set(meta.response_types.flatMap((combination) => combination.split(' ')))],
    redirectUris: meta.redirect_uris ?? [],
    postLogoutRedirectUris: meta.post_logout_redirect_uris ?? [],
    tokenEndpointAuthMethod: meta.token_endpoint_auth_method ?? 'client_secret_basic',
  };
  const optional = {
    clientId: meta.client_id,
    clientSecret: meta.client_secret,
    jwks: meta.jwks,
    jwksUri: meta.jwks_uri,
    initiateLoginUri: meta.initiate_login_uri,
    clientUri: meta.client_uri,
    logoUri: meta.logo_uri,
    policyUri: meta.policy_uri,
    tosUri: meta.tos_uri,
    frontchannelLogoutUri: meta.frontchannel_logout_uri,
    frontchannelLogoutSessionRequired: meta.frontchannel_logout_session_required,
    wildcardRedirect: meta.wildcard_redirect,
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined && value !== null) input[key] = value;
  return define(input as OidcConfigInput, options);
}

function inferType(meta: ClientMetadata, grants: readonly string[]): OidcConfigInput['applicationType'] {
  if (meta.application_type === 'native') return 'native';
  if (grants.length > 0 && grants.every((grant) => grant === 'client_credentials')) return 'service';
  if (meta.token_endpoint_auth_method === 'none') return 'browser';
  return 'web';
}

const RESPONSE_ORDER = ['code', 'id_token', 'token'] as const;

/** Every RFC 7591 response type value Okta's individual types allow, bare `token` excluded. */
function responseTypeCombinations(types: readonly string[]): string[] {
  const present = RESPONSE_ORDER.filter((type) => types.includes(type));
  const combinations: string[] = [];
  for (let mask = 1; mask < 1 << present.length; mask++) {
    const combination = present.filter((_, index) => mask & (1 << index)).join(' ');
    if (combination !== 'token') combinations.push(combination);
  }
  return combinations;
}
