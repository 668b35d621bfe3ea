import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from '@integrakit/core/client';
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The whole first-contact flow in real Chromium against exactly what `pnpm start` runs, on a free
// port with its own data directory; then a restart, and everything is still there. Screenshots of
// each step go to the ignored `.tmp/e2e/` for a person to look at: browse, search, filter, details,
// the add wizard, the app page and its assignments, Test sign-in, the create wizard, the System Log.
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const shots = join(repoRoot, '.tmp', 'e2e');
const chromiumScript = new URL('../../../scripts/chromium.mjs', import.meta.url).href;
const { findChromium, chromiumArgs } = (await import(chromiumScript)) as {
  findChromium(): string | undefined;
  chromiumArgs: string[];
};
const executablePath = findChromium();
const token = `e2e-${crypto.randomUUID()}`;
const dataDir = mkdtempSync(join(tmpdir(), 'integrakit-e2e-'));

interface Started {
  readonly child: ChildProcess;
  readonly url: string;
  readonly loginUrl: string;
  readonly output: () => string;
}

/** `pnpm start` in its own process group (pnpm, then node), resolved once it prints the login link. */
async function pnpmStart(): Promise<Started> {
  const child = spawn('pnpm', ['start'], {
    cwd: repoRoot,
    // No configured seed password: the test signs in with the one `pnpm start` prints, as a person would.
    env: {
      ...process.env,
      PORT: '0',
      INTEGRAKIT_DATA_DIR: dataDir,
      INTEGRAKIT_API_TOKEN: token,
      INTEGRAKIT_SEED_PASSWORD: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  const deadline = Date.now() + 90_000;
  for (;;) {
    const login = /portal login[^:]*: (http:\/\/127\.0\.0\.1:(\d+)\/login\/\S+)/.exec(output);
    if (login?.[1] !== undefined) {
      return { child, url: `http://127.0.0.1:${login[2]}`, loginUrl: login[1], output: () => output };
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`pnpm start did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function stop(started: Started): Promise<void> {
  if (started.child.exitCode !== null || started.child.signalCode !== null) return;
  const exited = once(started.child, 'exit');
  if (started.child.pid !== undefined) process.kill(-started.child.pid, 'SIGINT');
  await exited;
}

let browser: Browser;
let server: Started | undefined;
beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  if (executablePath !== undefined) browser = await chromium.launch({ executablePath, args: chromiumArgs });
}, 30_000);
afterAll(async () => {
  await browser?.close();
  if (server !== undefined) await stop(server);
});

const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `${name}.png`) });

describe.skipIf(executablePath === undefined)('first contact, end to end', () => {
  it('signs in, browses, searches, filters, opens details, adds an app, assigns a person, tests its sign-in, creates an OIDC app, reads the System Log; a restart keeps it all', async () => {
    server = await pnpmStart();
    expect(server.output().trimEnd().split('\n').at(-1)).toMatch(/^portal login/);
    const page = await browser.newPage({ viewport: { width: 1200, height: 860 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });

    await page.goto(server.loginUrl);
    await page.locator('#empty').waitFor();
    await shot(page, '01-applications-empty');

    // Browse
    await page.getByRole('button', { name: 'Browse App Catalog' }).click();
    const catalog = page.locator('ik-catalog');
    await expect.poll(() => page.getByRole('gridcell').count(), { timeout: 15_000 }).toBeGreaterThan(8);
    const allApps = await catalog.locator('[role="status"]').textContent();
    await shot(page, '02-browse');

    // Search (See all results)
    const input = page.getByRole('combobox', { name: 'Search the app catalog' });
    await input.fill('salesforce');
    await input.press('Enter');
    await expect
      .poll(() => catalog.locator('.tile-name').first().textContent(), { timeout: 15_000 })
      .toBe('Salesforce');
    await shot(page, '03-search');

    // Filter: back to every app, then only those with SCIM provisioning
    await input.fill('');
    await input.press('Enter');
    await expect.poll(() => catalog.locator('[role="status"]').textContent()).toBe(allApps);
    await catalog.locator('fieldset[data-facet="functionality"] label', { hasText: /^SCIM/ }).click();
    await expect.poll(() => catalog.locator('[role="status"]').textContent(), { timeout: 15_000 }).not.toBe(allApps);
    await shot(page, '04-filter');

    // Details of the first result
    const first = (await catalog.locator('.tile-name').first().textContent()) ?? '';
    await catalog.locator('.tile').first().click();
    await expect.poll(() => catalog.locator('#details-title').textContent(), { timeout: 15_000 }).toBe(first);
    await shot(page, '05-details');

    // Add: Slack through the add wizard (portal.test.ts checks each of its steps in detail).
    await page.keyboard.press('Escape');
    await input.fill('slack');
    await input.press('Enter');
    await expect.poll(() => catalog.locator('.tile-name').first().textContent(), { timeout: 15_000 }).toBe('Slack');
    await catalog.locator('.tile').first().click();
    await page.getByRole('button', { name: 'Add Integration' }).click();
    const wizard = page.locator('ik-add-integration');
    const heading = wizard.locator('#step-heading');
    await expect.poll(() => heading.textContent(), { timeout: 15_000 }).toBe('Step 1 of 4: General Settings');
    await wizard.getByRole('textbox', { name: 'Workspace subdomain' }).fill('acme-corp');
    for (const step of ['Sign-On Options', 'Application username format', 'Update application username on']) {
      await wizard.getByRole('button', { name: 'Next' }).click();
      await expect.poll(() => heading.textContent()).toMatch(new RegExp(`: ${step}$`));
    }
    await wizard.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => page.locator('#apps tbody tr').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator('#apps tbody tr td').allTextContents()).toEqual(['Slack', 'SAML_2_0', 'Active']);
    await shot(page, '06-added');

    // The app's own page, and a seeded person assigned on its Assignments tab.
    await page.getByRole('link', { name: 'Slack' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 }).toBe('Slack');
    await shot(page, '07-app-page');
    await page.getByRole('tab', { name: 'Assignments' }).click();
    await page.locator('[part="assign-people"]').click({ timeout: 20_000 });
    await page.locator('#people-input').fill('grace');
    await page.getByRole('option', { name: /Grace Hopper/ }).click({ timeout: 20_000 });
    await page.locator('[part="assign-submit"]').click();
    const people = page.locator('#people-heading');
    await expect.poll(() => people.textContent(), { timeout: 20_000 }).toContain('1 person');
    await shot(page, '08-assigned');

    // Test sign-in as that person, with the password `pnpm start` printed for the seeded org: the
    // sandbox sign-in page, then what Slack would receive, inspected.
    const password = /\(ada@example\.com, …; password (\S+)\)/.exec(server.output())?.[1] ?? '';
    expect(password).not.toBe('');
    await page.getByRole('button', { name: 'Test sign-in' }).click();
    await page.waitForURL((url) => url.pathname === '/signin', { timeout: 30_000 });
    await shot(page, '09-sandbox-sign-in');
    await page.getByLabel('Username').fill('grace@example.com');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => /^\/sandbox\/test-sp\/.+\/acs$/.test(url.pathname), { timeout: 30_000 });
    await expect
      .poll(() => page.locator('ik-inspector [part="summary"]').textContent(), { timeout: 30_000 })
      .toMatch(/^SAML response.*: 0 errors, 0 warnings$/);
    await shot(page, '10-test-sign-in-report');

    // Create App Integration: an OIDC web app, its client secret shown once.
    const admin = page.getByRole('navigation', { name: 'Admin' });
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Create App Integration' }).click({ timeout: 20_000 });
    const next = page.getByRole('button', { name: /^(Next|Done)$/ });
    await page.getByRole('radio', { name: 'OIDC - OpenID Connect' }).check({ timeout: 20_000 });
    await page.getByRole('radio', { name: 'Web Application' }).check();
    await next.click();
    await page.getByRole('textbox', { name: 'App integration name' }).fill('Example Web');
    await next.click();
    await page.getByRole('button', { name: 'Add URI' }).first().click({ timeout: 20_000 });
    await page.getByRole('textbox', { name: 'Sign-in redirect URIs 1' }).fill('https://web.example.test/callback');
    await shot(page, '11-create-oidc');
    await next.click();
    const createHeading = page.locator('ik-create-integration #step-heading');
    await expect.poll(() => createHeading.textContent(), { timeout: 20_000 }).toMatch(/: Provisioning$/);
    await next.click();
    const secret = page.locator('ik-create-integration ik-secret-field');
    await expect.poll(() => secret.isVisible(), { timeout: 20_000 }).toBe(true);
    await shot(page, '12-client-secret-once');
    await page.getByRole('button', { name: 'I have saved the client secret' }).click();
    await expect.poll(() => secret.count()).toBe(0);
    await page.getByRole('button', { name: 'Close' }).first().click();
    const labels = () => page.locator('#apps tbody tr td:first-child').allTextContents();
    await expect.poll(labels, { timeout: 15_000 }).toEqual(expect.arrayContaining(['Slack', 'Example Web']));

    // The System Log lists what was done; the dark theme, chosen in the header.
    await admin.getByRole('link', { name: 'System Log' }).click();
    await expect.poll(() => page.locator('ik-system-log li.event').count(), { timeout: 20_000 }).toBeGreaterThan(1);
    await shot(page, '13-system-log');
    const theme = page.getByRole('combobox', { name: 'Theme' });
    await theme.selectOption('dark');
    await shot(page, '14-system-log-dark');
    await theme.selectOption('system');
    expect(problems).toEqual([]);

    // Restart: the app, the seeded people and groups are all still there.
    await stop(server);
    server = await pnpmStart();
    expect(server.output()).not.toMatch(/^seeded/m);
    await page.goto(server.loginUrl);
    await expect.poll(labels, { timeout: 15_000 }).toEqual(expect.arrayContaining(['Slack', 'Example Web']));
    await shot(page, '15-after-restart');
    await page.getByRole('link', { name: 'Slack' }).click();
    await page.getByRole('tab', { name: 'Assignments' }).click();
    await expect.poll(() => people.textContent(), { timeout: 20_000 }).toContain('1 person');
    await shot(page, '16-assigned-after-restart');
    const client = createClient({ orgUrl: server.url, token, timeout: 10_000 });
    const logins = [];
    for await (const user of client.users.list()) logins.push(user.profile.login);
    expect(logins).toHaveLength(6);
    await page.close();
    await stop(server);
  }, 360_000);
});
