import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { watchPage } from './__fixtures__/page-problems.js';
import { chromiumPath, portalSessionForThisFile } from './__fixtures__/portal-session.js';

// The portal's dark theme in real Chromium: it follows the OS (prefers-color-scheme) until the
// admin picks Light or Dark in the header's Theme menu, a choice kept across reloads; the elements'
// colours come from the same tokens, so they switch with the page.
const portal = portalSessionForThisFile();

/** The page's background and text colours, and the text colour the catalog element draws with. */
const colours = (page: Page) =>
  page.evaluate(() => {
    const root = getComputedStyle(document.documentElement);
    const catalog = document.querySelector('ik-catalog');
    return {
      background: root.backgroundColor,
      text: root.color,
      catalogText: catalog === null ? undefined : getComputedStyle(catalog).color,
    };
  });

/** Relative lightness of a computed `rgb(r, g, b)` colour, 0 (black) to 765 (white). */
const lightness = (rgb: string) =>
  (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).reduce((sum, part) => sum + Number(part), 0);

describe.skipIf(chromiumPath === undefined)('portal theme', () => {
  it("follows the OS colour scheme, and the admin's choice over it, page and elements alike", async () => {
    const page = await portal().session.newPage();
    const problems = await watchPage(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${portal().server.url}/admin/apps`);
    const browse = page.getByRole('button', { name: 'Browse App Catalog' });
    await expect.poll(() => browse.isEnabled(), { timeout: 15_000 }).toBe(true);
    await browse.click();
    await expect.poll(() => page.locator('ik-catalog').isVisible(), { timeout: 15_000 }).toBe(true);
    await page.getByRole('button', { name: 'Close' }).first().click();

    const osDark = await colours(page);
    await page.emulateMedia({ colorScheme: 'light' });
    const osLight = await colours(page);
    expect(lightness(osDark.background)).toBeLessThan(lightness(osLight.background));
    expect(lightness(osDark.text)).toBeGreaterThan(lightness(osLight.text));
    for (const scheme of [osDark, osLight]) expect(scheme.catalogText).toBe(scheme.text);

    // Dark chosen under a light OS: dark, and still dark after a reload.
    const menu = page.getByRole('combobox', { name: 'Theme' });
    expect(await menu.inputValue()).toBe('system');
    await menu.selectOption('dark');
    expect(await colours(page)).toEqual(osDark);
    await page.reload();
    await expect.poll(() => menu.inputValue()).toBe('dark');
    expect((await colours(page)).background).toBe(osDark.background);

    // Light chosen under a dark OS stays light; Match system follows the OS again.
    await menu.selectOption('light');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect((await colours(page)).background).toBe(osLight.background);
    await menu.selectOption('system');
    expect((await colours(page)).background).toBe(osDark.background);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
