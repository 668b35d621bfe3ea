import { sharedPrefixes } from './typo.js';

/** Sorted terms with their postings, so a prefix is one contiguous range found by binary search. */
export class Vocabulary {
  terms: string[];
  lists: number[][];
  #shared: Uint8Array | undefined;

  /** Takes copies of sorted `terms` and their `lists`, so the caller's arrays (a serialized index) stay its own. */
  constructor(terms: readonly string[] = [], lists: readonly (readonly number[])[] = []) {
    this.terms = terms.slice();
    this.lists = lists.map((list) => list.slice());
  }

  /**
   * Builds from an unordered term → postings map in one sort. Terms (which never contain spaces; the limit
   * keeps an empty vocabulary empty) and lists are copied in term order, which lays them out next to each
   * other in memory: binary searches, typo scans and prefix ranges then read nearly sequentially, where the
   * originals lie scattered among the entries.
   */
  static from(map: Map<string, number[]>): Vocabulary {
    const terms = [...map.keys()].sort();
    return new Vocabulary(
      terms.join(' ').split(' ', terms.length),
      terms.map((term) => map.get(term) as number[]),
    );
  }

  /** Index of the first term not below `term`. */
  seek(term: string): number {
    let low = 0;
    let high = this.terms.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.terms[mid] as string) < term) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The indexes `[first, end)` of the terms starting with `prefix`. */
  range(prefix: string): [first: number, end: number] {
    // Every term with the prefix sorts below the prefix followed by the highest UTF-16 unit.
    return [this.seek(prefix), this.seek(`${prefix}\uffff`)];
  }

  /** {@link sharedPrefixes} of the terms, for typo scans; computed on the first one after a change. */
  shared(): Uint8Array {
    this.#shared ??= sharedPrefixes(this.terms);
    return this.#shared;
  }

  add(term: string, posting: number): void {
    const at = this.seek(term);
    if (this.terms[at] === term) {
      this.lists[at]?.push(posting);
      return;
    }
    this.terms.splice(at, 0, term);
    this.lists.splice(at, 0, [posting]);
    this.#shared = undefined;
  }

  /** Drops the postings of one document from a term, and the term once nothing references it. */
  remove(term: string, doc: number, shift: number): void {
    const at = this.seek(term);
    if (this.terms[at] !== term) return;
    const kept = (this.lists[at] as number[]).filter((posting) => posting >>> shift !== doc);
    if (kept.length > 0) {
      this.lists[at] = kept;
      return;
    }
    this.terms.splice(at, 1);
    this.lists.splice(at, 1);
    this.#shared = undefined;
  }
}
