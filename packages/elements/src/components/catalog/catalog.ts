import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { LatestTask } from '../../controllers/latest-task.js';
import { LocalizeController } from '../../controllers/localize.js';
import { IkFiltersChangeEvent } from '../../events/filters-change.js';
import { IkIntegrationAddEvent } from '../../events/integration-add.js';
import { IkIntegrationSelectEvent } from '../../events/integration-select.js';
import { baseStyles } from '../../styles/tokens.js';
import { catalogStyles } from './catalog.styles.js';
import { renderDetailsView } from './catalog-details.js';
import { FacetOrder, renderFilters, renderFiltersToggle } from './catalog-filters.js';
import { PageLoader, type Results } from './catalog-pages.js';
import { renderResults } from './catalog-results.js';
import { renderSearchBox, type SearchBoxHandlers, searchKeyAction } from './catalog-search.js';
import { gridKeyTarget } from './grid-navigation.js';
import { GridWindow } from './grid-window.js';
import {
  type CatalogFacetKey,
  type CatalogFilters,
  type CatalogHit,
  type CatalogItem,
  type CatalogSource,
  NO_FACETS,
} from './source.js';

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
    _filtersOpen: { state: true },
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
  declare _filtersOpen: boolean;

  readonly #localize = new LocalizeController(this);
  /** The grid's columns and the rows rendered: those in view and half a screen either side. */
  readonly #grid = new GridWindow(this);
  readonly #pages = new PageLoader();
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
      this.#pages.reset();
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
    this._filtersOpen = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#pages.abort();
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
      ${this.#renderResults(results)}
    </div>`;
  }

  #renderResults(results: Results | undefined): TemplateResult {
    const columns = this.#grid.columns;
    return renderResults({
      state: this.#results.state,
      results,
      noSource: this.source === undefined,
      query: this.query,
      filtered: Object.values(this.filters).some((values) => (values?.length ?? 0) > 0),
      columns,
      rows: results === undefined ? undefined : this.#grid.rendered(Math.ceil(results.total / columns)),
      focusIndex: this._focusIndex,
      t: this.#localize.term(),
      onRetry: () => this.retry(),
      onClearFilters: () => this.#setFilters({}),
      onOpen: (entry, index) => this.#openDetails(entry.name, index),
      onKey: (event) => this.#onGridKey(event),
      onFocus: (event) => this.#onGridFocus(event),
      onScroll: this.#grid.onScroll,
    });
  }

  /** Sizes the space for the rows not rendered and asks for the pages of those that are. */
  #placeRows(): void {
    const results = this.#results.value;
    const source = this.source;
    if (results === undefined) return;
    const [first, last] = this.#grid.place(results.total) ?? [0, -1];
    const columns = this.#grid.columns;
    if (source === undefined) return;
    const search = { source, query: this.query, filters: this.filters };
    this.#pages.load(search, results, [first * columns, (last + 1) * columns - 1], () => this.requestUpdate());
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
      columns: this.#grid.columns,
      rtl,
      ctrl: event.ctrlKey || event.metaKey,
    });
    if (next === undefined) return;
    event.preventDefault();
    void this.#focusTile(next);
  }

  #focusTile(index: number): Promise<void> {
    this._focusIndex = index;
    return this.#grid.focus(index);
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
    return renderDetailsView({
      state: this.#details.state,
      entry: this.#details.value,
      t: this.#localize.term(),
      onAdd: (item) => this.#add(item),
      onBack: () => this.#back(),
      onKey: (event) => this.#onDetailsKey(event),
    });
  }

  // ── Lifecycle ─────────────────────────────────────────────────────────────────────────────

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
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
