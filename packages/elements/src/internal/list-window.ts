import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clampRows, placeSpacers, type RowRange, rowsInView } from './row-window.js';

/** Where a {@link ListWindow} finds its list and how tall a row is until one is measured. */
export interface ListWindowOptions {
  /** The scrolling list, in the host's render root; its rows are its children matching `row`. */
  readonly scroller: string;
  readonly row: string;
  /** A row's height in px until the first rendered row is measured (after the first layout). */
  readonly rowHeightEstimate: number;
  /** The list's height in px until it is measured (the window's height bounds it too). */
  readonly heightEstimate: number;
}

/**
 * The rows of a one-column scrolling list to render: those in view and half a screen either side,
 * the rest stood for by spacers (see `row-window.ts`). Every row must have one height, which CSS
 * gives them. Nothing is read from layout during an update: the list's height and a row's come
 * from a `ResizeObserver` (which runs after layout), the offset from scroll events.
 */
export class ListWindow implements ReactiveController {
  readonly #host: ReactiveControllerHost & { readonly renderRoot: ParentNode };
  readonly #options: ListWindowOptions;
  #range: RowRange;
  #rowHeight: number;
  #count = 0;
  #scroller: HTMLElement | undefined;
  #measured = false;
  #resizeObserver: ResizeObserver | undefined;

  constructor(host: ReactiveControllerHost & { readonly renderRoot: ParentNode }, options: ListWindowOptions) {
    this.#host = host;
    this.#options = options;
    this.#rowHeight = options.rowHeightEstimate;
    // Before the list is laid out: the rows its usual height shows (the window's height bounds it),
    // no overscan; the overscan follows once the list is measured, after the first paint.
    const screen = Math.ceil(Math.min(options.heightEstimate, globalThis.innerHeight) / this.#rowHeight);
    this.#range = [0, Math.max(0, screen - 1)];
    host.addController(this);
  }

  /** The rows to render of `count` (first and last inclusive), or undefined when there are none. */
  rows(count: number): RowRange | undefined {
    this.#count = count;
    return clampRows(this.#range, count);
  }

  /** Whether the list and a row have been measured: until then the rows are an estimate, too rough to page by. */
  get measured(): boolean {
    return this.#measured;
  }

  /** The list's `@scroll` listener. */
  readonly onScroll = (event: Event): void => {
    const scroller = event.currentTarget as HTMLElement;
    this.#follow(scroller.scrollTop, scroller.clientHeight);
  };

  hostUpdated(): void {
    const scroller = this.#host.renderRoot.querySelector<HTMLElement>(this.#options.scroller) ?? undefined;
    if (scroller !== this.#scroller) this.#observe(scroller);
    const range = clampRows(this.#range, this.#count);
    if (scroller !== undefined && range !== undefined) placeSpacers(scroller, range, this.#count, this.#rowHeight);
  }

  hostDisconnected(): void {
    this.#resizeObserver?.disconnect();
    this.#scroller = undefined;
  }

  #observe(scroller: HTMLElement | undefined): void {
    this.#resizeObserver?.disconnect();
    this.#scroller = scroller;
    if (scroller === undefined) return;
    // Fires once the list is first laid out and whenever it resizes (a narrow screen stacks a row's
    // cells, so rows grow): the first row is measured then, when layout is already done.
    this.#resizeObserver ??= new ResizeObserver(([entry]) => {
      const list = this.#scroller;
      if (entry === undefined || list === undefined) return;
      const row = list.querySelector(this.#options.row)?.getBoundingClientRect().height ?? 0;
      if ((row > 0 && row !== this.#rowHeight) || !this.#measured) {
        this.#measured = row > 0;
        if (row > 0) this.#rowHeight = row;
        this.#host.requestUpdate();
      }
      this.#follow(list.scrollTop, entry.contentRect.height);
    });
    this.#resizeObserver.observe(scroller);
  }

  #follow(scrollTop: number, height: number): void {
    const [first, last] = rowsInView(scrollTop, height, this.#rowHeight);
    if (first === this.#range[0] && last === this.#range[1]) return;
    this.#range = [first, last];
    this.#host.requestUpdate();
  }
}
