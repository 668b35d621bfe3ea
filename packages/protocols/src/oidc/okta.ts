import * as z from 'zod/mini';
import { parseOrThrow } from '../define.js';
import { type ConfigIssue, ConfigValidationError } from '../errors.js';
import { configErrorMap } from '../zod-messages.js';
import type { OidcConfig, OidcConfigInput } from './oidc.schema.js';
import { oidcConfigSchema } from './oidc.schema.js';

/** Config field → its key in `credentials.oauthClient` of the Okta app. */
const CREDENTIAL_KEYS = {
  clientId: 'client_id',
  clientSecret: 'client_secret',
  tokenEndpointAuthMethod: 'token_endpoint_auth_method',
  pkceRequired: 'pkce_required',
  autoKeyRotation: 'autoKeyRotation',
} as const;

/** Config field → its key in `settings.oauthClient` (values copied as they are). */
const SETTINGS_KEYS = {
  applicationType: 'application_type',
  grantTypes: 'grant_types',
  responseTypes: 'response_types',
  redirectUris: 'redirect_uris',
  postLogoutRedirectUris: 'post_logout_redirect_uris',
  wildcardRedirect: 'wildcard_redirect',
  initiateLoginUri: 'initiate_login_uri',
  idpInitiatedLogin: 'idp_initiated_login',
  consentMethod: 'consent_method',
  issuerMode: 'issuer_mode',
  refreshToken: 'refresh_token',
  jwks: 'jwks',
  jwksUri: 'jwks_uri',
  logoUri: 'logo_uri',
  clientUri: 'client_uri',
  policyUri: 'policy_uri',
  tosUri: 'tos_uri',
  participateSlo: 'participate_slo',
  frontchannelLogoutUri: 'frontchannel_logout_uri',
  frontchannelLogoutSessionRequired: 'frontchannel_logout_session_required',
} as const;

/** Nested objects whose keys differ between the config and the wire. */
const NESTED_KEYS: Record<string, Record<string, string>> = {
  idpInitiatedLogin: { mode: 'mode', defaultScope: 'default_scope' },
  refreshToken: { rotationType: 'rotation_type', leeway: 'leeway' },
};

type Wire = Record<string, unknown>;

/** The `POST /api/v1/apps` body of an OIDC app (`OpenIdConnectApplication`), as Okta's JSON. */
export interface OktaOidcApp {
  name: 'oidc_client';
  label: string;
  signOnMode: 'OPENID_CONNECT';
  credentials: { oauthClient: Wire };
  settings: { oauthClient: Wire };
  [key: string]: unknown;
}

/**
 * The Okta Management API `POST /api/v1/apps` body for `config`. The client secret, if any, is
 * revealed here because this body is what goes on the wire; do not log it.
 */
export function toOktaApp(config: OidcConfig): OktaOidcApp {
  const credentials: Wire = {};
  for (const [field, key] of Object.entries(CREDENTIAL_KEYS)) {
    const value = config[field as keyof typeof CREDENTIAL_KEYS];
    if (value !== undefined) credentials[key] = typeof value === 'object' ? value.reveal() : value;
  }
  const settings: Wire = {};
  for (const [field, key] of Object.entries(SETTINGS_KEYS)) {
    const value = config[field as keyof typeof SETTINGS_KEYS];
    if (value === undefined || (field === 'postLogoutRedirectUris' && Array.isArray(value) && value.length === 0)) {
      continue;
    }
    const nested = NESTED_KEYS[field];
    settings[key] = nested === undefined ? value : renameKeys(value as Wire, nested);
  }
  return {
    name: 'oidc_client',
    label: config.label,
    signOnMode: 'OPENID_CONNECT',
    credentials: { oauthClient: credentials },
    settings: { oauthClient: settings },
  };
}

const wireSchema = z.looseObject({
  name: z.literal('oidc_client'),
  label: z.string(),
  signOnMode: z.literal('OPENID_CONNECT'),
  credentials: z.looseObject({ oauthClient: z.nullish(z.record(z.string(), z.unknown())) }),
  settings: z.looseObject({ oauthClient: z.record(z.string(), z.unknown()) }),
});

/**
 * Reads an existing Okta OIDC app (`GET /api/v1/apps/{id}` or a create body) into a config. It
 * accepts what Okta's own rules accept (unknown and read-only fields are ignored, `null` means
 * absent) and refuses, with `ConfigValidationError` naming the Okta field, what they refuse. Policy
 * shortfalls are not errors here: list them with `policyWarnings`.
 */
export function fromOktaApp(body: unknown): OidcConfig {
  const app = parseOrThrow(wireSchema, body);
  const input: Wire = { label: app.label };
  const credentials = app.credentials.oauthClient ?? {};
  for (const [field, key] of Object.entries(CREDENTIAL_KEYS)) {
    if (credentials[key] !== undefined && credentials[key] !== null) input[field] = credentials[key];
  }
  for (const [field, key] of Object.entries(SETTINGS_KEYS)) {
    const value = app.settings.oauthClient[key];
    if (value === undefined || value === null) continue;
    const nested = NESTED_KEYS[field];
    input[field] = nested !== undefined && isRecord(value) ? renameKeys(value, invert(nested)) : value;
  }
  const result = oidcConfigSchema.safeParse(input as OidcConfigInput, { error: configErrorMap });
  if (result.success) return result.data;
  throw new ConfigValidationError(
    result.error.issues.map((issue): ConfigIssue => {
      const path = toWirePath(issue.path.filter((key): key is string | number => typeof key !== 'symbol'));
      return { path, code: issue.code, message: issue.message };
    }),
  );
}

/** Translates a config path (`['redirectUris', 0]`) into the Okta payload path it came from. */
function toWirePath(path: readonly (string | number)[]): (string | number)[] {
  const [field, ...rest] = path;
  if (typeof field !== 'string') return [...path];
  if (field === 'label') return [...path];
  if (field in CREDENTIAL_KEYS) {
    return ['credentials', 'oauthClient', CREDENTIAL_KEYS[field as keyof typeof CREDENTIAL_KEYS], ...rest];
  }
  if (field in SETTINGS_KEYS) {
    const nested = NESTED_KEYS[field];
    const [first, ...tail] = rest;
    const inner = nested !== undefined && typeof first === 'string' ? [nested[first] ?? first, ...tail] : rest;
    return ['settings', 'oauthClient', SETTINGS_KEYS[field as keyof typeof SETTINGS_KEYS], ...inner];
  }
  return [...path];
}

function renameKeys(value: Wire, names: Record<string, string>): Wire {
  const out: Wire = {};
  for (const [key, inner] of Object.entries(value)) {
    if (inner !== undefined && inner !== null) out[names[key] ?? key] = inner;
  }
  return out;
}

function invert(names: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(names).map(([a, b]) => [b, a]));
}

function isRecord(value: unknown): value is Wire {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
