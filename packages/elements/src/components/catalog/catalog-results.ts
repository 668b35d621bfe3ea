import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { TaskState } from '../../controllers/latest-task.js';
import type { RowRange } from '../../internal/row-window.js';
import type { Translation } from '../../translations/en.js';
import { hitAt, type Results } from './catalog-pages.js';
import { renderTile } from './catalog-tile.js';
import type { CatalogItem } from './source.js';

/** What {@link renderResults} shows and where its events go. */
export interface ResultsSpec {
  readonly state: TaskState;
  readonly results: Results | undefined;
  /** No source yet: nothing to say while waiting for one. */
  readonly noSource: boolean;
  readonly query: string;
  readonly filtered: boolean;
  readonly columns: number;
  /** The grid rows rendered (from the `GridWindow`); the others are spacers. */
  readonly rows: RowRange | undefined;
  readonly focusIndex: number;
  readonly t: Translation;
  readonly onRetry: () => void;
  readonly onClearFilters: () => void;
  readonly onOpen: (entry: CatalogItem, index: number) => void;
  readonly onKey: (event: KeyboardEvent) => void;
  readonly onFocus: (event: FocusEvent) => void;
  readonly onScroll: (event: Event) => void;
}

function renderRow(row: number, results: Results, spec: ResultsSpec): TemplateResult {
  const { t, columns } = spec;
  const cells: TemplateResult[] = [];
  for (let column = 0; column < columns; column++) {
    const index = row * columns + column;
    if (index >= results.total) break;
    const hit = hitAt(results, index);
    cells.push(
      html`<div role="gridcell" class="cell" aria-colindex=${column + 1}>
        ${
          hit === undefined
            ? html`<div class="tile placeholder" aria-busy="true">${t.catalogLoadingTile}</div>`
            : renderTile(hit, index, { focused: index === spec.focusIndex, t, onOpen: spec.onOpen })
        }
      </div>`,
    );
  }
  return html`<div role="row" part="row" class="row" aria-rowindex=${row + 1}>${cells}</div>`;
}

/** The results panel: its heading and count, then an error with **Try again**, loading, none found, or the tile grid. */
export function renderResults(spec: ResultsSpec): TemplateResult {
  const { t, results } = spec;
  return html`<section part="results" class="results" aria-labelledby="results-heading" aria-busy=${spec.state === 'pending' ? 'true' : 'false'}>
    <div class="results-header">
      <h2 id="results-heading" part="results-heading" class="results-heading">${t.catalogResultsFor(spec.query)}</h2>
      ${results === undefined ? nothing : html`<span class="result-count">${t.catalogResultCount(results.total)}</span>`}
    </div>
    ${renderResultsBody(spec)}
  </section>`;
}

function renderResultsBody(spec: ResultsSpec): TemplateResult {
  const { t, results } = spec;
  if (spec.state === 'error') {
    return html`<div part="message" class="message error">
      <p>${t.catalogError}</p>
      <button part="retry" type="button" @click=${spec.onRetry}>${t.catalogRetry}</button>
    </div>`;
  }
  if (results === undefined) {
    return html`<p part="message" class="message">${spec.noSource ? '' : t.catalogLoading}</p>`;
  }
  if (results.total === 0) {
    return html`<div part="message" class="message">
      <p>${t.catalogEmpty(spec.query)}</p>
      ${spec.filtered ? html`<button type="button" @click=${spec.onClearFilters}>${t.catalogClearFilters}</button>` : nothing}
    </div>`;
  }
  const columns = spec.columns;
  const rows = Math.ceil(results.total / columns);
  const [first, last] = spec.rows ?? [0, -1];
  // Only the rows near the view are in the DOM; space before and after them stands for the others (see `GridWindow.place`).
  return html`<div
    part="grid"
    class="grid"
    role="grid"
    data-columns=${columns}
    aria-label=${t.catalogResultsGrid}
    aria-rowcount=${rows}
    aria-colcount=${columns}
    @keydown=${spec.onKey}
    @focusin=${spec.onFocus}
    @scroll=${spec.onScroll}
  >
    ${repeat(
      Array.from({ length: last - first + 1 }, (_, offset) => first + offset),
      (row) => row,
      (row) => renderRow(row, results, spec),
    )}
  </div>`;
}
