import {
  type CatalogFacetCount,
  type CatalogFacets,
  type CatalogFilters,
  type CatalogHit,
  type CatalogItem,
  type CatalogSource,
  FACET_KEYS,
} from './source.js';

/**
 * The transport a remote source uses: a GET of `path` with `params`, resolving to the parsed JSON
 * body (or `undefined`/`null` for "not found"). Wire it to `@integrakit/core/client` or any fetch
 * wrapper; it must pass `signal` on so superseded requests are cancelled.
 */
export type CatalogRequest = (path: string, params: URLSearchParams, init: { signal: AbortSignal }) => Promise<unknown>;

/** Options of {@link remoteCatalogSource}. */
export interface RemoteCatalogOptions {
  /** Path of the suggestions endpoint. @default 'catalog/suggest' */
  suggestPath?: string;
  /** Path of the search endpoint. @default 'catalog/search' */
  searchPath?: string;
  /** Path of one entry. @default (name) => `catalog/apps/${encodeURIComponent(name)}` */
  entryPath?: (name: string) => string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Whether a server value has the shape the element renders; anything else is dropped, never rendered. */
export function isCatalogItem(value: unknown): value is CatalogItem {
  if (!isObject(value)) return false;
  const { functionality, logo } = value;
  return (
    typeof value.name === 'string' &&
    typeof value.displayName === 'string' &&
    typeof value.description === 'string' &&
    typeof value.website === 'string' &&
    (value.verificationStatus === 'OKTA_VERIFIED' || value.verificationStatus === 'COMMUNITY_CREATED') &&
    isStrings(value.useCases) &&
    isStrings(value.industries) &&
    isObject(functionality) &&
    isStrings(functionality.signOn) &&
    isStrings(functionality.provisioning) &&
    typeof functionality.apiService === 'boolean' &&
    isObject(logo) &&
    typeof logo.kind === 'string'
  );
}

function toHits(value: unknown): CatalogHit[] {
  const list = Array.isArray(value) ? value : isObject(value) && Array.isArray(value.hits) ? value.hits : [];
  const hits: CatalogHit[] = [];
  for (const hit of list) {
    if (!isObject(hit) || !isCatalogItem(hit.entry)) continue;
    const matches = Array.isArray(hit.matches) ? hit.matches : [];
    const nameMatches = matches
      .filter(
        (match): match is { field: string; ranges: unknown[] } =>
          isObject(match) && match.field === 'displayName' && Array.isArray(match.ranges),
      )
      .flatMap((match) => match.ranges)
      .filter(
        (range): range is [number, number] =>
          Array.isArray(range) && typeof range[0] === 'number' && typeof range[1] === 'number',
      )
      .map(([start, end]) => ({ start, end }));
    hits.push({ entry: hit.entry, nameMatches });
  }
  return hits;
}

function toFacets(value: unknown): CatalogFacets {
  const facets = isObject(value) ? value : {};
  const counts = (key: string): CatalogFacetCount[] => {
    const list = facets[key];
    if (!Array.isArray(list)) return [];
    return list.filter(
      (item): item is CatalogFacetCount =>
        isObject(item) && typeof item.value === 'string' && typeof item.count === 'number' && item.count >= 0,
    );
  };
  return { useCases: counts('useCases'), functionality: counts('functionality'), industries: counts('industries') };
}

function filterParams(params: URLSearchParams, filters: CatalogFilters): URLSearchParams {
  for (const key of FACET_KEYS) for (const value of filters[key] ?? []) params.append(key, value);
  return params;
}

/**
 * A {@link CatalogSource} backed by a server's catalog endpoints. Responses are checked field by
 * field (without zod) because they are untrusted: malformed hits are dropped.
 *
 * Query parameters: `q`, `limit` (suggest), `page`, `pageSize` (search), and repeated
 * `useCases`, `functionality`, `industries` for filters. Expected bodies: `{ hits }` for suggest,
 * `{ total, hits, facets }` for search, the entry for an entry, hits as core returns them.
 */
export function remoteCatalogSource(request: CatalogRequest, options: RemoteCatalogOptions = {}): CatalogSource {
  const suggestPath = options.suggestPath ?? 'catalog/suggest';
  const searchPath = options.searchPath ?? 'catalog/search';
  const entryPath = options.entryPath ?? ((name: string) => `catalog/apps/${encodeURIComponent(name)}`);
  return {
    async suggest(query, { limit, filters, signal }) {
      const params = filterParams(new URLSearchParams({ q: query, limit: String(limit) }), filters);
      return toHits(await request(suggestPath, params, { signal }));
    },
    async search(query, { filters, page, pageSize, signal }) {
      const params = filterParams(
        new URLSearchParams({ q: query, page: String(page), pageSize: String(pageSize) }),
        filters,
      );
      const body = await request(searchPath, params, { signal });
      const hits = toHits(body);
      const total =
        isObject(body) && typeof body.total === 'number' && body.total >= 0 ? Math.floor(body.total) : hits.length;
      return { total, hits, facets: toFacets(isObject(body) ? body.facets : undefined) };
    },
    async get(name, { signal }) {
      const body = await request(entryPath(name), new URLSearchParams(), { signal });
      return isCatalogItem(body) ? body : undefined;
    },
  };
}
