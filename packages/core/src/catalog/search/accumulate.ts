import { ALIAS_WORD, CODE_BITS, FIELD_ALIAS, FIELD_JOINED, FIELD_NAME } from './analyze.js';
import { FIELD_WEIGHTS } from './rank.js';

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

/** Records key matches (the first `end` postings) of the current query word with the given quality, keeping each document's best. */
export function applyKeys(postings: readonly number[], quality: number, end: number): void {
  for (let field = 0; field < 4; field++) weights[field] = (FIELD_WEIGHTS[field] as number) * quality;
  for (let i = 0; i < end; i++) {
    const posting = postings[i] as number;
    const at = (posting >>> CODE_BITS) * 4;
    const field = (posting >>> 4) & 3;
    const value = weights[field] as number;
    const previous = slots[at + 1] as number;
    if (previous === 0) current[currentLength++] = at;
    if (value > previous) slots[at + 1] = value;
    if (field === FIELD_NAME) slots[at + 3] = (slots[at + 3] as number) | (1 << (posting & 15));
    else if (field === FIELD_JOINED) slots[at + 3] = (slots[at + 3] as number) | (3 << (posting & 15));
    else if (field === FIELD_ALIAS && (posting & 15) !== ALIAS_WORD) slots[at + 3] = WHOLE_NAME;
  }
}

/** Records description matches of the current query word. */
export function applyText(docs: readonly number[], weight: number): void {
  for (const doc of docs) {
    const at = doc * 4;
    if (slots[at + 1] === 0) current[currentLength++] = at;
    if (weight > (slots[at + 1] as number)) slots[at + 1] = weight;
  }
}

/** Adds the current query word's best match per document to the running totals. */
export function endWord(): void {
  for (let i = 0; i < currentLength; i++) {
    const at = current[i] as number;
    slots[at] = (slots[at] as number) + (slots[at + 1] as number);
    if ((slots[at + 2] as number) < WORD) touched[touchedLength++] = at;
    slots[at + 2] = ((slots[at + 2] as number) | (slots[at + 3] as number)) + WORD;
    slots[at + 1] = 0;
    slots[at + 3] = 0;
  }
  currentLength = 0;
}

/**
 * Writes the documents that matched every word (or, when none did, the most words) with their final
 * scores to `matched`/`matchedScores` and returns how many there are; {@link clear} comes next.
 * `final` turns a document's summed score and covered name words (plus higher bits it must ignore) into
 * its final score.
 */
export function collect(final: (doc: number, sum: number, covered: number) => number): number {
  let need = 0;
  let length = 0;
  for (let i = 0; i < touchedLength; i++) need = Math.max(need, slots[(touched[i] as number) + 2] as number);
  // The most words any document matched, in the units they are counted in; below is the coverage.
  need &= -WORD;
  for (let i = 0; i < touchedLength; i++) {
    const at = touched[i] as number;
    if ((slots[at + 2] as number) < need) continue;
    matched[length] = at / 4;
    matchedScores[length++] = final(at / 4, slots[at] as number, slots[at + 2] as number);
  }
  return length;
}

/** Resets every touched document. */
export function clear(): void {
  for (let i = 0; i < touchedLength; i++) {
    const at = touched[i] as number;
    slots[at] = 0;
    slots[at + 2] = 0;
  }
  touchedLength = 0;
}
