import * as z from 'zod/mini';
import { parseOrThrow } from '../define.js';
import { ConfigValidationError } from '../errors.js';
import { define } from './define.js';
import {
  type ProvisioningAction,
  provisioningActions,
  SCIM_PATH,
  type ScimConfig,
  scimMappingSchema,
} from './scim.schema.js';
import { secretField } from './secret.js';

/** `Application.features` values that SCIM provisioning turns on (Okta OpenAPI enum). */
const featureOf: Record<ProvisioningAction, readonly OktaProvisioningFeature[]> = {
  importNewUsersAndProfileUpdates: ['IMPORT_NEW_USERS', 'IMPORT_PROFILE_UPDATES'],
  pushNewUsers: ['PUSH_NEW_USERS'],
  pushProfileUpdates: ['PUSH_PROFILE_UPDATES'],
  pushGroups: ['GROUP_PUSH'],
  // Okta has no feature flag for group import; it lives only in the connection's action list.
  importGroups: [],
  pushUserDeactivation: ['PUSH_USER_DEACTIVATION'],
  reactivateUsers: ['REACTIVATE_USERS'],
  syncPassword: ['PUSH_PASSWORD_UPDATES'],
};

const oktaFeatures = [
  'SCIM_PROVISIONING',
  'IMPORT_NEW_USERS',
  'IMPORT_PROFILE_UPDATES',
  'PUSH_NEW_USERS',
  'PUSH_PROFILE_UPDATES',
  'GROUP_PUSH',
  'PUSH_USER_DEACTIVATION',
  'REACTIVATE_USERS',
  'PUSH_PASSWORD_UPDATES',
] as const;
type OktaProvisioningFeature = (typeof oktaFeatures)[number];

/** The console's "Supported provisioning actions" checkboxes on the SCIM connection. */
const connectionActionOf = {
  importNewUsersAndProfileUpdates: 'IMPORT_NEW_USERS_AND_PROFILE_UPDATES',
  pushNewUsers: 'PUSH_NEW_USERS',
  pushProfileUpdates: 'PUSH_PROFILE_UPDATES',
  pushGroups: 'PUSH_GROUPS',
  importGroups: 'IMPORT_GROUPS',
} as const;
type ConnectionAction = (typeof connectionActionOf)[keyof typeof connectionActionOf];

const status = z.enum(['ENABLED', 'DISABLED']);
const direction = { toApp: 'OKTA_TO_APP', toOkta: 'APP_TO_OKTA', both: 'BOTH' } as const;

/** Okta's wire shape for SCIM provisioning; `fromOktaApp` parses it, unknown read-only fields are dropped. */
export const oktaScimProvisioningSchema = z.object({
  /** `Application.features` as Okta reports them (read-only on the app object). */
  features: z.array(z.enum(oktaFeatures)),
  /** Body of `PUT /api/v1/apps/{id}/features/USER_PROVISIONING` (OpenAPI `CapabilitiesObject`). */
  capabilities: z.object({
    create: z.object({ lifecycleCreate: z.object({ status }) }),
    update: z.object({
      profile: z.object({ status }),
      lifecycleDeactivate: z.object({ status }),
      password: z.object({
        status,
        seed: z.optional(z.enum(['OKTA', 'RANDOM'])),
        change: z.optional(z.enum(['CHANGE', 'KEEP_EXISTING'])),
      }),
    }),
  }),
  /** General → Provisioning → SCIM connection: set in the Admin Console, no public API. */
  connection: z.object({
    scimConnectorBaseUrl: z.string(),
    uniqueIdentifierFieldForUsers: z.string(),
    supportedProvisioningActions: z.array(z.enum(Object.values(connectionActionOf) as [ConnectionAction])),
    authenticationMode: z.discriminatedUnion('type', [
      z.object({ type: z.literal('HTTP_HEADER'), authorization: secretField() }),
      z.object({ type: z.literal('BASIC_AUTH'), username: z.string(), password: secretField() }),
      z.object({
        type: z.literal('OAUTH2'),
        accessTokenEndpointUri: z.string(),
        clientId: z.string(),
        clientSecret: secretField(),
        scopes: z.optional(z.array(z.string())),
      }),
    ]),
  }),
  /** Profile Editor → Mappings, one row per attribute. */
  attributeMappings: z.array(
    z.object({
      externalName: z.string().check(z.regex(SCIM_PATH)),
      expression: z.string(),
      type: scimMappingSchema.shape.type.def.innerType,
      required: z.boolean(),
      direction: z.enum(['OKTA_TO_APP', 'APP_TO_OKTA', 'BOTH']),
    }),
  ),
});

/** Okta's SCIM provisioning settings; secrets stay {@link Secret}s, use `revealSecrets` to send them. */
export type OktaScimProvisioning = z.output<typeof oktaScimProvisioningSchema>;

