import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCaller, bookmarkApp } from './__fixtures__/api-call.js';
import { watchPage } from './__fixtures__/page-problems.js';
import { chromiumPath, type PortalSession, startPortalSession } from './__fixtures__/portal-session.js';
import { createTestSamlApp } from './sandbox/test-sp/__fixtures__/test-app.js';
import { testAppAcsUrl } from './sandbox/test-sp/routes.js';

// Directory → Dashboards in real Chromium against the real server: pick a person, see the apps
// their End-User Dashboard shows (<ik-dashboard>), the hidden one left out. And issue 23's proof end
// to end: the person signs in at /app/UserHome and clicks the app's tile in <ik-dashboard>; the admin
// sees the sign-in in <ik-system-log>.
let portal: PortalSession;
const call = apiCaller(() => ({ url: portal.server.url, token: portal.token }));

const PASSWORD = 'correct horse battery staple';

beforeAll(async () => {
  if (chromiumPath !== undefined) portal = await startPortalSession({ seedPassword: PASSWORD });
}, 60_000);
afterAll(async () => {
  await portal?.close();
});

describe.skipIf(chromiumPath === undefined)('portal Dashboards page', () => {
  it('finds a person and previews their dashboard: visible assigned apps only, each linking to its launch URL', async () => {
    const suffix = crypto.randomUUID().slice(0, 8);
    const login = `margaret.${suffix}@example.com`;
    const created = await call('POST', '/api/v1/users?activate=true', {
      profile: { login, email: login, firstName: 'Margaret', lastName: `Hamilton${suffix}` },
    });
    expect(created.status).toBe(200);
    const userId = created.json.id as string;
    const shown = await call('POST', '/api/v1/apps', bookmarkApp(`Flight <i>plan</i> ${suffix}`));
    const hidden = await call('POST', '/api/v1/apps', {
      ...bookmarkApp(`Hidden payroll ${suffix}`),
      visibility: { autoSubmitToolbar: false, hide: { web: true, iOS: true } },
    });
    for (const app of [shown, hidden]) {
      expect((await call('POST', `/api/v1/apps/${app.json.id}/users`, { id: userId })).status).toBe(200);
    }
    const links = (await call('GET', `/api/v1/users/${userId}/appLinks`)).json as {
      appInstanceId: string;
      linkUrl: string;
    }[];
    const launch = links.find((link) => link.appInstanceId === shown.json.id)?.linkUrl;

    const page = await portal.session.newPage();
    const problems = await watchPage(page);
    await page.goto(`${portal.server.url}/admin/apps`);
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Dashboards' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe('Dashboards');
    await page.getByLabel('Search people').fill(`Margaret Hamilton${suffix}`.slice(0, 8));
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: `Margaret Hamilton${suffix}` }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/admin/dashboard/${userId}`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe(`Dashboard: Margaret Hamilton${suffix}`);
    const tiles = page.locator('ik-dashboard a[part="tile"]');
    await expect.poll(() => tiles.count(), { timeout: 15_000 }).toBe(1);
    expect(await tiles.first().textContent()).toContain(`Flight <i>plan</i> ${suffix}`);
    expect(await tiles.first().getAttribute('href')).toBe(launch);
    expect(await tiles.first().getAttribute('target')).toBe('_blank');
    expect(await page.locator('ik-dashboard').textContent()).not.toContain('Hidden payroll');
    // A reload lands on the same preview.
    await page.reload();
    await expect.poll(() => tiles.count(), { timeout: 15_000 }).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  }, 90_000);

  it('the person launches an assigned SAML app from /app/UserHome; the admin sees the SSO in the System Log', async () => {
    const label = `Launch wiki ${crypto.randomUUID().slice(0, 8)}`;
    const appId = await createTestSamlApp(call, portal.server.url, label);
    const found = await call('GET', `/api/v1/users?q=${encodeURIComponent('grace@example.com')}`);
    const graceId = found.json[0].id as string;
    expect((await call('POST', `/api/v1/apps/${appId}/users`, { id: graceId })).status).toBe(200);

    // Grace, in a browser of her own (no admin session).
    const person = await portal.browser.newContext();
    const home = await person.newPage();
    const personProblems = await watchPage(home);
    await home.goto(`${portal.server.url}/app/UserHome`);
    await home.getByLabel('Username').fill('grace@example.com');
    await home.getByLabel('Password').fill(PASSWORD);
    await home.getByRole('button', { name: 'Sign in' }).click();
    await home.waitForURL(`${portal.server.url}/app/UserHome`, { timeout: 30_000 });
    // The tile inside <ik-dashboard> (its shadow root), the element defined by the portal bundle's
    // user-home.js; defined, it hides its fallback links.
    const tile = home.locator('ik-dashboard a[part="tile"]', { hasText: label });
    await tile.waitFor({ timeout: 30_000 });
    expect(await home.locator('ik-dashboard a.app').first().isVisible()).toBe(false);
    // One heading names the page: the element leaves out its own (no-heading), its tiles still named.
    expect(await home.getByRole('heading', { name: 'My Apps' }).count()).toBe(1);
    expect(await home.getByRole('list', { name: 'My Apps' }).count()).toBe(1);
    await tile.click();
    await home.waitForURL(testAppAcsUrl(portal.server.url, appId), { timeout: 30_000 });
    await expect
      .poll(() => home.locator('ik-inspector [part="no-problems"]').textContent(), { timeout: 30_000 })
      .toBe('No problems found.');
    expect(personProblems).toEqual([]);
    await person.close();

    const page = await portal.session.newPage();
    const problems = await watchPage(page);
    await page.goto(`${portal.server.url}/report/system_log_2?appId=${appId}`);
    const sso = page.locator('ik-system-log li.event[data-event-type="user.authentication.sso"]');
    await expect.poll(() => sso.count(), { timeout: 15_000 }).toBe(1);
    expect(await sso.first().textContent()).toContain('User single sign on to app');
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
