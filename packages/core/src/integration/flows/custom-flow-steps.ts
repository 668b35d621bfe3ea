// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Okta username templates are literal `${…}` text.
import { USERNAME_UPDATE_ON } from '@integrakit/protocols/shared';
import * as z from 'zod/mini';
import { type Issue, issue } from '../issues.js';
import {
  type Provisioning,
  type ProvisioningFeatures,
  ProvisioningFeaturesSchema,
  type Visibility,
  VisibilitySchema,
} from '../model.js';
import { startsWith } from '../object-paths.js';
import type { ProtocolValidationOptions } from '../registry.js';
import { customScimSupported, updateOnIssues } from '../rules.js';
import {
  type ControlledAccess,
  ControlledAccessSchema,
  controlledAccessIssues,
  DEFAULT_CONTROLLED_ACCESS,
  hasControlledAccess,
} from './custom-flow-access.js';
import { missingAsRequired } from './custom-flow-required.js';
import { patchSchema, plainRecordPatch, type StepSpec } from './machine.js';
import {
  configIssues,
  type FlowContext,
  labelIssues,
  ownedBy,
  type UsernameValues,
  usernameIssues,
} from './shared-steps.js';

/** Sign-in methods of the App Integration Wizard, by protocol module. */
export const CUSTOM_METHODS = ['oidc', 'saml', 'swa', 'wsfed', 'api-service'] as const;
/** One of {@link CUSTOM_METHODS}. */
export type CustomMethod = (typeof CUSTOM_METHODS)[number];

/** OIDC application types as the wizard offers them (`browser` is the single-page app). */
export const OIDC_APP_TYPES = ['web', 'browser', 'native', 'service'] as const;
/** One of {@link OIDC_APP_TYPES}. */
export type OidcAppType = (typeof OIDC_APP_TYPES)[number];

/** Values entered in the create-custom and API service flows. */
export interface CustomFlowDraft {
  readonly method: { readonly protocol?: CustomMethod; readonly applicationType?: OidcAppType };
  readonly general: { readonly label: string; readonly visibility: Visibility };
  /** Settings per method as entered, so switching methods and back keeps them. */
  readonly configs: Readonly<Partial<Record<CustomMethod, Readonly<Record<string, unknown>>>>>;
  readonly username: UsernameValues;
  readonly provisioning: {
    readonly enabled: boolean;
    /** The SCIM connection as entered (its actions come from `features`). */
    readonly connection: Readonly<Record<string, unknown>>;
    readonly features: ProvisioningFeatures;
  };
  /** "Controlled access" (OIDC apps with users); assigned once the app exists. */
  readonly access: ControlledAccess;
}

/** The draft both flows start from. */
export function initialCustomDraft(protocol?: CustomMethod): CustomFlowDraft {
  return {
    method: protocol === undefined ? {} : { protocol },
    general: { label: '', visibility: VisibilitySchema.parse({}) },
    configs: {},
    username: { template: { type: 'BUILT_IN', template: '${source.login}' }, updateOn: 'CREATE_AND_UPDATE' },
    provisioning: { enabled: false, connection: {}, features: ProvisioningFeaturesSchema.parse({}) },
    access: DEFAULT_CONTROLLED_ACCESS,
  };
}

/** The grants the wizard preselects for each OIDC application type. */
const defaultGrants: Readonly<Record<OidcAppType, readonly string[]>> = {
  web: ['authorization_code'],
  browser: ['authorization_code'],
  native: ['authorization_code'],
  service: ['client_credentials'],
};

/**
 * Choices the wizard preselects for methods whose module has no default for them, so the config
 * holds what the form shows selected (the Admin Console's initial choices).
 */
const preselected: Readonly<Partial<Record<CustomMethod, Readonly<Record<string, unknown>>>>> = {
  swa: { mode: 'BROWSER_PLUGIN' },
  wsfed: {
    nameIdFormat: 'unspecified',
    authnContextClassRef: 'PasswordProtectedTransport',
    groupValueFormat: 'windowsDomainQualifiedName',
    usernameAttribute: 'username',
  },
};

/** The chosen method's config, with what the method step decided (the OIDC application type). */
export function currentConfig(draft: CustomFlowDraft): Readonly<Record<string, unknown>> {
  const { protocol, applicationType } = draft.method;
  if (protocol === undefined) return {};
  const config = { ...preselected[protocol], ...draft.configs[protocol] };
  if (protocol !== 'oidc' || applicationType === undefined) return config;
  return { grantTypes: defaultGrants[applicationType], ...config, applicationType };
}

/** The draft's provisioning in the model's shape. */
export function provisioningOf(draft: CustomFlowDraft): Provisioning {
  const { enabled, connection, features } = draft.provisioning;
  return enabled ? { type: 'scim', connection: { ...connection }, features } : { type: 'none' };
}

