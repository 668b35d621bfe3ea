import { describe, expect, it } from 'vitest';
import { apiCaller, bookmarkApp } from './__fixtures__/api-call.js';
import { watchPage } from './__fixtures__/page-problems.js';
import { chromiumPath, portalSessionForThisFile } from './__fixtures__/portal-session.js';

// The portal's page routing in real Chromium: every page has its own URL, so reload and Back work.
const portal = portalSessionForThisFile();
const call = apiCaller(() => ({ url: portal().server.url, token: portal().token }));

describe.skipIf(chromiumPath === undefined)('portal page routing', () => {
  it('serves the portal for Admin Console paths, and nothing else outside /api', async () => {
    const html = await fetch(`${portal().server.url}/admin/app/bookmark/instance/0oa1`);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(await html.text()).toContain('<main id="page">');
    expect((await fetch(`${portal().server.url}/elsewhere`)).status).toBe(404);
  });

  it('opens an app from Applications on its own URL; reload stays on it; Back returns', async () => {
    const created = await call(
      'POST',
      '/api/v1/apps',
      bookmarkApp(`Routed <img src=x onerror=alert(1)> ${Date.now()}`),
    );
    expect(created.status).toBe(200);
    const app = created.json as { id: string; label: string };
    const page = await portal().session.newPage();
    const problems = await watchPage(page);
    await page.goto(`${portal().server.url}/admin/apps`);
    const link = page.getByRole('link', { name: app.label });
    await expect.poll(() => link.isVisible(), { timeout: 15_000 }).toBe(true);

    await link.click();
    const appPath = `/admin/app/bookmark/instance/${app.id}`;
    await expect.poll(() => new URL(page.url()).pathname).toBe(appPath);
    const heading = page.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.textContent(), { timeout: 15_000 }).toBe(app.label);
    expect(await page.locator('img').count()).toBe(0); // the hostile label stayed text
    expect(await page.title()).toContain(app.label);

    // The open tab is in the URL too: a reload reopens it.
    await page.getByRole('tab', { name: 'Sign On' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#tab-sign-on');
    await page.reload();
    expect(new URL(page.url()).pathname).toBe(appPath);
    await expect.poll(() => heading.textContent(), { timeout: 15_000 }).toBe(app.label);
    await expect
      .poll(() => page.getByRole('tab', { name: 'Sign On' }).getAttribute('aria-selected'), { timeout: 15_000 })
      .toBe('true');

    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/admin/apps');
    await expect.poll(() => heading.textContent(), { timeout: 15_000 }).toBe('Applications');
    await expect.poll(() => link.isVisible(), { timeout: 15_000 }).toBe(true);
    await page.goForward();
    await expect.poll(() => heading.textContent(), { timeout: 15_000 }).toBe(app.label);
    expect(problems).toEqual([]);
    await page.close();
  }, 90_000);

  it('says so for an unknown app and for an unknown page', async () => {
    const page = await portal().session.newPage();
    await page.goto(`${portal().server.url}/admin/app/bookmark/instance/0oa-missing`);
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 15_000 }).toContain('does not exist');
    await page.goto(`${portal().server.url}/admin/nowhere`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
    await page.getByRole('link', { name: 'Applications' }).first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/admin/apps');
    await page.close();
  }, 60_000);
});
