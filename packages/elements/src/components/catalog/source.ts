import type { CatalogEntry, FacetName } from '@integrakit/core/catalog';

/**
 * What `<ik-catalog>` needs from a catalog, whether it lives in memory or behind a server.
 * The element only reads these fields, so core's `CatalogEntry` (and anything a server sends in
 * the same shape) fits without the element importing zod or the search engine.
 */

/** The three filter groups of the catalog (Use Case, Functionality, Industry), named as core names them. */
export type CatalogFacetKey = FacetName;

/** Selected filter values per group: OR within a group, AND across groups. */
export type CatalogFilters = { readonly [key in CatalogFacetKey]?: readonly string[] };

/** How many results a filter value would leave for the current query. */
export interface CatalogFacetCount {
  readonly value: string;
  readonly count: number;
}

/** Counts per filter group for the current query. */
export type CatalogFacets = { readonly [key in CatalogFacetKey]: readonly CatalogFacetCount[] };

/** An app logo as core's catalog schema defines it: SVG path data, a monogram, or an image URL. */
export type CatalogLogo = Readonly<CatalogEntry['logo']>;

/** The fields of a catalog entry the element renders. Every value is treated as untrusted. */
export interface CatalogItem {
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  readonly website: string;
  readonly logo: CatalogLogo;
  readonly verificationStatus: 'OKTA_VERIFIED' | 'COMMUNITY_CREATED';
  readonly useCases: readonly string[];
  readonly industries: readonly string[];
  readonly functionality: {
    readonly signOn: readonly string[];
    readonly provisioning: readonly string[];
    readonly apiService: boolean;
  };
}

/** A highlighted range `[start, end)` of the entry's `displayName`, in UTF-16 offsets. */
export interface CatalogNameMatch {
  readonly start: number;
  readonly end: number;
}

/** One search result. `nameMatches` drive the highlight; everything else is optional. */
export interface CatalogHit {
  readonly entry: CatalogItem;
  readonly nameMatches: readonly CatalogNameMatch[];
}

/** One page of results for the full grid. */
export interface CatalogPage {
  readonly total: number;
  readonly hits: readonly CatalogHit[];
  readonly facets: CatalogFacets;
}

/** Options of {@link CatalogSource.suggest}. */
export interface CatalogSuggestOptions {
  /** Most suggestions to return. */
  readonly limit: number;
  readonly filters: CatalogFilters;
  /** Aborted when the user types on, so stale work can stop. */
  readonly signal: AbortSignal;
}

/** Options of {@link CatalogSource.search}. */
export interface CatalogSearchOptions {
  readonly filters: CatalogFilters;
  /** Zero-based page number. */
  readonly page: number;
  readonly pageSize: number;
  readonly signal: AbortSignal;
}

/**
 * The data behind `<ik-catalog>`. Use {@link memoryCatalogSource} for a core `Catalog` in the page,
 * or {@link remoteCatalogSource} for a server. Implementations should reject with an `AbortError`
 * (or simply stop) when `signal` aborts; the element ignores results of aborted calls either way.
 */
export interface CatalogSource {
  /** Suggestions for the search box while the user types. */
  suggest(query: string, options: CatalogSuggestOptions): Promise<readonly CatalogHit[]>;
  /** A page of the full result grid, with facet counts for `query`. */
  search(query: string, options: CatalogSearchOptions): Promise<CatalogPage>;
  /** One entry by key, for the details view; `undefined` when there is none. */
  get(name: string, options: { readonly signal: AbortSignal }): Promise<CatalogItem | undefined>;
}

/** Facet keys in display order. */
export const FACET_KEYS: readonly CatalogFacetKey[] = ['useCases', 'functionality', 'industries'];

/** An empty facet set, for sources that have nothing to count. */
export const NO_FACETS: CatalogFacets = { useCases: [], functionality: [], industries: [] };
