import { type Browser, chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { browser } from '../../__fixtures__/browser.js';
import { chromiumArgs, chromiumPath } from '../../__fixtures__/chromium.js';
import { watchPage } from '../../__fixtures__/page-problems.js';
import { SEEDED_PASSWORD, startSandboxServer } from '../__fixtures__/sandbox-server.js';
import { autoPost, samlAppBody } from '../saml/__fixtures__/saml-peers.js';

// Test sign-in: the real SAML flow against the built-in test SP, over HTTP and in real Chromium.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 180_000 });

const executablePath = chromiumPath;

let sandbox: Awaited<ReturnType<typeof startSandboxServer>>;
let appId: string;
let chromiumBrowser: Browser | undefined;

beforeAll(async () => {
  sandbox = await startSandboxServer();
  const created = await sandbox.call('POST', '/api/v1/apps', samlAppBody('Tested Wiki'));
  appId = created.json.id;
  const graceId = await sandbox.userId('grace@example.com');
  expect((await sandbox.call('POST', `/api/v1/apps/${appId}/users`, { id: graceId })).status).toBe(200);
  if (executablePath !== undefined) chromiumBrowser = await chromium.launch({ executablePath, args: chromiumArgs });
});
afterAll(async () => {
  await chromiumBrowser?.close();
  await sandbox?.close();
});

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
    expect(html).toContain('sandbox');
    expect(html).toContain('No problems');
    expect(html).toContain('<code id="name-id">grace</code>');
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

  it.skipIf(executablePath === undefined)(
    'in Chromium: signs in and lands on the report with no problems',
    async () => {
      const page = await (chromiumBrowser as Browser).newPage();
      const problems = await watchPage(page);
      await page.goto(await testSignIn());
      await page.getByLabel('Username').fill('grace@example.com');
      await page.getByLabel('Password').fill(SEEDED_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/\/sandbox\/test-sp\/.+\/acs$/, { timeout: 30_000 });
      await expect.poll(() => page.locator('#problems').textContent()).toContain('No problems');
      expect(await page.locator('#name-id').textContent()).toBe('grace');
      expect(await page.locator('.sandbox').first().textContent()).toContain('sandbox');
      expect(problems).toEqual([]);
      await page.close();
    },
  );
});
