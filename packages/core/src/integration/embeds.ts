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

export { embedScimActions } from './embeds-scim.js';
