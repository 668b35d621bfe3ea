/** Longest query word typo matching considers; longer words match by prefix only. */
export const MAX_TYPO_LENGTH = 32;

/** Edits a query word may contain: 1 from 4 characters, 2 from 8 (a transposition is one edit). */
export function allowedTypos(length: number): number {
  if (length < 4 || length > MAX_TYPO_LENGTH) return 0;
  return length < 8 ? 1 : 2;
}

/** A 32-bit sketch of the characters in a word; a typo match can only miss `allowedTypos` of them. */
export function charMask(term: string): number {
  let mask = 0;
  for (let i = 0; i < term.length; i++) mask |= 1 << (term.charCodeAt(i) % 31);
  return mask;
}

/** Number of set bits of a 32-bit integer. */
export function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

const width = MAX_TYPO_LENGTH + 4;
// Three DP rows reused across calls: the engine is single-threaded and this runs once per candidate word.
let before = new Int32Array(width);
let previous = new Int32Array(width);
let current = new Int32Array(width);

/** Result of {@link typoDistance}; `whole` is the distance to the entire term, `prefix` to its closest prefix. */
export interface TypoDistance {
  whole: number;
  prefix: number;
  /** Length of the term prefix that is closest to the query. */
  prefixLength: number;
}

/**
 * Optimal-string-alignment distance (Damerau with adjacent transpositions) between `query` and `term`,
 * both whole and against the best prefix of `term`, bounded by `max` (larger distances report `max + 1`).
 */
export function typoDistance(query: string, term: string, max: number, out: TypoDistance): TypoDistance {
  const n = query.length;
  const m = Math.min(term.length, n + max);
  out.whole = max + 1;
  out.prefix = max + 1;
  out.prefixLength = 0;
  if (n > MAX_TYPO_LENGTH) return out;
  for (let j = 0; j <= m; j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    const q = query.charCodeAt(i - 1);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const t = term.charCodeAt(j - 1);
      let d = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (q === t ? 0 : 1),
      );
      if (i > 1 && j > 1 && q === term.charCodeAt(j - 2) && query.charCodeAt(i - 2) === t) {
        d = Math.min(d, (before[j - 2] as number) + 1);
      }
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return out;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  for (let j = Math.max(0, n - max); j <= m; j++) {
    const d = previous[j] as number;
    if (d < out.prefix) {
      out.prefix = d;
      out.prefixLength = j;
    }
  }
  if (term.length <= n + max) out.whole = Math.min(previous[term.length] as number, max + 1);
  return out;
}
