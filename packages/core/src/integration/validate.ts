import { IntegrationValidationError, type Issue, zodIssues } from './issues.js';
import { type IntegrationDraft, IntegrationDraftSchema } from './model.js';
import { defineWithRegistry, type ProtocolValidationOptions } from './registry.js';
import { integrationRuleIssues } from './rules.js';

/** Result of {@link safeValidateIntegration}, shaped like zod's `safeParse`. */
export type ValidateResult =
  | { readonly success: true; readonly data: IntegrationDraft }
  | { readonly success: false; readonly error: IntegrationValidationError };

/**
 * Validates an integration draft: the model's fields, its cross-field rules, and the sign-on and
 * SCIM configs through the protocol modules (whose normalized output replaces the input configs).
 */
export function safeValidateIntegration(input: unknown, options: ProtocolValidationOptions): ValidateResult {
  const parsed = IntegrationDraftSchema.safeParse(input);
  if (!parsed.success) return { success: false, error: new IntegrationValidationError(zodIssues(parsed.error.issues)) };
  const draft = parsed.data;
  const issues: Issue[] = integrationRuleIssues(draft);
  // The draft is the binding context: protocol modules see its label, username and provisioning.
  const signOn = defineWithRegistry(draft.signOn.protocol, draft.signOn.config, draft, ['signOn', 'config'], options);
  if ('issues' in signOn) issues.push(...signOn.issues);
  let provisioning = draft.provisioning;
  if (provisioning.type === 'scim') {
    const scim = defineWithRegistry('scim', provisioning.connection, draft, ['provisioning', 'connection'], options);
    if ('issues' in scim) issues.push(...scim.issues);
    else provisioning = { ...provisioning, connection: scim.data };
  }
  if (issues.length > 0 || 'issues' in signOn) return { success: false, error: new IntegrationValidationError(issues) };
  return { success: true, data: { ...draft, signOn: { ...draft.signOn, config: signOn.data }, provisioning } };
}

/** Like {@link safeValidateIntegration}, throwing {@link IntegrationValidationError}. */
export function validateIntegration(input: unknown, options: ProtocolValidationOptions): IntegrationDraft {
  const result = safeValidateIntegration(input, options);
  if (!result.success) throw result.error;
  return result.data;
}
