import { describe, expect, it } from 'vitest';
import { isIntegrakitError } from '../../errors.js';
import { generateCatalog } from '../generate.js';
import { type Catalog, createCatalog, restoreCatalog } from './index.js';

const entries = generateCatalog({ size: 300, seed: 5 });
const queries = ['s', 'nova', 'novq', 'sync team', 'crm', ''];
const snapshot = (catalog: Catalog) =>
  queries.map((query) => {
    const result = catalog.search(query, { filters: { functionality: ['SAML', 'OIDC'] } });
    return [result.total, result.facets, result.hits.map((hit) => [hit.entry.name, hit.score, hit.matches])];
  });

describe('serialize and restore', () => {
  it('restores an index that answers exactly like the original, through JSON', () => {
    const original = createCatalog(entries);
    const shipped = JSON.parse(JSON.stringify(original.serialize()));
    const restored = restoreCatalog(shipped, entries);
    expect(snapshot(restored)).toEqual(snapshot(original));
    expect(restored.serialize()).toEqual(original.serialize());
  });

  it('renumbers documents densely after removals', () => {
    const catalog = createCatalog(entries);
    for (const entry of entries.slice(0, 50)) catalog.remove(entry.name);
    const serialized = catalog.serialize();
    expect(serialized.keys).toHaveLength(250);
    const restored = restoreCatalog(serialized, entries.slice(50));
    expect(snapshot(restored)).toEqual(snapshot(catalog));
  });

  it('indexes entries the serialized index does not know', () => {
    const serialized = createCatalog(entries.slice(0, 200)).serialize();
    expect(snapshot(restoreCatalog(serialized, entries))).toEqual(snapshot(createCatalog(entries)));
  });

  it('refuses a malformed index or one naming missing entries', () => {
    const serialized = createCatalog(entries).serialize();
    let error: unknown;
    try {
      restoreCatalog(serialized, entries.slice(1));
    } catch (caught) {
      error = caught;
    }
    expect(isIntegrakitError(error, 'ERR_INVALID_CATALOG')).toBe(true);
    expect(String(error)).toContain(entries[0]?.name);
    expect(() => restoreCatalog({ ...serialized, version: 2 } as never, entries)).toThrow(/serialized catalog index/);
    expect(() => restoreCatalog(null as never, entries)).toThrow(/serialized catalog index/);
  });
});
