import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';
import MemoryAdapter from 'oidc-provider/lib/adapters/memory_adapter.js';

// The provider's own in-memory storage, chosen on purpose (a test provider's state should vanish
// with it); naming it as the adapter is what tells oidc-provider so, instead of its default-adapter
// warning in every test file.
class TestAdapter extends MemoryAdapter {}

/** A real oidc-provider on 127.0.0.1, configured like Okta where the concept exists there. */
export interface TestProvider {
  readonly issuer: string;
  readonly provider: InstanceType<typeof Provider>;
  close(): Promise<void>;
}

const TTL = {
  AccessToken: 600,
  AuthorizationCode: 60,
  ClientCredentials: 600,
  IdToken: 600,
  Interaction: 600,
  Session: 600,
  Grant: 600,
  RefreshToken: 600,
  DeviceCode: 600,
};

/** Provider configuration shared by the validation-only and the live instances. */
export function providerConfig(clients: object[], keys: { keys: object[] }, interactive: boolean) {
  return {
    clients,
    jwks: keys,
    adapter: TestAdapter,
    ttl: TTL,
    cookies: { keys: ['integrakit-test-cookie-key'] },
    features: {
      clientCredentials: { enabled: true },
      deviceFlow: { enabled: true },
      devInteractions: { enabled: interactive },
      rpInitiatedLogout: { enabled: true },
    },
    responseTypes: ['code', 'id_token', 'code id_token', 'id_token token', 'code token', 'code id_token token', 'none'],
    scopes: ['openid', 'email', 'offline_access', 'okta.users.read', 'okta.users.manage', 'okta.apps.read'],
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    findAccount: (_ctx: unknown, accountId: string) => ({
      accountId,
      claims: () => ({ sub: accountId, email: `${accountId}@example.com`, email_verified: true }),
    }),
    pkce: { methods: ['S256'], required: () => true },
  };
}

/** A provider that only validates metadata (never listens). */
export async function validatingProvider(): Promise<InstanceType<typeof Provider>> {
  return new Provider('http://127.0.0.1:1', providerConfig([], await signingKeys(), false) as never);
}

/** A fresh RS256 signing key set for the provider (so it never falls back to its dev keys). */
export async function signingKeys(): Promise<{ keys: object[] }> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  return { keys: [{ ...(await exportJWK(privateKey)), kid: 'op-signing', alg: 'RS256', use: 'sig' }] };
}

/**
 * The live provider signs users in through oidc-provider's devInteractions on purpose, so its
 * warning about them (printed while the provider is built) is expected and dropped; any other
 * warning still prints.
 */
function quietDevInteractions<T>(create: () => T): T {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!String(args[0]).includes('devInteractions is enabled')) warn(...args);
  };
  try {
    return create();
  } finally {
    console.warn = warn;
  }
}

/** Starts a provider on a random loopback port with `clients` registered. */
export async function startProvider(clients: object[]): Promise<TestProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const keys = await signingKeys();
  const provider = quietDevInteractions(() => new Provider(issuer, providerConfig(clients, keys, true) as never));
  server.on('request', provider.callback());
  return {
    issuer,
    provider,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** `provider.Client.validate(meta)`: `undefined` when accepted, else the error description. */
export async function providerRefusal(
  provider: InstanceType<typeof Provider>,
  meta: object,
): Promise<string | undefined> {
  try {
    await (provider.Client as unknown as { validate(meta: object): Promise<unknown> }).validate(meta);
    return undefined;
  } catch (error) {
    const { error: code, error_description: description } = error as { error?: string; error_description?: string };
    return `${code ?? 'error'}: ${description ?? String(error)}`;
  }
}
