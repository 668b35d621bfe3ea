import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectAccessible } from '../../test-utils/axe.js';
import { testSource } from './__fixtures__/apps.js';
import { failingSource, pendingSource, syntheticSource } from './__fixtures__/catalog-data.js';
import { mountCatalog, part, resultsShown, shadow, tileNames } from './__fixtures__/mount.js';
import { remoteCatalogSource } from './remote-source.js';
import type { CatalogSource } from './source.js';

afterEach(() => {
  document.body.replaceChildren();
});

describe('<ik-catalog> states', () => {
  it('shows loading while the first search is pending', async () => {
    const catalog = await mountCatalog(undefined);
    catalog.source = pendingSource();
    await expect
      .poll(() => shadow(catalog).querySelector('[part="message"]')?.textContent)
      .toBe('Loading the catalog…');
    expect(part(catalog, '[part="results"]').getAttribute('aria-busy')).toBe('true');
    await expectAccessible(catalog);
  });

  it('shows an error with a retry that recovers', async () => {
    let healthy = false;
    const good = testSource();
    const flaky: CatalogSource = {
      suggest: (query, options) => good.suggest(query, options),
      get: (name, options) => good.get(name, options),
      search: (query, options) => (healthy ? good.search(query, options) : failingSource().search(query, options)),
    };
    const catalog = await mountCatalog(flaky);
    expect(part(catalog, '[part="message"]').textContent).toContain('The catalog could not be loaded.');
    await expectAccessible(catalog);
    healthy = true;
    await userEvent.click(part(catalog, '[part="retry"]'));
    await resultsShown(catalog);
    expect(tileNames(catalog).length).toBeGreaterThan(0);
  });

  it('scrolls through 10,000 entries with a bounded DOM, loading pages as they come into view', async () => {
    const source = syntheticSource(10_000);
    const catalog = await mountCatalog(source);
    const grid = part(catalog, '[role="grid"]');
    const columns = Number(grid.getAttribute('aria-colcount'));
    expect(Number(grid.getAttribute('aria-rowcount'))).toBe(Math.ceil(10_000 / columns));
    expect(shadow(catalog).querySelectorAll('.tile').length).toBeLessThan(300);
    expect(part(catalog, '[role="status"]').textContent).toBe('10,000 results');
    await expectAccessible(catalog);

    grid.scrollTop = grid.scrollHeight;
    const last = `.tile[data-index="${10_000 - 1}"]`;
    await expect.poll(() => shadow(catalog).querySelector(last) !== null, { timeout: 3000 }).toBe(true);
    const expected = await source.search('', {
      filters: {},
      page: 9_999,
      pageSize: 1,
      signal: new AbortController().signal,
    });
    expect(part(catalog, `${last} .tile-name`).textContent).toBe(expected.hits[0]?.entry.displayName);
    expect(shadow(catalog).querySelectorAll('.tile').length).toBeLessThan(300);
  });

  it('puts each rendered row where the full grid would have it, deep into 10,000 entries', async () => {
    const source = syntheticSource(10_000);
    const catalog = await mountCatalog(source);
    const grid = part(catalog, '[role="grid"]');
    const rowHeight = part(catalog, '.row').getBoundingClientRect().height;
    // The columns follow the grid's width without its scrollbar from the frame after the first paint.
    for (let frame = 0; frame < 3; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    await catalog.updateComplete;
    // The space standing for unrendered rows adds up to the height of all rows.
    const rows = Number(grid.getAttribute('aria-rowcount'));
    expect(Math.abs(grid.scrollHeight - rows * rowHeight)).toBeLessThan(rowHeight);

    grid.scrollTop = 1234.5 * rowHeight;
    const top = Math.floor(grid.scrollTop / rowHeight);
    const firstIndex = top * Number(grid.getAttribute('aria-colcount'));
    const tile = `.tile[data-index="${firstIndex}"]`;
    await expect
      .poll(() => shadow(catalog).querySelector(`${tile} .tile-name`)?.textContent, { timeout: 3000 })
      .toBeTruthy();
    // The row at the grid's top edge is the one the offset says, and it holds that row's entries.
    const edge = grid.getBoundingClientRect().top + 1;
    const atEdge = [...shadow(catalog).querySelectorAll('.row')].find((row) => {
      const box = row.getBoundingClientRect();
      return box.top <= edge && edge < box.bottom;
    });
    expect(atEdge?.getAttribute('aria-rowindex')).toBe(String(top + 1));
    expect(atEdge?.querySelector('.tile')?.getAttribute('data-index')).toBe(String(firstIndex));
    const expected = await source.search('', {
      filters: {},
      page: firstIndex,
      pageSize: 1,
      signal: new AbortController().signal,
    });
    expect(part(catalog, `${tile} .tile-name`).textContent).toBe(expected.hits[0]?.entry.displayName);
    expect(shadow(catalog).querySelectorAll('.tile').length).toBeLessThan(300);
  });
});

describe('<ik-catalog> with a remote source', () => {
  it('sends query, paging and filters as parameters and renders the answers', async () => {
    const local = testSource();
    const calls: string[] = [];
    const remote = remoteCatalogSource(async (path, params, { signal }) => {
      calls.push(`${path}?${params}`);
      const filters = {
        useCases: params.getAll('useCases'),
        functionality: params.getAll('functionality'),
        industries: params.getAll('industries'),
      };
      if (path === 'catalog/suggest')
        return {
          hits: await local.suggest(params.get('q') ?? '', { limit: Number(params.get('limit')), filters, signal }),
        };
      if (path === 'catalog/search') {
        const page = await local.search(params.get('q') ?? '', {
          filters,
          page: Number(params.get('page')),
          pageSize: Number(params.get('pageSize')),
          signal,
        });
        // Served in core's wire shape: highlight ranges per field.
        return {
          ...page,
          hits: page.hits.map((hit) => ({
            entry: hit.entry,
            matches: [{ field: 'displayName', ranges: hit.nameMatches.map((m) => [m.start, m.end]) }],
          })),
        };
      }
      return JSON.parse(
        JSON.stringify((await local.get(decodeURIComponent(path.split('/').at(-1) ?? ''), { signal })) ?? null),
      );
    });
    const catalog = await mountCatalog(remote, (element) => {
      element.filters = { industries: ['Healthcare'] };
    });
    expect(calls[0]).toBe('catalog/search?q=&page=0&pageSize=60&industries=Healthcare');
    expect(tileNames(catalog).sort()).toEqual(['Box', 'Workday', 'Épic Hyperspace'].sort());
    catalog.selected = 'box';
    await expect.poll(() => shadow(catalog).querySelector('#details-title')?.textContent).toBe('Box');
    expect(calls.at(-1)).toBe('catalog/apps/box?');
  });
});
