import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSandboxServer } from '../__fixtures__/sandbox-server.js';
import { samlAppBody } from '../saml/__fixtures__/saml-peers.js';
import { receivedOf } from './__fixtures__/received.js';

// What anyone can post to the test SP's ACS: bounded in bytes, one field once, and inspected within the
// inspector's own limits — a typed refusal or a report, never a crash.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 180_000 });

let sandbox: Awaited<ReturnType<typeof startSandboxServer>>;
let appId: string;

beforeAll(async () => {
  sandbox = await startSandboxServer();
  appId = (await sandbox.call('POST', '/api/v1/apps', samlAppBody('Hostile ACS'))).json.id;
});
afterAll(async () => {
  await sandbox?.close();
});

/** A fresh test run's ACS URL (one ticket each). */
const acs = async () => {
  const started = await sandbox.call('POST', `/api/v1/apps/${appId}/test-sign-in`);
  expect(started.status).toBe(201);
  const ticket = new URL(started.json.url).pathname.split('/').at(-1);
  return `${sandbox.url}/sandbox/test-sp/${ticket}/acs`;
};
const post = (url: string, body: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
const form = (fields: [string, string][]) => new URLSearchParams(fields).toString();

describe('the test SP’s ACS, given hostile input', () => {
  it('refuses a body over its byte limit with 413, without reading it all', async () => {
    const response = await post(await acs(), form([['SAMLResponse', 'A'.repeat(1_500_000)]]));
    expect(response.status).toBe(413);
    expect(await response.text()).toMatch(/larger than 1400000 bytes/);
  });

  it('refuses a missing or repeated SAMLResponse, naming the field', async () => {
    for (const fields of [
      [],
      [
        ['SAMLResponse', 'PHg+'],
        ['SAMLResponse', 'PHg+'],
      ],
    ] as [string, string][][]) {
      const response = await post(await acs(), form(fields));
      expect(response.status).toBe(400);
      expect(await response.text()).toContain('SAMLResponse');
    }
  });

  it('reports a deeply nested response as a problem, within the inspector’s depth limit', async () => {
    const deep = `${'<a>'.repeat(20_000)}${'</a>'.repeat(20_000)}`;
    const response = await post(await acs(), form([['SAMLResponse', Buffer.from(deep).toString('base64')]]));
    expect(response.status).toBe(200);
    const received = receivedOf<{ inspection: { problems: { code: string }[] } }>(await response.text());
    expect(received.inspection.problems.map((problem) => problem.code)).toContain('too_deep');
  });

  it('reads nothing for an unknown ticket, and keeps hostile text inert in the report', async () => {
    const unknown = await post(`${sandbox.url}/sandbox/test-sp/not-a-ticket/acs`, form([['SAMLResponse', 'PHg+']]));
    expect(unknown.status).toBe(400);
    const script = '</script><script>alert(1)</script>';
    const report = await post(await acs(), form([['SAMLResponse', script]]));
    const html = await report.text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(receivedOf<{ value: string }>(html).value).toBe(script);
  });
});
