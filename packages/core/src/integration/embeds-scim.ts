import type { ProvisioningAction } from '@integrakit/protocols/scim';
import type { ProvisioningFeatures } from './model.js';
import type { EmbeddedField } from './registry.js';

// Apart from the other embeds, which carry the username schema: the browser's connector test needs only this.

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
