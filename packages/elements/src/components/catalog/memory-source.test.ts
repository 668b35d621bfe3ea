import { describe, expect, it } from 'vitest';
import { createCatalog, generateCatalog } from './__fixtures__/catalog-data.js';
import { type InMemoryCatalog, memoryCatalogSource } from './memory-source.js';

// A real engine whose search calls are recorded, to see which pages ask for facet counts.
function recorded() {
  const catalog = createCatalog(generateCatalog({ size: 600, seed: 3 }));
  const engine: InMemoryCatalog = catalog;
  const facetsAsked: (boolean | undefined)[] = [];
  const inner: InMemoryCatalog = {
    suggest: (query, options) => engine.suggest(query, options),
    search: (query, options) => {
      facetsAsked.push(options?.facets);
      return engine.search(query, options);
    },
    get: (name) => engine.get(name),
  };
  return { catalog, facetsAsked, source: memoryCatalogSource(inner) };
}

const signal = new AbortController().signal;

describe('memoryCatalogSource', () => {
  it('counts facets for the first page only and pages through the engine order', async () => {
    const { catalog, facetsAsked, source } = recorded();
    const first = await source.search('a', { filters: {}, page: 0, pageSize: 30, signal });
    const second = await source.search('a', { filters: {}, page: 1, pageSize: 30, signal });
    expect(facetsAsked).toEqual([true, false]);
    expect(first.facets.industries.length).toBeGreaterThan(0);
    expect(second.total).toBe(first.total);
    const engine = catalog.search('a', { pageSize: 60 }).hits.map((hit) => hit.entry.name);
    expect([...first.hits, ...second.hits].map((hit) => hit.entry.name)).toEqual(engine);
  });

  it('asks for facets once when a large first page spans several engine pages', async () => {
    const { facetsAsked, source } = recorded();
    const page = await source.search('', { filters: {}, page: 0, pageSize: 400, signal });
    expect(page.hits).toHaveLength(400);
    expect(facetsAsked).toEqual([true, false]);
    expect(page.facets.useCases.length).toBeGreaterThan(0);
  });
});
