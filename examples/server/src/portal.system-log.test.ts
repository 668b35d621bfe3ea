import { describe, expect, it } from 'vitest';
import { apiCaller, bookmarkApp } from './__fixtures__/api-call.js';
import { watchPage } from './__fixtures__/page-problems.js';
import { chromiumPath, portalSessionForThisFile } from './__fixtures__/portal-session.js';

// Reports → System Log in real Chromium against the real server: the page at Okta's path, and an
// app's **View Logs** opening it filtered to that app, with the filters kept in the URL.
const SYSTEM_LOG_PATH = '/report/system_log_2';
const portal = portalSessionForThisFile();
const call = apiCaller(() => ({ url: portal().server.url, token: portal().token }));

const createApp = async (label: string) => {
  const created = await call('POST', '/api/v1/apps', bookmarkApp(label));
  expect(created.status).toBe(200);
  return created.json as { id: string; label: string };
};

describe.skipIf(chromiumPath === undefined)('portal System Log page', () => {
  it('is served at Okta’s path and reached from the Admin navigation', async () => {
    const html = await fetch(`${portal().server.url}${SYSTEM_LOG_PATH}?appId=0oa1`);
    expect(html.status).toBe(200);
    expect(await html.text()).toContain('<main id="page">');

    await createApp(`Navigated ${crypto.randomUUID()}`);
    const page = await portal().session.newPage();
    const problems = await watchPage(page);
    await page.goto(`${portal().server.url}/admin/apps`);
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'System Log' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(SYSTEM_LOG_PATH);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe('System Log');
    expect(await page.title()).toContain('System Log');
    // The unfiltered log holds the app just created.
    const created = page.locator('ik-system-log li.event[data-event-type="application.lifecycle.create"]');
    await expect.poll(() => created.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
    expect(await page.getByRole('link', { name: 'Show every app’s events' }).count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('opens from an app’s View Logs filtered to that app; the URL keeps the filters across a reload', async () => {
    const mine = await createApp(`Logged <img src=x onerror=alert(1)> ${crypto.randomUUID()}`);
    const other = await createApp(`Other ${crypto.randomUUID()}`);
    const page = await portal().session.newPage();
    const problems = await watchPage(page);
    await page.goto(`${portal().server.url}/admin/app/bookmark/instance/${mine.id}`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe(mine.label);
    // The app's usage chart loads from the server: no sign-ins yet for a new bookmark app.
    await expect
      .poll(() => page.locator('ik-usage-chart .none').textContent(), { timeout: 15_000 })
      .toBe('No sign-ins in this period.');

    await page.getByRole('link', { name: 'View Logs' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(SYSTEM_LOG_PATH);
    expect(new URL(page.url()).searchParams.get('appId')).toBe(mine.id);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe('System Log');

    // Only this app's events: its creation and activation, each naming it as a target.
    const events = page.locator('ik-system-log li.event');
    const types = () => events.evaluateAll((items) => items.map((item) => item.getAttribute('data-event-type')).sort());
    await expect
      .poll(types, { timeout: 15_000 })
      .toEqual(['application.lifecycle.activate', 'application.lifecycle.create']);
    await page.getByRole('button', { name: 'Add application' }).click();
    const detail = page.locator('ik-system-log [part="event-fields"]');
    await expect.poll(() => detail.textContent(), { timeout: 15_000 }).toContain(mine.id);
    expect(await detail.textContent()).not.toContain(other.id);
    expect(await page.locator('img').count()).toBe(0); // the hostile label stayed text

    // A filter lands in the URL, replacing the entry, so a reload opens the same view.
    const historyLength = await page.evaluate(() => history.length);
    await page.locator('ik-system-log select#outcome').selectOption('FAILURE');
    await expect.poll(() => new URL(page.url()).searchParams.get('outcome')).toBe('FAILURE');
    expect(new URL(page.url()).searchParams.get('appId')).toBe(mine.id);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    await expect.poll(() => events.count(), { timeout: 15_000 }).toBe(0);

    await page.reload();
    await expect
      .poll(() => page.locator('ik-system-log select#outcome').inputValue(), { timeout: 15_000 })
      .toBe('FAILURE');
    await page.locator('ik-system-log select#outcome').selectOption('');
    await expect
      .poll(types, { timeout: 15_000 })
      .toEqual(['application.lifecycle.activate', 'application.lifecycle.create']);

    // Leaving the app filter shows the other app's events too.
    await page.getByRole('link', { name: 'Show every app’s events' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    const created = page.locator('ik-system-log li.event[data-event-type="application.lifecycle.create"]');
    await expect.poll(() => created.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    expect(problems).toEqual([]);
    await page.close();
  }, 90_000);
});
