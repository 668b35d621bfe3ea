/** The rows to render, first and last inclusive; `last` may pass the row count, which {@link clampRows} cuts. */
export type RowRange = readonly [first: number, last: number];

/**
 * The rows of a scroller whose rows all have one height (`rowHeight` px, gap included) that are in
 * view at `scrollTop`, with a screen of overscan each way. The catalog's tiles have a fixed block
 * size, so this is all the grid's windowing needs: the rows' offsets follow from their index.
 */
export function rowsInView(scrollTop: number, viewportHeight: number, rowHeight: number): RowRange {
  const screen = Math.max(1, Math.ceil(viewportHeight / rowHeight));
  const top = Math.max(0, Math.floor(scrollTop / rowHeight));
  // Half a screen of rows either side, so a small scroll shows rows already rendered.
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
