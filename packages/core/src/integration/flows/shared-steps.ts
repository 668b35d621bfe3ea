// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Okta username templates are literal `${…}` text.
import { USERNAME_UPDATE_ON } from '@integrakit/protocols/shared';
import * as z from 'zod/mini';
import { type UsernameTemplateInput, UsernameTemplateSchema } from '../../assignment/usernames.js';
import { type Issue, issue, zodIssues } from '../issues.js';
import type { Provisioning, UsernameSettings } from '../model.js';
import { startsWith } from '../object-paths.js';
import type { SignOnProtocol } from '../protocols.js';
import { type BindingContext, defineWithRegistry, type ProtocolValidationOptions } from '../registry.js';
import { patchSchema } from './machine.js';

/** Values of the "Application username format" and "Update application username on" steps. */
export interface UsernameValues {
  readonly template: UsernameTemplateInput;
  readonly updateOn: UsernameSettings['updateOn'];
}

/** The integration-level values a flow has collected, as protocol modules see them. */
export interface FlowContext {
  readonly label: string;
  readonly username: UsernameValues;
  readonly revealPassword: boolean;
  readonly provisioning: Provisioning;
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
export const updateOnPatch = patchSchema({ updateOn: z.enum(USERNAME_UPDATE_ON) });

/** Issues of the username format step. */
export function usernameIssues(values: UsernameValues): Issue[] {
  const parsed = UsernameTemplateSchema.safeParse(values.template);
  return parsed.success ? [] : zodIssues(parsed.error.issues, ['username', 'template']);
}

/**
 * Every issue the protocol module finds in `config` together with the flow's values. Issues about
 * integration fields the module also holds (label, username, password reveal) come back at those
 * fields, so each step can keep just the ones it owns with {@link ownedBy}.
 */
export function configIssues(
  protocol: SignOnProtocol | 'scim',
  config: Readonly<Record<string, unknown>>,
  values: FlowContext,
  validation: ProtocolValidationOptions,
): Issue[] {
  const context: BindingContext = {
    // A blank label is the General step's problem; a placeholder keeps it out of the module's report.
    label: values.label.trim() === '' ? 'Untitled' : values.label,
    username: usernameSettings(values.username),
    revealPassword: values.revealPassword,
    provisioning: values.provisioning,
  };
  const path = protocol === 'scim' ? ['provisioning', 'connection'] : ['signOn', 'config'];
  const result = defineWithRegistry(protocol, config, context, path, validation);
  return 'issues' in result ? result.issues : [];
}

/** The issues at or below `owner`. */
export function ownedBy(issues: readonly Issue[], owner: readonly (string | number)[]): Issue[] {
  return issues.filter((item) => startsWith(item.path, owner));
}

/** Label rule shared by every flow: 1–100 characters after trimming. */
export function labelIssues(label: string, path: readonly (string | number)[]): Issue[] {
  const trimmed = label.trim();
  if (trimmed.length === 0) return [issue(path, 'required', 'enter a name')];
  if (trimmed.length > 100) return [issue(path, 'too_big', 'must be at most 100 characters')];
  return [];
}

/** Whether SWA sign-on options are locked by Sync Password provisioning. */
export function swaLocked(protocol: SignOnProtocol | undefined, provisioning: Provisioning): boolean {
  return protocol === 'swa' && provisioning.type === 'scim' && provisioning.features.syncPassword;
}

export const swaLockedMessage = 'SWA sign-on options cannot be configured while Sync Password provisioning is on';

/**
 * The label to suggest when `label` is taken: Okta allows several instances of one app, told apart
 * by a number ("Slack" → "Slack (2)", "Slack (2)" → "Slack (3)"), kept within the 100-character rule.
 */
export function nextInstanceLabel(label: string): string {
  const trimmed = label.trim();
  const numbered = /^(.*) \((\d{1,6})\)$/.exec(trimmed);
  const base = numbered?.[1] ?? trimmed;
  const suffix = ` (${numbered?.[2] === undefined ? 2 : Number(numbered[2]) + 1})`;
  return `${base.slice(0, 100 - suffix.length).trimEnd()}${suffix}`;
}
