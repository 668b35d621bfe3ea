import { readFile } from 'node:fs/promises';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchPage } from './__fixtures__/page-problems.js';
import { type RunningServer, startServer } from './app.js';
import { bundlePortal } from './portal.js';

// Create App Integration on the portal page, in real Chromium against the real server and its store.
const chromiumScript = new URL('../../../scripts/chromium.mjs', import.meta.url).href;
const { findChromium, chromiumArgs } = (await import(chromiumScript)) as {
  findChromium(): string | undefined;
  chromiumArgs: string[];
};
const executablePath = findChromium();
const screenshotDir = process.env.INTEGRAKIT_SCREENSHOTS;

const SP_METADATA = `<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sp.example.test/saml2/metadata">
  <md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:AssertionConsumerService index="0" isDefault="true" Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://sp.example.test/saml2/acs"/>
  </md:SPSSODescriptor>
</md:EntityDescriptor>`;

let server: RunningServer;
let browser: Browser;
// One browser session, signed in once with the one-time login link.
let session: BrowserContext;

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
  session = await browser.newContext();
  // Tests run in any order: the session signs in once, here.
  const login = await session.newPage();
  await login.goto(server.loginUrl ?? '');
  await login.close();
}, 30_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const shot = async (page: Page, name: string) => {
  if (screenshotDir !== undefined) await page.screenshot({ path: `${screenshotDir}/${name}.png`, fullPage: true });
};

