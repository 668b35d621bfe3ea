import * as z from 'zod/mini';
import { publicJwksSchema } from '../jwt/jwk.schema.js';
import { addRuleIssue, withRule } from '../okta/rule-issue.js';
import { isSecret, Secret } from '../okta/secret.js';
import {
  APPLICATION_TYPES,
  AUTH_METHODS_BY_TYPE,
  DEFAULT_AUTH_METHOD,
  GRANT_TYPES,
  GRANTS_BY_TYPE,
  REDIRECT_GRANTS,
  REQUIRED_GRANT_BY_TYPE,
  RESPONSE_TYPES,
  SECRET_AUTH_METHODS,
  TOKEN_ENDPOINT_AUTH_METHODS,
  type TokenEndpointAuthMethod,
} from './rules.js';
import { logoutUriProblem, parseAbsolute, redirectUriProblem } from './uris.js';

/** A client secret given as a string or an existing {@link Secret}; always a `Secret` once parsed. */
export const secretInputSchema = z.union([z.string(), z.custom<Secret>(isSecret, 'must be a string or Secret')]);

/** An absolute http(s) URL of at most `max` characters. */
export const httpUrl = (max = 2048) =>
  withRule(z.string().check(z.maxLength(max)), 'invalid_url', 'must be an absolute http(s) URL', (value) => {
    const url = parseAbsolute(value);
    return url !== undefined && (url.protocol === 'https:' || url.protocol === 'http:');
  });

