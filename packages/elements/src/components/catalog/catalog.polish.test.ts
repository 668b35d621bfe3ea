import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { parseCatalogEntries } from '../../../../core/src/catalog/parse.js';
import { createCatalog } from '../../../../core/src/catalog/search/index.js';
import { exampleEntries } from '../../../../core/src/catalog-data/index.js';
import { testSource } from './__fixtures__/apps.js';
import { failingSource } from './__fixtures__/catalog-data.js';
import { mountCatalog, part, resultsShown, shadow, tileNames } from './__fixtures__/mount.js';
import type { IkCatalog } from './catalog.js';
import { memoryCatalogSource } from './memory-source.js';
// Loaded on the page as a stylesheet; it applies only under the `ik-theme-dark` class.
import '../../styles/themes/dark.css';

afterEach(() => {
  document.body.replaceChildren();
});

const exampleSource = () => memoryCatalogSource(createCatalog(parseCatalogEntries(exampleEntries)));
const box = (element: Element) => element.getBoundingClientRect();
const optionValues = (catalog: IkCatalog, key: string) =>
  [...shadow(catalog).querySelectorAll(`fieldset[data-facet="${key}"] label`)].map(
    (label) => label.firstChild?.textContent?.trim() ?? '',
  );

async function search(catalog: IkCatalog, text: string): Promise<void> {
  const input = part<HTMLInputElement>(catalog, '#input');
  await userEvent.clear(input);
  if (text !== '') await userEvent.type(input, text);
  await userEvent.keyboard('{Enter}');
  await resultsShown(catalog);
}

/** Screenshots to look at, under the ignored `__screenshots__/` beside this file. */
const snap = (name: string) => page.screenshot({ path: `__screenshots__/polish/${name}.png` });

describe('<ik-catalog> filters', () => {
  it('keeps each group in a stable order when a filter is ticked (counts may change)', async () => {
    const catalog = await mountCatalog(testSource());
    const before = optionValues(catalog, 'useCases');
    expect(before.length).toBeGreaterThan(2);
    await userEvent.click(part(catalog, 'fieldset[data-facet="useCases"] input'));
    await resultsShown(catalog);
    const after = optionValues(catalog, 'useCases');
    // The values still listed keep their relative order; none jumps ahead of another.
    expect(after).toEqual(before.filter((value) => after.includes(value)));
    expect(after[0]).toBe(before[0]);
  });

  it('shows no empty filter headings with no results, and no filter panel on error', async () => {
    const catalog = await mountCatalog(testSource());
    await search(catalog, 'zzzzqqq');
    expect(part(catalog, '[part="message"]').textContent).toContain('No apps match');
    for (const group of shadow(catalog).querySelectorAll('fieldset')) {
      expect(group.querySelectorAll('input').length).toBeGreaterThan(0);
    }
    const failing = await mountCatalog(failingSource());
    expect(shadow(failing).querySelector('[part="filters"]')).toBeNull();
    expect(shadow(failing).querySelector('legend')).toBeNull();
    expect(shadow(failing).querySelector('[part="filters-toggle"]')).toBeNull();
  });

  it('collapses filters behind a Filters button with the active count on narrow screens', async () => {
    const catalog = await mountCatalog(testSource());
    await page.viewport(320, 700);
    const toggle = part(catalog, '[part="filters-toggle"]');
    const filters = part(catalog, '[part="filters"]');
    await expect.poll(() => getComputedStyle(toggle).display).not.toBe('none');
    expect(getComputedStyle(filters).display).toBe('none');
    expect(toggle.textContent?.trim()).toBe('Filters');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    // Results come right after the search box and the button, not below the checkboxes.
    expect(box(part(catalog, '[part="results"]')).top).toBeLessThan(250);
    await snap('narrow-320-closed');

    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(getComputedStyle(filters).display).not.toBe('none');
    await userEvent.click(part(catalog, 'fieldset[data-facet="useCases"] input'));
    await resultsShown(catalog);
    await expect.poll(() => toggle.textContent?.trim()).toBe('Filters (1)');
    await snap('narrow-320-open');

    // Closed again, then widened: beside the grid the panel shows whatever the button said.
    await userEvent.click(toggle);
    await page.viewport(1200, 900);
    await expect.poll(() => getComputedStyle(toggle).display).toBe('none');
    expect(getComputedStyle(filters).display).not.toBe('none');
  });
});

