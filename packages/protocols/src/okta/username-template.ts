// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Okta username templates are literal `${…}` text, not JS templates.
import * as z from 'zod';
import { addRuleIssue } from './rule-issue.js';

/**
 * Okta's built-in "Application username format" choices: the Admin Console label and the
 * expression Okta stores with `type: BUILT_IN`, in the Admin Console's order (okta-domain §2.1).
 */
export const BUILT_IN_USERNAME_FORMATS = [
  { label: 'Okta username', template: '${source.login}' },
  { label: 'Okta username prefix', template: '${fn:substringBefore(source.login, "@")}' },
  { label: 'Email', template: '${source.email}' },
  { label: 'Email (lowercase)', template: '${fn:toLowerCase(source.email)}' },
  { label: 'Email prefix', template: '${fn:substringBefore(source.email, "@")}' },
  { label: 'AD SAM Account Name', template: '${source.samAccountName}' },
  { label: 'AD SAM Account Name (lowercase)', template: '${fn:toLowerCase(source.samAccountName)}' },
  { label: 'AD User Principal Name', template: '${source.userName}' },
  { label: 'AD User Principal Name prefix', template: '${fn:substringBefore(source.userName, "@")}' },
  { label: 'AD Employee ID', template: '${source.employeeID}' },
  { label: 'LDAP UID + custom suffix', template: '${source.userName}${instance.userSuffix}' },
] as const;

/** One of the built-in template expressions. */
export type BuiltInUsernameTemplate = (typeof BUILT_IN_USERNAME_FORMATS)[number]['template'];

/** The built-in expressions alone, as a non-empty tuple (usable with `z.enum`). */
export const BUILT_IN_USERNAME_TEMPLATES = BUILT_IN_USERNAME_FORMATS.map((format) => format.template) as [
  BuiltInUsernameTemplate,
  ...BuiltInUsernameTemplate[],
];

/** The one built-in that takes a `userSuffix` ("LDAP UID + custom suffix"). */
export const USERNAME_SUFFIX_TEMPLATE = '${source.userName}${instance.userSuffix}' satisfies BuiltInUsernameTemplate;

/** Whether `template` is one of the built-in expressions, exactly as Okta stores it. */
export function isBuiltInUsernameTemplate(template: string): template is BuiltInUsernameTemplate {
  return (BUILT_IN_USERNAME_TEMPLATES as readonly string[]).includes(template);
}

/** `userNameTemplate.type`: one of the built-ins, an Okta expression of your own, or no username. */
export const USERNAME_TEMPLATE_TYPES = ['BUILT_IN', 'CUSTOM', 'NONE'] as const;

/**
 * "Update application username on": `CREATE_AND_UPDATE` ("Create and update") recomputes the
 * username when the user's attributes change, `CREATE_ONLY` ("Create only") keeps the first one.
 */
export const USERNAME_UPDATE_ON = ['CREATE_AND_UPDATE', 'CREATE_ONLY'] as const;
/** A value of {@link USERNAME_UPDATE_ON}. */
export type UsernameUpdateOn = (typeof USERNAME_UPDATE_ON)[number];

/**
 * The Admin Console's "Application username format" and "Update application username on", as
 * every protocol module's config holds them. Okta's rules: a `BUILT_IN` template is one of
 * {@link BUILT_IN_USERNAME_FORMATS}; "Create only" is offered for `CUSTOM` only; `userSuffix`
 * belongs to the "LDAP UID + custom suffix" template.
 */
export const applicationUsernameSchema = z
  .strictObject({
    /** @default 'BUILT_IN' */
    type: z.enum(USERNAME_TEMPLATE_TYPES).default('BUILT_IN'),
    /** An Okta expression; one of the built-ins unless `type` is `CUSTOM`. @default '${source.login}' */
    template: z.string().min(1).max(1024).default('${source.login}'),
    /** The suffix of the "LDAP UID + custom suffix" template. */
    userSuffix: z.string().min(1).optional(),
    /** @default 'CREATE_AND_UPDATE' */
    updateOn: z.enum(USERNAME_UPDATE_ON).default('CREATE_AND_UPDATE'),
  })
  .superRefine((value, ctx) => {
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
    if (value.userSuffix !== undefined && (value.type !== 'BUILT_IN' || value.template !== USERNAME_SUFFIX_TEMPLATE)) {
      addRuleIssue(
        ctx,
        ['userSuffix'],
        'suffix_unused',
        `only applies to the built-in template ${USERNAME_SUFFIX_TEMPLATE} (LDAP UID + custom suffix)`,
      );
    }
  });

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
  template: z.string().optional(),
  type: z.enum([...USERNAME_TEMPLATE_TYPES, '']).optional(),
  userSuffix: z.string().optional(),
  pushStatus: z.enum(['PUSH', 'DONT_PUSH', 'NOT_CONFIGURED']).optional(),
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
