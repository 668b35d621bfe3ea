import { Field, Posting } from './analyze.js';
import { Bonus, FIELD_WEIGHTS } from './rank.js';
import { popcount } from './typo.js';

// Per-document scratch space for scoring a query, shared by every catalog: queries run one at a time and
// leave it cleared, so one set serves all and nothing is allocated per query. A document's running score,
// best match of the current word, matched words (bits 20 up) with covered name words (below), and the name
// words of the current word sit side by side in `slots` (at `doc * 4`), so a document costs one cache line,
// not five: queries usually start with the scratch space evicted by whatever ran between two keystrokes.
// Allocated by `reserve` before any query reads them.
let capacity = 0;
let slots!: Float64Array;
let touched!: Int32Array;
let touchedLength = 0;
let current!: Int32Array;
let currentLength = 0;
/** The highest matched-words-and-coverage value of any document so far, for {@link collect}. */
let most = 0;
/** Matched documents and their final scores, then the positions of those passing the filters. */
export let matched!: Int32Array;
export let matchedScores!: Float64Array;
export let passing!: Int32Array;

const weights = new Float64Array(4);
// Coverage mask of a whole-alias match: every name word, as if the full name had been typed.
const WHOLE_NAME = 0xffff;
// One matched query word, counted above the name word bits.
const WORD = 1 << 20;

/** Makes room for document ids below `docs`. */
export function reserve(docs: number): void {
  if (capacity > docs) return;
  capacity = docs * 2 + 64;
  slots = new Float64Array(capacity * 4);
  touched = new Int32Array(capacity);
  current = new Int32Array(capacity);
  matched = new Int32Array(capacity);
  matchedScores = new Float64Array(capacity);
  passing = new Int32Array(capacity);
}

/**
 * Records key matches of the current query word in the posting lists `lists[from .. to)` with the given
 * quality, keeping each document's best. One call per range, not per term, so a broad prefix runs one hot loop.
 */
export function applyKeys(lists: readonly number[][], from: number, to: number, quality: number): void {
  for (let field = 0; field < 4; field++) weights[field] = (FIELD_WEIGHTS[field] as number) * quality;
  for (let t = from; t < to; t++) {
    for (const posting of lists[t] as number[]) {
      const at = (posting >>> Posting.CodeBits) * 4;
      const field = (posting >>> 4) & 3;
      const value = weights[field] as number;
      const previous = slots[at + 1] as number;
      if (previous === 0) current[currentLength++] = at;
      if (value > previous) slots[at + 1] = value;
      if (field === Field.Name) slots[at + 3] = (slots[at + 3] as number) | (1 << (posting & 15));
      else if (field === Field.Joined) slots[at + 3] = (slots[at + 3] as number) | (3 << (posting & 15));
      else if (field === Field.Alias && (posting & 15) !== Posting.AliasWord) slots[at + 3] = WHOLE_NAME;
    }
  }
}

/** Records description matches of the current query word in the document lists `lists[from .. to)`. */
export function applyText(lists: readonly number[][], from: number, to: number, weight: number): void {
  for (let t = from; t < to; t++) {
    for (const doc of lists[t] as number[]) {
      const at = doc * 4;
      if (slots[at + 1] === 0) current[currentLength++] = at;
      if (weight > (slots[at + 1] as number)) slots[at + 1] = weight;
    }
  }
}

/** Adds the current query word's best match per document to the running totals. */
export function endWord(): void {
  for (let i = 0; i < currentLength; i++) {
    const at = current[i] as number;
    slots[at] = (slots[at] as number) + (slots[at + 1] as number);
    if ((slots[at + 2] as number) < WORD) touched[touchedLength++] = at;
    slots[at + 2] = ((slots[at + 2] as number) | (slots[at + 3] as number)) + WORD;
    most = Math.max(most, slots[at + 2] as number);
    slots[at + 1] = 0;
    slots[at + 3] = 0;
  }
  currentLength = 0;
}

/**
 * Writes the documents that matched every word (or, when none did, the most words) with their final
 * scores to `matched`/`matchedScores` and returns how many there are; {@link clear} comes next.
 * A final score adds to the summed word scores the share of display name words covered (`words` holds
 * each document's count in its low 5 bits and flags its name lengths above, see the engine) and whether
 * `phrase`, the query without spaces, is the whole name (first of `names`) or an alias.
 */
export function collect(words: readonly number[], names: readonly string[][], phrase: string): number {
  // The most words any document matched, in the units they are counted in; below is the coverage.
  const need = most & -WORD;
  // Bit of the phrase's length among each document's name length flags.
  const length = 32 << (phrase.length & 15);
  let count = 0;
  for (let i = 0; i < touchedLength; i++) {
    const at = touched[i] as number;
    const covered = slots[at + 2] as number;
    if (covered < need) continue;
    const doc = at / 4;
    const packed = words[doc] as number;
    const nameWords = packed & 31;
    const name = (packed & length) === 0 ? -1 : (names[doc] as string[]).indexOf(phrase);
    matched[count] = doc;
    matchedScores[count++] =
      (slots[at] as number) +
      (Bonus.Coverage * popcount(covered & ((1 << nameWords) - 1))) / nameWords +
      Bonus.Leading * (covered & 1) +
      (name === 0 ? Bonus.ExactName : name > 0 ? Bonus.ExactAlias : 0);
  }
  return count;
}

/** Resets every touched document. */
export function clear(): void {
  for (let i = 0; i < touchedLength; i++) {
    const at = touched[i] as number;
    slots[at] = 0;
    slots[at + 2] = 0;
  }
  touchedLength = 0;
  most = 0;
}
