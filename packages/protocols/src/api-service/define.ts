import { createDefiner } from '../define.js';
import type { ConfigIssue } from '../errors.js';
import type { ApiServiceConfig } from './api-service.schema.js';
import { apiServiceConfigSchema } from './api-service.schema.js';
import { readCounterpart, scopeAccess } from './scopes.js';

const issue = (path: (string | number)[], code: string, message: string): ConfigIssue => ({
  path,
  code,
  message,
});

/**
 * Integrakit's policy for API service integrations (`define` refuses these unless
 * `{ policy: 'okta' }`):
 * - at least one scope, or the app can call nothing;
 * - `private_key_jwt` when `okta.*` scopes are granted: Okta's org authorization server only issues
 *   tokens with Okta scopes to service apps that authenticate with a key (okta-domain.md §12);
 * - a JWKS URL over https.
 */
export function apiServicePolicyIssues(config: ApiServiceConfig): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  if (config.scopes.length === 0) issues.push(issue(['scopes'], 'scopes_required', 'must grant at least one scope'));
  if (config.clientAuth.method !== 'private_key_jwt' && config.scopes.length > 0) {
    issues.push(
      issue(
        ['clientAuth', 'method'],
        'private_key_jwt_required',
        'must be private_key_jwt to get tokens with okta.* scopes',
      ),
    );
  }
  if (config.clientAuth.method === 'private_key_jwt' && config.clientAuth.jwksUri?.startsWith('https://') === false) {
    issues.push(issue(['clientAuth', 'jwksUri'], 'https_required', 'must use https'));
  }
  return issues;
}

/**
 * Least-privilege advice, never a refusal: each `.manage` scope whose `.read` scope would do if the
 * integration only reads, and each `.read` scope already implied by its `.manage` scope.
 */
export function scopeWarnings(config: Pick<ApiServiceConfig, 'scopes'>): ConfigIssue[] {
  const chosen = new Set(config.scopes);
  const warnings: ConfigIssue[] = [];
  config.scopes.forEach((scope, index) => {
    const read = readCounterpart(scope);
    if (read !== undefined) {
      warnings.push(
        issue(
          ['scopes', index],
          'manage_scope',
          `${scope} also allows changes; grant ${read} if the integration only reads`,
        ),
      );
    }
    if (scopeAccess(scope) === 'read' && chosen.has(scope.replace(/\.read$/, '.manage') as typeof scope)) {
      warnings.push(issue(['scopes', index], 'redundant_scope', `${scope} is already included in its .manage scope`));
    }
  });
  return warnings;
}

const definer = createDefiner(apiServiceConfigSchema, apiServicePolicyIssues);

/**
 * Validates an API service integration config; throws `ConfigValidationError` naming each field
 * and rule.
 * @example
 * const keys = await generateClientKeyPair({ alg: 'ES256' });
 * const service = define({ label: 'User sync', scopes: ['okta.users.read'],
 *   clientAuth: { method: 'private_key_jwt', jwks: keys.jwks } });
 */
export const define = definer.define;

/** Like {@link define} but returns `{ success, data | error }`. */
export const safeDefine = definer.safeDefine;

/** Where a config falls short of the policy (see {@link apiServicePolicyIssues}). */
export const policyWarnings = definer.policyWarnings;
/** One field's issues by its own rules, for checking it as it is typed; see `safeDefine` for the whole config. */
export const fieldIssues = definer.fieldIssues;
