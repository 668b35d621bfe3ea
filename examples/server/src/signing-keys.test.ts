import { X509Certificate } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { define as defineSaml, toOktaApp as samlApp } from '@integrakit/protocols/saml';
import { define as defineWsfed, toOktaApp as wsfedApp } from '@integrakit/protocols/wsfed';
import Database from 'better-sqlite3';
import { calculateJwkThumbprint } from 'jose';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { spInput } from '../../../packages/protocols/src/saml/__fixtures__/config.js';
import { expectValidAgainst } from '../../../packages/protocols/src/test-utils/openapi.js';
import { describeWithReference } from '../../../packages/protocols/src/test-utils/reference.js';
import { wsfedInput } from '../../../packages/protocols/src/wsfed/__fixtures__/config.js';
import { validateAgainstXsd } from '../../../packages/protocols/src/xml/__fixtures__/xsd.js';
import { apiCaller } from './__fixtures__/api-call.js';
import { type RunningServer, startServer } from './app.js';

// Each SAML or WS-Fed app creation and each generate call makes an RSA-2048 key: seconds on a loaded machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

const token = `test-${crypto.randomUUID()}`;
let dataDir: string;
let server: RunningServer;
/** Private key material in any form a response could carry it. */
const PRIVATE = /PRIVATE KEY|"d":|"p":|"q":|"dp":/;

const api = apiCaller(() => ({ url: server.url, token }));
async function call(method: string, path: string, body?: unknown) {
  const response = await api(method, path, body);
  // Every response any test reads is checked: no private key ever leaves the server.
  expect(response.text).not.toMatch(PRIVATE);
  return response;
}

const certificatesIn = (xml: string) =>
  [...xml.matchAll(/<ds:X509Certificate>([^<]+)<\/ds:X509Certificate>/g)].map((match) => match[1]);

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'integrakit-keys-'));
  server = await startServer({ apiToken: token, dataDir, port: 0 });
});
afterAll(() => server.close());

/** A new SAML app of its own for each test, with the kid of the key it was created with. */
async function samlAppWithKey(label: string) {
  const created = await call('POST', '/api/v1/apps', samlApp(defineSaml({ ...spInput, label })));
  expect(created.status).toBe(200);
  return { appId: created.json.id, firstKid: created.json.credentials.signing.kid, created };
}

