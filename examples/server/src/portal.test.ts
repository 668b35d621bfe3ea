import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './app.js';
import { bundlePortal } from './portal.js';

// The portal page in real Chromium, against the real server on loopback, under its strict CSP.
const chromiumScript = new URL('../../../scripts/chromium.mjs', import.meta.url).href;
const { findChromium, chromiumArgs } = (await import(chromiumScript)) as {
  findChromium(): string | undefined;
  chromiumArgs: string[];
};
const executablePath = findChromium();
const screenshotDir = process.env.INTEGRAKIT_SCREENSHOTS;

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  const files = await bundlePortal({ conditions: ['@integrakit/source'] });
  server = await startServer({
    apiToken: `portal-${crypto.randomUUID()}`,
    dataDir: ':memory:',
    port: 0,
    portal: { files },
  });
  if (executablePath === undefined) return;
  browser = await chromium.launch({ executablePath, args: chromiumArgs });
}, 30_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Collects console errors, uncaught errors and CSP violations of a page. */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.exposeFunction('reportViolation', (text: string) => problems.push(`csp: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      );
    });
  });
  return problems;
}

/** Chromium logs an expected HTTP error as a failed resource; checks those are all there is, then clears. */
function expectOnly(problems: string[], status: number): void {
  expect(problems.length).toBeGreaterThan(0);
  for (const text of problems) expect(text).toMatch(new RegExp(`status of ${status}\\b`));
  problems.splice(0);
}

describe.skipIf(executablePath === undefined)('the portal page in Chromium', () => {
  it('serves the page with a strict CSP and no inline script or style', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const html = await response.text();
    expect(html).toContain('Browse App Catalog');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle=|\son[a-z]+=/i);
    expect((await fetch(`${server.url}/app.js`)).headers.get('content-type')).toMatch(/javascript/);
  });

  it('signs in with the one-time link, searches the catalog and adds an app, without CSP violations', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    const problems = await watch(page);
    const catalogCalls: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/catalog/')) catalogCalls.push(new URL(request.url()).pathname);
    });

    // Signed out, the page says how to sign in and the API refuses it.
    await page.goto(`${server.url}/`);
    await expect.poll(() => page.locator('#signed-out').isVisible()).toBe(true);
    expect(await page.locator('#browse').isDisabled()).toBe(true);
    expectOnly(problems, 401);

    const loginUrl = server.loginUrl ?? '';
    expect(loginUrl).toMatch(/\/login\//);
    await page.goto(loginUrl);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(server.loginUrl).toBeUndefined();
    const cookies = await page.context().cookies();
    expect(cookies.find((cookie) => cookie.name === 'ik_session')).toMatchObject({
      httpOnly: true,
      sameSite: 'Strict',
    });
    expect(await page.evaluate(() => document.cookie)).toBe('');

    await expect.poll(() => page.locator('#empty').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Browse App Catalog' }).click();
    const dialog = page.locator('#catalog-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // The grid shows the whole catalog before any query.
    await expect.poll(() => page.getByRole('gridcell').count(), { timeout: 10_000 }).toBeGreaterThan(3);

    const input = page.getByRole('combobox', { name: 'Search the app catalog' });
    await input.pressSequentially('slak', { delay: 30 });
    const suggestion = page.getByRole('option', { name: /^Slack$/ });
    await expect.poll(() => suggestion.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(catalogCalls).toContain('/api/v1/catalog/suggestions');
    expect(catalogCalls).toContain('/api/v1/catalog/apps');
    if (screenshotDir !== undefined) await page.screenshot({ path: `${screenshotDir}/portal-catalog.png` });

    await suggestion.click();
    const add = page.getByRole('button', { name: 'Add Integration' });
    await expect.poll(() => add.isVisible(), { timeout: 10_000 }).toBe(true);
    await add.click();

    await expect.poll(() => dialog.isVisible()).toBe(false);
    const row = page.locator('#apps tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.first().locator('td').allTextContents()).toEqual(['Slack', 'BOOKMARK', 'Active']);
    expect(await page.locator('#status').textContent()).toBe('Added Slack.');
    const stored = await server.store.list();
    expect(stored.items.map((item) => item.label)).toEqual(['Slack']);
    if (screenshotDir !== undefined) await page.screenshot({ path: `${screenshotDir}/portal-apps.png` });

    // Adding it again is refused by the server (duplicate label) and said so on the page.
    await page.getByRole('button', { name: 'Browse App Catalog' }).click();
    await input.fill('');
    await input.pressSequentially('slack', { delay: 20 });
    await expect.poll(() => suggestion.isVisible(), { timeout: 10_000 }).toBe(true);
    await suggestion.click();
    await add.click();
    await expect.poll(() => page.locator('#status').textContent()).toBe('Slack is already in your applications.');
    expectOnly(problems, 400);
    expect((await server.store.list()).items).toHaveLength(1);

    expect(problems).toEqual([]);
    await page.close();
  }, 45_000);
});
