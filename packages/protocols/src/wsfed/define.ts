import { createDefiner } from '../define.js';
import type { ConfigIssue } from '../errors.js';
import { insecureUrlIssues } from '../saml/common.js';
import { type WsfedConfig, wsfedConfigSchema } from './wsfed.schema.js';

/** Integrakit's policy over Okta's rules: https for the reply and site URLs, except loopback. */
export function wsfedPolicy(config: WsfedConfig): ConfigIssue[] {
  return insecureUrlIssues([
    [['replyUrl'], config.replyUrl],
    [['siteUrl'], config.siteUrl],
  ]);
}

const definer = createDefiner(wsfedConfigSchema, wsfedPolicy);

/**
 * Validates a WS-Federation app config; throws `ConfigValidationError`. The seven fields Okta
 * requires (reply URL, site URL, name ID format, audience, authn context, group value format,
 * username attribute) are required here too.
 */
export const define = definer.define;
/** {@link define} without throwing. */
export const safeDefine = definer.safeDefine;
/** Where a config falls short of the strict policy. */
export const policyWarnings = definer.policyWarnings;
/** One field's issues by its own rules, for checking it as it is typed; see `safeDefine` for the whole config. */
export const fieldIssues = definer.fieldIssues;
