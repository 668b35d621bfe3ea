import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { LatestTask } from '../../controllers/latest-task.js';
import { LocalizeController } from '../../controllers/localize.js';
import { IkFiltersChangeEvent } from '../../events/filters-change.js';
import { IkIntegrationAddEvent } from '../../events/integration-add.js';
import { IkIntegrationSelectEvent } from '../../events/integration-select.js';
import { clampRows, placeSpacers, type RowRange, rowsInView, scrollTopShowing } from '../../internal/row-window.js';
import { baseStyles } from '../../styles/tokens.js';
import { catalogStyles } from './catalog.styles.js';
import { renderDetails } from './catalog-details.js';
import { FacetOrder, renderFilters, renderFiltersToggle } from './catalog-filters.js';
import { renderSearchBox, type SearchBoxHandlers, searchKeyAction } from './catalog-search.js';
import { renderTile } from './catalog-tile.js';
import { columnsFor, gridKeyTarget } from './grid-navigation.js';
import {
  type CatalogFacetKey,
  type CatalogFacets,
  type CatalogFilters,
  type CatalogHit,
  type CatalogItem,
  type CatalogSource,
  NO_FACETS,
} from './source.js';

interface Results {
  readonly total: number;
  readonly facets: CatalogFacets;
  readonly pageSize: number;
  /** Loaded pages of hits by page number; later pages arrive as the grid scrolls. */
  readonly pages: Map<number, readonly CatalogHit[]>;
}

// Tile geometry the column count is computed from; matches `--ik-catalog-tile-min-width` and the gap.
const TILE_MIN_WIDTH = 208;
const TILE_GAP = 12;
// A row's height (a 4.5rem tile and the gap) until one is measured; the first measure follows the first paint.
const ROW_HEIGHT_ESTIMATE = 84;

/**
 * The embeddable app catalog: search as you type, filters with counts, a windowed grid of
 * tiles and a details view with **Add Integration**. Data comes from a {@link CatalogSource}.
 *
 * @summary Browse and search the app catalog.
 * @csspart base - The wrapper of everything.
 * @csspart search - The search box area.
 * @csspart input - The search input (an APG combobox).
 * @csspart listbox - The suggestion list.
 * @csspart option - One suggestion; the active one also has `option-active`.
 * @csspart option-active - The suggestion under keyboard focus.
 * @csspart see-all - The **See All Results** suggestion.
 * @csspart match - Highlighted matching text in names.
 * @csspart filters - The filter panel.
 * @csspart filters-toggle - The **Filters** button (with the active filter count) that shows the panel on narrow screens.
 * @csspart filter-group - One filter group (a fieldset).
 * @csspart filter-option - One filter checkbox row.
 * @csspart filter-count - The count next to a filter value.
 * @csspart clear-filters - The **Clear all** button.
 * @csspart results - The results panel.
 * @csspart results-heading - The heading of the results panel.
 * @csspart grid - The scrolling tile grid.
 * @csspart row - A row of tiles.
 * @csspart tile - One app tile (a button).
 * @csspart tile-name - The app name in a tile.
 * @csspart logo - An app logo.
 * @csspart badges - The protocol and provisioning badges.
 * @csspart badge - One badge.
 * @csspart verified - The verified mark.
 * @csspart message - Loading, empty and error messages.
 * @csspart retry - The **Try again** button.
 * @csspart details - The details view.
 * @csspart back - The **Back to results** button.
 * @csspart details-title - The app name heading in details.
 * @csspart description - The app description.
 * @csspart facts - The list of facts in details.
 * @csspart website - The website link.
 * @csspart add-button - The **Add Integration** button.
 * @cssproperty --ik-catalog-results-height - Height of the scrolling grid. @default 32rem
 * @cssproperty --ik-catalog-tile-background - Tile background.
 * @cssproperty --ik-catalog-tile-border - Tile border colour.
 * @cssproperty --ik-catalog-badge-background - Badge background.
 * @cssproperty --ik-catalog-match-background - Background of highlighted matches.
 * @cssproperty --ik-catalog-verified-color - Colour of the verified mark.
 * @cssproperty --ik-catalog-logo-plate - Background plate behind logos, for themes where dark logos would vanish (the dark theme sets it). @default transparent
 * @event ik-filters-change - The user changed filters or submitted a search; `detail: { query, filters }`.
 * @event ik-integration-select - The user opened details (`detail.name`) or went back (`undefined`).
 * @event ik-integration-add - **Add Integration** was pressed; `detail.entry`. Cancelable: cancel to stay on details.
 */
