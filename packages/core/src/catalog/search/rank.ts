/**
 * Weight of a key match per posting field: name, joined name words, alias, category. An alias weighs as much
 * as a name: a whole alias is another name for the app, and a word of a longer alias covers no name words,
 * so name matches still rank first.
 */
export const FIELD_WEIGHTS = [1, 0.95, 1, 0.5] as const;
/** Quality of a whole-term match with 0, 1 or 2 typos. */
export const TYPO = [1, 0.7, 0.55] as const;
/** Quality of a prefix match with 0, 1 or 2 typos. */
export const PREFIX_TYPO = [0.75, 0.6, 0.45] as const;

// Enums so that bundlers inline the values, as with the posting layout.

/** Quality of a match, and the weight of description matches. */
export enum Match {
  /** A match on a whole term. */
  Exact = 1,
  /** A prefix match; independent of length so popularity decides among prefixes. */
  Prefix = 0.75,
  /** Weight of a description match, below every key field. */
  Description = 0.25,
}

/** Bonuses a document's summed word scores get. */
export enum Bonus {
  /** Scaled by the share of display name words the query covered, so "Zoom" beats "Zoom Phone". */
  Coverage = 0.3,
  /** The first display name word matched. */
  Leading = 0.1,
  /** The query is the whole display name (spaces ignored), or one whole alias. */
  ExactName = 1,
  ExactAlias = 0.8,
}

/** Above this many matches wanted, sorting every candidate costs less than keeping a sorted short list. */
const SHORT_LIST = 64;

/**
 * Positions of the best `count` matches among `candidates[0 .. length)`, by score then tie-break `rank`
 * (by document). Up to `SHORT_LIST` wanted, it keeps a sorted short list: one comparison settles most
 * candidates, so the work grows with `length`, not `length × log length`.
 */
export function topDocs(
  candidates: Int32Array,
  length: number,
  count: number,
  docs: Int32Array,
  scores: Float64Array,
  rank: Int32Array,
): number[] {
  // Negative when match `a` goes first.
  const compare = (a: number, b: number) =>
    (scores[b] as number) - (scores[a] as number) ||
    (rank[docs[a] as number] as number) - (rank[docs[b] as number] as number);
  if (count < 1) return [];
  if (count > SHORT_LIST) return Array.from(candidates.subarray(0, length)).sort(compare).slice(0, count);
  const top: number[] = [];
  for (let i = 0; i < length; i++) {
    const match = candidates[i] as number;
    let k = top.length;
    if (k === count) {
      if (compare(match, top[k - 1] as number) >= 0) continue;
      k--;
    }
    while (k > 0 && compare(match, top[k - 1] as number) < 0) {
      top[k] = top[k - 1] as number;
      k--;
    }
    top[k] = match;
  }
  return top;
}
