// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Okta templates are literal `${…}` text.
import type { SamlReport } from '@integrakit/core/inspection';
import { define, toOktaApp } from '@integrakit/protocols/wsfed';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signedIn, startSandboxServer } from '../__fixtures__/sandbox-server.js';
import { autoPost } from '../saml/__fixtures__/saml-peers.js';
import { receivedOf } from './__fixtures__/received.js';

// Test sign-in of a WS-Federation app: the real passive sign-in, its wresult posted to the test SP.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 180_000 });

const REPLY = 'https://expense.example.test/wsfed/reply';
let sandbox: Awaited<ReturnType<typeof startSandboxServer>>;
let appId: string;
let person: Awaited<ReturnType<typeof signedIn>>;

beforeAll(async () => {
  sandbox = await startSandboxServer();
  // No realm: the app answers to Okta's generated urn:okta:app:{id}, which the check must resolve.
  const config = define({
    label: 'Expense Portal',
    replyUrl: REPLY,
    siteUrl: 'https://expense.example.test/',
    nameIdFormat: 'emailAddress',
    audienceRestriction: 'urn:expense:portal',
    authnContextClassRef: 'PasswordProtectedTransport',
    groupValueFormat: 'windowsDomainQualifiedName',
    usernameAttribute: 'none',
    attributeStatements: [{ name: 'email', value: '${user.email}' }],
  });
  const created = await sandbox.call('POST', '/api/v1/apps', toOktaApp(config));
  expect(created.status).toBe(200);
  appId = created.json.id;
  const graceId = await sandbox.userId('grace@example.com');
  expect((await sandbox.call('POST', `/api/v1/apps/${appId}/users`, { id: graceId })).status).toBe(200);
  person = await signedIn(sandbox.url);
});
afterAll(async () => {
  await sandbox?.close();
});

/** Starts Test sign-in and returns the test SP's ACS and the fields the IdP posts to it. */
async function run() {
  const started = await sandbox.call('POST', `/api/v1/apps/${appId}/test-sign-in`);
  expect(started.status).toBe(201);
  const page = await person.follow(started.json.url, sandbox.url);
  expect(page.status).toBe(200);
  const { action, fields } = autoPost(await page.text());
  expect(new URL(action).pathname).toMatch(/^\/sandbox\/test-sp\/.+\/acs$/);
  return { action, fields };
}
const post = (action: string, body: string) =>
  person.request(action, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });

describe('Test sign-in for a WS-Federation app', () => {
  it("runs the passive sign-in and shows the wresult's assertion, verified, with no problems", async () => {
    const { action, fields } = await run();
    expect(fields.wa).toBe('wsignin1.0');
    const report = await post(action, new URLSearchParams(fields).toString());
    const html = await report.text();
    expect(report.status).toBe(200);
    expect(html).toContain('<ik-inspector></ik-inspector>');
    expect(html).toContain('WS-Federation token (wresult)');
    const received = receivedOf<{ value: string; app: { id: string }; inspection: SamlReport }>(html);
    expect(received.value).toBe(fields.wresult);
    expect(received.app.id).toBe(appId);
    expect(received.inspection.problems).toEqual([]);
    expect(received.inspection.assertion?.nameId).toBe('grace@example.com');
    expect(received.inspection.assertion?.recipient).toBe(REPLY);
    expect(received.inspection.assertion?.attributes.email).toEqual(['grace@example.com']);
    expect(received.inspection.signatures.map((s) => [s.on, s.valid])).toEqual([['assertion', true]]);
    // Single use: the same post again finds the run over.
    expect((await post(action, new URLSearchParams(fields).toString())).status).toBe(400);
  });

  it('lists a tampered token as not verifying with the app certificate', async () => {
    const { action, fields } = await run();
    const tampered = (fields.wresult as string).replace('>grace@example.com<', '>mallory@example.com<');
    expect(tampered).not.toBe(fields.wresult);
    const html = await (await post(action, new URLSearchParams({ ...fields, wresult: tampered }).toString())).text();
    const { inspection } = receivedOf<{ inspection: SamlReport }>(html);
    expect(inspection.problems.map((p) => p.code)).toEqual(['signature_invalid']);
  });

  it.each([
    ['no wresult', () => 'wa=wsignin1.0', 'wresult: is required, once'],
    ['two wresults', () => 'wresult=%3Ca%2F%3E&wresult=%3Ca%2F%3E', 'wresult: is required, once'],
    ['a wresult over its bound', () => `wresult=${'a'.repeat(1_000_001)}`, 'wresult: must be at most 1000000'],
  ])('refuses a post with %s, naming the field and never echoing it', async (_name, body, rule) => {
    const { action } = await run();
    const response = await post(action, body());
    const html = await response.text();
    expect(response.status).toBe(400);
    expect(html).toContain(rule);
    expect(html).not.toContain('aaaaaaaaaa');
  });

  it('refuses a body over the test SP bound before reading it all', async () => {
    const { action } = await run();
    const response = await post(action, `wresult=${'a'.repeat(3_100_000)}`);
    expect(response.status).toBe(413);
  });
});
