import * as z from 'zod/mini';
import { addRuleIssue } from '../okta/rule-issue.js';
import { applicationUsernameSchema, DEFAULT_APPLICATION_USERNAME } from '../okta/username-template.js';
import { secretField } from '../scim/secret.js';

/** "Who sets the credentials?" (OpenAPI `ApplicationCredentialsScheme`). */
export const credentialSchemes = [
  'EDIT_USERNAME_AND_PASSWORD',
  'ADMIN_SETS_CREDENTIALS',
  'EDIT_PASSWORD_ONLY',
  'EXTERNAL_PASSWORD_SYNC',
  'SHARED_USERNAME_AND_PASSWORD',
] as const;

/** Schemes where the user knows the password, so revealing it is allowed (okta-domain V16). */
const userKnowsPassword = new Set(['EDIT_USERNAME_AND_PASSWORD', 'EDIT_PASSWORD_ONLY']);

const url = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' });
/** A CSS selector: non-empty, one line, brackets and quotes balanced. */
const selector = z.string().check(
  z.trim(),
  z.minLength(1),
  z.maxLength(1024),
  z.superRefine((value, ctx) => {
    if (!balanced(value))
      addRuleIssue(ctx, [], 'invalid_selector', 'must be a CSS selector with balanced brackets and quotes');
  }),
);

const credentials = z
  .strictObject({
    /** Who sets the credentials. @default 'EDIT_USERNAME_AND_PASSWORD' */
    scheme: z._default(z.enum(credentialSchemes), 'EDIT_USERNAME_AND_PASSWORD'),
    /** Let users see their password. @default false */
    revealPassword: z._default(z.boolean(), false),
    /** The one account for SHARED_USERNAME_AND_PASSWORD. */
    sharedUsername: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
    sharedPassword: z.optional(secretField(1024)),
    /** "Application username" and "Update application username on". @default BUILT_IN ${source.login} */
    applicationUsername: z._default(applicationUsernameSchema, DEFAULT_APPLICATION_USERNAME),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.revealPassword && !userKnowsPassword.has(value.scheme)) {
        addRuleIssue(
          ctx,
          ['revealPassword'],
          'reveal_not_allowed',
          `cannot be true with ${value.scheme}: users do not know this password`,
        );
      }
      const shared = value.scheme === 'SHARED_USERNAME_AND_PASSWORD';
      for (const field of ['sharedUsername', 'sharedPassword'] as const) {
        if (shared && value[field] === undefined)
          addRuleIssue(ctx, [field], 'shared_required', 'is required with SHARED_USERNAME_AND_PASSWORD');
        if (!shared && value[field] !== undefined)
          addRuleIssue(ctx, [field], 'shared_only', 'is only allowed with SHARED_USERNAME_AND_PASSWORD');
      }
    }),
  );

const common = {
  label: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  /** The app's sign-in page. */
  loginUrl: url,
  credentials: z._default(credentials, {
    scheme: 'EDIT_USERNAME_AND_PASSWORD',
    revealPassword: false,
    applicationUsername: DEFAULT_APPLICATION_USERNAME,
  }),
  /** Whether "Sync Password" provisioning is on; it locks the sign-on options. @default false */
  syncPassword: z._default(z.boolean(), false),
};

/** SWA through the Okta browser plugin (`BROWSER_PLUGIN`), two or three fields. */
const plugin = z.strictObject({
  mode: z.literal('BROWSER_PLUGIN'),
  ...common,
  usernameSelector: selector,
  passwordSelector: selector,
  submitSelector: selector,
  /** A third field, making this a `template_swa3field` app. */
  extraField: z.optional(z.strictObject({ selector, value: z.string().check(z.minLength(1), z.maxLength(1024)) })),
  /** Restricts the login URL further. */
  loginUrlRegex: z.optional(
    z.string().check(
      z.minLength(1),
      z.superRefine((value, ctx) => {
        try {
          new RegExp(value);
        } catch {
          addRuleIssue(ctx, [], 'invalid_regex', 'must be a valid regular expression');
        }
      }),
    ),
  ),
});

/** Custom SWA (`AUTO_LOGIN`), the Admin Console's "SWA" integration. */
const autoLogin = z.strictObject({
  mode: z.literal('AUTO_LOGIN'),
  ...common,
  /** Secondary sign-in URL. */
  redirectUrl: z.optional(url),
});

/** The SWA app configuration: Okta's rules, the single source of the config types. */
export const swaConfigSchema = z.discriminatedUnion('mode', [plugin, autoLogin]).check(
  z.superRefine((config, ctx) => {
    // Admin Console: sign-on options cannot be changed while Sync Password provisioning is on.
    if (config.syncPassword && config.credentials.scheme !== 'EXTERNAL_PASSWORD_SYNC') {
      addRuleIssue(
        ctx,
        ['credentials', 'scheme'],
        'sync_password_locks_sign_on',
        'sign-on options cannot be configured while Sync Password provisioning is on; the scheme must be EXTERNAL_PASSWORD_SYNC',
      );
    }
  }),
);

/** What `swa.define` accepts. */
export type SwaConfigInput = z.input<typeof swaConfigSchema>;
/** A validated SWA configuration. */
export type SwaConfig = z.output<typeof swaConfigSchema>;

function balanced(text: string): boolean {
  const stack: string[] = [];
  const pairs: Record<string, string> = { ']': '[', ')': '(' };
  let quote: string | undefined;
  for (const char of text) {
    if (char === '\n') return false;
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '[' || char === '(') stack.push(char);
    else if (char === ']' || char === ')') {
      if (stack.pop() !== pairs[char]) return false;
    }
  }
  return stack.length === 0 && quote === undefined;
}
