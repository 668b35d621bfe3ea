import { inspectPasted, type SamlReport } from '@integrakit/core/inspection';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { browser } from '../../__fixtures__/browser.js';
import { SEEDED_PASSWORD, startSandboxServer } from '../__fixtures__/sandbox-server.js';
import { autoPost, samlAppBody } from '../saml/__fixtures__/saml-peers.js';
import { receivedOf } from './__fixtures__/received.js';

// Test sign-in: the real SAML flow against the built-in test SP, over HTTP (the portal test runs it in Chromium).
vi.setConfig({ testTimeout: 90_000, hookTimeout: 180_000 });

let sandbox: Awaited<ReturnType<typeof startSandboxServer>>;
let appId: string;

beforeAll(async () => {
  sandbox = await startSandboxServer();
  const created = await sandbox.call('POST', '/api/v1/apps', samlAppBody('Tested Wiki'));
  appId = created.json.id;
  const graceId = await sandbox.userId('grace@example.com');
  expect((await sandbox.call('POST', `/api/v1/apps/${appId}/users`, { id: graceId })).status).toBe(200);
});
afterAll(async () => {
  await sandbox?.close();
});

type Received = { value: string; app: { id: string }; inspection: SamlReport };

const testSignIn = async () => {
  const started = await sandbox.call('POST', `/api/v1/apps/${appId}/test-sign-in`);
  expect(started.status).toBe(201);
  return started.json.url as string;
};

describe('Test sign-in', () => {
  it('runs the sign-in and shows what the test SP received, with no problems', async () => {
    const url = await testSignIn();
    expect(url).toMatch(new RegExp(`^${sandbox.url}/sandbox/test-sign-in/`));
    const person = browser();
    const signInPage = await person.follow(url, sandbox.url);
    const submitted = await person.submitSignIn(
      sandbox.url,
      await signInPage.text(),
      'grace@example.com',
      SEEDED_PASSWORD,
    );
    const post = await person.follow(new URL(submitted.headers.get('location') ?? '', sandbox.url).href, sandbox.url);
    const { action, fields } = autoPost(await post.text());
    expect(new URL(action, sandbox.url).pathname).toMatch(/^\/sandbox\/test-sp\/.+\/acs$/);
    const report = await person.request(new URL(action, sandbox.url).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
    const html = await report.text();
    expect(report.status).toBe(200);
    expect(html).toContain('Integrakit sandbox identity provider');
    expect(html).toContain('<ik-inspector></ik-inspector>');
    // What the page hands <ik-inspector>: the response, the app, and the server's inspection.
    const received = receivedOf<Received>(html);
    expect(received.value).toBe(fields.SAMLResponse);
    expect(received.app.id).toBe(appId);
    const { inspection } = received;
    expect(inspection.problems).toEqual([]);
    expect(inspection.assertion?.nameId).toBe('grace');
    // Verified on the server, with the app's certificate: none is left unverified.
    expect(inspection.signatures.length).toBeGreaterThan(0);
    expect(inspection.signatures.map((signature) => signature.valid)).toEqual(inspection.signatures.map(() => true));
    // Without the certificate (as a page would inspect it) the same response has a problem.
    expect((await inspectPasted(received.value, { app: received.app })).problems.map((p) => p.code)).toEqual([
      'signature_not_verified',
    ]);
    // The ticket is single use.
    const again = await person.request(new URL(action, sandbox.url).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
    expect(again.status).toBe(400);
  });

  it('is refused for an app that does not sign on with SAML, and for an unknown app', async () => {
    const bookmark = await sandbox.call('POST', '/api/v1/apps', {
      name: 'bookmark',
      label: 'Bookmark',
      signOnMode: 'BOOKMARK',
      settings: { app: { url: 'https://example.com/start', requestIntegration: false } },
    });
    const refused = await sandbox.call('POST', `/api/v1/apps/${bookmark.json.id}/test-sign-in`);
    expect(refused.status).toBe(400);
    expect(refused.json.errorCauses[0].errorSummary).toMatch(/^signOnMode:/);
    expect((await sandbox.call('POST', '/api/v1/apps/0oaunknown/test-sign-in')).status).toBe(404);
  });
});
