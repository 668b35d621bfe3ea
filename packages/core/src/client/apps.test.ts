import { define, toOktaApp } from '@integrakit/protocols/oidc';
import { afterEach, describe, expect, it } from 'vitest';
import { type Loopback, oktaApp, startLoopback } from './__fixtures__/loopback.js';
import { createClient } from './index.js';

const servers: Loopback[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** Answers `POST /api/v1/apps` with the request body plus the read-only fields and `credentials`. */
async function createServer(credentials: unknown) {
  const server = await startLoopback((request, res) => {
    const body = { ...JSON.parse(request.body), ...oktaApp('0oa1'), credentials };
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ ...body, signOnMode: 'OPENID_CONNECT' }));
  });
  servers.push(server);
  return createClient({ orgUrl: server.url, token: 'apps-test-token' });
}

const web = define({
  label: 'Portal',
  applicationType: 'web',
  grantTypes: ['authorization_code'],
  redirectUris: ['https://portal.example.com/cb'],
});

describe('apps.create typed by sign-on mode', () => {
  it("reads an OIDC app's client id without a cast", async () => {
    const client = await createServer({ oauthClient: { client_id: '0oaClient', client_secret: 'generated' } });
    const created = await client.apps.create(toOktaApp(web));
    const clientId: string = created.credentials.oauthClient.client_id;
    expect(clientId).toBe('0oaClient');
    expect(created.signOnMode).toBe('OPENID_CONNECT');
  });

  it('refuses an OIDC response without a client id instead of typing a missing field', async () => {
    const client = await createServer({ oauthClient: {} });
    await expect(client.apps.create(toOktaApp(web))).rejects.toThrow(/client_id/);
  });
});
