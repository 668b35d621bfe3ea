import type { CallOptions, Http } from './http.js';
import { params, seg } from './resource.js';
import {
  type CatalogEntryResult,
  CatalogEntryWireSchema,
  type CatalogFacetsResult,
  CatalogFacetsSchema,
  type CatalogSearchResponse,
  CatalogSearchResultSchema,
  type CatalogSuggestionsResponse,
  CatalogSuggestionsSchema,
} from './wire.js';

/** Selected filter values per group (OR within a group, AND across groups), as core's search takes them. */
export interface CatalogQueryFilters {
  readonly useCases?: readonly string[];
  readonly functionality?: readonly string[];
  readonly industries?: readonly string[];
}

/** Options of {@link CatalogApi.search}. */
export interface CatalogSearchOptions extends CallOptions {
  readonly filters?: CatalogQueryFilters;
  /** Zero-based page. @default 0 */
  readonly page?: number;
  /** Hits per page, 1–200. @default 20 */
  readonly pageSize?: number;
}

/** Options of {@link CatalogApi.suggest}. */
export interface CatalogSuggestOptions extends CallOptions {
  readonly filters?: CatalogQueryFilters;
  /** Most suggestions, 1–100. @default 10 */
  readonly limit?: number;
}

/**
 * The reference server's catalog endpoints (`/api/v1/catalog/*`), for the catalog widget. Not part
 * of Okta's API: an Okta org answers them with 404.
 */
export interface CatalogApi {
  /** A page of hits, the total and facet counts. */
  search(query: string, options?: CatalogSearchOptions): Promise<CatalogSearchResponse>;
  /** Search-as-you-type suggestions. */
  suggest(query: string, options?: CatalogSuggestOptions): Promise<CatalogSuggestionsResponse>;
  /** Facet counts alone. */
  facets(
    query: string,
    options?: { readonly filters?: CatalogQueryFilters } & CallOptions,
  ): Promise<CatalogFacetsResult>;
  /** One entry, or `undefined` when the catalog has none by that name. */
  entry(name: string, options?: CallOptions): Promise<CatalogEntryResult | undefined>;
  /**
   * A GET of any catalog path below `/api/v1/` returning the parsed JSON (`undefined` for 404), in
   * the shape `remoteCatalogSource` from `@integrakit/elements/catalog` takes as its transport.
   */
  request(path: string, searchParams: URLSearchParams, init: { readonly signal: AbortSignal }): Promise<unknown>;
}

function filterParams(out: URLSearchParams, filters: CatalogQueryFilters = {}): URLSearchParams {
  for (const key of ['useCases', 'functionality', 'industries'] as const) {
    for (const value of filters[key] ?? []) out.append(key, value);
  }
  return out;
}

const call = (options: CallOptions) => (options.signal === undefined ? {} : { signal: options.signal });

export function catalogApi(http: Http): CatalogApi {
  return {
    search: (query, options = {}) =>
      http.json('GET', 'catalog/apps', CatalogSearchResultSchema, {
        ...call(options),
        searchParams: filterParams(
          params({ q: query, page: options.page, pageSize: options.pageSize }),
          options.filters,
        ),
      }),
    suggest: (query, options = {}) =>
      http.json('GET', 'catalog/suggestions', CatalogSuggestionsSchema, {
        ...call(options),
        searchParams: filterParams(params({ q: query, limit: options.limit }), options.filters),
      }),
    facets: (query, options = {}) =>
      http.json('GET', 'catalog/facets', CatalogFacetsSchema, {
        ...call(options),
        searchParams: filterParams(params({ q: query }), options.filters),
      }),
    async entry(name, options = {}) {
      const body = await http.optional('GET', `catalog/apps/${seg(name)}`, CatalogEntryWireSchema, call(options));
      return body;
    },
    async request(path, searchParams, init) {
      if (/^[a-z]+:|^\/|\.\./i.test(path) || !path.startsWith('catalog/')) {
        throw new TypeError('Catalog requests take a relative path below catalog/');
      }
      return http.optional('GET', path, null, { signal: init.signal, searchParams });
    },
  };
}
