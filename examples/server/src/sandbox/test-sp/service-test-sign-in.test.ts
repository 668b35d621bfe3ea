import { generateKeyPairSync } from 'node:crypto';
import { inspectPasted } from '@integrakit/core/inspection';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { browser } from '../../__fixtures__/browser.js';
import { createApp, oidcApp } from '../__fixtures__/oidc.js';
import { startSandboxServer } from '../__fixtures__/sandbox-server.js';
import { receivedOf } from './__fixtures__/received.js';

// Test sign-in of API service apps: the client credentials grant on loopback, the access token shown.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 180_000 });

let sandbox: Awaited<ReturnType<typeof startSandboxServer>>;
let service: { id: string; clientId: string };
const keyPair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const privateJwk = JSON.stringify(keyPair.privateKey.export({ format: 'jwk' }));

beforeAll(async () => {
  sandbox = await startSandboxServer();
  const jwk = { ...keyPair.publicKey.export({ format: 'jwk' }), kid: 'service-key-1', alg: 'ES256', use: 'sig' };
  service = await createApp(
    sandbox,
    oidcApp('Tested API service', {
      type: 'service',
      method: 'private_key_jwt',
      grants: ['client_credentials'],
      responseTypes: ['token'],
      jwks: { keys: [jwk] },
    }),
  );
  const granted = await sandbox.call('POST', `/api/v1/apps/${service.id}/grants`, {
    issuer: sandbox.url,
    scopeId: 'okta.apps.read',
  });
  expect(granted.status).toBe(201);
});
afterAll(async () => {
  await sandbox?.close();
});

/** Starts Test sign-in and opens its page: the private key form. */
async function openForm() {
  const started = await sandbox.call('POST', `/api/v1/apps/${service.id}/test-sign-in`);
  expect(started.status).toBe(201);
  const admin = browser();
  const page = await admin.request(started.json.url);
  const html = await page.text();
  expect(page.status).toBe(200);
  expect(html).toContain('<label for="privateJwk">Private key (JWK)</label>');
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1] ?? '';
  const post = (body: string) =>
    admin.request(new URL(action, sandbox.url).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
  return { html, post };
}

type Received = { value: string; kind: string; issuer: string; app: { id: string; credentials: object } };

describe('Test sign-in for an API service app (private_key_jwt)', () => {
  it('gets a token with the pasted private key and shows it, carrying only the granted scopes', async () => {
    const { html, post } = await openForm();
    expect(html).toContain('sandbox');
    const report = await post(new URLSearchParams({ privateJwk }).toString());
    const page = await report.text();
    expect(report.status).toBe(200);
    expect(page).toContain('<ik-inspector></ik-inspector>');
    // Never stored, never shown: the key is on no page.
    expect(page).not.toContain(JSON.parse(privateJwk).d);
    const received = receivedOf<Received>(page);
    expect(received.kind).toBe('access token (client credentials)');
    expect(received.app.id).toBe(service.id);
    const { payload } = await jwtVerify(received.value, createRemoteJWKSet(new URL(`${sandbox.url}/oauth2/v1/keys`)), {
      issuer: sandbox.url,
    });
    expect(payload).toMatchObject({ cid: service.clientId, scp: ['okta.apps.read'] });
    // What the page's <ik-inspector> finds: an access token for this client, nothing wrong.
    const inspection = await inspectPasted(received.value, received);
    expect(inspection.kind === 'token' && inspection.tokenType).toBe('access');
    expect(inspection.problems).toEqual([]);
    // The run is over: the same post again is refused.
    expect((await post(new URLSearchParams({ privateJwk }).toString())).status).toBe(400);
  });

  const other = JSON.stringify(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' }));
  const publicOnly = JSON.stringify(keyPair.publicKey.export({ format: 'jwk' }));
  it.each([
    ['no key', '', 'privateJwk: is required, once'],
    ['a key over 16 KiB', `privateJwk=${'a'.repeat(16 * 1024 + 1)}`, 'privateJwk: must be at most 16384 characters'],
    ['text that is not JSON', 'privateJwk=not%20json', 'privateJwk: must be a JSON Web Key (a JSON object)'],
    ['a JSON array', 'privateJwk=%5B%5D', 'privateJwk: must be a JSON Web Key (a JSON object)'],
    ['the public key', new URLSearchParams({ privateJwk: publicOnly }).toString(), 'privateJwk: must be a private key'],
    [
      'a broken key',
      new URLSearchParams({ privateJwk: '{"kty":"EC","crv":"P-256","d":"AA","x":"AA","y":"AA"}' }).toString(),
      'privateJwk: is not an RSA or EC private key',
    ],
    [
      'a key the app did not register',
      new URLSearchParams({ privateJwk: other }).toString(),
      'privateJwk: is the private half of none of the app’s registered public keys',
    ],
  ])('refuses %s, naming the field and echoing nothing', async (_name, body, rule) => {
    const { post } = await openForm();
    const response = await post(body);
    const page = await response.text();
    expect(response.status).toBe(400);
    expect(page).toContain(rule);
    expect(page).not.toContain('aaaaaaaa');
    expect(page).not.toContain(JSON.parse(other).d);
    expect(page).not.toMatch(/not json/);
  });

  it('refuses a body over its bound before reading it all', async () => {
    const { post } = await openForm();
    expect((await post(`privateJwk=${'a'.repeat(60 * 1024)}`)).status).toBe(413);
  });
});

describe('Test sign-in refusals for service apps', () => {
  it('refuses a secret client (the org authorization server wants private_key_jwt) and one with no scope granted', async () => {
    const secret = await createApp(
      sandbox,
      oidcApp('Secret service', { type: 'service', method: 'client_secret_basic', grants: ['client_credentials'] }),
    );
    const jwk = { ...keyPair.publicKey.export({ format: 'jwk' }), kid: 'k', alg: 'ES256', use: 'sig' };
    const ungranted = await createApp(
      sandbox,
      oidcApp('Ungranted service', {
        type: 'service',
        method: 'private_key_jwt',
        grants: ['client_credentials'],
        responseTypes: ['token'],
        jwks: { keys: [jwk] },
      }),
    );
    for (const [id, rule] of [
      [secret.id, /^credentials\.oauthClient\.token_endpoint_auth_method:/],
      [ungranted.id, /^grants:/],
    ] as const) {
      const refused = await sandbox.call('POST', `/api/v1/apps/${id}/test-sign-in`);
      expect(refused.status).toBe(400);
      expect(refused.json.errorCauses[0].errorSummary).toMatch(rule);
    }
  });
});
