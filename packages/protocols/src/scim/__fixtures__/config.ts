import { randomUUID } from 'node:crypto';
import { define } from '../define.js';
import { provisioningActions, type ScimConfig, type ScimConfigInput } from '../scim.schema.js';
import type { PeerCredentials } from './scimmy-server.js';

/** Fresh random credentials per test file, so a leak check can search for exact values. */
export function randomCredentials(): PeerCredentials {
  return {
    token: `tok-${randomUUID()}`,
    basic: { username: 'provisioner', password: `pw-${randomUUID()}` },
    oauth: { clientId: 'scim-client', clientSecret: `cs-${randomUUID()}` },
  };
}

/** Every secret string in `credentials`, for "never appears in output" assertions. */
export function secretsOf(credentials: PeerCredentials): string[] {
  return [credentials.token, credentials.basic.password, credentials.oauth.clientSecret];
}

/** A bearer-token config for `baseUrl` with every action on but Sync Password (which needs the password). */
export function bearerConfig(baseUrl: string, token: string, overrides: Partial<ScimConfigInput> = {}): ScimConfig {
  return define({
    baseUrl,
    actions: provisioningActions.filter((action) => action !== 'syncPassword'),
    auth: { type: 'bearer', token },
    ...overrides,
  });
}