describeWithReference('app signing keys and IdP metadata', () => {
  it('gives a new SAML app an active key, published as a JsonWebKey without private parts', async () => {
    const { appId, firstKid, created } = await samlAppWithKey('Keys SAML');
    expectValidAgainst('SamlApplication', created.json, { direction: 'response' });
    expect(created.json._links.metadata.href).toBe(`${server.url}/api/v1/apps/${appId}/sso/saml/metadata`);

    const keys = await call('GET', `/api/v1/apps/${appId}/credentials/keys`);
    expect(keys.json).toHaveLength(1);
    const [key] = keys.json;
    expectValidAgainst('JsonWebKey', key, { direction: 'response' });
    expect(key).toMatchObject({ kid: firstKid, kty: 'RSA', use: 'sig' });
    expect(Object.keys(key)).not.toEqual(expect.arrayContaining(['d']));
    // The kid is the key's RFC 7638 thumbprint, computed here by jose from the certificate's own key.
    const certificate = new X509Certificate(Buffer.from(key.x5c[0], 'base64'));
    const jwk = certificate.publicKey.export({ format: 'jwk' });
    expect(await calculateJwkThumbprint({ kty: 'RSA', n: jwk.n as string, e: jwk.e as string })).toBe(firstKid);
    expect({ n: key.n, e: key.e }).toEqual({ n: jwk.n, e: jwk.e });
    expect(new Date(key.expiresAt).getTime()).toBe(new Date(certificate.validTo).getTime());
    expect((await call('GET', `/api/v1/apps/${appId}/credentials/keys/${firstKid}`)).json).toEqual(key);
    expect((await call('GET', `/api/v1/apps/${appId}/credentials/keys/nope`)).status).toBe(404);
  });

  it('publishes the active certificate in schema-valid IdP metadata with Okta URL shapes', async () => {
    const { appId, firstKid } = await samlAppWithKey('Metadata SAML');
    const metadata = await call('GET', `/api/v1/apps/${appId}/sso/saml/metadata`);
    expect(metadata.status).toBe(200);
    expect(await validateAgainstXsd(metadata.text, 'saml-schema-metadata-2.0.xsd')).toEqual({
      valid: true,
      errors: [],
    });
    const key = (await call('GET', `/api/v1/apps/${appId}/credentials/keys/${firstKid}`)).json;
    expect(certificatesIn(metadata.text)).toEqual([key.x5c[0]]);
    expect(metadata.text).toMatch(/entityID="http:\/\/www\.okta\.com\/exk[A-Za-z0-9]{17}"/);
    expect(metadata.text).toMatch(new RegExp(`Location="${server.url}/app/[^/"]+/exk[A-Za-z0-9]{17}/sso/saml"`));
  });

  it('refuses validityYears outside 2–10 and writes nothing', async () => {
    const { appId } = await samlAppWithKey('Validity SAML');
    for (const years of ['1', '11', 'abc', '', '5.5']) {
      const refused = await call('POST', `/api/v1/apps/${appId}/credentials/keys/generate?validityYears=${years}`);
      expect(refused.status).toBe(400);
      expect(refused.json.errorCode).toBe('E0000001');
      expect(refused.json.errorCauses[0].errorSummary).toMatch(/^validityYears: .*2 - 10 years/);
    }
    expect((await call('POST', `/api/v1/apps/${appId}/credentials/keys/generate`)).status).toBe(400);
    expect((await call('GET', `/api/v1/apps/${appId}/credentials/keys`)).json).toHaveLength(1);
  });

  it('rotates: a generated key is published beside the active one until it is activated', async () => {
    const { appId, firstKid } = await samlAppWithKey('Rotating SAML');
    const generated = await call('POST', `/api/v1/apps/${appId}/credentials/keys/generate?validityYears=3`);
    expect(generated.status).toBe(201);
    expectValidAgainst('JsonWebKey', generated.json, { direction: 'response' });
    const next = generated.json;
    const years = (Date.parse(next.expiresAt) - Date.parse(next.created)) / (365.25 * 864e5);
    expect(Math.round(years)).toBe(3);
    const current = (await call('GET', `/api/v1/apps/${appId}/credentials/keys/${firstKid}`)).json;

    const overlap = await call('GET', `/api/v1/apps/${appId}/sso/saml/metadata`);
    expect(certificatesIn(overlap.text)).toEqual([current.x5c[0], next.x5c[0]]);
    expect(await validateAgainstXsd(overlap.text, 'saml-schema-metadata-2.0.xsd')).toEqual({ valid: true, errors: [] });
    expect((await call('GET', `/api/v1/apps/${appId}`)).json.credentials.signing.kid).toBe(firstKid);

    const app = (await call('GET', `/api/v1/apps/${appId}`)).json;
    const activated = await call('PUT', `/api/v1/apps/${appId}`, {
      ...app,
      credentials: { ...app.credentials, signing: { kid: next.kid } },
    });
    expect(activated.status).toBe(200);
    expect(activated.json.credentials.signing.kid).toBe(next.kid);
    const after = await call('GET', `/api/v1/apps/${appId}/sso/saml/metadata`);
    expect(certificatesIn(after.text)).toEqual([next.x5c[0]]);
    expect(
      (await call('GET', `/api/v1/apps/${appId}/credentials/keys`)).json.map((k: { kid: string }) => k.kid),
    ).toEqual([firstKid, next.kid]);
    // Metadata for a named key, as Okta's `?kid=` preview.
    expect(certificatesIn((await call('GET', `/api/v1/apps/${appId}/sso/saml/metadata?kid=${firstKid}`)).text)).toEqual(
      [current.x5c[0]],
    );
  });

  it('refuses activating a key the app does not have, and changes nothing', async () => {
    const { appId } = await samlAppWithKey('Unknown key SAML');
    const app = (await call('GET', `/api/v1/apps/${appId}`)).json;
    const before = app.credentials.signing.kid;
    for (const kid of ['not-a-key', 42]) {
      const refused = await call('PUT', `/api/v1/apps/${appId}`, {
        ...app,
        label: 'Renamed in the refused write',
        credentials: { ...app.credentials, signing: { kid } },
      });
      expect(refused.status).toBe(400);
      expect(refused.json.errorCauses[0].errorSummary).toMatch(/^credentials\.signing\.kid: /);
    }
    const now = (await call('GET', `/api/v1/apps/${appId}`)).json;
    expect(now.credentials.signing.kid).toBe(before);
    expect(now.label).toBe(app.label);
  });

  it('gives WS-Federation apps keys and schema-valid federation metadata; bookmarks none', async () => {
    const wsfed = await call('POST', '/api/v1/apps', wsfedApp(defineWsfed(wsfedInput)));
    expect(wsfed.status).toBe(200);
    const metadata = await call('GET', `/api/v1/apps/${wsfed.json.id}/sso/wsfed/metadata`);
    expect(await validateAgainstXsd(metadata.text, 'ws-federation.xsd')).toEqual({ valid: true, errors: [] });
    const [key] = (await call('GET', `/api/v1/apps/${wsfed.json.id}/credentials/keys`)).json;
    expect(certificatesIn(metadata.text)).toEqual([key.x5c[0]]);
    expect((await call('GET', `/api/v1/apps/${wsfed.json.id}/sso/saml/metadata`)).status).toBe(404);

    const bookmark = await call('POST', '/api/v1/apps', {
      name: 'bookmark',
      label: 'Keyless bookmark',
      signOnMode: 'BOOKMARK',
      settings: { app: { url: 'https://example.com/' } },
    });
    expect(bookmark.json.credentials?.signing).toBeUndefined();
    expect((await call('GET', `/api/v1/apps/${bookmark.json.id}/credentials/keys`)).json).toEqual([]);
    expect((await call('GET', `/api/v1/apps/${bookmark.json.id}/sso/saml/metadata`)).status).toBe(404);
  });

  it('keeps keys across a restart, and deletes them with their app', async () => {
    // Its own second app, whose keys must outlive the deleted one's (whatever ran before this test).
    const kept = await samlAppWithKey('Kept SAML');
    const { appId } = await samlAppWithKey('Restarted SAML');
    const before = (await call('GET', `/api/v1/apps/${appId}/credentials/keys`)).json;
    await server.close();
    server = await startServer({ apiToken: token, dataDir, port: 0 });
    expect((await call('GET', `/api/v1/apps/${appId}/credentials/keys`)).json).toEqual(before);
    await call('POST', `/api/v1/apps/${appId}/lifecycle/deactivate`);
    expect((await call('DELETE', `/api/v1/apps/${appId}`)).status).toBe(204);
    expect((await call('GET', `/api/v1/apps/${appId}/credentials/keys`)).status).toBe(404);
    await server.close();
    const db = new Database(join(dataDir, 'integrakit.db'), { readonly: true });
    const left = db.prepare('SELECT COUNT(*) AS n FROM signing_keys WHERE app_id = ?').get(appId) as { n: number };
    const others = db.prepare('SELECT COUNT(*) AS n FROM signing_keys WHERE app_id = ?').get(kept.appId) as {
      n: number;
    };
    db.close();
    // Restarted before asserting, so a failure here leaves a running server for the other tests.
    server = await startServer({ apiToken: token, dataDir, port: 0 });
    expect(left.n).toBe(0);
    expect(others.n).toBeGreaterThan(0);
  });
});
