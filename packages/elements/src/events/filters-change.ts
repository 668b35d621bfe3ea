import type { CatalogFilters } from '../components/catalog/source.js';

/**
 * Fired by `<ik-catalog>` when the user changes the filters or submits a search for the full
 * results, with the query and filters now shown, so hosts can reflect them in the URL. Not fired
 * for changes the host makes through properties.
 */
export class IkFiltersChangeEvent extends Event {
  static readonly type = 'ik-filters-change';
  readonly detail: { readonly query: string; readonly filters: CatalogFilters };

  constructor(query: string, filters: CatalogFilters) {
    super(IkFiltersChangeEvent.type, { bubbles: true, composed: true });
    this.detail = { query, filters };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ik-filters-change': IkFiltersChangeEvent;
  }
}
