import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../../../../../scripts/property-runs.js';
import type { CatalogEntry } from '../entry.schema.js';
import { generateCatalog } from '../generate.js';
import { type Catalog, createCatalog } from './index.js';

const base = generateCatalog({ size: 200, seed: 11 });
const spare = generateCatalog({ size: 40, seed: 12 }).map((entry) => ({ ...entry, name: `spare_${entry.name}` }));
const queries = ['a', 'no', 'nova', 'crm', 'clodu', 'sync team', 'pay', 'zen', '', 'analytics'];
const snapshot = (catalog: Catalog) =>
  queries.map((query) => {
    const result = catalog.search(query, { pageSize: 15, filters: query === 'pay' ? { functionality: ['SAML'] } : {} });
    return {
      total: result.total,
      hits: result.hits.map((hit) => [hit.entry.name, hit.score, hit.matches]),
      facets: result.facets,
    };
  });

type Op = { kind: 'remove' | 'update' | 'add'; index: number };

describe('incremental updates', () => {
  it('add, remove and update give the same results as a rebuild', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ kind: fc.constantFrom('remove', 'update', 'add'), index: fc.nat(239) }), {
          maxLength: 25,
        }),
        (ops: Op[]) => {
          const catalog = createCatalog(base);
          const current = new Map(base.map((entry) => [entry.name, entry]));
          // Short queries and the empty one are kept between calls; every change must drop them.
          const warm = () => {
            for (const query of ['', 'a', 'no', 'pa']) catalog.suggest(query);
          };
          warm();
          for (const { kind, index } of ops) {
            warm();
            const target = base[index % base.length] as CatalogEntry;
            if (kind === 'remove') {
              expect(catalog.remove(target.name)).toBe(current.delete(target.name));
            } else if (kind === 'update') {
              const changed = { ...target, displayName: `${target.displayName} Cloud`, popularity: index };
              catalog.update(changed);
              current.set(changed.name, changed);
            } else {
              const added = spare[index % spare.length] as CatalogEntry;
              catalog.add(added);
              current.set(added.name, added);
            }
          }
          expect(catalog.size).toBe(current.size);
          expect(snapshot(catalog)).toEqual(snapshot(createCatalog([...current.values()])));
        },
      ),
      { numRuns: propertyRuns(20) },
    );
  });

  it('finds an added entry and forgets a removed one', () => {
    const catalog = createCatalog(base);
    const added = { ...(base[0] as CatalogEntry), name: 'quokka_hq', displayName: 'Quokka HQ' };
    catalog.add(added);
    expect(catalog.suggest('quokka')[0]?.entry.name).toBe('quokka_hq');
    expect(catalog.get('quokka_hq')).toBe(added);
    expect(catalog.remove('quokka_hq')).toBe(true);
    expect(catalog.suggest('quokka')).toEqual([]);
    expect(catalog.remove('quokka_hq')).toBe(false);
  });
});
