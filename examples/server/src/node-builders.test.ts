import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomCredentials } from '../../../packages/protocols/src/scim/__fixtures__/config.js';
import { type ScimmyPeer, startScimmyPeer } from '../../../packages/protocols/src/scim/__fixtures__/scimmy-server.js';
import type { RunningServer } from './app.js';
import { startTestServer } from './test-server.js';

// examples/node-builders: each script runs as a backend developer would run it, against this
// reference server (and a real SCIM server on loopback), so none of them can rot.
const examples = fileURLToPath(new URL('../../node-builders/', import.meta.url));
const run = promisify(execFile);
const runExample = (script: string, env: Record<string, string>) =>
  run(process.execPath, ['--conditions=@integrakit/source', '--import', 'tsx', script], {
    cwd: examples,
    env: { ...process.env, ...env },
    timeout: 60_000,
  });

let server: RunningServer;
let token: string;
let org: Record<string, string>;
const scimCredentials = randomCredentials();
let scim: ScimmyPeer;

beforeAll(async () => {
  ({ server, token } = await startTestServer({ memory: true }));
  org = { ORG_URL: server.url, INTEGRAKIT_API_TOKEN: token };
  scim = await startScimmyPeer(scimCredentials, { seedUsers: 2 });
});
afterAll(async () => {
  await server?.close();
  await scim?.close();
});

const labels = async () => (await server.store.list()).items.map((item) => item.label);

describe('examples/node-builders', () => {
  it('oidc-web-app.ts prints the Okta body and metadata and creates the app', async () => {
    const { stdout } = await runExample('oidc-web-app.ts', org);
    expect(stdout).toContain('"redirect_uris"');
    expect(stdout).toMatch(/created Customer portal \(OPENID_CONNECT\) as \S+, status ACTIVE/);
    expect(await labels()).toContain('Customer portal');
  }, 90_000);

  it('saml-from-sp-metadata.ts reads the SP metadata and creates the SAML app', async () => {
    const { stdout } = await runExample('saml-from-sp-metadata.ts', org);
    expect(stdout).toContain('SP https://wiki.example.com/saml/metadata: ACS https://wiki.example.com/saml/acs');
    expect(stdout).toMatch(/created Team wiki \(SAML_2_0\)/);
    expect(await labels()).toContain('Team wiki');
  }, 90_000);

  it('api-service-app.ts creates the service app with its public key and grants its scopes', async () => {
    const { stdout } = await runExample('api-service-app.ts', org);
    expect(stdout).toContain('granted okta.users.read');
    expect(stdout).toContain('granted okta.groups.read');
    expect(stdout).not.toMatch(/"d":/); // the private key never leaves the script
    expect(await labels()).toContain('User sync service');
  }, 90_000);

  it('scim-connector.ts tests a real SCIM server and never prints its token', async () => {
    const { stdout } = await runExample('scim-connector.ts', {
      SCIM_BASE_URL: scim.baseUrl,
      SCIM_TOKEN: scimCredentials.token,
    });
    expect(stdout).toContain('connector passes');
    expect(stdout).toContain('"SCIM_PROVISIONING"');
    expect(stdout).not.toContain(scimCredentials.token);
  }, 90_000);
});
