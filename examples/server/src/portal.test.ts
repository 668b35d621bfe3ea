// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Okta username templates are literal `${…}` text.
import { type Browser, chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchPage } from './__fixtures__/page-problems.js';
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
let apiToken: string;

/** The org's apps as the API returns them. */
async function apps(): Promise<Record<string, unknown>[]> {
  const response = await fetch(`${server.url}/api/v1/apps`, { headers: { authorization: `SSWS ${apiToken}` } });
  return (await response.json()) as Record<string, unknown>[];
}

beforeAll(async () => {
  const files = await bundlePortal({ conditions: ['@integrakit/source'] });
  apiToken = `portal-${crypto.randomUUID()}`;
  server = await startServer({
    apiToken,
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

  it('signs in, finds Slack in the catalog and adds it through every add step, without CSP violations', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    const problems = await watchPage(page);
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

    // The add wizard takes over the dialog: every step, then Done creates the app on the server.
    const wizard = page.locator('ik-add-integration');
    const heading = wizard.locator('#step-heading');
    await expect.poll(() => heading.textContent(), { timeout: 10_000 }).toBe('Step 1 of 4: General Settings');
    await expect
      .poll(() =>
        page.evaluate(
          () => `${document.activeElement?.tagName} ${document.activeElement?.shadowRoot?.activeElement?.id}`,
        ),
      )
      .toBe('IK-ADD-INTEGRATION step-heading');
    expect(await page.locator('ik-catalog').isVisible()).toBe(false);
    await wizard.getByRole('button', { name: 'Next' }).click();
    const subdomain = wizard.getByRole('textbox', { name: 'Workspace subdomain' });
    await expect.poll(() => subdomain.getAttribute('aria-invalid')).toBe('true');
    if (screenshotDir !== undefined) await page.screenshot({ path: `${screenshotDir}/portal-add-error.png` });
    await subdomain.fill('acme-corp');
    await wizard.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => heading.textContent()).toBe('Step 2 of 4: Sign-On Options');
    expect(await wizard.getByRole('radio', { name: /SAML 2\.0/ }).isChecked()).toBe(true);
    expect(await wizard.locator('.facts').textContent()).toContain('https://acme-corp.slack.com/sso/saml');
    if (screenshotDir !== undefined) await page.screenshot({ path: `${screenshotDir}/portal-add-sign-on.png` });
    await wizard.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => heading.textContent()).toBe('Step 3 of 4: Application username format');
    await wizard.getByRole('combobox', { name: 'Application username format' }).selectOption({ label: 'Email' });
    await expect.poll(() => wizard.locator('output').textContent()).toBe('Isabella.Ramos@example.com');
    await wizard.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => heading.textContent()).toBe('Step 4 of 4: Update application username on');
    await wizard.getByRole('button', { name: 'Done' }).click();

    await expect.poll(() => dialog.isVisible(), { timeout: 10_000 }).toBe(false);
    const row = page.locator('#apps tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.first().locator('td').allTextContents()).toEqual(['Slack', 'SAML_2_0', 'Active']);
    expect(await page.locator('#status').textContent()).toBe('Added Slack.');
    const stored = await apps();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      name: 'slack',
      label: 'Slack',
      signOnMode: 'SAML_2_0',
      settings: { app: { subdomain: 'acme-corp' }, signOn: { ssoAcsUrl: 'https://acme-corp.slack.com/sso/saml' } },
      credentials: { userNameTemplate: { template: '${source.email}', type: 'BUILT_IN' } },
    });
    if (screenshotDir !== undefined) await page.screenshot({ path: `${screenshotDir}/portal-apps.png` });

    // Adding it again: the server refuses the label, the wizard puts that on the label field and
    // offers "Slack (2)", which Okta allows as a second instance.
    await page.getByRole('button', { name: 'Browse App Catalog' }).click();
    await input.fill('');
    await input.pressSequentially('slack', { delay: 20 });
    await expect.poll(() => suggestion.isVisible(), { timeout: 10_000 }).toBe(true);
    await suggestion.click();
    await add.click();
    await expect.poll(() => heading.textContent(), { timeout: 10_000 }).toBe('Step 1 of 4: General Settings');
    await subdomain.fill('acme-eu');
    for (let step = 0; step < 4; step++) await wizard.locator('[part="next"]').click();
    const label = wizard.getByRole('textbox', { name: 'Application label' });
    await expect.poll(() => label.getAttribute('aria-invalid'), { timeout: 10_000 }).toBe('true');
    expect(await wizard.locator('#error-summary').textContent()).toContain(
      'An application with this label already exists',
    );
    expectOnly(problems, 400);
    if (screenshotDir !== undefined) await page.screenshot({ path: `${screenshotDir}/portal-add-duplicate.png` });
    await wizard.getByRole('button', { name: 'Use “Slack (2)”' }).click();
    for (let step = 0; step < 4; step++) await wizard.locator('[part="next"]').click();
    await expect.poll(() => dialog.isVisible(), { timeout: 10_000 }).toBe(false);
    expect((await apps()).map((app) => [app.label, app.signOnMode, (app.settings as { app?: unknown }).app])).toEqual([
      ['Slack', 'SAML_2_0', { subdomain: 'acme-corp' }],
      ['Slack (2)', 'SAML_2_0', { subdomain: 'acme-eu' }],
    ]);

    expect(problems).toEqual([]);
    await page.close();
  }, 90_000);
});