/** Whether the chosen method may add SCIM provisioning ({@link customScimSupported}). */
export const scimAllowed = (draft: CustomFlowDraft) =>
  customScimSupported(draft.method.protocol, draft.method.applicationType);

/** Builds the issues of the current method's module for the flow's values. */
export function methodIssues(
  draft: CustomFlowDraft,
  validation: ProtocolValidationOptions,
  owner: readonly (string | number)[],
): Issue[] {
  const { protocol } = draft.method;
  if (protocol === undefined) return [];
  const context: FlowContext = {
    label: draft.general.label,
    username: draft.username,
    revealPassword: false,
    provisioning: scimAllowed(draft) ? provisioningOf(draft) : { type: 'none' },
  };
  const config = currentConfig(draft);
  return ownedBy(
    missingAsRequired(configIssues(protocol, config, context, validation), config, ['signOn', 'config']),
    owner,
  );
}

const setConfig = (draft: CustomFlowDraft, patch: Readonly<Record<string, unknown>>): CustomFlowDraft => {
  const { protocol } = draft.method;
  if (protocol === undefined) return draft;
  return { ...draft, configs: { ...draft.configs, [protocol]: { ...(draft.configs[protocol] ?? {}), ...patch } } };
};

/** "Sign-in method" (and the OIDC application type). */
export const methodStep: StepSpec<CustomFlowDraft> = {
  id: 'method',
  needsProtocolModule: false,
  title: 'Sign-in method',
  patch: patchSchema({ protocol: z.enum(CUSTOM_METHODS), applicationType: z.enum(OIDC_APP_TYPES) }),
  apply: (draft, patch: { protocol?: CustomMethod; applicationType?: OidcAppType }) => ({
    ...draft,
    method: { ...draft.method, ...patch },
  }),
  issues: (draft) => {
    const { protocol, applicationType } = draft.method;
    if (protocol === undefined) return [issue(['signOn', 'protocol'], 'required', 'choose a sign-in method')];
    if (protocol === 'oidc' && applicationType === undefined) {
      return [issue(['signOn', 'config', 'applicationType'], 'required', 'choose an application type')];
    }
    return [];
  },
};

/** "General Settings": the app integration name and its dashboard visibility. */
export const generalStep: StepSpec<CustomFlowDraft> = {
  id: 'general',
  needsProtocolModule: false,
  title: 'General Settings',
  patch: patchSchema({ label: z.string().check(z.maxLength(1000)), visibility: VisibilitySchema }),
  apply: (draft, patch: { label?: string; visibility?: Visibility }) => ({
    ...draft,
    general: { ...draft.general, ...patch },
  }),
  issues: (draft) => labelIssues(draft.general.label, ['label']),
};

/**
 * The chosen protocol's settings, validated by its module. An update replaces the whole config;
 * the OIDC application type always comes from the method step.
 */
export function settingsStep(validation: ProtocolValidationOptions): StepSpec<CustomFlowDraft> {
  return {
    id: 'settings',
    title: 'Sign-on settings',
    enabled: (draft) => draft.method.protocol !== 'api-service',
    patch: patchSchema({ config: plainRecordPatch(), access: ControlledAccessSchema }),
    apply: (draft, patch: { config?: Record<string, unknown>; access?: ControlledAccess }) => {
      const { protocol } = draft.method;
      const withAccess = patch.access === undefined ? draft : { ...draft, access: patch.access };
      if (patch.config === undefined || protocol === undefined) return withAccess;
      return { ...withAccess, configs: { ...draft.configs, [protocol]: { ...patch.config } } };
    },
    issues: (draft) => [
      ...methodIssues(draft, validation, ['signOn']),
      ...(hasControlledAccess(draft.method) ? controlledAccessIssues(draft.access) : []),
    ],
    fieldIssues: (draft, path) => {
      const [signOn, config, key] = path;
      const { protocol } = draft.method;
      if (signOn !== 'signOn' || config !== 'config' || typeof key !== 'string' || protocol === undefined) {
        return undefined;
      }
      const values = currentConfig(draft);
      const base = ['signOn', 'config'];
      const found = validation.protocols[protocol]?.validateField?.(values, key, base);
      return found === undefined ? undefined : missingAsRequired(found, values, base);
    },
  };
}

