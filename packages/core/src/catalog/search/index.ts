import { CatalogIndex } from './engine.js';
import type { Catalog, CatalogOptions, SearchableEntry, SerializedCatalogIndex } from './types.js';

export { BUILT_IN_ALIASES } from './aliases.js';
export { MAX_QUERY_LENGTH, MAX_QUERY_WORDS } from './engine.js';
export { fold } from './fold.js';
export type {
  Catalog,
  CatalogFilters,
  CatalogOptions,
  FacetCount,
  FacetName,
  Facets,
  FunctionalityValue,
  Hit,
  HitMatch,
  MatchField,
  SearchableEntry,
  SearchOptions,
  SearchResult,
  SerializedCatalogIndex,
  SuggestOptions,
} from './types.js';

// V8 drops a class's hidden classes once no instance of it is left, and with them the optimized code and type
// feedback built on them. A host that replaces its catalog after the old one was collected (a widget mounted again,
// say) then built the new one and answered its first queries in unoptimized code, the build 20–25 % slower.
// One empty index, made on first use, keeps them.
// biome-ignore lint/correctness/noUnusedVariables: read only to stay reachable
let shapes: CatalogIndex<SearchableEntry> | undefined;

/**
 * Indexes catalog entries for search-as-you-type: prefixes, typos (1 edit from 4 characters, 2 from 8),
 * words in any order, case and diacritic folding, aliases, facets, and highlight ranges.
 *
 * @example
 * const catalog = createCatalog(entries);
 * catalog.suggest('salesfroce')[0]?.entry.name; // 'salesforce'
 * catalog.search('crm', { filters: { functionality: ['SCIM'] } }).facets.industries;
 */
export function createCatalog<E extends SearchableEntry>(entries: readonly E[], options?: CatalogOptions): Catalog<E> {
  shapes ??= new CatalogIndex();
  return new CatalogIndex<E>(options).build(entries);
}

/**
 * Rebuilds a catalog from {@link Catalog.serialize} output without re-tokenizing; pass the same `options`
 * as when it was built. Entries the index does not know are indexed on the spot.
 *
 * @throws {IntegrakitError} `ERR_INVALID_CATALOG` when the index is malformed or names a key `entries` lack.
 */
export function restoreCatalog<E extends SearchableEntry>(
  serialized: SerializedCatalogIndex,
  entries: readonly E[],
  options?: CatalogOptions,
): Catalog<E> {
  shapes ??= new CatalogIndex();
  return new CatalogIndex<E>(options).restore(serialized, entries);
}