const clientId = z
  .string()
  .check(
    z.minLength(6),
    z.maxLength(100),
    z.regex(/^[A-Za-z0-9$\-_.+!*'(),]+$/, "must use only letters, digits and $-_.+!*'(),"),
  );
/** Okta's client id rules (6–100 characters of `[A-Za-z0-9$-_.+!*'(),]`, not `ALL_CLIENTS`). */
export const clientIdRule = withRule(
  clientId,
  'reserved_client_id',
  'must not be the reserved word ALL_CLIENTS',
  (value) => value !== 'ALL_CLIENTS',
);

const unique = <T extends z.ZodMiniType>(item: T, min = 0) =>
  withRule(
    z.array(item).check(z.minLength(min)),
    'duplicate_value',
    'must not repeat values',
    (values) => new Set(values).size === values.length,
  );

const fields = z.object({
  /** Admin Console "App integration name". */
  label: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  /** Admin Console "Application type" (`browser` = Single-Page Application); immutable after create. */
  applicationType: z.enum(APPLICATION_TYPES),
  /** Admin Console "Client ID"; Okta uses the app id when omitted. */
  clientId: z.optional(clientIdRule),
  /** Admin Console "Client secret"; Okta generates one when omitted and the method needs it. */
  clientSecret: z.optional(secretInputSchema),
  /** Admin Console "Client authentication". Defaults per type: `none` for SPA/native, else `client_secret_basic`. */
  tokenEndpointAuthMethod: z.optional(z.enum(TOKEN_ENDPOINT_AUTH_METHODS)),
  /** Admin Console "Require PKCE as additional verification". Defaults to `true` for SPA/native. */
  pkceRequired: z.optional(z.boolean()),
  /** Admin Console "Client Credentials › Public key / Private key › Automatic key rotation". */
  autoKeyRotation: z.optional(z.boolean()),
  /** Admin Console "Grant type". */
  grantTypes: unique(z.enum(GRANT_TYPES), 1),
  /** Response types; defaults to `['code']` with the authorization code grant, else none. */
  responseTypes: z.optional(unique(z.enum(RESPONSE_TYPES))),
  /** Admin Console "Sign-in redirect URIs". */
  redirectUris: z._default(unique(z.string()), []),
  /** Admin Console "Sign-out redirect URIs". */
  postLogoutRedirectUris: z._default(unique(z.string()), []),
  /** Admin Console "Allow wildcard * in sign-in URI redirect". */
  wildcardRedirect: z.optional(z.enum(['DISABLED', 'SUBDOMAIN'])),
  /** Admin Console "Initiate login URI". */
  initiateLoginUri: z.optional(httpUrl()),
  /** Admin Console "Login initiated by" (`DISABLED` = App Only, `SPEC`/`OKTA` = Either Okta or App). */
  idpInitiatedLogin: z.optional(
    z.object({
      mode: z.enum(['DISABLED', 'SPEC', 'OKTA']),
      defaultScope: z.optional(z.array(z.string().check(z.minLength(1)))),
    }),
  ),
  /** Admin Console "User consent" (`REQUIRED`) vs first-party (`TRUSTED`). */
  consentMethod: z.optional(z.enum(['TRUSTED', 'REQUIRED'])),
  /** Admin Console "Issuer" (Okta URL, custom URL, dynamic). */
  issuerMode: z.optional(z.enum(['ORG_URL', 'CUSTOM_URL', 'DYNAMIC'])),
  /** Admin Console "Refresh token behavior" and "Grace period for token rotation" (seconds, 0–60). */
  refreshToken: z.optional(
    z.object({
      rotationType: z.enum(['ROTATE', 'STATIC']),
      leeway: z.optional(
        z.int().check(z.minimum(0, 'must be at least 0 seconds'), z.maximum(60, 'must be at most 60 seconds')),
      ),
    }),
  ),
  /** Admin Console "Public keys › Save keys in Okta" (inline JWKS). */
  jwks: z.optional(publicJwksSchema),
  /** Admin Console "Public keys › Use a URL to fetch keys dynamically". */
  jwksUri: z.optional(httpUrl()),
  /** Admin Console "Logo" URL. */
  logoUri: z.optional(httpUrl(1024)),
  /** Client home page. */
  clientUri: z.optional(httpUrl(1024)),
  /** Privacy policy page. */
  policyUri: z.optional(httpUrl()),
  /** Terms of service page. */
  tosUri: z.optional(httpUrl()),
  /** Admin Console "Logout › Single Logout" (early access; web and SPA only). */
  participateSlo: z.optional(z.boolean()),
  /** Front-channel logout URL Okta calls when `participateSlo` is on. */
  frontchannelLogoutUri: z.optional(httpUrl(1024)),
  /** Whether Okta sends `sid` and `iss` in the front-channel logout request. */
  frontchannelLogoutSessionRequired: z.optional(z.boolean()),
});

type Fields = z.output<typeof fields>;

/** Okta's rules for a client secret under `method`: 14–100 printable characters, ≥ 32 for client_secret_jwt. */
export function clientSecretProblem(
  secret: Secret,
  method: TokenEndpointAuthMethod,
): { code: string; message: string } | undefined {
  const value = secret.reveal();
  if (!SECRET_AUTH_METHODS.includes(method)) return { code: 'secret_unused', message: `must be absent with ${method}` };
  if (value.length < 14 || value.length > 100 || !/^[\x20-\x7E]+$/.test(value)) {
    return { code: 'invalid_secret', message: 'must be 14–100 printable ASCII characters' };
  }
  if (method === 'client_secret_jwt' && value.length < 32) {
    return { code: 'secret_too_short', message: 'must be at least 32 characters for client_secret_jwt' };
  }
  return undefined;
}

/**
 * Response types when none are given, derived from the grants so they are never blamed for a value
 * nobody set: `code` for the code grant and, as Okta's console does, `id_token` and `token` for implicit.
 */
function impliedResponseTypes(input: Fields): (typeof RESPONSE_TYPES)[number][] {
  const implied: (typeof RESPONSE_TYPES)[number][] = [];
  if (input.grantTypes.includes('authorization_code')) implied.push('code');
  if (input.applicationType !== 'service' && input.grantTypes.includes('implicit')) implied.push('id_token', 'token');
  return implied;
}

/** Fills the type-dependent defaults so every config states its auth method, PKCE and response types. */
function withDefaults(input: Fields) {
  const { clientSecret, tokenEndpointAuthMethod, pkceRequired, responseTypes, ...rest } = input;
  const method = tokenEndpointAuthMethod ?? DEFAULT_AUTH_METHOD[input.applicationType];
  const config = {
    ...rest,
    tokenEndpointAuthMethod: method,
    pkceRequired: pkceRequired ?? (input.applicationType === 'browser' || input.applicationType === 'native'),
    responseTypes: responseTypes ?? impliedResponseTypes(input),
  };
  return { ...config, ...(clientSecret === undefined ? {} : { clientSecret: Secret.from(clientSecret) }) };
}

/**
 * An Okta OIDC app integration (`signOnMode: OPENID_CONNECT`) with Okta's own rules; the single
 * source of truth for {@link OidcConfig}. Integrakit's stricter policy lives in `define.ts`.
 */
export const oidcConfigSchema = z.pipe(fields, z.transform(withDefaults)).check(
  z.superRefine((config, ctx) => {
    const issue = (path: (string | number)[], rule: string, message: string) => addRuleIssue(ctx, path, rule, message);
    const type = config.applicationType;
    const grants = new Set(config.grantTypes);
    const responses = new Set(config.responseTypes);

    config.grantTypes.forEach((grant, index) => {
      if (!GRANTS_BY_TYPE[type].includes(grant)) {
        issue(['grantTypes', index], 'grant_not_allowed', `${grant} is not allowed for ${type} apps`);
      }
    });
    if (!REQUIRED_GRANT_BY_TYPE[type].some((grant) => grants.has(grant))) {
      issue(['grantTypes'], 'grant_required', `${type} apps need one of ${REQUIRED_GRANT_BY_TYPE[type].join(', ')}`);
    }
    // Okta links each grant to its response types one way only (its own example app lists `token`
    // and `id_token` with just the code grant); RFC 7591's both-ways consistency is our policy.
    if (grants.has('authorization_code') && !responses.has('code')) {
      issue(['responseTypes'], 'response_type_mismatch', 'must contain code when grantTypes has authorization_code');
    }
    if (type === 'service') {
      if (responses.has('code') || responses.has('id_token')) {
        issue(['responseTypes'], 'response_type_mismatch', 'service apps may only list the token response type');
      }
    } else if (grants.has('implicit') && !(responses.has('token') || responses.has('id_token'))) {
      issue(['responseTypes'], 'response_type_mismatch', 'must contain token or id_token when grantTypes has implicit');
    }

    if (!AUTH_METHODS_BY_TYPE[type].includes(config.tokenEndpointAuthMethod)) {
      issue(
        ['tokenEndpointAuthMethod'],
        'auth_method_not_allowed',
        `${config.tokenEndpointAuthMethod} is not allowed for ${type} apps`,
      );
    }
    if (config.tokenEndpointAuthMethod === 'none' && !config.pkceRequired) {
      issue(['pkceRequired'], 'pkce_required', 'must be true for public clients (tokenEndpointAuthMethod none)');
    }
    if (type === 'browser' && !config.pkceRequired) {
      issue(['pkceRequired'], 'pkce_required', 'must be true for single-page apps');
    }
    if (config.clientSecret !== undefined) {
      const problem = clientSecretProblem(config.clientSecret, config.tokenEndpointAuthMethod);
      if (problem) issue(['clientSecret'], problem.code, problem.message);
    }
    if (
      config.tokenEndpointAuthMethod === 'private_key_jwt' &&
      config.jwks === undefined &&
      config.jwksUri === undefined
    ) {
      issue(['jwks'], 'jwks_required', 'jwks or jwksUri is required for private_key_jwt');
    }
    if (config.jwks !== undefined && config.jwksUri !== undefined) {
      issue(['jwksUri'], 'jwks_conflict', 'must not be set together with jwks');
    }

    const needsRedirects =
      REDIRECT_GRANTS.some((grant) => grants.has(grant)) ||
      !(grants.has('client_credentials') || grants.has('password'));
    if (needsRedirects && config.redirectUris.length === 0) {
      issue(['redirectUris'], 'redirect_uri_required', 'needs at least one URI for this app type and grants');
    }
    const wildcards = config.wildcardRedirect === 'SUBDOMAIN';
    config.redirectUris.forEach((uri, index) => {
      const problem = redirectUriProblem(uri, wildcards);
      if (problem) issue(['redirectUris', index], problem.code, problem.message);
    });
    config.postLogoutRedirectUris.forEach((uri, index) => {
      const problem = logoutUriProblem(uri);
      if (problem) issue(['postLogoutRedirectUris', index], problem.code, problem.message);
    });

    const mode = config.idpInitiatedLogin?.mode;
    if (mode !== undefined && mode !== 'DISABLED') {
      if (config.initiateLoginUri === undefined) {
        issue(
          ['initiateLoginUri'],
          'initiate_login_uri_required',
          `is required when idpInitiatedLogin.mode is ${mode}`,
        );
      }
      const redirecting = ['authorization_code', 'implicit', 'interaction_code'] as const;
      if ((type === 'web' || type === 'browser') && !redirecting.some((grant) => grants.has(grant))) {
        issue(
          ['idpInitiatedLogin', 'mode'],
          'grant_required',
          `${mode} needs authorization_code, implicit or interaction_code`,
        );
      }
    }
    if (type === 'service' && config.idpInitiatedLogin !== undefined && mode !== 'DISABLED') {
      issue(['idpInitiatedLogin'], 'not_allowed', 'service apps have no user sign-in');
    }
    if (config.participateSlo === true) {
      if (type !== 'web' && type !== 'browser') {
        issue(['participateSlo'], 'not_allowed', 'is only for web and single-page apps');
      }
      if (config.frontchannelLogoutUri === undefined) {
        issue(['frontchannelLogoutUri'], 'frontchannel_logout_uri_required', 'is required when participateSlo is true');
      }
    }
  }),
);

/** Input accepted by `define` (defaults not yet applied; the secret may be a plain string). */
export type OidcConfigInput = z.input<typeof oidcConfigSchema>;

/** A validated OIDC app integration config. */
export type OidcConfig = z.output<typeof oidcConfigSchema>;
