// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Okta username templates are literal `${…}` text.
import { z } from 'zod';
import type { UsernameSettings } from './model.js';

/** `credentials.userNameTemplate` as Okta stores it (`ApplicationCredentialsUsernameTemplate`). */
export const OktaUserNameTemplateSchema = z.object({
  template: z.string().optional(),
  type: z.enum(['NONE', 'BUILT_IN', 'CUSTOM', '']).optional(),
  userSuffix: z.string().optional(),
  pushStatus: z.enum(['PUSH', 'DONT_PUSH', 'NOT_CONFIGURED']).optional(),
});

/** Okta's `userNameTemplate` wire object. */
export type OktaUserNameTemplate = z.output<typeof OktaUserNameTemplateSchema>;

/** Username settings read from a payload, not yet checked by the model. */
export interface UsernameInput {
  readonly template: { readonly type: string } & Readonly<Record<string, unknown>>;
  readonly updateOn: UsernameSettings['updateOn'];
}

/**
 * The wire form of the username settings. "Update application username on" travels as
 * `pushStatus` of a custom format (`DONT_PUSH` = create only), as the SAML module writes it.
 */
export function toOktaUserNameTemplate(username: UsernameSettings): OktaUserNameTemplate {
  const { template } = username;
  switch (template.type) {
    case 'NONE':
      return { type: 'NONE' };
    case 'BUILT_IN':
      return {
        type: 'BUILT_IN',
        template: template.template,
        ...(template.userSuffix === undefined ? {} : { userSuffix: template.userSuffix }),
      };
    case 'CUSTOM':
      return {
        type: 'CUSTOM',
        template: template.template,
        pushStatus: username.updateOn === 'CREATE_ONLY' ? 'DONT_PUSH' : 'PUSH',
      };
  }
}

/** Reads Okta's wire form; anything unreadable comes back as given, for the model to refuse. */
export function fromOktaUserNameTemplate(value: unknown): UsernameInput | undefined {
  const parsed = OktaUserNameTemplateSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const { type = 'BUILT_IN', template = '${source.login}', userSuffix, pushStatus } = parsed.data;
  // Okta documents `type: ""` as allowed; it reads as the default.
  if (type === 'NONE') return { template: { type: 'NONE' }, updateOn: 'CREATE_AND_UPDATE' };
  if (type === 'CUSTOM') {
    return { template: { type, template }, updateOn: pushStatus === 'DONT_PUSH' ? 'CREATE_ONLY' : 'CREATE_AND_UPDATE' };
  }
  return {
    template: { type: 'BUILT_IN', template, ...(userSuffix === undefined ? {} : { userSuffix }) },
    updateOn: 'CREATE_AND_UPDATE',
  };
}

/** The SAML and WS-Fed modules' `applicationUsername`: the wire fields with `updateOn` spelled out. */
export function toModuleUsername(username: UsernameSettings): Record<string, unknown> {
  const { pushStatus: _pushStatus, ...wire } = toOktaUserNameTemplate(username);
  return { ...wire, updateOn: username.updateOn === 'CREATE_ONLY' ? 'createOnly' : 'createAndUpdate' };
}

/** Reads a module's `applicationUsername` back. */
export function fromModuleUsername(value: unknown): UsernameInput | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { updateOn, ...wire } = value as Record<string, unknown>;
  const read = fromOktaUserNameTemplate(wire);
  return read === undefined
    ? undefined
    : { ...read, updateOn: updateOn === 'createOnly' ? 'CREATE_ONLY' : 'CREATE_AND_UPDATE' };
}
