import { html, type TemplateResult } from 'lit';
import type { Translation } from '../../translations/en.js';
import {
  type CatalogFacetCount,
  type CatalogFacetKey,
  type CatalogFacets,
  type CatalogFilters,
  FACET_KEYS,
} from './source.js';

const legend = (key: CatalogFacetKey, t: Translation) =>
  key === 'useCases' ? t.catalogUseCase : key === 'functionality' ? t.catalogFunctionality : t.catalogIndustry;

/**
 * The order facet values are listed in: first seen, first listed. Counts change as filters are
 * ticked, so ordering by count would move the option under the pointer; this order never does.
 */
export class FacetOrder {
  readonly #ranks = new Map<string, number>();

  /** `values` in their stable order; values never seen before go last, in the order given. */
  sort(key: CatalogFacetKey, values: CatalogFacetCount[]): CatalogFacetCount[] {
    for (const { value } of values) {
      const id = `${key}\u0000${value}`;
      if (!this.#ranks.has(id)) this.#ranks.set(id, this.#ranks.size);
    }
    const rank = (value: string) => this.#ranks.get(`${key}\u0000${value}`) ?? 0;
    return values.sort((a, b) => rank(a.value) - rank(b.value));
  }
}

/** Facet values to show: those counted for the query, plus selected ones the query left at zero. */
function optionsFor(key: CatalogFacetKey, facets: CatalogFacets, filters: CatalogFilters): CatalogFacetCount[] {
  const counted = Array.isArray(facets[key]) ? [...facets[key]] : [];
  const seen = new Set(counted.map((facet) => facet.value));
  for (const value of filters[key] ?? []) if (!seen.has(value)) counted.push({ value, count: 0 });
  return counted;
}

/** How many filter values are ticked. */
export const activeFilterCount = (filters: CatalogFilters) =>
  FACET_KEYS.reduce((sum, key) => sum + (filters[key]?.length ?? 0), 0);

/**
 * The Use Case, Functionality and Industry groups with counts, and **Clear all**. Groups with no
 * values (no results, an error) are left out rather than shown as empty headings; `undefined`
 * when there is nothing to filter by at all.
 */
export function renderFilters(
  facets: CatalogFacets,
  filters: CatalogFilters,
  options: {
    t: Translation;
    order: FacetOrder;
    /** Shown on narrow screens, where the panel sits behind the **Filters** button. */
    open: boolean;
    onToggle: (key: CatalogFacetKey, value: string, checked: boolean) => void;
    onClear: () => void;
  },
): TemplateResult | undefined {
  const { t } = options;
  const active = activeFilterCount(filters) > 0;
  const groups = FACET_KEYS.map((key, group) => ({ key, group, values: optionsFor(key, facets, filters) })).filter(
    ({ values }) => values.length > 0,
  );
  if (groups.length === 0 && !active) return undefined;
  return html`<section
    part="filters"
    id="filters"
    class=${options.open ? 'filters open' : 'filters'}
    aria-labelledby="filters-heading"
  >
    <div class="filters-header">
      <h2 id="filters-heading" class="filters-heading">${t.catalogFilters}</h2>
      <button part="clear-filters" type="button" class="link" ?disabled=${!active} @click=${options.onClear}>
        ${t.catalogClearFilters}
      </button>
    </div>
    ${groups.map(({ key, group, values }) => {
      return html`<fieldset part="filter-group" class="filter-group" data-facet=${key}>
        <legend>${legend(key, t)}</legend>
        ${options.order.sort(key, values).map(({ value, count }, index) => {
          const id = `filter-${group}-${index}`;
          const checked = filters[key]?.includes(value) ?? false;
          return html`<div part="filter-option" class="filter-option">
            <input
              id=${id}
              type="checkbox"
              .checked=${checked}
              @change=${(event: Event) => options.onToggle(key, value, (event.target as HTMLInputElement).checked)}
            />
            <label for=${id}
              >${value} <span part="filter-count" class="filter-count">${t.catalogFilterCount(count)}</span></label
            >
          </div>`;
        })}
      </fieldset>`;
    })}
  </section>`;
}

/** The **Filters** button that opens the panel on narrow screens, with the number of active filters. */
export function renderFiltersToggle(
  filters: CatalogFilters,
  options: { t: Translation; open: boolean; onToggle: () => void },
): TemplateResult {
  return html`<button
    part="filters-toggle"
    type="button"
    class="filters-toggle"
    aria-controls="filters"
    aria-expanded=${options.open ? 'true' : 'false'}
    @click=${options.onToggle}
  >
    ${options.t.catalogFiltersToggle(activeFilterCount(filters))}
  </button>`;
}
