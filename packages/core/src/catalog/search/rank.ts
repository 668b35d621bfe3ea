/** Weight of a key match per posting field: name, joined name words, alias, category. */
export const FIELD_WEIGHTS = [1, 0.95, 0.9, 0.5] as const;
/** Weight of a description match, below every key field. */
export const DESCRIPTION_WEIGHT = 0.25;
/** Quality of a match on a whole term. */
export const EXACT = 1;
/** Quality of a prefix match; independent of length so popularity decides among prefixes. */
export const PREFIX = 0.75;
/** Quality of a whole-term match with 0, 1 or 2 typos. */
export const TYPO = [1, 0.7, 0.55] as const;
/** Quality of a prefix match with 0, 1 or 2 typos. */
export const PREFIX_TYPO = [0.75, 0.6, 0.45] as const;
/** Bonus scaled by the share of display name words the query covered, so "Zoom" beats "Zoom Phone". */
export const COVERAGE = 0.3;
/** Bonus when the first display name word matched. */
export const LEADING = 0.1;
/** Bonus when the query is the whole display name (spaces ignored), or one whole alias. */
export const EXACT_NAME = 1;
export const EXACT_ALIAS = 0.8;

/**
 * The first `count` of `candidates[0 .. length)` in the order of `compare` (negative when `a` goes first),
 * without sorting everything (or copying the candidates) when `count` is small.
 */
export function topDocs(
  candidates: Int32Array,
  length: number,
  count: number,
  compare: (a: number, b: number) => number,
): number[] {
  if (count < 1 || count > 64) {
    return Array.from(candidates.subarray(0, length)).sort(compare).slice(0, count);
  }
  const top: number[] = [];
  for (let i = 0; i < length; i++) {
    const doc = candidates[i] as number;
    if (top.length === count && compare(doc, top[count - 1] as number) >= 0) continue;
    let at = top.length === count ? count - 1 : top.length;
    while (at > 0 && compare(doc, top[at - 1] as number) < 0) {
      top[at] = top[at - 1] as number;
      at--;
    }
    top[at] = doc;
  }
  return top;
}