export class IkCatalog extends LitElement {
  static override styles = [baseStyles, catalogStyles];

  static override properties = {
    source: { attribute: false },
    query: { type: String },
    filters: { attribute: false },
    selected: { type: String, reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
    suggestionLimit: { type: Number, attribute: 'suggestion-limit' },
    lang: { type: String, reflect: true },
    dir: { type: String, reflect: true },
    _text: { state: true },
    _open: { state: true },
    _active: { state: true },
    _focusIndex: { state: true },
    _columns: { state: true },
    _filtersOpen: { state: true },
    _rows: { state: true },
  };

  /** Where entries come from: `memoryCatalogSource(catalog)` or `remoteCatalogSource(request)`. */
  declare source: CatalogSource | undefined;
  /** The query of the result grid (what **See All Results** last showed). @default '' */
  declare query: string;
  /** Selected filter values per group. @default {} */
  declare filters: CatalogFilters;
  /** Key of the entry whose details are shown; unset shows the results. */
  declare selected: string | undefined;
  /** Hits fetched per request as the grid scrolls. @default 60 */
  declare pageSize: number;
  /** Most suggestions in the dropdown. @default 8 */
  declare suggestionLimit: number;
  declare _text: string;
  declare _open: boolean;
  declare _active: number;
  declare _focusIndex: number;
  declare _columns: number;
  declare _filtersOpen: boolean;
  /** The grid rows rendered: those in view and half a screen either side (see `internal/row-window.ts`). */
  declare _rows: RowRange;

  readonly #localize = new LocalizeController(this);
  #pageAbort = new AbortController();
  #pagesInFlight = new Set<number>();
  #resizeObserver: ResizeObserver | undefined;
  #observedGrid: HTMLElement | undefined;
  #rowHeight = ROW_HEIGHT_ESTIMATE;
  #focusHeading = false;
  #lastTile = -1;
  readonly #facetOrder = new FacetOrder();

  readonly #suggestions = new LatestTask(
    this,
    async ([source, text, filters, open, limit], signal): Promise<readonly CatalogHit[]> => {
      if (source === undefined || !open || text.trim() === '') return [];
      return source.suggest(text, { limit, filters, signal });
    },
    () => [this.source, this._text, this.filters, this._open, this.suggestionLimit] as const,
  );

