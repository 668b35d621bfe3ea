import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clampRows, placeSpacers, type RowRange, rowsInView, scrollTopShowing } from '../../internal/row-window.js';
import { columnsFor } from './grid-navigation.js';

// Tile geometry the column count is computed from; matches `--ik-catalog-tile-min-width` and the gap.
const TILE_MIN_WIDTH = 208;
const TILE_GAP = 12;
// A row's height (a 4.5rem tile and the gap) until one is measured; the first measure follows the first paint.
const ROW_HEIGHT_ESTIMATE = 84;

/**
 * The tile grid's geometry: its columns (from its width) and the rows rendered, those in view and
 * half a screen either side (see `internal/row-window.ts`). Changes ask the host to update.
 */
export class GridWindow implements ReactiveController {
  readonly #host: ReactiveControllerHost & { readonly renderRoot: ParentNode };
  #columns = 1;
  #rows: RowRange = [0, 0];
  #rowHeight = ROW_HEIGHT_ESTIMATE;
  // The grid's height from its ResizeObserver (after layout), so scroll handling reads no layout.
  #gridHeight = 0;
  #resizeObserver: ResizeObserver | undefined;
  #observedGrid: HTMLElement | undefined;

  constructor(host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {
    this.#host = host;
    host.addController(this);
  }

  get columns(): number {
    return this.#columns;
  }

  /** The rows to render of `rows` (first and last inclusive), or undefined when there are none. */
  rendered(rows: number): RowRange | undefined {
    return clampRows(this.#rows, rows);
  }

  // Before the grid first renders, its columns come from the results panel it fills, measured
  // before render: state set here costs no second update, and the first paint is right.
  hostUpdate(): void {
    if (this.#observedGrid !== undefined) return;
    const results = this.#host.renderRoot.querySelector<HTMLElement>('.results');
    const width = results?.clientWidth ?? 0;
    if (width > 0) this.#columns = columnsFor(width, TILE_MIN_WIDTH, TILE_GAP);
    // A new grid starts at its top. The message it replaces is as tall as it; before any, the
    // window's height bounds the part of the grid that can be in view.
    const height = results?.querySelector<HTMLElement>('[part="message"]')?.offsetHeight ?? 0;
    this.#rows = rowsInView(0, height > 0 ? height : globalThis.innerHeight, this.#rowHeight);
  }

  hostUpdated(): void {
    this.#observeGrid();
  }

  hostDisconnected(): void {
    this.#resizeObserver?.disconnect();
    this.#observedGrid = undefined;
  }

  /** The grid's `@scroll` listener. */
  readonly onScroll = (event: Event): void => {
    this.#follow(event.currentTarget as HTMLElement);
  };

  /** Sizes the space for the rows of `total` tiles not rendered; returns the rows rendered. */
  place(total: number): RowRange | undefined {
    const grid = this.#grid();
    const rows = Math.ceil(total / this.#columns);
    const range = clampRows(this.#rows, rows);
    if (grid !== undefined && range !== undefined) placeSpacers(grid, range, rows, this.#rowHeight);
    return range;
  }

  /** Scrolls the tile at `index` into view (the least movement), rendering its row. */
  show(index: number): void {
    const grid = this.#grid();
    if (grid === undefined) return;
    const row = Math.floor(index / this.#columns);
    grid.scrollTop = scrollTopShowing(row, this.#rowHeight, grid.scrollTop, this.#heightOf(grid));
    this.#follow(grid);
  }

  /** Scrolls the tile at `index` into view and focuses it once its row is rendered. */
  async focus(index: number): Promise<void> {
    this.show(index);
    // The row renders with the next update; wait for it, bounded.
    for (let frame = 0; frame < 10; frame++) {
      await this.#host.updateComplete;
      const tile = this.#host.renderRoot.querySelector<HTMLElement>(`.tile[data-index="${index}"]`);
      if (tile !== null) {
        tile.focus();
        return;
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }

  #grid(): HTMLElement | undefined {
    return this.#host.renderRoot.querySelector<HTMLElement>('.grid') ?? undefined;
  }

  // Until the observer has reported (a scroll before the first frame), the grid is measured.
  #heightOf(grid: HTMLElement): number {
    return this.#gridHeight > 0 ? this.#gridHeight : grid.clientHeight;
  }

  #follow(grid: HTMLElement): void {
    const [first, last] = rowsInView(grid.scrollTop, this.#heightOf(grid), this.#rowHeight);
    if (first === this.#rows[0] && last === this.#rows[1]) return;
    this.#rows = [first, last];
    this.#host.requestUpdate();
  }

  #setColumns(columns: number): void {
    if (columns === this.#columns) return;
    this.#columns = columns;
    this.#host.requestUpdate();
  }

  // Then they follow the grid's own width (without its scrollbar). Not set in `hostUpdated`, which
  // would cost a second update every time the grid appears.
  #observeGrid(): void {
    const grid = this.#grid();
    if (grid === this.#observedGrid) return;
    this.#resizeObserver?.disconnect();
    this.#observedGrid = grid;
    this.#gridHeight = 0;
    if (grid === undefined) return;
    // Applied on the next frame: re-rendering the rows inside this callback would resize the grid
    // in the same frame ("ResizeObserver loop completed"). Rows are measured here too, after the
    // first paint and whenever the grid resizes (its height is in rem, so a font size change does).
    this.#resizeObserver ??= new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? 0;
      if (width <= 0) return;
      this.#gridHeight = entry?.contentRect.height ?? 0;
      requestAnimationFrame(() => {
        this.#setColumns(columnsFor(width, TILE_MIN_WIDTH, TILE_GAP));
        const observed = this.#observedGrid;
        const row = observed?.querySelector('.row')?.getBoundingClientRect().height ?? 0;
        if (row > 0 && row !== this.#rowHeight) {
          this.#rowHeight = row;
          this.#host.requestUpdate();
        }
        if (observed !== undefined) this.#follow(observed);
      });
    });
    this.#resizeObserver.observe(grid);
  }
}
