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
 * Total order of hits: score, then popularity, then key — so equal inputs always give equal orders.
 * Returns a negative number when document `a` ranks first.
 */
export function compareDocs(
  a: number,
  b: number,
  scores: Float64Array,
  popularity: readonly number[],
  keys: readonly string[],
): number {
  const byScore = (scores[b] as number) - (scores[a] as number);
  if (byScore !== 0) return byScore;
  const byPopularity = (popularity[b] as number) - (popularity[a] as number);
  if (byPopularity !== 0) return byPopularity;
  const keyA = keys[a] as string;
  const keyB = keys[b] as string;
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}

/** The best `count` documents in rank order, without sorting everything when `count` is small. */
export function topDocs(
  docs: Int32Array,
  length: number,
  count: number,
  compare: (a: number, b: number) => number,
): number[] {
  if (count <= 0) return [];
  if (count > 64 || count * 8 >= length) return Array.from(docs.subarray(0, length)).sort(compare).slice(0, count);
  const top: number[] = [];
  for (let i = 0; i < length; i++) {
    const doc = docs[i] as number;
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
