import {
  type ApplicationUsername,
  type ApplicationUsernameInput,
  applicationUsernameSchema,
  DEFAULT_APPLICATION_USERNAME,
  type OktaUserNameTemplate,
  oktaUserNameTemplateSchema,
  fromOktaUserNameTemplate as readWire,
  toOktaUserNameTemplate as writeWire,
} from '@integrakit/protocols/shared';
import type { UsernameSettings } from './model.js';

// The protocol modules own Okta's username template (its rules and its wire form); the integration
// keeps the format and "Update application username on" side by side, so this file only reshapes.

/** Username settings read from a payload, not yet checked by the model. */
export interface UsernameInput {
  readonly template: { readonly type: string } & Readonly<Record<string, unknown>>;
  readonly updateOn: UsernameSettings['updateOn'];
}

/** The username settings as the protocol modules hold them (`applicationUsername`). */
export function toApplicationUsername(username: UsernameSettings): ApplicationUsername {
  const { template, updateOn } = username;
  // Format NONE has no template of its own; the modules keep Okta's default beside it.
  return template.type === 'NONE'
    ? { type: 'NONE', template: DEFAULT_APPLICATION_USERNAME.template, updateOn }
    : { ...template, updateOn };
}

/** Reads a module's `applicationUsername` back; `undefined` when there is none. */
export function fromApplicationUsername(value: unknown): UsernameInput | undefined {
  const parsed = applicationUsernameSchema.safeParse(value);
  return parsed.success ? toUsernameInput(parsed.data) : undefined;
}

/** The wire form of the username settings (`credentials.userNameTemplate`). */
export function toOktaUserNameTemplate(username: UsernameSettings): OktaUserNameTemplate {
  return writeWire(toApplicationUsername(username));
}

/** Reads Okta's wire form; `undefined` when it is unreadable, for the model's default. */
export function fromOktaUserNameTemplate(value: unknown): UsernameInput | undefined {
  const parsed = oktaUserNameTemplateSchema.safeParse(value);
  return parsed.success ? toUsernameInput(readWire(parsed.data)) : undefined;
}

function toUsernameInput(username: ApplicationUsernameInput): UsernameInput {
  const { type = 'BUILT_IN', template = DEFAULT_APPLICATION_USERNAME.template, userSuffix, updateOn } = username;
  return {
    template:
      type === 'NONE'
        ? { type }
        : { type, template, ...(type === 'BUILT_IN' && userSuffix !== undefined ? { userSuffix } : {}) },
    updateOn: updateOn ?? 'CREATE_AND_UPDATE',
  };
}
