// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Okta username templates are literal `${…}` text, not JS templates.
// Okta's username formats as plain data, without zod: the browser's wizards read them without loading any schema.

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