/** "Application username format" and "Update application username on", where the protocol has them. */
export function usernameStep(validation: ProtocolValidationOptions): StepSpec<CustomFlowDraft> {
  return {
    id: 'username',
    title: 'Application username',
    enabled: (draft) => ['saml', 'swa', 'wsfed'].includes(draft.method.protocol ?? ''),
    patch: patchSchema({
      template: z.looseObject({ type: z.string() }),
      updateOn: z.enum(USERNAME_UPDATE_ON),
    }),
    apply: (draft, patch: Partial<UsernameValues>) => ({ ...draft, username: { ...draft.username, ...patch } }),
    issues: (draft) => {
      const own = [...usernameIssues(draft.username), ...updateOnIssues(draft.username)];
      return own.length > 0 ? own : methodIssues(draft, validation, ['username']);
    },
  };
}

// Plain booleans, not the model's defaulted ones: defaults would fill every feature a patch leaves
// out, so ticking a second action would clear the first.
const featuresPatch = z.partial(
  z.strictObject(
    Object.fromEntries(
      Object.keys(ProvisioningFeaturesSchema.shape).map((feature) => [feature, z.boolean()]),
    ) as Record<keyof ProvisioningFeatures, z.ZodMiniBoolean>,
  ),
);

/**
 * Optional SCIM provisioning (SAML, SWA, OIDC web apps): the connection, validated by the SCIM module, and
 * the provisioning features. Sync Password also constrains the SWA settings, so their issues show here.
 */
export function provisioningStep(validation: ProtocolValidationOptions): StepSpec<CustomFlowDraft> {
  return {
    id: 'provisioning',
    title: 'Provisioning',
    enabled: scimAllowed,
    patch: patchSchema({
      enabled: z.boolean(),
      connection: z.record(z.string(), z.unknown()),
      features: featuresPatch,
    }),
    apply: (
      draft,
      patch: { enabled?: boolean; connection?: Record<string, unknown>; features?: Partial<ProvisioningFeatures> },
    ) => ({
      ...draft,
      provisioning: {
        enabled: patch.enabled ?? draft.provisioning.enabled,
        connection: patch.connection ?? draft.provisioning.connection,
        features: { ...draft.provisioning.features, ...patch.features },
      },
    }),
    issues: (draft) => {
      if (!draft.provisioning.enabled) return [];
      const context: FlowContext = {
        label: draft.general.label,
        username: draft.username,
        revealPassword: false,
        provisioning: provisioningOf(draft),
      };
      const { connection } = draft.provisioning;
      const checked = missingAsRequired(configIssues('scim', connection, context, validation), connection, [
        'provisioning',
        'connection',
      ]);
      const scim = ownedBy(checked, ['provisioning']);
      return [...scim, ...methodIssues(draft, validation, ['signOn'])];
    },
  };
}

const pendingClientAuth = { method: 'private_key_jwt', jwksUri: 'https://client-auth.invalid/jwks' };

/** "Scopes to grant" of an API service. */
export function scopesStep(validation: ProtocolValidationOptions): StepSpec<CustomFlowDraft> {
  return {
    id: 'scopes',
    title: 'Okta API scopes',
    enabled: (draft) => draft.method.protocol === 'api-service',
    patch: patchSchema({ scopes: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(500)) }),
    apply: (draft, patch: { scopes?: string[] }) => setConfig(draft, patch),
    issues: (draft) => {
      // The module checks scopes only once the whole config parses, so until client authentication
      // is chosen it is judged with a stand-in key URL; only scope issues are kept from that run.
      const config = currentConfig(draft);
      const judged = config.clientAuth === undefined ? setConfig(draft, { clientAuth: pendingClientAuth }) : draft;
      return methodIssues(judged, validation, ['signOn', 'config', 'scopes']);
    },
  };
}

/** "Client authentication" of an API service. */
export function clientAuthStep(validation: ProtocolValidationOptions): StepSpec<CustomFlowDraft> {
  return {
    id: 'clientAuth',
    title: 'Client authentication',
    enabled: (draft) => draft.method.protocol === 'api-service',
    patch: patchSchema({ clientAuth: z.record(z.string(), z.unknown()), clientId: z.string().check(z.maxLength(200)) }),
    apply: (draft, patch: { clientAuth?: Record<string, unknown>; clientId?: string }) => setConfig(draft, patch),
    // Everything the module finds but the scopes (the scopes step's own) shows here.
    issues: (draft) =>
      methodIssues(draft, validation, ['signOn']).filter(
        (item) => !startsWith(item.path, ['signOn', 'config', 'scopes']),
      ),
  };
}

/** The integration a custom or API service draft describes, for the model to validate. */
export function buildCustom(draft: CustomFlowDraft): unknown {
  const protocol = draft.method.protocol;
  return {
    kind: protocol === 'api-service' ? 'api-service' : 'custom',
    label: draft.general.label,
    visibility: draft.general.visibility,
    signOn: { protocol, config: currentConfig(draft) },
    username: draft.username,
    provisioning: scimAllowed(draft) ? provisioningOf(draft) : { type: 'none' },
  };
}
