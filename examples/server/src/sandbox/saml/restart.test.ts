import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signedIn, startSandboxServer } from '../__fixtures__/sandbox-server.js';
import { autoPost, idpFacts, nodeSamlSp, samlAppBody } from './__fixtures__/saml-peers.js';

// Its own file: a restart moves the server to a new port, which other tests' URLs must not see.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 180_000 });

let sandbox: Awaited<ReturnType<typeof startSandboxServer>>;

beforeAll(async () => {
  sandbox = await startSandboxServer();
});
afterAll(async () => {
  await sandbox?.close();
});

const metadataOf = async (appId: string) =>
  idpFacts((await sandbox.call('GET', `/api/v1/apps/${appId}/sso/saml/metadata`)).text);

describe('the per-app SAML key across a restart', () => {
  it('stays the same: a response issued before the restart verifies with the certificate published after', async () => {
    const created = await sandbox.call('POST', '/api/v1/apps', samlAppBody('Restart Wiki'));
    const appId = created.json.id as string;
    const graceId = await sandbox.userId('grace@example.com');
    expect((await sandbox.call('POST', `/api/v1/apps/${appId}/users`, { id: graceId })).status).toBe(200);
    const before = await metadataOf(appId);
    const person = await signedIn(sandbox.url);
    const url = await nodeSamlSp(before).getAuthorizeUrlAsync('', undefined, {});
    const { fields } = autoPost(await (await person.follow(url, sandbox.url)).text());

    await sandbox.restart();
    const after = await metadataOf(appId);
    expect(after.certificate).toBe(before.certificate);
    expect(after.entityId).toBe(before.entityId);
    // node-saml, configured only from the metadata read after the restart, accepts the earlier response.
    const sp = nodeSamlSp(after, { validateInResponseTo: 'never' });
    const { profile } = await sp.validatePostResponseAsync({ SAMLResponse: fields.SAMLResponse as string });
    expect(profile?.nameID).toBe('grace');
  });
});
