import * as z from 'zod/mini';
import { parseOrThrow } from '../define.js';
import { type ConfigIssue, ConfigValidationError } from '../errors.js';
import {
  fromOktaUserNameTemplate,
  oktaUserNameTemplateSchema,
  toOktaUserNameTemplate,
} from '../okta/username-template.js';
import { AUTHN_CONTEXTS, keyOf, NAME_ID_FORMATS } from '../saml/common.js';
import { formatAttributeStatements, parseAttributeStatements } from './attributes.js';
import { type WsfedConfig, type WsfedConfigInput, wsfedConfigSchema } from './wsfed.schema.js';

/** `settings.app` of a `template_wsfed` app (`WsFederationApplicationSettingsApplication`). */
export const oktaWsfedSettingsSchema = z.object({
  audienceRestriction: z.string().check(z.minLength(1)),
  groupValueFormat: z.enum(['windowsDomainQualifiedName', 'samAccountName', 'dn']),
  wReplyURL: z.string().check(z.minLength(1)),
  nameIDFormat: z.string().check(z.minLength(1)),
  authnContextClassRef: z.string().check(z.minLength(1)),
  siteURL: z.string().check(z.minLength(1)),
  usernameAttribute: z.enum(['username', 'upn', 'upnAndUsername', 'none']),
  realm: z.optional(z.string()),
  wReplyOverride: z.optional(z.boolean()),
  groupFilter: z.optional(z.string()),
  groupName: z.optional(z.string()),
  attributeStatements: z.optional(z.string()),
});

/** The part of Okta's `WsFederationApplication` this module reads and writes. */
export const oktaWsfedAppSchema = z.object({
  name: z.literal('template_wsfed'),
  label: z.string().check(z.minLength(1), z.maxLength(100)),
  signOnMode: z.literal('WS_FEDERATION'),
  settings: z.object({ app: oktaWsfedSettingsSchema }),
  credentials: z.optional(z.object({ userNameTemplate: z.optional(oktaUserNameTemplateSchema) })),
});

/** An Okta `WS_FEDERATION` application payload. */
export type OktaWsfedApp = z.output<typeof oktaWsfedAppSchema>;

/** Maps a validated config to the body of `POST /api/v1/apps` (`name: template_wsfed`). */
export function toOktaApp(config: WsfedConfig): OktaWsfedApp {
  return {
    name: 'template_wsfed',
    label: config.label,
    signOnMode: 'WS_FEDERATION',
    settings: {
      app: {
        audienceRestriction: config.audienceRestriction,
        groupValueFormat: config.groupValueFormat,
        wReplyURL: config.replyUrl,
        nameIDFormat: NAME_ID_FORMATS[config.nameIdFormat],
        authnContextClassRef: AUTHN_CONTEXTS[config.authnContextClassRef],
        siteURL: config.siteUrl,
        usernameAttribute: config.usernameAttribute,
        ...(config.realm === undefined ? {} : { realm: config.realm }),
        wReplyOverride: config.allowReplyUrlOverride,
        ...(config.groupFilter === undefined ? {} : { groupFilter: config.groupFilter }),
        ...(config.groupName === undefined ? {} : { groupName: config.groupName }),
        ...(config.attributeStatements.length === 0
          ? {}
          : { attributeStatements: formatAttributeStatements(config.attributeStatements) }),
      },
    },
    credentials: { userNameTemplate: toOktaUserNameTemplate(config.applicationUsername) },
  };
}

function fromUrn<M extends Record<string, string>>(map: M, value: string, path: string[]): keyof M {
  const key = keyOf(map, value);
  if (key !== undefined) return key;
  throw new ConfigValidationError([
    {
      path,
      code: 'invalid_value',
      message: `${value} is not one of ${Object.values(map).join(', ')}`,
    },
  ]);
}

/** Reads an Okta `WS_FEDERATION` app back into a config; throws `ConfigValidationError`. */
export function fromOktaApp(app: unknown): WsfedConfig {
  const { label, settings, credentials } = parseOrThrow(oktaWsfedAppSchema, app);
  const s = settings.app;
  const parsed = parseAttributeStatements(s.attributeStatements ?? '');
  if (parsed.problems.length > 0) {
    throw new ConfigValidationError(
      parsed.problems.map((p) => ({
        path: ['settings', 'app', 'attributeStatements'],
        code: 'invalid_attribute_statement',
        message: p.message,
      })),
    );
  }
  const input: WsfedConfigInput = {
    label,
    ...(s.realm === undefined || s.realm === '' ? {} : { realm: s.realm }),
    replyUrl: s.wReplyURL,
    allowReplyUrlOverride: s.wReplyOverride ?? false,
    siteUrl: s.siteURL,
    nameIdFormat: fromUrn(NAME_ID_FORMATS, s.nameIDFormat, ['settings', 'app', 'nameIDFormat']),
    audienceRestriction: s.audienceRestriction,
    authnContextClassRef: fromUrn(AUTHN_CONTEXTS, s.authnContextClassRef, ['settings', 'app', 'authnContextClassRef']),
    ...(s.groupFilter === undefined || s.groupFilter === '' ? {} : { groupFilter: s.groupFilter }),
    ...(s.groupName === undefined || s.groupName === '' ? {} : { groupName: s.groupName }),
    groupValueFormat: s.groupValueFormat,
    attributeStatements: parsed.statements,
    usernameAttribute: s.usernameAttribute,
    applicationUsername: fromOktaUserNameTemplate(credentials?.userNameTemplate),
  };
  return parseOrThrow(wsfedConfigSchema, input, wsfedWirePath);
}

// Config fields whose Okta name under `settings.app` differs.
const WIRE_NAMES: Readonly<Record<string, string>> = {
  replyUrl: 'wReplyURL',
  allowReplyUrlOverride: 'wReplyOverride',
  siteUrl: 'siteURL',
  nameIdFormat: 'nameIDFormat',
};

/** A WS-Fed config path as the Okta payload field it was read from, so a refusal names what was sent. */
function wsfedWirePath(path: ConfigIssue['path']): ConfigIssue['path'] {
  const [field] = path;
  if (typeof field !== 'string' || field === 'label') return path;
  if (field === 'applicationUsername') return ['credentials', 'userNameTemplate'];
  // Statements travel as one comma-separated string.
  if (field === 'attributeStatements') return ['settings', 'app', 'attributeStatements'];
  return ['settings', 'app', (Object.hasOwn(WIRE_NAMES, field) ? WIRE_NAMES[field] : undefined) ?? field];
}
