/** Where a key press moves focus in the tile grid (APG grid pattern), or `undefined` if the key is not ours. */
export function gridKeyTarget(
  key: string,
  options: { index: number; total: number; columns: number; rtl: boolean; ctrl: boolean },
): number | undefined {
  const { index, total, columns, rtl, ctrl } = options;
  if (total === 0) return undefined;
  const rowStart = index - (index % columns);
  const pageRows = 4;
  let next: number;
  switch (key) {
    case 'ArrowRight':
      next = index + (rtl ? -1 : 1);
      break;
    case 'ArrowLeft':
      next = index + (rtl ? 1 : -1);
      break;
    case 'ArrowDown':
      next = index + columns;
      break;
    case 'ArrowUp':
      next = index - columns;
      break;
    case 'PageDown':
      next = Math.min(index + columns * pageRows, total - 1);
      break;
    case 'PageUp':
      next = Math.max(index - columns * pageRows, index % columns);
      break;
    case 'Home':
      next = ctrl ? 0 : rowStart;
      break;
    case 'End':
      next = ctrl ? total - 1 : Math.min(rowStart + columns - 1, total - 1);
      break;
    default:
      return undefined;
  }
  return next >= 0 && next < total ? next : index;
}

/** Columns that fit `width` with tiles at least `minTile` wide separated by `gap`. */
export function columnsFor(width: number, minTile: number, gap: number): number {
  if (!(width > 0)) return 1;
  return Math.max(1, Math.min(MAX_COLUMNS, Math.floor((width + gap) / (minTile + gap))));
}

/** Widest grid the styles know how to lay out. */
export const MAX_COLUMNS = 8;
