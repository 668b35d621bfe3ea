import { createDefiner } from '../define.js';
import type { ConfigIssue } from '../errors.js';
import { type OidcConfig, oidcConfigSchema } from './oidc.schema.js';
import { redirectUriPolicyProblem } from './uris.js';

/**
 * Integrakit's policy on top of Okta's rules (`define` refuses these unless `{ policy: 'okta' }`):
 * - redirect and sign-out URIs: https except loopback; custom schemes only for native apps, and
 *   reverse-domain (RFC 8252); with the implicit grant, https on a real host;
 * - initiate login URI and JWKS URI over https;
 * - response types only for enabled grants (RFC 7591 §2.1: code ⇔ authorization_code, token and
 *   id_token ⇔ implicit);
 * - no bare `token` response type (access-token-only implicit, deprecated by RFC 9700);
 * - PKCE required for native apps too (Okta only insists for public clients);
 * - refresh token settings only with the refresh_token grant; OKTA-mode IdP-initiated login names
 *   its default scopes.
 */
export function oidcPolicyIssues(config: OidcConfig): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const add = (path: (string | number)[], code: string, message: string) => issues.push({ path, code, message });
  const responses = new Set(config.responseTypes);
  const grants = new Set(config.grantTypes);
  if (config.applicationType !== 'service') {
    const mismatch =
      (responses.has('code') && !grants.has('authorization_code')) ||
      ((responses.has('token') || responses.has('id_token')) && !grants.has('implicit'));
    if (mismatch) {
      add(
        ['responseTypes'],
        'response_type_mismatch',
        'must only list response types whose grant is enabled (RFC 7591 §2.1)',
      );
    }
  }
  if (
    responses.has('token') &&
    !responses.has('code') &&
    !responses.has('id_token') &&
    config.applicationType !== 'service'
  ) {
    add(
      ['responseTypes'],
      'token_only_implicit',
      'must not be token alone: access-token-only implicit is deprecated (RFC 9700 §2.1.2)',
    );
  }
  const context = { native: config.applicationType === 'native', implicit: config.grantTypes.includes('implicit') };
  config.redirectUris.forEach((uri, index) => {
    const problem = redirectUriPolicyProblem(uri, context);
    if (problem) add(['redirectUris', index], problem.code, problem.message);
  });
  config.postLogoutRedirectUris.forEach((uri, index) => {
    const problem = redirectUriPolicyProblem(uri, context);
    if (problem) add(['postLogoutRedirectUris', index], problem.code, problem.message);
  });
  for (const key of ['initiateLoginUri', 'jwksUri'] as const) {
    const uri = config[key];
    if (uri !== undefined && !uri.startsWith('https://')) add([key], 'https_required', 'must use https');
  }
  if (config.applicationType === 'native' && !config.pkceRequired) {
    add(['pkceRequired'], 'pkce_required', 'must be true for native apps (RFC 8252 §8.1)');
  }
  if (config.refreshToken !== undefined && !config.grantTypes.includes('refresh_token')) {
    add(['refreshToken'], 'refresh_token_unused', 'has no effect without the refresh_token grant');
  }
  const login = config.idpInitiatedLogin;
  if (login?.mode === 'OKTA' && (login.defaultScope ?? []).length === 0) {
    add(['idpInitiatedLogin', 'defaultScope'], 'default_scope_required', 'must list scopes when mode is OKTA');
  }
  return issues;
}

const definer = createDefiner(oidcConfigSchema, oidcPolicyIssues);

/**
 * Validates an OIDC app integration config and fills its defaults; throws
 * `ConfigValidationError` naming each field and rule. Pass `{ policy: 'okta' }` to accept what
 * Okta accepts even where it falls short of Integrakit's policy (see {@link oidcPolicyIssues}).
 * @example
 * const app = define({ label: 'Portal', applicationType: 'web', grantTypes: ['authorization_code'],
 *   redirectUris: ['https://portal.example.com/callback'] });
 */
export const define = definer.define;

/** Like {@link define} but returns `{ success, data | error }` instead of throwing. */
export const safeDefine = definer.safeDefine;

/** Where a config (for instance one read back with `fromOktaApp`) falls short of the policy. */
export const policyWarnings = definer.policyWarnings;
/** One field's issues by its own rules, for checking it as it is typed; see `safeDefine` for the whole config. */
export const fieldIssues = definer.fieldIssues;
