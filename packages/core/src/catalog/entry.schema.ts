import * as z from 'zod';
import { templateRedirectUriSchema, templateUriSchema, templateUrlSchema } from './template-url.js';
import { templateVariables } from './template-variables.js';

export { templateVariables } from './template-variables.js';

/** Version of the catalog file format this library reads and writes. */
export const CATALOG_FORMAT_VERSION = 1;

/** Sign-on protocols an entry supports, with the labels Okta's catalog filter uses. */
export const SIGN_ON_PROTOCOLS = ['SAML', 'OIDC', 'SWA', 'WS-Federation'] as const;

/** Provisioning capabilities as listed on Okta's integration catalog. */
export const PROVISIONING_CAPABILITIES = [
  'Create',
  'Update',
  'Deactivate',
  'Sync Password',
  'Group Push',
  'Group Linking',
  'Attribute Sourcing',
  'Schema Discovery',
  'Attribute Writeback',
] as const;

/** Use cases (Okta's OIN categories); at most five per entry. */
export const USE_CASES = [
  'Single Sign-On',
  'Lifecycle Management',
  'Directory and HR Sync',
  'Zero Trust',
  'Social Login',
  'Centralized Logging',
  'Bot or Fraud Detection',
  'Automation',
  'Identity Verification',
  'Identity Governance',
  'Multi-factor Authentication',
  'Risk Signal Sharing',
] as const;

/** Industries an entry serves, for the Industry filter. */
export const INDUSTRIES = [
  'Technology',
  'Financial Services',
  'Healthcare',
  'Education',
  'Retail',
  'Government',
  'Manufacturing',
  'Media and Entertainment',
  'Nonprofit',
  'Professional Services',
  'Hospitality',
  'Transportation',
  'Energy',
  'Telecommunications',
] as const;

const keyPattern = /^[a-z][a-z0-9_]*$/;

/** A per-tenant setting the admin fills in when adding the app, e.g. `subdomain`. */
export const TenantSettingSchema = z.object({
  /** Variable name used in templates: `${org.<name>}` (SAML, WS-Fed, SWA, SCIM) or `{app.<name>}` (OIDC). */
  name: z
    .string()
    .regex(keyPattern, 'must be lowercase letters, digits and underscores, starting with a letter')
    .max(64),
  label: z.string().min(1).max(64),
  /** `https-url` values must use https; `url` allows http too. */
  type: z.enum(['string', 'url', 'https-url']),
  helpText: z.string().max(256).optional(),
  /** @default true */
  required: z.boolean().default(true),
  /** Extra rule for string values, as a regular expression source (anchored by the validator). */
  pattern: z.string().max(256).optional(),
  /** Example value shown as a placeholder. */
  example: z.string().max(256).optional(),
});

/** SAML 2.0 settings template; values may reference `${org.<name>}`. */
export const SamlTemplateSchema = z.object({
  ssoAcsUrl: templateUrlSchema,
  audience: templateUriSchema,
  recipient: templateUrlSchema.optional(),
  destination: templateUrlSchema.optional(),
  defaultRelayState: templateUriSchema.optional(),
  subjectNameIdFormat: z
    .enum([
      'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified',
      'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
      'urn:oasis:names:tc:SAML:1.1:nameid-format:x509SubjectName',
      'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
      'urn:oasis:names:tc:SAML:2.0:nameid-format:transient',
    ])
    .optional(),
  attributeStatements: z.array(z.object({ name: z.string().min(1), values: z.array(z.string()).min(1) })).optional(),
});

/** OIDC settings template; values may reference `{app.<name>}` as Okta does. */
export const OidcTemplateSchema = z.object({
  applicationType: z.enum(['web', 'browser']),
  redirectUris: z.array(templateRedirectUriSchema).min(1).max(100),
  postLogoutRedirectUris: z.array(templateRedirectUriSchema).max(100).optional(),
  initiateLoginUri: templateUrlSchema.optional(),
});

/** SWA (browser plugin) template; values may reference `${org.<name>}`. */
export const SwaTemplateSchema = z.object({
  loginUrl: templateUrlSchema,
  usernameField: z.string().min(1),
  passwordField: z.string().min(1),
  buttonField: z.string().min(1),
});

/** WS-Federation template; values may reference `${org.<name>}`. */
export const WsFedTemplateSchema = z.object({
  realm: templateUriSchema,
  replyUrl: templateUrlSchema,
});

/** SCIM template; the base URL may reference `${org.<name>}`. */
export const ScimTemplateSchema = z.object({
  baseUrl: templateUrlSchema,
  userIdField: z.string().min(1).default('userName'),
});

