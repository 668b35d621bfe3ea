/** The rows to render, first and last inclusive; `last` may pass the row count, which {@link clampRows} cuts. */
export type RowRange = readonly [first: number, last: number];

/**
 * The rows of a scroller whose rows all have one height (`rowHeight` px, gap included) that are in
 * view at `scrollTop`, with half a screen of overscan each way. Rows of one height are all a window
 * needs: their offsets follow from their index, so no row is measured but the first.
 */
export function rowsInView(scrollTop: number, viewportHeight: number, rowHeight: number): RowRange {
  const screen = Math.max(1, Math.ceil(viewportHeight / rowHeight));
  const top = Math.max(0, Math.floor(scrollTop / rowHeight));
  // Half a screen of rows either side, so a small scroll (or Tab to the next row) finds rows already rendered.
  const overscan = Math.ceil(screen / 2);
  return [Math.max(0, top - overscan), top + screen + overscan];
}

/**
 * `range` within `rows` rows (`undefined` when there are none). A range past the end, left from a
 * longer result before the scroller clamped its offset, becomes the last rows, as many as it held.
 */
export function clampRows([first, last]: RowRange, rows: number): RowRange | undefined {
  if (rows <= 0) return undefined;
  const end = Math.min(last, rows - 1);
  return [Math.max(0, first <= end ? first : end - (last - first)), end];
}

/** The `scrollTop` that brings `row` into view with the least movement (`block: 'nearest'`). */
export function scrollTopShowing(row: number, rowHeight: number, scrollTop: number, viewportHeight: number): number {
  const top = row * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + viewportHeight) return top + rowHeight - viewportHeight;
  return scrollTop;
}

/**
 * Sizes the space standing for the rows before and after `[first, last]` of `rows`: the scroller's
 * `::before` and `::after` take `--rows-before` and `--rows-after`, set through the CSSOM, which a
 * strict CSP (no inline `style` attributes) allows.
 */
export function placeSpacers(scroller: HTMLElement, [first, last]: RowRange, rows: number, rowHeight: number): void {
  scroller.style.setProperty('--rows-before', `${first * rowHeight}px`);
  scroller.style.setProperty('--rows-after', `${Math.max(0, rows - 1 - last) * rowHeight}px`);
}