  readonly #results = new LatestTask(
    this,
    async ([source, query, filters, pageSize], signal): Promise<Results | undefined> => {
      this.#pageAbort.abort();
      this.#pageAbort = new AbortController();
      this.#pagesInFlight = new Set();
      if (source === undefined) return undefined;
      const page = await source.search(query, { filters, page: 0, pageSize, signal });
      this._focusIndex = 0;
      return { total: page.total, facets: page.facets, pageSize, pages: new Map([[0, page.hits]]) };
    },
    () => [this.source, this.query, this.filters, this.pageSize] as const,
  );

  readonly #details = new LatestTask(
    this,
    async ([source, selected], signal): Promise<CatalogItem | null | undefined> => {
      if (source === undefined || selected === undefined || selected === '') return undefined;
      return (await source.get(selected, { signal })) ?? null;
    },
    () => [this.source, this.selected] as const,
  );

  constructor() {
    super();
    this.source = undefined;
    this.query = '';
    this.filters = {};
    this.selected = undefined;
    this.pageSize = 60;
    this.suggestionLimit = 8;
    this._text = '';
    this._open = false;
    this._active = -1;
    this._focusIndex = 0;
    this._columns = 1;
    this._filtersOpen = false;
    this._rows = [0, 0];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#observedGrid = undefined;
    this.#pageAbort.abort();
  }

  /** Runs the current search again, e.g. after an error. */
  retry(): void {
    void this.#results.run();
  }

  override render(): TemplateResult {
    const t = this.#localize.term();
    const showDetails = this.selected !== undefined && this.selected !== '';
    return html`<div part="base" class="base" aria-label=${t.catalogLabel} role="region">
      ${this.#renderSearch()}
      <div class="browse" ?hidden=${showDetails}>${this.#renderBrowse()}</div>
      ${showDetails ? this.#renderDetailsView() : nothing}
      <div role="status" aria-live="polite" class="visually-hidden">${this.#announcement()}</div>
    </div>`;
  }

  #announcement(): string {
    const t = this.#localize.term();
    if (this._open && this._text.trim() !== '' && this.#suggestions.state === 'complete') {
      return t.catalogSuggestionCount(this.#suggestions.value?.length ?? 0);
    }
    const results = this.#results.value;
    if (this.#results.state === 'complete' && results !== undefined) return t.catalogResultCount(results.total);
    return '';
  }

  // ── Search box: APG combobox with a listbox popup ─────────────────────────────────────────────

  #options(): readonly CatalogHit[] {
    return this._open && this._text.trim() !== '' ? (this.#suggestions.value ?? []) : [];
  }

  #renderSearch(): TemplateResult {
    const box = {
      text: this._text,
      hits: this.#options(),
      expanded: this._open && this._text.trim() !== '',
      active: this._active,
    };
    return renderSearchBox(box, this.#searchHandlers, this.#localize.term());
  }

  readonly #searchHandlers: SearchBoxHandlers = {
    onInput: (event) => {
      this._text = (event.target as HTMLInputElement).value;
      this._open = true;
      this._active = -1;
    },
    onKey: (event) => this.#onInputKey(event),
    onBlur: () => this.#close(),
    onChoose: (index) => this.#choose(index),
    onSeeAll: () => this.#seeAll(),
  };

  #onInputKey(event: KeyboardEvent): void {
    const expanded = this._open && this._text.trim() !== '';
    const box = { text: this._text, expanded, active: this._active, options: this.#options().length + 1 };
    const action = searchKeyAction(event, box);
    if (action === undefined) return;
    event.preventDefault();
    switch (action.kind) {
      case 'move':
        this._open = true;
        this._active = action.active;
        return;
      case 'choose':
        this.#choose(action.index);
        return;
      case 'see-all':
        this.#seeAll();
        return;
      case 'close':
        this.#close();
        return;
      case 'clear':
        this._text = '';
        return;
      default:
    }
  }

  #close(): void {
    this._open = false;
    this._active = -1;
  }

  #choose(index: number): void {
    const hit = this.#options()[index];
    if (hit === undefined) return;
    this._text = String(hit.entry.displayName);
    this.#close();
    this.#openDetails(hit.entry.name, -1);
  }

  #seeAll(): void {
    this.#close();
    this.query = this._text.trim();
    this.#showResults();
    this.dispatchEvent(new IkFiltersChangeEvent(this.query, this.filters));
  }

  // ── Filters and the result grid ────────────────────────────────────────────────────────────

  #renderBrowse(): TemplateResult {
    const t = this.#localize.term();
    const results = this.#results.value;
    const facets = results?.facets ?? NO_FACETS;
    const filters = renderFilters(facets, this.filters, {
      t,
      order: this.#facetOrder,
      open: this._filtersOpen,
      onToggle: (key, value, checked) => this.#toggleFilter(key, value, checked),
      onClear: () => this.#setFilters({}),
    });
    const toggle = renderFiltersToggle(this.filters, {
      t,
      open: this._filtersOpen,
      onToggle: () => {
        this._filtersOpen = !this._filtersOpen;
      },
    });
    return html`${filters === undefined ? nothing : toggle}
      <div class=${filters === undefined ? 'layout no-filters' : 'layout'}>
      ${filters ?? nothing}
      <section part="results" class="results" aria-labelledby="results-heading" aria-busy=${this.#results.state === 'pending' ? 'true' : 'false'}>
        <div class="results-header">
          <h2 id="results-heading" part="results-heading" class="results-heading">${t.catalogResultsFor(this.query)}</h2>
          ${results === undefined ? nothing : html`<span class="result-count">${t.catalogResultCount(results.total)}</span>`}
        </div>
        ${this.#renderResultsBody(results)}
      </section>
    </div>`;
  }

  #renderResultsBody(results: Results | undefined): TemplateResult {
    const t = this.#localize.term();
    if (this.#results.state === 'error') {
      return html`<div part="message" class="message error">
        <p>${t.catalogError}</p>
        <button part="retry" type="button" @click=${() => this.retry()}>${t.catalogRetry}</button>
      </div>`;
    }
    if (results === undefined) {
      return html`<p part="message" class="message">${this.source === undefined ? '' : t.catalogLoading}</p>`;
    }
    if (results.total === 0) {
      return html`<div part="message" class="message">
        <p>${t.catalogEmpty(this.query)}</p>
        ${
          Object.values(this.filters).some((values) => (values?.length ?? 0) > 0)
            ? html`<button type="button" @click=${() => this.#setFilters({})}>${t.catalogClearFilters}</button>`
            : nothing
        }
      </div>`;
    }
    const columns = this._columns;
    const rows = Math.ceil(results.total / columns);
    const [first, last] = clampRows(this._rows, rows) ?? [0, -1];
    // Only the rows near the view are in the DOM; space before and after them stands for the others (see `#placeRows`).
    return html`<div
      part="grid"
      class="grid"
      role="grid"
      data-columns=${columns}
      aria-label=${t.catalogResultsGrid}
      aria-rowcount=${rows}
      aria-colcount=${columns}
      @keydown=${this.#onGridKey}
      @focusin=${this.#onGridFocus}
      @scroll=${this.#onGridScroll}
    >
      ${repeat(
        Array.from({ length: last - first + 1 }, (_, offset) => first + offset),
        (row) => row,
        (row) => this.#renderRow(row, results),
      )}
    </div>`;
  }

  #onGridScroll(event: Event): void {
    this.#updateRows(event.currentTarget as HTMLElement);
  }

  #updateRows(grid: HTMLElement): void {
    const [first, last] = rowsInView(grid.scrollTop, grid.clientHeight, this.#rowHeight);
    if (first !== this._rows[0] || last !== this._rows[1]) this._rows = [first, last];
  }

  /** Sizes the space for the rows not rendered (CSSOM, which a strict CSP allows) and asks for the pages of those that are. */
  #placeRows(): void {
    const grid = this.renderRoot.querySelector<HTMLElement>('.grid');
    const results = this.#results.value;
    if (grid === null || results === undefined) return;
    const rows = Math.ceil(results.total / this._columns);
    const [first, last] = clampRows(this._rows, rows) ?? [0, -1];
    placeSpacers(grid, [first, last], rows, this.#rowHeight);
    this.#loadRows(first, last);
  }

  #renderRow(row: number, results: Results): TemplateResult {
    const t = this.#localize.term();
    const columns = this._columns;
    const cells: TemplateResult[] = [];
    for (let column = 0; column < columns; column++) {
      const index = row * columns + column;
      if (index >= results.total) break;
      const hit = results.pages.get(Math.floor(index / results.pageSize))?.[index % results.pageSize];
      cells.push(
        html`<div role="gridcell" class="cell" aria-colindex=${column + 1}>
          ${
            hit === undefined
              ? html`<div class="tile placeholder" aria-busy="true">${t.catalogLoadingTile}</div>`
              : renderTile(hit, index, {
                  focused: index === this._focusIndex,
                  t,
                  onOpen: (entry, i) => this.#openDetails(entry.name, i),
                })
          }
        </div>`,
      );
    }
    return html`<div role="row" part="row" class="row" aria-rowindex=${row + 1}>${cells}</div>`;
  }

  #loadRows(firstRow: number, lastRow: number): void {
    const results = this.#results.value;
    const source = this.source;
    if (results === undefined || source === undefined || firstRow < 0) return;
    const first = Math.floor((firstRow * this._columns) / results.pageSize);
    const last = Math.floor(Math.min(results.total - 1, (lastRow + 1) * this._columns - 1) / results.pageSize);
    const signal = this.#pageAbort.signal;
    for (let page = first; page <= last; page++) {
      if (results.pages.has(page) || this.#pagesInFlight.has(page)) continue;
      this.#pagesInFlight.add(page);
      source
        .search(this.query, { filters: this.filters, page, pageSize: results.pageSize, signal })
        .then((loaded) => {
          if (signal.aborted) return;
          results.pages.set(page, loaded.hits);
          this.requestUpdate();
        })
        .catch(() => {
          // A failed page stays a placeholder and is asked for again when scrolled back into view.
          if (!signal.aborted) this.#pagesInFlight.delete(page);
        });
    }
  }

  #onGridFocus(event: FocusEvent): void {
    const index = Number((event.target as HTMLElement).dataset.index);
    if (Number.isInteger(index)) this._focusIndex = index;
  }

  #onGridKey(event: KeyboardEvent): void {
    const total = this.#results.value?.total ?? 0;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const next = gridKeyTarget(event.key, {
      index: this._focusIndex,
      total,
      columns: this._columns,
      rtl,
      ctrl: event.ctrlKey || event.metaKey,
    });
    if (next === undefined) return;
    event.preventDefault();
    void this.#focusTile(next);
  }

  async #focusTile(index: number): Promise<void> {
    this._focusIndex = index;
    const grid = this.renderRoot.querySelector<HTMLElement>('.grid');
    if (grid !== null) {
      const row = Math.floor(index / this._columns);
      grid.scrollTop = scrollTopShowing(row, this.#rowHeight, grid.scrollTop, grid.clientHeight);
      this.#updateRows(grid);
    }
    // The row renders with the next update; wait for it, bounded.
    for (let frame = 0; frame < 10; frame++) {
      await this.updateComplete;
      const tile = this.renderRoot.querySelector<HTMLElement>(`.tile[data-index="${index}"]`);
      if (tile !== null) {
        tile.focus();
        return;
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }

  #toggleFilter(key: CatalogFacetKey, value: string, checked: boolean): void {
    const current = this.filters[key] ?? [];
    const next = checked ? [...new Set([...current, value])] : current.filter((item) => item !== value);
    this.#setFilters({ ...this.filters, [key]: next });
  }

  #setFilters(filters: CatalogFilters): void {
    const cleaned: { [key in CatalogFacetKey]?: readonly string[] } = {};
    for (const [key, values] of Object.entries(filters) as [CatalogFacetKey, readonly string[] | undefined][]) {
      if (values !== undefined && values.length > 0) cleaned[key] = values;
    }
    this.filters = cleaned;
    this.dispatchEvent(new IkFiltersChangeEvent(this.query, this.filters));
  }

  // ── Details ───────────────────────────────────────────────────────────────────────────────

  #openDetails(name: string, tileIndex: number): void {
    this.#lastTile = tileIndex;
    this.#focusHeading = true;
    this.selected = name;
    this.dispatchEvent(new IkIntegrationSelectEvent(name));
  }

  #showResults(): void {
    if (this.selected === undefined) return;
    this.selected = undefined;
    this.dispatchEvent(new IkIntegrationSelectEvent(undefined));
  }

  #back(): void {
    this.#showResults();
    const tile = this.#lastTile;
    if (tile >= 0) void this.updateComplete.then(() => this.#focusTile(tile));
    else void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#input')?.focus());
  }

  // Escape steps back to the results first; only from there may it close a surrounding dialog.
  // Cancelling the keydown is what keeps a <dialog> open (a close request needs an uncancelled one).
  #onDetailsKey(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    event.stopPropagation();
    this.#back();
  }

  #add(entry: CatalogItem): void {
    const event = new IkIntegrationAddEvent(entry);
    if (this.dispatchEvent(event)) this.#showResults();
  }

  #renderDetailsView(): TemplateResult {
    const t = this.#localize.term();
    const entry = this.#details.value;
    let body: TemplateResult;
    if (this.#details.state === 'error') {
      body = html`<p part="message" class="message error">${t.catalogError}</p>`;
    } else if (this.#details.state === 'pending' || entry === undefined) {
      body = html`<p part="message" class="message">${t.catalogLoading}</p>`;
    } else if (entry === null) {
      body = html`<p part="message" class="message">${t.catalogNotFound}</p>`;
    } else {
      body = renderDetails(entry, { t, onAdd: (item) => this.#add(item) });
    }
    return html`<section
      part="details"
      class="details"
      aria-labelledby=${entry ? 'details-title' : nothing}
      @keydown=${this.#onDetailsKey}
    >
      <button part="back" type="button" class="link back" @click=${this.#back}>${t.catalogBack}</button>
      ${body}
    </section>`;
  }

  // ── Lifecycle ─────────────────────────────────────────────────────────────────────────────

  // Before the grid first renders, its columns come from the results panel it fills, measured
  // before render: state set here costs no second update, and the first paint is right.
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.#observedGrid !== undefined) return;
    const results = this.renderRoot.querySelector<HTMLElement>('.results');
    const width = results?.clientWidth ?? 0;
    if (width > 0) this._columns = columnsFor(width, TILE_MIN_WIDTH, TILE_GAP);
    // A new grid starts at its top. The message it replaces is as tall as it; before any, the
    // window's height bounds the part of the grid that can be in view.
    const height = results?.querySelector<HTMLElement>('[part="message"]')?.offsetHeight ?? 0;
    this._rows = rowsInView(0, height > 0 ? height : globalThis.innerHeight, this.#rowHeight);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#observeGrid();
    this.#placeRows();
    if (this._active >= 0)
      this.renderRoot.querySelector('[part~="option-active"]')?.scrollIntoView({ block: 'nearest' });
    if (this.#focusHeading && this.#details.state === 'complete') {
      const heading = this.renderRoot.querySelector<HTMLElement>('#details-title');
      if (heading !== null) {
        this.#focusHeading = false;
        heading.focus();
      }
    }
  }

  // Then they follow the grid's own width (without its scrollbar). Not set here in `updated`, which
  // would cost a second update every time the grid appears.
  #observeGrid(): void {
    const grid = this.renderRoot.querySelector<HTMLElement>('.grid') ?? undefined;
    if (grid === this.#observedGrid) return;
    this.#resizeObserver?.disconnect();
    this.#observedGrid = grid;
    if (grid === undefined) return;
    // Applied on the next frame: re-rendering the rows inside this callback would resize the grid
    // in the same frame ("ResizeObserver loop completed"). Rows are measured here too, after the
    // first paint and whenever the grid resizes (its height is in rem, so a font size change does).
    this.#resizeObserver ??= new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? 0;
      if (width <= 0) return;
      requestAnimationFrame(() => {
        this._columns = columnsFor(width, TILE_MIN_WIDTH, TILE_GAP);
        const grid = this.#observedGrid;
        const row = grid?.querySelector('.row')?.getBoundingClientRect().height ?? 0;
        if (row > 0 && row !== this.#rowHeight) {
          this.#rowHeight = row;
          this.requestUpdate();
        }
        if (grid !== undefined) this.#updateRows(grid);
      });
    });
    this.#resizeObserver.observe(grid);
  }
}

export { type InMemoryCatalog, type InMemoryHit, memoryCatalogSource } from './memory-source.js';
export { type CatalogRequest, isCatalogItem, type RemoteCatalogOptions, remoteCatalogSource } from './remote-source.js';
export type {
  CatalogFacetCount,
  CatalogFacetKey,
  CatalogFacets,
  CatalogFilters,
  CatalogHit,
  CatalogItem,
  CatalogLogo,
  CatalogNameMatch,
  CatalogPage,
  CatalogSearchOptions,
  CatalogSource,
  CatalogSuggestOptions,
} from './source.js';
