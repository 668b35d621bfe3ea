import type { ProvisioningAction } from '@integrakit/protocols/scim';
import type { ProvisioningFeatures } from './model.js';
import type { EmbeddedField } from './registry.js';
import { fromApplicationUsername, toApplicationUsername } from './username-wire.js';

/** The integration's label, which every protocol module's config carries as `label`. */
export const embedLabel: EmbeddedField = {
  at: ['label'],
  owner: ['label'],
  write: (context) => context.label,
  read: (value) => (typeof value === 'string' ? { label: value } : {}),
};

/** The username settings, held by a module as its `applicationUsername` at `at`. */
function embedUsernameAt(at: readonly string[]): EmbeddedField {
  return {
    at,
    owner: ['username'],
    write: (context) => toApplicationUsername(context.username),
    read: (value) => {
      const username = fromApplicationUsername(value);
      return username === undefined ? {} : { username };
    },
  };
}

/** The username settings as the SAML and WS-Fed modules hold them (`applicationUsername`). */
export const embedApplicationUsername: EmbeddedField = embedUsernameAt(['applicationUsername']);

/** The username settings as the SWA module holds them (`credentials.applicationUsername`). */
export const embedSwaUsername: EmbeddedField = embedUsernameAt(['credentials', 'applicationUsername']);

/** Password reveal, which the SWA module checks against its credential scheme. */
export const embedRevealPassword: EmbeddedField = {
  at: ['credentials', 'revealPassword'],
  owner: ['revealPassword'],
  write: (context) => context.revealPassword,
  read: (value) => (typeof value === 'boolean' ? { revealPassword: value } : {}),
};

/** Sync Password provisioning, which locks the SWA module's sign-on options. */
export const embedSyncPassword: EmbeddedField = {
  at: ['syncPassword'],
  owner: ['provisioning', 'features', 'syncPassword'],
  write: (context) => context.provisioning.type === 'scim' && context.provisioning.features.syncPassword,
};

/** The model's provisioning features and the SCIM module's actions, one to one. */
const actionOf: Readonly<Record<keyof ProvisioningFeatures, ProvisioningAction>> = {
  import: 'importNewUsersAndProfileUpdates',
  create: 'pushNewUsers',
  update: 'pushProfileUpdates',
  groupPush: 'pushGroups',
  importGroups: 'importGroups',
  deactivate: 'pushUserDeactivation',
  reactivate: 'reactivateUsers',
  syncPassword: 'syncPassword',
};
const features = Object.keys(actionOf) as (keyof ProvisioningFeatures)[];

/** The SCIM module's `actions`, owned by the integration's provisioning features. */
export const embedScimActions: EmbeddedField = {
  at: ['actions'],
  owner: ['provisioning', 'features'],
  // The SCIM module reports per list index, which means nothing next to named features.
  keepSubpath: false,
  write: ({ provisioning }) =>
    provisioning.type === 'scim'
      ? features.filter((feature) => provisioning.features[feature]).map((feature) => actionOf[feature])
      : [],
  read: (value) => {
    const actions: readonly unknown[] = Array.isArray(value) ? value : [];
    return { features: Object.fromEntries(features.map((feature) => [feature, actions.includes(actionOf[feature])])) };
  },
};
