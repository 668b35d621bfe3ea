import * as z from 'zod/mini';
import { parseOrThrow } from '../define.js';
import {
  fromOktaUserNameTemplate,
  oktaUserNameTemplateSchema,
  toOktaUserNameTemplate,
} from '../okta/username-template.js';
import { secretField } from '../scim/secret.js';
import { credentialSchemes, type SwaConfig, type SwaConfigInput, swaConfigSchema } from './swa.schema.js';
import { type SwaWireShape, swaWirePath } from './wire-path.js';

const oktaCredentials = z.object({
  scheme: z.enum(credentialSchemes),
  revealPassword: z.optional(z.boolean()),
  userName: z.optional(z.string()),
  password: z.optional(z.object({ value: z.optional(secretField(1024)) })),
  userNameTemplate: z.optional(oktaUserNameTemplateSchema),
});

const base = { label: z.string(), credentials: z.optional(oktaCredentials), features: z.optional(z.array(z.string())) };

/** Okta's wire shapes: `BrowserPluginApplication` (both templates) and `AutoLoginApplication`. */
export const oktaSwaAppSchema = z.discriminatedUnion('signOnMode', [
  z.discriminatedUnion('name', [
    z.object({
      ...base,
      signOnMode: z.literal('BROWSER_PLUGIN'),
      name: z.literal('template_swa'),
      settings: z.object({
        app: z.object({
          url: z.string(),
          usernameField: z.string(),
          passwordField: z.string(),
          buttonField: z.string(),
          loginUrlRegex: z.optional(z.string()),
        }),
      }),
    }),
    z.object({
      ...base,
      signOnMode: z.literal('BROWSER_PLUGIN'),
      name: z.literal('template_swa3field'),
      settings: z.object({
        app: z.object({
          targetURL: z.string(),
          userNameSelector: z.string(),
          passwordSelector: z.string(),
          buttonSelector: z.string(),
          extraFieldSelector: z.string(),
          extraFieldValue: z.string(),
          loginUrlRegex: z.optional(z.string()),
        }),
      }),
    }),
  ]),
  // AUTO_LOGIN apps get a generated name from Okta; requests must omit it.
  z.object({
    ...base,
    signOnMode: z.literal('AUTO_LOGIN'),
    name: z.optional(z.string()),
    settings: z.object({ signOn: z.object({ loginUrl: z.string(), redirectUrl: z.optional(z.string()) }) }),
  }),
]);

/** An Okta SWA app payload; a shared password stays a `Secret` (use `revealSecrets` to send). */
export type OktaSwaApp = z.output<typeof oktaSwaAppSchema>;

/** Maps an SWA config to Okta's `BROWSER_PLUGIN` (`template_swa`/`template_swa3field`) or `AUTO_LOGIN` payload. */
export function toOktaApp(config: SwaConfig): OktaSwaApp {
  const c = config.credentials;
  const credentials = {
    scheme: c.scheme,
    revealPassword: c.revealPassword,
    userNameTemplate: toOktaUserNameTemplate(c.applicationUsername),
    ...(c.sharedUsername === undefined ? {} : { userName: c.sharedUsername }),
    ...(c.sharedPassword === undefined ? {} : { password: { value: c.sharedPassword } }),
  };
  // `features` is read-only; Okta reports PUSH_PASSWORD_UPDATES when Sync Password is on.
  const common = {
    label: config.label,
    credentials,
    ...(config.syncPassword ? { features: ['PUSH_PASSWORD_UPDATES'] } : {}),
  };
  if (config.mode === 'AUTO_LOGIN') {
    return {
      ...common,
      signOnMode: 'AUTO_LOGIN',
      settings: {
        signOn: { loginUrl: config.loginUrl, ...(config.redirectUrl ? { redirectUrl: config.redirectUrl } : {}) },
      },
    };
  }
  const regex = config.loginUrlRegex === undefined ? {} : { loginUrlRegex: config.loginUrlRegex };
  if (config.extraField) {
    return {
      ...common,
      signOnMode: 'BROWSER_PLUGIN',
      name: 'template_swa3field',
      settings: {
        app: {
          targetURL: config.loginUrl,
          userNameSelector: config.usernameSelector,
          passwordSelector: config.passwordSelector,
          buttonSelector: config.submitSelector,
          extraFieldSelector: config.extraField.selector,
          extraFieldValue: config.extraField.value,
          ...regex,
        },
      },
    };
  }
  return {
    ...common,
    signOnMode: 'BROWSER_PLUGIN',
    name: 'template_swa',
    settings: {
      app: {
        url: config.loginUrl,
        usernameField: config.usernameSelector,
        passwordField: config.passwordSelector,
        buttonField: config.submitSelector,
        ...regex,
      },
    },
  };
}

/** Reads an Okta SWA app (as created or as read back) into an SWA config; Okta's rules only. */
export function fromOktaApp(payload: unknown): SwaConfig {
  const okta = parseOrThrow(oktaSwaAppSchema, payload);
  const c = okta.credentials;
  const credentials = {
    scheme: c?.scheme ?? 'EDIT_USERNAME_AND_PASSWORD',
    revealPassword: c?.revealPassword ?? false,
    applicationUsername: fromOktaUserNameTemplate(c?.userNameTemplate),
    ...(c?.userName === undefined ? {} : { sharedUsername: c.userName }),
    ...(c?.password?.value === undefined ? {} : { sharedPassword: c.password.value }),
  };
  const common = {
    label: okta.label,
    credentials,
    syncPassword: okta.features?.includes('PUSH_PASSWORD_UPDATES') ?? false,
  };
  // Okta's rules only (an org may hold what the strict policy would refuse), refused at the payload's field.
  const shape: SwaWireShape = okta.signOnMode === 'AUTO_LOGIN' ? 'AUTO_LOGIN' : okta.name;
  return parseOrThrow(swaConfigSchema, readSettings(okta, common), (path) => swaWirePath(path, shape));
}

/** The mode and sign-on fields of each wire shape, with the shared part in `common`. */
function readSettings(
  okta: OktaSwaApp,
  common: Pick<SwaConfigInput, 'label' | 'credentials' | 'syncPassword'>,
): SwaConfigInput {
  if (okta.signOnMode === 'AUTO_LOGIN') {
    const { loginUrl, redirectUrl } = okta.settings.signOn;
    return { mode: 'AUTO_LOGIN', ...common, loginUrl, ...(redirectUrl ? { redirectUrl } : {}) };
  }
  const regex = okta.settings.app.loginUrlRegex === undefined ? {} : { loginUrlRegex: okta.settings.app.loginUrlRegex };
  if (okta.name === 'template_swa3field') {
    const app = okta.settings.app;
    return {
      mode: 'BROWSER_PLUGIN',
      ...common,
      loginUrl: app.targetURL,
      usernameSelector: app.userNameSelector,
      passwordSelector: app.passwordSelector,
      submitSelector: app.buttonSelector,
      extraField: { selector: app.extraFieldSelector, value: app.extraFieldValue },
      ...regex,
    };
  }
  const app = okta.settings.app;
  return {
    mode: 'BROWSER_PLUGIN',
    ...common,
    loginUrl: app.url,
    usernameSelector: app.usernameField,
    passwordSelector: app.passwordField,
    submitSelector: app.buttonField,
    ...regex,
  };
}
