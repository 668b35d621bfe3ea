import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signedIn, startSandboxServer } from '../__fixtures__/sandbox-server.js';
import { autoPost, idpFacts, nodeSamlSp, samlAppBody } from './__fixtures__/saml-peers.js';

// Each app signs with its own key. The signer keeps keys it has parsed, so sign-ins to two apps in
// turn, each checked by node-saml against that app's own certificate, show it never mixes them up.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 180_000 });

let sandbox: Awaited<ReturnType<typeof startSandboxServer>>;

beforeAll(async () => {
  sandbox = await startSandboxServer();
});
afterAll(async () => {
  await sandbox?.close();
});

/** A SAML app assigned to grace, and what its metadata tells an SP (its own certificate). */
async function assignedApp(label: string) {
  const created = await sandbox.call('POST', '/api/v1/apps', samlAppBody(label));
  expect(created.status).toBe(200);
  const graceId = await sandbox.userId('grace@example.com');
  expect((await sandbox.call('POST', `/api/v1/apps/${created.json.id}/users`, { id: graceId })).status).toBe(200);
  return idpFacts((await sandbox.call('GET', `/api/v1/apps/${created.json.id}/sso/saml/metadata`)).text);
}

describe('signing keys of several apps', () => {
  it('signs each app’s responses with that app’s key, in turn', async () => {
    const first = await assignedApp('First keyed app');
    const second = await assignedApp('Second keyed app');
    expect(second.metadata).not.toBe(first.metadata);
    const person = await signedIn(sandbox.url, 'grace@example.com');
    for (const idp of [first, second, first]) {
      const sp = nodeSamlSp(idp);
      const page = await person.follow(await sp.getAuthorizeUrlAsync('', undefined, {}), sandbox.url);
      expect(page.status).toBe(200);
      const { fields } = autoPost(await page.text());
      const { profile } = await sp.validatePostResponseAsync({ SAMLResponse: fields.SAMLResponse as string });
      expect(profile?.email).toBe('grace@example.com');
    }
  });
});
