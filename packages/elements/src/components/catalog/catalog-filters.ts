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

/** Facet values to show: those counted for the query, plus selected ones the query left at zero. */
function optionsFor(key: CatalogFacetKey, facets: CatalogFacets, filters: CatalogFilters): CatalogFacetCount[] {
  const counted = Array.isArray(facets[key]) ? [...facets[key]] : [];
  const seen = new Set(counted.map((facet) => facet.value));
  for (const value of filters[key] ?? []) if (!seen.has(value)) counted.push({ value, count: 0 });
  return counted;
}

/** The Use Case, Functionality and Industry groups with counts, and **Clear all**. */
export function renderFilters(
  facets: CatalogFacets,
  filters: CatalogFilters,
  options: {
    t: Translation;
    onToggle: (key: CatalogFacetKey, value: string, checked: boolean) => void;
    onClear: () => void;
  },
): TemplateResult {
  const { t } = options;
  const active = FACET_KEYS.some((key) => (filters[key]?.length ?? 0) > 0);
  return html`<section part="filters" class="filters" aria-labelledby="filters-heading">
    <div class="filters-header">
      <h2 id="filters-heading" class="filters-heading">${t.catalogFilters}</h2>
      <button part="clear-filters" type="button" class="link" ?disabled=${!active} @click=${options.onClear}>
        ${t.catalogClearFilters}
      </button>
    </div>
    ${FACET_KEYS.map((key, group) => {
      const values = optionsFor(key, facets, filters);
      return html`<fieldset part="filter-group" class="filter-group" data-facet=${key}>
        <legend>${legend(key, t)}</legend>
        ${values.map(({ value, count }, index) => {
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