describe('<ik-catalog> layout', () => {
  it('keeps one height across results, no results and error, so a dialog around it does not jump', async () => {
    const catalog = await mountCatalog(testSource());
    const withResults = box(catalog).height;
    await search(catalog, 'zzzzqqq');
    expect(Math.abs(box(catalog).height - withResults)).toBeLessThanOrEqual(1);
    const failing = await mountCatalog(failingSource());
    expect(Math.abs(box(failing).height - withResults)).toBeLessThanOrEqual(1);
  });

  it('scrolls a long filter list inside its own panel, never making the catalog taller than the grid', async () => {
    const catalog = await mountCatalog(exampleSource());
    const filters = part(catalog, '[part="filters"]');
    expect(filters.scrollHeight).toBeGreaterThan(filters.clientHeight);
    expect(box(filters).bottom).toBeLessThanOrEqual(box(part(catalog, '[part="results"]')).bottom + 1);
    await snap('light-wide');
  });

  it('centres tile content, leaving no dead band at the bottom', async () => {
    const catalog = await mountCatalog(testSource());
    const tile = part(catalog, '.tile:not(.placeholder)');
    const text = part(catalog, '.tile:not(.placeholder) .tile-text');
    const top = box(text).top - box(tile).top;
    const bottom = box(tile).bottom - box(text).bottom;
    expect(Math.abs(top - bottom)).toBeLessThanOrEqual(1);
  });
});

describe('<ik-catalog> details', () => {
  it('Escape in details goes back to the results first, and only then closes the dialog', async () => {
    const dialog = document.createElement('dialog');
    document.body.append(dialog);
    dialog.showModal();
    const catalog = await mountCatalog(testSource(), () => undefined, dialog);
    const [first] = tileNames(catalog);
    part(catalog, '.tile:not(.placeholder)').click();
    await expect.poll(() => shadow(catalog).querySelector('#details-title')?.textContent).toBe(first);
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => catalog.selected).toBeUndefined();
    expect(dialog.open).toBe(true);
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => dialog.open).toBe(false);
  });
});

describe('<ik-catalog> themes and direction', () => {
  it('puts dark logos on a contrast plate in the dark theme only', async () => {
    const light = await mountCatalog(exampleSource());
    await search(light, 'GitHub');
    const logo = () => part(light, '.tile .logo');
    expect(getComputedStyle(logo()).backgroundColor).toBe('rgba(0, 0, 0, 0)');

    document.body.classList.add('ik-theme-dark');
    try {
      expect(getComputedStyle(logo()).backgroundColor).toBe('rgb(244, 244, 246)');
      await snap('dark-github');
      await search(light, '');
      await snap('dark-wide');
    } finally {
      document.body.classList.remove('ik-theme-dark');
    }
  });

  it('truncates long app names at their end in a right-to-left page', async () => {
    const catalog = await mountCatalog(exampleSource(), (element) => {
      element.dir = 'rtl';
      element.lang = 'ar';
    });
    await search(catalog, 'Amazon Web');
    const name = [...shadow(catalog).querySelectorAll<HTMLElement>('.tile-name')].find((element) =>
      element.textContent?.includes('Amazon Web Services'),
    );
    expect(name).toBeDefined();
    if (name === undefined) return;
    // The name lays out left to right (so the ellipsis falls at its end) and still sits at the
    // right-hand start of an RTL tile.
    expect(getComputedStyle(name).direction).toBe('ltr');
    expect(getComputedStyle(name).textAlign).toBe('right');
    await snap('rtl');
  });
});
