import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// examples/react-portal, served by Vite as `pnpm dev` does, in real Chromium: the catalog element
// inside React, and its typed `onIntegrationAdd` handler updating React state.
const root = fileURLToPath(new URL('../../react-portal/', import.meta.url));
const chromiumScript = new URL('../../../scripts/chromium.mjs', import.meta.url).href;
const { findChromium, chromiumArgs } = (await import(chromiumScript)) as {
  findChromium(): string | undefined;
  chromiumArgs: string[];
};
const executablePath = findChromium();

let vite: ViteDevServer;
let browser: Browser;
beforeAll(async () => {
  vite = await createServer({
    root,
    configFile: `${root}vite.config.ts`,
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  await vite.listen();
  if (executablePath !== undefined) browser = await chromium.launch({ executablePath, args: chromiumArgs });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await vite?.close();
});

describe.skipIf(executablePath === undefined)('examples/react-portal in Chromium', () => {
  it('browses the catalog in React and adds an app through the typed event handler', async () => {
    const url = vite.resolvedUrls?.local[0];
    expect(url).toBeDefined();
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(url ?? '');
    await page.getByText('No applications yet.').waitFor({ timeout: 30_000 });
    const browse = page.getByRole('button', { name: 'Browse App Catalog' });
    await expect.poll(() => browse.isEnabled(), { timeout: 30_000 }).toBe(true);
    await browse.click();

    const input = page.getByRole('combobox', { name: 'Search the app catalog' });
    await input.fill('slack');
    await page.getByRole('option', { name: /^Slack$/ }).click({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Add Integration' }).click({ timeout: 15_000 });

    const added = page.getByRole('list', { name: 'Applications in this org' }).getByRole('listitem');
    await expect.poll(() => added.allTextContents(), { timeout: 15_000 }).toEqual(['Slack']);
    expect(await page.locator('ik-catalog').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
