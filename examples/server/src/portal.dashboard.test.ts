import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCaller, bookmarkApp } from './__fixtures__/api-call.js';
import { watchPage } from './__fixtures__/page-problems.js';
import { chromiumPath, type PortalSession, startPortalSession } from './__fixtures__/portal-session.js';

// Directory → Dashboards in real Chromium against the real server: pick a person, see the apps
// their End-User Dashboard shows (<ik-dashboard>), the hidden one left out.
let portal: PortalSession;
const call = apiCaller(() => ({ url: portal.server.url, token: portal.token }));

beforeAll(async () => {
  if (chromiumPath !== undefined) portal = await startPortalSession();
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
});