describe.skipIf(executablePath === undefined)('Create App Integration on the portal', () => {
  it('creates a SAML app from pasted SP metadata, then an OIDC web app whose secret is shown once', async () => {
    const page = await session.newPage();
    await page.setViewportSize({ width: 1100, height: 900 });
    const problems = await watchPage(page);
    await page.goto(`${server.url}/`);
    const create = page.getByRole('button', { name: 'Create App Integration' });
    await expect.poll(() => create.isEnabled()).toBe(true);

    // SAML 2.0 from pasted metadata.
    await create.click();
    const dialog = page.locator('#create-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const next = page.getByRole('button', { name: /^(Next|Done)$/ });
    await next.click();
    await expect.poll(() => page.getByRole('link', { name: 'This field cannot be left blank' }).isVisible()).toBe(true);
    await shot(page, 'create-error');
    await page.getByRole('radio', { name: 'SAML 2.0' }).check();
    await next.click();
    await page.getByRole('textbox', { name: 'App integration name' }).fill('Example SP');
    await next.click();
    await page.getByRole('textbox', { name: 'SP metadata XML' }).fill(SP_METADATA);
    await page.getByRole('button', { name: 'Fill from metadata' }).click();
    const sso = page.getByRole('textbox', { name: 'Single sign-on URL' });
    await expect.poll(() => sso.inputValue(), { timeout: 10_000 }).toBe('https://sp.example.test/saml2/acs');
    await shot(page, 'create-saml');
    await next.click();
    await expect.poll(() => page.locator('ik-create-integration #step-heading').textContent()).toContain('Step 4 of 5');
    await next.click();
    await expect.poll(() => page.locator('ik-create-integration #step-heading').textContent()).toContain('Step 5 of 5');
    await next.click();
    await expect
      .poll(() => page.locator('ik-create-integration #step-heading').textContent(), { timeout: 10_000 })
      .toBe('Created Example SP.');
    const saml = (await server.store.list()).items.find((item) => item.label === 'Example SP');
    expect(saml?.signOn).toMatchObject({
      protocol: 'saml',
      config: {
        ssoUrl: 'https://sp.example.test/saml2/acs',
        audience: 'https://sp.example.test/saml2/metadata',
        nameIdFormat: 'emailAddress',
      },
    });
    await page.getByRole('button', { name: 'Close' }).first().click();
    const rows = page.locator('#apps tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().locator('td').allTextContents()).toEqual(['Example SP', 'SAML_2_0', 'Active']);

    // OIDC web app.
    await create.click();
    await page.getByRole('radio', { name: 'OIDC - OpenID Connect' }).check();
    await page.getByRole('radio', { name: 'Web Application' }).check();
    await next.click();
    await page.getByRole('textbox', { name: 'App integration name' }).fill('Example Web');
    await next.click();
    await page.getByRole('button', { name: 'Add URI' }).first().click();
    await page.getByRole('textbox', { name: 'Sign-in redirect URIs 1' }).fill('https://web.example.test/callback');
    await shot(page, 'create-oidc');
    await next.click();
    // A web app may add SCIM provisioning; left off, Done creates the app.
    await expect
      .poll(() => page.locator('ik-create-integration #step-heading').textContent())
      .toContain('Provisioning');
    await next.click();
    const clientId = page.locator('ik-create-integration [part="client-id"]');
    await expect.poll(() => clientId.isVisible(), { timeout: 10_000 }).toBe(true);
    const secretField = page.locator('ik-create-integration ik-secret-field');
    await secretField.getByRole('button', { name: 'Show' }).click();
    const shown = (await secretField.locator('[part="value"]').textContent()) ?? '';
    const stored = (await server.store.list()).items.find((item) => item.label === 'Example Web');
    if (stored === undefined) throw new Error('the OIDC app was not stored');
    const config = stored.signOn.config as { clientSecret?: { reveal(): string }; clientId?: string };
    const storedSecret = config.clientSecret?.reveal();
    expect(shown.length).toBeGreaterThan(20);
    expect(shown).toBe(storedSecret);
    expect(await clientId.textContent()).toBe(config.clientId);
    await shot(page, 'create-secret');

    await page.getByRole('button', { name: 'I have saved the client secret' }).click();
    await expect.poll(() => secretField.count()).toBe(0);
    const html = await page.evaluate(() => {
      const host = document.querySelector('ik-create-integration');
      return `${document.documentElement.outerHTML}${host?.shadowRoot?.innerHTML ?? ''}`;
    });
    expect(html).not.toContain(shown);
    // Closing and opening again starts a new wizard: the secret is gone for good.
    await page.getByRole('button', { name: 'Close' }).first().click();
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(1).locator('td').allTextContents()).toEqual(['Example Web', 'OPENID_CONNECT', 'Active']);
    await create.click();
    expect(await page.locator('ik-create-integration #step-heading').textContent()).toContain('Step 1 of');
    expect(await secretField.count()).toBe(0);

    expect(problems).toEqual([]);
    await page.close();
  }, 90_000);

  it('stays usable at 320 px, in dark theme and right to left', async () => {
    const page = await session.newPage();
    await page.setViewportSize({ width: 320, height: 900 });
    await page.goto(`${server.url}/`);
    const create = page.getByRole('button', { name: 'Create App Integration' });
    await expect.poll(() => create.isEnabled()).toBe(true);
    await create.click();
    await page.getByRole('radio', { name: 'SAML 2.0' }).check();
    await shot(page, 'create-320');
    // Nothing in the wizard scrolls sideways: every box fits the dialog's width.
    const overflow = await page.evaluate(() => {
      const host = document.querySelector('ik-create-integration');
      const boxes = [host, ...Array.from(host?.shadowRoot?.querySelectorAll('*') ?? [])].filter(
        (box) => box instanceof HTMLElement,
      );
      return boxes
        .filter((box) => !box.classList.contains('visually-hidden') && box.scrollWidth > box.clientWidth + 1)
        .map((box) => `${box.tagName} ${box.className} ${box.id}`);
    });
    expect(overflow).toEqual([]);
    await page.setViewportSize({ width: 900, height: 900 });
    // The elements' dark theme, as a host loads it; the wizard's colours come from its tokens.
    const dark = await readFile(
      new URL('../../../packages/elements/src/styles/themes/dark.css', import.meta.url),
      'utf8',
    );
    // A constructed stylesheet, which the page's strict CSP allows (a <style> tag it would block).
    await page.evaluate((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }, dark);
    await page.evaluate(() => document.querySelector('ik-create-integration')?.classList.add('ik-theme-dark'));
    await shot(page, 'create-dark');
    await page.evaluate(() => {
      document.documentElement.dir = 'rtl';
    });
    await shot(page, 'create-rtl');
    await page.close();
  }, 45_000);
});
