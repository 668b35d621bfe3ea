import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateClientKeyPair, signClientAssertion } from '../jwt/keys.js';
import { startProvider, type TestProvider } from '../oidc/__fixtures__/provider.js';
import { toClientMetadata } from '../oidc/client-metadata.js';
import { define } from './define.js';
import { toOidcConfig } from './okta.js';

let op: TestProvider;
let keys: Awaited<ReturnType<typeof generateClientKeyPair>>;
let tokenEndpoint: string;
const clientId = 'user-sync-service';

beforeAll(async () => {
  keys = await generateClientKeyPair({ alg: 'ES256' });
  const service = define({
    label: 'User sync',
    clientId,
    scopes: ['okta.users.read'],
    clientAuth: { method: 'private_key_jwt', jwks: keys.jwks },
  });
  // RFC 7591 `scope` limits what the client may request, like Okta's grants collection.
  const meta = {
    ...toClientMetadata(toOidcConfig(service)),
    scope: service.scopes.join(' '),
    token_endpoint_auth_signing_alg: 'ES256',
  };
  op = await startProvider([meta]);
  tokenEndpoint = `${op.issuer}/token`;
});
afterAll(async () => {
  await op?.close();
});

/** Our client's signed assertion; the audience and the private key can be swapped to get refused. */
function assertion(overrides: { audience?: string; privateKey?: CryptoKey } = {}) {
  return signClientAssertion({
    clientId,
    audience: overrides.audience ?? tokenEndpoint,
    privateKey: overrides.privateKey ?? keys.privateKey,
    kid: keys.kid,
    alg: 'ES256',
  });
}

async function requestToken(assertion: string, scope = 'okta.users.read') {
  const response = await fetch(tokenEndpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      scope,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion,
    }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('client_credentials with private_key_jwt against oidc-provider', () => {
  it('our signed assertion gets a token for the granted scope', async () => {
    const { status, body } = await requestToken(await assertion());
    expect(status).toBe(200);
    expect(body).toMatchObject({ token_type: 'Bearer', scope: 'okta.users.read' });
    expect(typeof body.access_token).toBe('string');
  });

  it('a scope that was not granted is refused', async () => {
    const { status, body } = await requestToken(await assertion(), 'okta.users.manage');
    expect(status).toBe(400);
    expect(body.error).toBe('invalid_scope');
  });

  it('an assertion for another audience or from another key is refused', async () => {
    const wrongAudience = await assertion({ audience: 'https://elsewhere.example.com/token' });
    expect((await requestToken(wrongAudience)).body.error).toBe('invalid_client');
    const stranger = await generateClientKeyPair({ alg: 'ES256' });
    const wrongKey = await assertion({ privateKey: stranger.privateKey });
    expect((await requestToken(wrongKey)).body.error).toBe('invalid_client');
  });

  it('openid-client accepts the same configuration', async () => {
    const config = await client.discovery(
      new URL(op.issuer),
      clientId,
      { token_endpoint_auth_signing_alg: 'ES256' },
      client.PrivateKeyJwt({ key: keys.privateKey, kid: keys.kid }),
      {
        execute: [client.allowInsecureRequests],
      },
    );
    const tokens = await client.clientCredentialsGrant(config, { scope: 'okta.users.read' });
    expect(tokens.scope).toBe('okta.users.read');
  });
});