/** A logo: brand SVG path data (24×24 viewBox, from simple-icons), a generated monogram, or an image URL. */
export const LogoSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('svg'),
    /** SVG path `d` for a 24×24 viewBox. */
    path: z.string().min(1).max(20_000),
    /** Brand colour, 6 hex digits without `#`. */
    hex: z.string().regex(/^[0-9a-fA-F]{6}$/),
  }),
  z.object({
    kind: z.literal('monogram'),
    /** One or two characters. */
    text: z.string().min(1).max(2),
    hex: z.string().regex(/^[0-9a-fA-F]{6}$/),
  }),
  z.object({
    kind: z.literal('url'),
    /** An `https:` image, or a base64 raster `data:image` (never SVG, which can carry script). */
    url: z
      .string()
      .max(200_000)
      .regex(
        /^(?:https:\/\/\S+|data:image\/(?:png|jpeg|gif|webp|avif);base64,[A-Za-z0-9+/]+={0,2})$/,
        'must be an https URL or a base64 png/jpeg/gif/webp/avif data:image URL',
      ),
  }),
]);

const templateProtocol = { saml: 'SAML', oidc: 'OIDC', swa: 'SWA', wsfed: 'WS-Federation' } as const;

function collectStrings(value: unknown, path: (string | number)[], out: [string, (string | number)[]][]) {
  if (typeof value === 'string') out.push([value, path]);
  else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      collectStrings(item, [...path, index], out);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) collectStrings(item, [...path, key], out);
  }
}

/** One app of the catalog, modelled on OIN listings and Okta's `CatalogApplication`. */
export const CatalogEntrySchema = z
  .object({
    /** Stable key, e.g. `salesforce`. */
    name: z
      .string()
      .regex(keyPattern, 'must be lowercase letters, digits and underscores, starting with a letter')
      .max(128),
    displayName: z.string().min(1).max(64),
    description: z.string().min(1).max(1024),
    website: z.url({ protocol: /^https$/ }),
    logo: LogoSchema,
    verificationStatus: z.enum(['OKTA_VERIFIED', 'COMMUNITY_CREATED']),
    useCases: z.array(z.enum(USE_CASES)).min(1).max(5),
    functionality: z.object({
      signOn: z.array(z.enum(SIGN_ON_PROTOCOLS)),
      /** Provisioning capabilities over SCIM; empty when the app has no provisioning. */
      provisioning: z.array(z.enum(PROVISIONING_CAPABILITIES)),
      /** Offers an API service integration (OAuth 2.0 client credentials). */
      apiService: z.boolean(),
    }),
    industries: z.array(z.enum(INDUSTRIES)).min(1),
    /** Product categories such as `CRM` or `Collaboration`, searched as tags. */
    categories: z.array(z.string().min(1).max(64)).max(10),
    /** Other names people type for this app (`o365`, `gsuite`, `ms teams`). */
    aliases: z.array(z.string().min(1).max(64)).max(20).default([]),
    /** Relative popularity used as the ranking tie-break; higher is more popular. */
    popularity: z.number().int().min(0),
    /** ISO date (`YYYY-MM-DD`) of the listing's last update. */
    lastUpdated: z.iso.date(),
    settings: z.array(TenantSettingSchema).max(8).default([]),
    templates: z
      .object({
        saml: SamlTemplateSchema.optional(),
        oidc: OidcTemplateSchema.optional(),
        swa: SwaTemplateSchema.optional(),
        wsfed: WsFedTemplateSchema.optional(),
        scim: ScimTemplateSchema.optional(),
      })
      .default({}),
  })
  .superRefine((entry, ctx) => {
    const declared = new Set(entry.settings.map((setting) => setting.name));
    for (const [kind, template] of Object.entries(entry.templates)) {
      if (template === undefined) continue;
      const protocol = kind === 'scim' ? undefined : templateProtocol[kind as keyof typeof templateProtocol];
      if (protocol !== undefined && !entry.functionality.signOn.includes(protocol)) {
        ctx.addIssue({
          code: 'custom',
          path: ['templates', kind],
          message: `a ${kind} template requires '${protocol}' in functionality.signOn`,
        });
      }
      if (kind === 'scim' && entry.functionality.provisioning.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['templates', kind],
          message: 'a scim template requires at least one functionality.provisioning capability',
        });
      }
      const strings: [string, (string | number)[]][] = [];
      collectStrings(template, ['templates', kind], strings);
      for (const [value, path] of strings) {
        for (const variable of templateVariables(value, kind === 'oidc' ? 'app' : 'org')) {
          if (!declared.has(variable)) {
            ctx.addIssue({ code: 'custom', path, message: `references undeclared setting '${variable}'` });
          }
        }
      }
    }
  });

/** A catalog file: a format version and its entries. */
export const CatalogFileSchema = z.object({
  formatVersion: z.literal(CATALOG_FORMAT_VERSION),
  entries: z.array(z.unknown()),
});

/** One catalog entry as stored (after defaults are applied). */
export type CatalogEntry = z.output<typeof CatalogEntrySchema>;
/** One catalog entry as written by hand (defaults may be omitted). */
export type CatalogEntryInput = z.input<typeof CatalogEntrySchema>;
export type TenantSetting = z.output<typeof TenantSettingSchema>;
export type SignOnProtocol = (typeof SIGN_ON_PROTOCOLS)[number];
export type ProvisioningCapability = (typeof PROVISIONING_CAPABILITIES)[number];
export type UseCase = (typeof USE_CASES)[number];
export type Industry = (typeof INDUSTRIES)[number];
