/** Longest query word typo matching considers; longer words match by prefix only. */
export const MAX_TYPO_LENGTH = 32;

/** Edits a query word may contain: 1 from 4 characters, 2 from 8 (a transposition is one edit). */
export function allowedTypos(length: number): number {
  if (length < 4 || length > MAX_TYPO_LENGTH) return 0;
  return length < 8 ? 1 : 2;
}

/** Number of set bits of a 32-bit integer. */
export function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Receives a term within the edit bound: its index, its distance as a whole word and to its closest
 * prefix (both `max + 1` when beyond the bound), and the length of that prefix.
 */
export type TypoVisitor = (index: number, whole: number, prefix: number, prefixLength: number) => void;

const columns = MAX_TYPO_LENGTH + 2;
// Row j holds the distances from the term's first j characters to every query prefix, and in its last
// column their minimum. One matrix is reused by every scan: the engine is single-threaded.
const rows = new Int32Array((MAX_TYPO_LENGTH + 3) * columns);

/** Length of the prefix each sorted term shares with the one before it (capped at 255). */
export function sharedPrefixes(terms: readonly string[]): Uint8Array {
  const shared = new Uint8Array(terms.length);
  for (let t = 1; t < terms.length; t++) {
    const term = terms[t] as string;
    let i = 0;
    while (i < 255 && term.charCodeAt(i) === terms[t - 1]?.charCodeAt(i)) i++;
    shared[t] = i;
  }
  return shared;
}

/**
 * Finds the terms of the sorted `terms[from .. to)` within `max` edits of `query` (at most
 * {@link MAX_TYPO_LENGTH} characters, as {@link allowedTypos} ensures) by optimal string
 * alignment (Damerau with adjacent transpositions), as whole words or by their closest prefix. Sorted
 * terms walk like trie paths (`shared` is {@link sharedPrefixes} of `terms`): rows of a prefix shared
 * with the previous term are reused, and every term under a prefix already beyond the bound is settled
 * without computing anything.
 */
export function scanTypos(
  query: string,
  max: number,
  terms: readonly string[],
  shared: Uint8Array,
  from: number,
  to: number,
  visit: TypoVisitor,
): void {
  const n = query.length;
  for (let i = 0; i <= n; i++) rows[i] = i;
  rows[columns - 1] = 0;
  // Rows 0..valid belong to the last computed term, `common` is how much of it the current term shares,
  // and `dead` the row (a prefix length) where that term went out of bounds.
  let common = 0;
  let valid = 0;
  let dead = 0;
  let whole = 0;
  let prefix = 0;
  let prefixLength = 0;
  for (let t = from; t < to; t++) {
    common = Math.min(common, shared[t] as number);
    if (dead === 0 || common < dead) {
      const term = terms[t] as string;
      const m = Math.min(term.length, n + max);
      dead = 0;
      for (let j = Math.min(common, valid) + 1; j <= m && dead === 0; j++) {
        const row = j * columns;
        // Past the bound's own length, a row after one at the bound stays within it only on a diagonal step,
        // which needs a character of the query: other characters settle the term without computing the row.
        if (j > max && (rows[row - 1] as number) >= max && !query.includes(term[j - 1] as string)) {
          dead = j;
          continue;
        }
        const c = term.charCodeAt(j - 1);
        const before = j > 1 ? term.charCodeAt(j - 2) : -1;
        let least = j;
        rows[row] = j;
        for (let i = 1; i <= n; i++) {
          const q = query.charCodeAt(i - 1);
          let d = Math.min(
            (rows[row - columns + i] as number) + 1,
            (rows[row + i - 1] as number) + 1,
            (rows[row - columns + i - 1] as number) + (q === c ? 0 : 1),
          );
          if (i > 1 && q === before && query.charCodeAt(i - 2) === c) {
            d = Math.min(d, (rows[row - 2 * columns + i - 2] as number) + 1);
          }
          rows[row + i] = d;
          if (d < least) least = d;
        }
        rows[row + columns - 1] = least;
        // Distances never shrink below a row's minimum further down, so longer prefixes cannot match.
        if (least > max) dead = j;
      }
      valid = dead > 0 ? dead - 1 : m;
      common = 255;
      prefix = max + 1;
      prefixLength = 0;
      for (let j = Math.max(0, n - max); j <= valid; j++) {
        const d = rows[j * columns + n] as number;
        if (d < prefix) {
          prefix = d;
          prefixLength = j;
        }
      }
      whole =
        dead === 0 && term.length <= n + max ? Math.min(rows[term.length * columns + n] as number, max + 1) : max + 1;
    }
    if (whole <= max || prefix <= max) visit(t, whole, prefix, prefixLength);
  }
}
