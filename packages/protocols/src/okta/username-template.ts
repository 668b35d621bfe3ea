// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Okta username templates are literal `${…}` text, not JS templates.
import * as z from 'zod/mini';
import { addRuleIssue } from './rule-issue.js';
import {
  isBuiltInUsernameTemplate,
  USERNAME_SUFFIX_TEMPLATE,
  USERNAME_TEMPLATE_TYPES,
  USERNAME_UPDATE_ON,
} from './username-formats.js';

// On `zod/mini`: the browser's wizards reach this module through core, and classic zod's object
// schemas would cost them 4× the bytes. The protocol schemas embed it with `z._default`/`z.optional`.

/**
 * The Admin Console's "Application username format" and "Update application username on", as
 * every protocol module's config holds them. Okta's rules: a `BUILT_IN` template is one of
 * {@link BUILT_IN_USERNAME_FORMATS}; "Create only" is offered for `CUSTOM` only; `userSuffix`
 * belongs to the "LDAP UID + custom suffix" template.
 */
export const applicationUsernameSchema = z
  .strictObject({
    /** @default 'BUILT_IN' */
    type: z._default(z.enum(USERNAME_TEMPLATE_TYPES), 'BUILT_IN'),
    /** An Okta expression; one of the built-ins unless `type` is `CUSTOM`. @default '${source.login}' */
    template: z._default(z.string().check(z.minLength(1), z.maxLength(1024)), '${source.login}'),
    /** The suffix of the "LDAP UID + custom suffix" template. */
    userSuffix: z.optional(z.string().check(z.minLength(1))),
    /** @default 'CREATE_AND_UPDATE' */
    updateOn: z._default(z.enum(USERNAME_UPDATE_ON), 'CREATE_AND_UPDATE'),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.type === 'BUILT_IN' && !isBuiltInUsernameTemplate(value.template)) {
        addRuleIssue(
          ctx,
          ['template'],
          'not_built_in',
          'must be one of the built-in templates when type is BUILT_IN; use type CUSTOM for an expression of your own',
        );
      }
      if (value.updateOn === 'CREATE_ONLY' && value.type !== 'CUSTOM') {
        addRuleIssue(ctx, ['updateOn'], 'custom_only', "CREATE_ONLY ('Create only') is only offered for type CUSTOM");
      }
      if (
        value.userSuffix !== undefined &&
        (value.type !== 'BUILT_IN' || value.template !== USERNAME_SUFFIX_TEMPLATE)
      ) {
        addRuleIssue(
          ctx,
          ['userSuffix'],
          'suffix_unused',
          `only applies to the built-in template ${USERNAME_SUFFIX_TEMPLATE} (LDAP UID + custom suffix)`,
        );
      }
    }),
  );

/** A validated application username setting. */
export type ApplicationUsername = z.output<typeof applicationUsernameSchema>;
/** An application username setting as written (defaults may be omitted). */
export type ApplicationUsernameInput = z.input<typeof applicationUsernameSchema>;

/** Okta's default: the Okta username, recomputed on update. For the modules' `.default(…)`. */
export const DEFAULT_APPLICATION_USERNAME: ApplicationUsername = {
  type: 'BUILT_IN',
  template: '${source.login}',
  updateOn: 'CREATE_AND_UPDATE',
};

/**
 * `credentials.userNameTemplate` as Okta's API carries it (`ApplicationCredentialsUsernameTemplate`).
 * Okta's own rules only: the spec allows `type: ""`, which reads as the default.
 */
export const oktaUserNameTemplateSchema = z.object({
  template: z.optional(z.string()),
  type: z.optional(z.enum([...USERNAME_TEMPLATE_TYPES, ''])),
  userSuffix: z.optional(z.string()),
  pushStatus: z.optional(z.enum(['PUSH', 'DONT_PUSH', 'NOT_CONFIGURED'])),
});

/** Okta's `userNameTemplate` wire object. */
export type OktaUserNameTemplate = z.output<typeof oktaUserNameTemplateSchema>;

/**
 * The wire form of an application username. "Update application username on" travels as the
 * `pushStatus` of a `CUSTOM` template (`PUSH` = create and update, `DONT_PUSH` = create only);
 * Okta ignores it for the other types, so it is only written for `CUSTOM`.
 */
export function toOktaUserNameTemplate(username: ApplicationUsername): OktaUserNameTemplate {
  return {
    template: username.template,
    type: username.type,
    ...(username.userSuffix === undefined ? {} : { userSuffix: username.userSuffix }),
    ...(username.type === 'CUSTOM' ? { pushStatus: username.updateOn === 'CREATE_ONLY' ? 'DONT_PUSH' : 'PUSH' } : {}),
  };
}

/**
 * Reads Okta's wire form back, as input for {@link applicationUsernameSchema} (which applies the
 * rules). Usernames of a `CUSTOM` template are pushed on update only with `pushStatus: PUSH`:
 * Okta stores `DONT_PUSH` when none is sent, and `NOT_CONFIGURED` pushes nothing either.
 */
export function fromOktaUserNameTemplate(wire: OktaUserNameTemplate | undefined): ApplicationUsernameInput {
  const type = wire?.type === undefined || wire.type === '' ? 'BUILT_IN' : wire.type;
  return {
    type,
    ...(wire?.template === undefined ? {} : { template: wire.template }),
    ...(wire?.userSuffix === undefined ? {} : { userSuffix: wire.userSuffix }),
    updateOn: type === 'CUSTOM' && wire?.pushStatus !== 'PUSH' ? 'CREATE_ONLY' : 'CREATE_AND_UPDATE',
  };
}
