import { createDefiner } from '../define.js';
import type { ConfigIssue } from '../errors.js';
import { type ScimConfig, scimConfigSchema } from './scim.schema.js';

const MIN_SECRET_LENGTH = 16;

/**
 * Integrakit's stricter rules on top of Okta's: mappings must be usable by the chosen actions,
 * and machine credentials must not be guessable.
 */
function scimPolicy(config: ScimConfig): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const pushes = config.actions.includes('pushNewUsers') || config.actions.includes('pushProfileUpdates');
  const imports = config.actions.includes('importNewUsersAndProfileUpdates');
  config.mappings.forEach((mapping, index) => {
    const path = ['mappings', index, 'direction'];
    if (mapping.direction !== 'toOkta' && !pushes) {
      issues.push({
        path,
        code: 'mapping_unused',
        message: `${mapping.direction} mapping of ${mapping.scimAttribute} is never used without a push action`,
      });
    }
    if (mapping.direction !== 'toApp' && !imports) {
      issues.push({
        path,
        code: 'mapping_unused',
        message: `${mapping.direction} mapping of ${mapping.scimAttribute} is never used without importNewUsersAndProfileUpdates`,
      });
    }
  });
  if (config.actions.includes('pushNewUsers') && config.mappings.length > 0) {
    const mapped = config.mappings.some((m) => m.scimAttribute === config.userIdField && m.direction !== 'toOkta');
    if (!mapped) {
      issues.push({
        path: ['mappings'],
        code: 'identifier_not_pushed',
        message: `pushNewUsers needs a toApp mapping for the unique identifier ${config.userIdField}`,
      });
    }
  }
  const auth = config.auth;
  const secret = auth.type === 'bearer' ? auth.token : auth.type === 'oauth2' ? auth.clientSecret : undefined;
  if (secret !== undefined && secret.reveal().length < MIN_SECRET_LENGTH) {
    const field = auth.type === 'bearer' ? 'token' : 'clientSecret';
    issues.push({
      path: ['auth', field],
      code: 'weak_secret',
      message: `must be at least ${MIN_SECRET_LENGTH} characters`,
    });
  }
  return issues;
}

/**
 * `define` / `safeDefine` / `policyWarnings` for SCIM provisioning. Pass `{ policy: 'okta' }` to
 * accept everything Okta accepts (e.g. a short test token).
 */
export const { define, safeDefine, policyWarnings, fieldIssues } = createDefiner(scimConfigSchema, scimPolicy);
