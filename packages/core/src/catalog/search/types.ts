import type { CatalogEntry, Industry, ProvisioningCapability, SignOnProtocol, UseCase } from '../entry.schema.js';

/** The fields of a catalog entry the search engine reads; full entries are accepted and returned as given. */
export type SearchableEntry = Pick<
  CatalogEntry,
  | 'name'
  | 'displayName'
  | 'description'
  | 'aliases'
  | 'categories'
  | 'popularity'
  | 'useCases'
  | 'industries'
  | 'functionality'
>;

/** Values of the functionality facet: sign-on protocols, `SCIM` (any provisioning), capabilities, `API Service`. */
export type FunctionalityValue = SignOnProtocol | ProvisioningCapability | 'SCIM' | 'API Service';

/** The facets a search can filter and count on. */
export type FacetName = 'useCases' | 'functionality' | 'industries';

/** Selected facet values: an entry must match every listed facet (AND) and one value within each (OR). */
export interface CatalogFilters {
  useCases?: readonly UseCase[];
  functionality?: readonly FunctionalityValue[];
  industries?: readonly Industry[];
}

/** Fields a hit can match, for highlighting. */
export type MatchField = 'displayName' | 'aliases' | 'categories' | 'description';

/** Highlight ranges (`[start, end)` offsets into the original string) for one field of a hit. */
export interface HitMatch {
  field: MatchField;
  /** Position in the array for `aliases` and `categories`. */
  index?: number;
  ranges: [start: number, end: number][];
}

/** One result: the entry as given, its relevance score and what to highlight. */
export interface Hit<E extends SearchableEntry = CatalogEntry> {
  entry: E;
  score: number;
  /** Computed on first read (then kept), so hits whose highlights are never shown cost nothing extra. */
  readonly matches: HitMatch[];
}

/** Count of matching entries for one facet value. */
export interface FacetCount {
  value: string;
  count: number;
  selected: boolean;
}

/** Facet counts for the current query, disjunctive: a facet's counts ignore that facet's own selection. */
export type Facets = Record<FacetName, FacetCount[]>;

/** Options of {@link Catalog.suggest}. */
export interface SuggestOptions {
  /** Maximum number of hits, capped at 100. @default 10 */
  limit?: number;
  filters?: CatalogFilters;
}

/** Options of {@link Catalog.search}. */
export interface SearchOptions {
  filters?: CatalogFilters;
  /** Zero-based page number. @default 0 */
  page?: number;
  /** Hits per page, capped at 200. @default 20 */
  pageSize?: number;
  /**
   * Count facets; `false` skips counting (every facet list is then empty), e.g. for pages after the
   * first, whose facets are those of the first.
   * @default true
   */
  facets?: boolean;
}

/** Full results for "See All Results". */
export interface SearchResult<E extends SearchableEntry = CatalogEntry> {
  total: number;
  hits: Hit<E>[];
  facets: Facets;
  page: number;
  pageSize: number;
}

/** Options of {@link createCatalog}. */
export interface CatalogOptions {
  /**
   * Extra aliases keyed by the words of the display name they belong to (`{ 'google workspace': ['gsuite'] }`).
   * They add to the built-in table unless `builtInAliases` is false.
   */
  aliases?: Readonly<Record<string, readonly string[]>>;
  /** Use the built-in table of well-known aliases (o365, gsuite, ms, aws, …). @default true */
  builtInAliases?: boolean;
}

/** A prebuilt index in plain JSON form, produced by {@link Catalog.serialize}. */
export interface SerializedCatalogIndex {
  format: 'integrakit-catalog-index';
  version: 1;
  /** Entry keys in document order. */
  keys: string[];
  keyTerms: string[];
  keyPostings: number[][];
  textTerms: string[];
  textPostings: number[][];
}

/** A searchable catalog. Queries never throw, whatever the input. */
export interface Catalog<E extends SearchableEntry = CatalogEntry> {
  /** Number of entries. */
  readonly size: number;
  /** Best hits for a search-as-you-type dropdown; an empty query lists the most popular entries. */
  suggest(query: string, options?: SuggestOptions): Hit<E>[];
  /** A page of hits with the total and facet counts for the query. */
  search(query: string, options?: SearchOptions): SearchResult<E>;
  /** The entry with this key. */
  get(name: string): E | undefined;
  /** Adds an entry, replacing one with the same key. */
  add(entry: E): void;
  /** Removes the entry with this key; false when there is none. */
  remove(name: string): boolean;
  /** Replaces the entry with the same key (adds it when absent). */
  update(entry: E): void;
  /** Entries in document order. */
  entries(): E[];
  /** The index as plain JSON, to restore with {@link restoreCatalog} without re-tokenizing. */
  serialize(): SerializedCatalogIndex;
}
