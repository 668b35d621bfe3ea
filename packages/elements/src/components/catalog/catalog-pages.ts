import type { CatalogFacets, CatalogFilters, CatalogHit, CatalogSource } from './source.js';

/** A search's answers: its total and facets from the first page, then each page as it loads. */
export interface Results {
  readonly total: number;
  readonly facets: CatalogFacets;
  readonly pageSize: number;
  /** Loaded pages of hits by page number; later pages arrive as the grid scrolls. */
  readonly pages: Map<number, readonly CatalogHit[]>;
}

/** The hit at `index`, or undefined while its page is not loaded. */
export const hitAt = (results: Results, index: number): CatalogHit | undefined =>
  results.pages.get(Math.floor(index / results.pageSize))?.[index % results.pageSize];

/**
 * Loads the pages of a search's later rows as they come into view, each once at a time; a new
 * search (`reset`) abandons the pages still loading for the last one.
 */
export class PageLoader {
  #abort = new AbortController();
  #inFlight = new Set<number>();

  /** Drops the pages loading for the last search. */
  reset(): void {
    this.#abort.abort();
    this.#abort = new AbortController();
    this.#inFlight = new Set();
  }

  /** Stops loading (the element left the page). */
  abort(): void {
    this.#abort.abort();
  }

  /** Asks for the pages holding the tiles `first`–`last` (inclusive) not loaded yet; `onLoaded` follows each. */
  load(
    search: { readonly source: CatalogSource; readonly query: string; readonly filters: CatalogFilters },
    results: Results,
    [first, last]: readonly [number, number],
    onLoaded: () => void,
  ): void {
    if (first < 0 || last < first) return;
    const signal = this.#abort.signal;
    const lastPage = Math.floor(Math.min(results.total - 1, last) / results.pageSize);
    for (let page = Math.floor(first / results.pageSize); page <= lastPage; page++) {
      if (results.pages.has(page) || this.#inFlight.has(page)) continue;
      this.#inFlight.add(page);
      search.source
        .search(search.query, { filters: search.filters, page, pageSize: results.pageSize, signal })
        .then((loaded) => {
          if (signal.aborted) return;
          results.pages.set(page, loaded.hits);
          onLoaded();
        })
        .catch(() => {
          // A failed page stays a placeholder and is asked for again when scrolled back into view.
          if (!signal.aborted) this.#inFlight.delete(page);
        });
    }
  }
}
