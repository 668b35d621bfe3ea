// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Okta username templates are literal `${…}` text.
import { z } from 'zod';
import { type UsernameTemplateInput, UsernameTemplateSchema } from '../../assignment/usernames.js';
import { type Issue, issue, issuesFromZod } from '../issues.js';
import type { Provisioning, UsernameSettings } from '../model.js';
import type { SignOnProtocol } from '../protocols.js';
import { defineWithRegistry, type ProtocolValidationOptions } from '../registry.js';
import { patchSchema } from './machine.js';

/** Values of the "Application username format" and "Update application username on" steps. */
export interface UsernameValues {
  readonly template: UsernameTemplateInput;
  readonly updateOn: UsernameSettings['updateOn'];
}

/** Parses username values, falling back to Okta's defaults where they are invalid. */
export function usernameSettings(values: UsernameValues): UsernameSettings {
  const template = UsernameTemplateSchema.safeParse(values.template);
  return {
    template: template.success ? template.data : { type: 'BUILT_IN', template: '${source.login}' },
    updateOn: values.updateOn,
  };
}

export const usernamePatch = patchSchema({ template: z.looseObject({ type: z.string() }) });
export const updateOnPatch = patchSchema({ updateOn: z.enum(['CREATE_AND_UPDATE', 'CREATE_ONLY']) });

/** Issues of the username format step. */
export function usernameIssues(values: UsernameValues): Issue[] {
  const parsed = UsernameTemplateSchema.safeParse(values.template);
  return parsed.success ? [] : issuesFromZod(parsed.error.issues, ['username', 'template']);
}

/** Issues of the "Update application username on" step. */
export function updateOnIssues(values: UsernameValues): Issue[] {
  if (values.updateOn === 'CREATE_ONLY' && values.template.type !== 'CUSTOM') {
    return [
      issue(['username', 'updateOn'], 'custom_only', "'Create only' is only offered for a custom username format"),
    ];
  }
  return [];
}

/** Validates a protocol config through the registry for a flow step. */
export function configIssues(
  protocol: SignOnProtocol,
  config: Readonly<Record<string, unknown>>,
  label: string,
  username: UsernameValues,
  validation: ProtocolValidationOptions,
): Issue[] {
  const context = { label: label.trim() === '' ? 'Untitled' : label, username: usernameSettings(username) };
  const result = defineWithRegistry(protocol, config, context, ['signOn', 'config'], validation);
  return 'issues' in result ? result.issues : [];
}

/** Label rule shared by every flow: 1–100 characters after trimming. */
export function labelIssues(label: string, path: readonly (string | number)[]): Issue[] {
  const trimmed = label.trim();
  if (trimmed.length === 0) return [issue(path, 'required', 'enter a name')];
  if (trimmed.length > 100) return [issue(path, 'too_big', 'must be at most 100 characters')];
  return [];
}

/** Schemes under which Okta refuses password reveal (admin-set, shared, or synced passwords). */
const noRevealSchemes = new Set(['ADMIN_SETS_CREDENTIALS', 'SHARED_USERNAME_AND_PASSWORD', 'EXTERNAL_PASSWORD_SYNC']);

/** Issues of the password reveal step. */
export function revealIssues(reveal: boolean, config: Readonly<Record<string, unknown>>): Issue[] {
  if (reveal && typeof config.scheme === 'string' && noRevealSchemes.has(config.scheme)) {
    return [
      issue(
        ['revealPassword'],
        'reveal_not_allowed',
        `password reveal is not available with the ${config.scheme} scheme`,
      ),
    ];
  }
  return [];
}

/** Whether SWA sign-on options are locked by Sync Password provisioning. */
export function swaLocked(protocol: SignOnProtocol | undefined, provisioning: Provisioning): boolean {
  return protocol === 'swa' && provisioning.type === 'scim' && provisioning.features.syncPassword;
}

export const swaLockedMessage = 'SWA sign-on options cannot be configured while Sync Password provisioning is on';