/** Maps a SCIM config to Okta's provisioning features, capability body, connection and mappings. */
export function toOktaApp(config: ScimConfig): OktaScimProvisioning {
  const on = (action: ProvisioningAction) => (config.actions.includes(action) ? 'ENABLED' : 'DISABLED');
  const sync = config.actions.includes('syncPassword');
  return {
    features: oktaFeatures.filter(
      (feature) => feature === 'SCIM_PROVISIONING' || config.actions.some((a) => featureOf[a].includes(feature)),
    ),
    capabilities: {
      create: { lifecycleCreate: { status: on('pushNewUsers') } },
      update: {
        profile: { status: on('pushProfileUpdates') },
        lifecycleDeactivate: { status: on('pushUserDeactivation') },
        // "Sync Okta Password" pushes the user's Okta password, and pushes it again when it changes.
        password: sync ? { status: 'ENABLED', seed: 'OKTA', change: 'CHANGE' } : { status: 'DISABLED' },
      },
    },
    connection: {
      scimConnectorBaseUrl: config.baseUrl,
      uniqueIdentifierFieldForUsers: config.userIdField,
      supportedProvisioningActions: config.actions.flatMap((action) =>
        action in connectionActionOf ? [connectionActionOf[action as keyof typeof connectionActionOf]] : [],
      ),
      authenticationMode: toOktaAuth(config.auth),
    },
    attributeMappings: config.mappings.map((m) => ({
      externalName: m.scimAttribute,
      expression: m.expression,
      type: m.type,
      required: m.required,
      direction: direction[m.direction],
    })),
  };
}

function toOktaAuth(auth: ScimConfig['auth']): OktaScimProvisioning['connection']['authenticationMode'] {
  switch (auth.type) {
    case 'bearer':
      return { type: 'HTTP_HEADER', authorization: auth.token };
    case 'basic':
      return { type: 'BASIC_AUTH', username: auth.username, password: auth.password };
    case 'oauth2':
      return {
        type: 'OAUTH2',
        accessTokenEndpointUri: auth.tokenUrl,
        clientId: auth.clientId,
        clientSecret: auth.clientSecret,
        ...(auth.scopes ? { scopes: auth.scopes } : {}),
      };
  }
}

/**
 * Reads Okta's provisioning settings back into a SCIM config. Throws `ConfigValidationError` when
 * the features, capability body and connection contradict each other or break Okta's rules.
 */
export function fromOktaApp(payload: unknown): ScimConfig {
  const okta = parseOrThrow(oktaScimProvisioningSchema, payload);
  const actions = provisioningActions.filter((action) =>
    action === 'importGroups'
      ? okta.connection.supportedProvisioningActions.includes('IMPORT_GROUPS')
      : featureOf[action].every((feature) => okta.features.includes(feature)),
  );
  assertConsistent(okta, actions);
  const auth = okta.connection.authenticationMode;
  return define(
    {
      baseUrl: okta.connection.scimConnectorBaseUrl,
      userIdField: okta.connection.uniqueIdentifierFieldForUsers,
      actions,
      auth:
        auth.type === 'HTTP_HEADER'
          ? { type: 'bearer', token: auth.authorization }
          : auth.type === 'BASIC_AUTH'
            ? { type: 'basic', username: auth.username, password: auth.password }
            : {
                type: 'oauth2',
                tokenUrl: auth.accessTokenEndpointUri,
                clientId: auth.clientId,
                clientSecret: auth.clientSecret,
                ...(auth.scopes ? { scopes: auth.scopes } : {}),
              },
      mappings: okta.attributeMappings.map((m) => ({
        scimAttribute: m.externalName,
        expression: m.expression,
        type: m.type,
        required: m.required,
        direction: m.direction === 'OKTA_TO_APP' ? 'toApp' : m.direction === 'APP_TO_OKTA' ? 'toOkta' : 'both',
      })),
    },
    // Okta's own rules only: an org may hold settings our stricter policy would refuse.
    { policy: 'okta' },
  );
}

function assertConsistent(okta: OktaScimProvisioning, actions: readonly ProvisioningAction[]): void {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const expect = (path: string[], actual: string, action: ProvisioningAction) => {
    const wanted = actions.includes(action) ? 'ENABLED' : 'DISABLED';
    if (actual !== wanted) {
      problems.push({ path: ['capabilities', ...path, 'status'], message: `is ${actual} but ${action} is ${wanted}` });
    }
  };
  expect(['create', 'lifecycleCreate'], okta.capabilities.create.lifecycleCreate.status, 'pushNewUsers');
  expect(['update', 'profile'], okta.capabilities.update.profile.status, 'pushProfileUpdates');
  expect(
    ['update', 'lifecycleDeactivate'],
    okta.capabilities.update.lifecycleDeactivate.status,
    'pushUserDeactivation',
  );
  expect(['update', 'password'], okta.capabilities.update.password.status, 'syncPassword');
  for (const action of actions) {
    const needed =
      action in connectionActionOf ? connectionActionOf[action as keyof typeof connectionActionOf] : undefined;
    if (needed !== undefined && !okta.connection.supportedProvisioningActions.includes(needed)) {
      problems.push({
        path: ['connection', 'supportedProvisioningActions'],
        message: `lacks ${needed}, yet the features enable ${action}`,
      });
    }
  }
  if (problems.length > 0) {
    throw new ConfigValidationError(
      problems.map(({ path, message }) => ({
        path,
        code: 'inconsistent_provisioning',
        message,
      })),
    );
  }
}
