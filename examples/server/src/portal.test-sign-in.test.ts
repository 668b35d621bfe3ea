import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCaller, bookmarkApp } from './__fixtures__/api-call.js';
import { watchPage } from './__fixtures__/page-problems.js';
import { chromiumPath, type PortalSession, startPortalSession } from './__fixtures__/portal-session.js';
import { oidcApp } from './sandbox/__fixtures__/oidc.js';
import { SEEDED_PASSWORD } from './sandbox/__fixtures__/sandbox-server.js';
import { samlAppBody } from './sandbox/saml/__fixtures__/saml-peers.js';

// Issue 19's proof in real Chromium: a SAML app's page in the portal, a person assigned on its
// Assignments tab, **Test sign-in**, the sandbox sign-in, and the report in <ik-inspector>.
let portal: PortalSession;
const call = apiCaller(() => ({ url: portal.server.url, token: portal.token }));

beforeAll(async () => {
  if (chromiumPath !== undefined) {
    portal = await startPortalSession({ seed: { password: SEEDED_PASSWORD }, sandbox: { failureDelayMs: 0 } });
  }
}, 60_000);
afterAll(async () => {
  await portal?.close();
});

/**
 * Clicks **Test sign-in** and signs in as Grace on the sandbox page (unless another test of this
 * file left her signed in), until the report at `report`; every page on the way says it is a sandbox.
 */
async function testSignInAsGrace(page: Page, report: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Test sign-in' }).click();
  await page.waitForURL((url) => url.pathname === '/signin' || report.test(url.pathname), { timeout: 30_000 });
  if (new URL(page.url()).pathname === '/signin') {
    expect(await page.locator('.sandbox').textContent()).toContain('sandbox');
    await page.getByLabel('Username').fill('grace@example.com');
    await page.getByLabel('Password').fill(SEEDED_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => report.test(url.pathname), { timeout: 30_000 });
  }
  expect(await page.locator('.sandbox').textContent()).toContain('sandbox');
}

describe.skipIf(chromiumPath === undefined)('Test sign-in from the portal', () => {
  it('assigns a person, tests the sign-in, and lands on the inspector with no problems', async () => {
    const created = await call('POST', '/api/v1/apps', samlAppBody('Tested Wiki'));
    expect(created.status).toBe(200);
    const app = created.json as { id: string; name: string };
    const page = await portal.session.newPage();
    const problems = await watchPage(page);
    await page.goto(`${portal.server.url}/admin/app/${app.name}/instance/${app.id}#tab-assignments`);

    // Assign Grace on the Assignments tab.
    await page.locator('[part="assign-people"]').click({ timeout: 20_000 });
    await page.locator('#people-input').fill('grace');
    await page.getByRole('option', { name: /Grace Hopper/ }).click({ timeout: 20_000 });
    await page.locator('[part="assign-submit"]').click();
    const graceId = (await call('GET', '/api/v1/users?q=grace@example.com')).json[0].id;
    const assigned = async () =>
      (await call('GET', `/api/v1/apps/${app.id}/users`)).json.map((user: { id: string }) => user.id);
    await expect.poll(assigned, { timeout: 20_000 }).toEqual([graceId]);
    await expect.poll(() => page.locator('#people-heading').textContent()).toContain('1 person');

    await testSignInAsGrace(page, /\/sandbox\/test-sp\/.+\/acs$/);

    const summary = page.locator('ik-inspector [part="summary"]');
    await expect
      .poll(() => summary.textContent(), { timeout: 30_000 })
      .toMatch(/^SAML response.*: 0 errors, 0 warnings$/);
    expect(await page.locator('ik-inspector [part="no-problems"]').textContent()).toBe('No problems found.');
    expect(await page.locator('ik-inspector [part="problem"]').count()).toBe(0);
    expect(await page.locator('ik-inspector [part="assertion"]').textContent()).toContain('grace');
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('tests an OIDC web app: the page inspects the ID token itself and lists no problems', async () => {
    const created = await call(
      'POST',
      '/api/v1/apps',
      oidcApp('Tested Portal', { type: 'web', method: 'client_secret_post', grants: ['authorization_code'] }),
    );
    expect(created.status).toBe(200);
    const app = created.json as { id: string; name: string };
    const graceId = (await call('GET', '/api/v1/users?q=grace@example.com')).json[0].id;
    expect((await call('POST', `/api/v1/apps/${app.id}/users`, { id: graceId })).status).toBe(200);
    const page = await portal.session.newPage();
    const problems = await watchPage(page);
    await page.goto(`${portal.server.url}/admin/app/${app.name}/instance/${app.id}`);
    await testSignInAsGrace(page, /^\/sandbox\/test-sp\/[\w-]+\/callback$/);
    const summary = page.locator('ik-inspector [part="summary"]');
    await expect
      .poll(() => summary.textContent(), { timeout: 30_000 })
      .toBe('ID token (compact JWT): 0 errors, 0 warnings');
    expect(await page.locator('ik-inspector [part="claims"]').textContent()).toContain('grace@example.com');
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('says on the app page why an app cannot be tested', async () => {
    const created = await call('POST', '/api/v1/apps', bookmarkApp(`Bookmark ${Date.now()}`));
    const app = created.json as { id: string; name: string };
    const page = await portal.session.newPage();
    await page.goto(`${portal.server.url}/admin/app/${app.name}/instance/${app.id}`);
    await page.getByRole('button', { name: 'Test sign-in' }).click({ timeout: 20_000 });
    await expect
      .poll(() => page.locator('main > p.status').textContent(), { timeout: 20_000 })
      .toMatch(/^Test sign-in could not start: signOnMode: /);
    expect(new URL(page.url()).pathname).toBe(`/admin/app/${app.name}/instance/${app.id}`);
    await page.close();
  }, 60_000);
});
