import { USERNAME_UPDATE_ON } from '@integrakit/protocols/shared';
import * as z from 'zod/mini';
import { DEFAULT_USERNAME_TEMPLATE, UsernameTemplateSchema } from '../assignment/usernames.js';
import { SIGN_ON_PROTOCOLS } from './protocols.js';

/** Where an integration came from: a catalog entry, the App Integration Wizard, or an API service. */
export const INTEGRATION_KINDS = ['catalog', 'custom', 'api-service'] as const;

// On `zod/mini` (functions, not methods): the browser's wizards parse these schemas, and classic
// zod's object schemas would cost them 4× the bytes. Types still come from the schemas.

/** Dashboard visibility, in Okta's `visibility` shape. */
export const VisibilitySchema = z.object({
  /** Open the app right after sign-in to Okta. @default false */
  autoLaunch: z._default(z.boolean(), false),
  hide: z._default(
    z.object({
      /** Hide the tile on the end-user dashboard. @default false */
      web: z._default(z.boolean(), false),
      /** Hide the tile in Okta Mobile. @default false */
      iOS: z._default(z.boolean(), false),
    }),
    { web: false, iOS: false },
  ),
});

/** Provisioning actions, named as in the Admin Console (Okta feature in brackets). */
export const ProvisioningFeaturesSchema = z.object({
  /** Create Users (`PUSH_NEW_USERS`). @default false */
  create: z._default(z.boolean(), false),
  /** Update User Properties (`PUSH_PROFILE_UPDATES`). @default false */
  update: z._default(z.boolean(), false),
  /** Deactivate Users (`PUSH_USER_DEACTIVATION`). @default false */
  deactivate: z._default(z.boolean(), false),
  /** Sync Okta Password (`PUSH_PASSWORD_UPDATES`). @default false */
  syncPassword: z._default(z.boolean(), false),
  /** Group Push (`GROUP_PUSH`). @default false */
  groupPush: z._default(z.boolean(), false),
  /** Import New Users and Profile Updates (`IMPORT_NEW_USERS`, `IMPORT_PROFILE_UPDATES`). @default false */
  import: z._default(z.boolean(), false),
  /** Import Groups (SCIM connection action `IMPORT_GROUPS`; Okta has no feature flag for it). @default false */
  importGroups: z._default(z.boolean(), false),
  /** Reactivate Users (`REACTIVATE_USERS`). @default false */
  reactivate: z._default(z.boolean(), false),
});

/** Provisioning of an integration: off, or SCIM with a connection config and enabled features. */
export const ProvisioningSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('none') }),
  z.object({
    type: z.literal('scim'),
    /** The SCIM connection, validated by the `scim` protocol module. */
    connection: z.record(z.string(), z.unknown()),
    features: z._default(ProvisioningFeaturesSchema, {
      create: false,
      update: false,
      deactivate: false,
      syncPassword: false,
      groupPush: false,
      import: false,
      importGroups: false,
      reactivate: false,
    }),
  }),
]);

/** How the application username is formed and when it is recomputed. */
export const UsernameSettingsSchema = z.object({
  template: z._default(UsernameTemplateSchema, DEFAULT_USERNAME_TEMPLATE),
  /**
   * `CREATE_AND_UPDATE` recomputes the username when the user's attributes change;
   * `CREATE_ONLY` keeps the first one (offered by Okta only for custom formats).
   * @default 'CREATE_AND_UPDATE'
   */
  updateOn: z._default(z.enum(USERNAME_UPDATE_ON), 'CREATE_AND_UPDATE'),
});

/** Fields an admin supplies for a new integration (everything but id, status and times). */
export const IntegrationDraftSchema = z.object({
  kind: z.enum(INTEGRATION_KINDS),
  /** Catalog entry `name`, for `kind: 'catalog'` only. */
  catalogEntry: z.optional(z.string().check(z.minLength(1))),
  /** 1–100 characters, unique among the org's integrations. */
  label: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  /** Values of the catalog entry's per-tenant settings (e.g. `subdomain`). */
  tenantSettings: z._default(z.record(z.string(), z.string()), {}),
  signOn: z.object({
    protocol: z.enum(SIGN_ON_PROTOCOLS),
    /** The protocol module's config (its `define` output), validated through the protocol registry. */
    config: z.record(z.string(), z.unknown()),
  }),
  visibility: z._default(VisibilitySchema, { autoLaunch: false, hide: { web: false, iOS: false } }),
  username: z._default(UsernameSettingsSchema, { template: DEFAULT_USERNAME_TEMPLATE, updateOn: 'CREATE_AND_UPDATE' }),
  provisioning: z._default(ProvisioningSchema, { type: 'none' }),
  /** Let assigned users reveal their SWA password. SWA only. @default false */
  revealPassword: z._default(z.boolean(), false),
});

/** A stored integration. */
export const IntegrationSchema = z.extend(IntegrationDraftSchema, {
  id: z.string().check(z.minLength(1)),
  /** Deleting requires `INACTIVE`; only `ACTIVE` integrations can be assigned. */
  status: z.enum(['ACTIVE', 'INACTIVE']),
  created: z.iso.datetime(),
  lastUpdated: z.iso.datetime(),
});

/** A stored integration. */
export type Integration = z.output<typeof IntegrationSchema>;
/** The admin-supplied part of an integration, validated. */
export type IntegrationDraft = z.output<typeof IntegrationDraftSchema>;
/** The admin-supplied part as written (defaults may be omitted). */
export type IntegrationDraftInput = z.input<typeof IntegrationDraftSchema>;
export type IntegrationKind = (typeof INTEGRATION_KINDS)[number];
export type Visibility = z.output<typeof VisibilitySchema>;
export type Provisioning = z.output<typeof ProvisioningSchema>;
export type ProvisioningFeatures = z.output<typeof ProvisioningFeaturesSchema>;
export type UsernameSettings = z.output<typeof UsernameSettingsSchema>;
