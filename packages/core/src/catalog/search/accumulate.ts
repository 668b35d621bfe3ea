import { ALIAS_WORD, CODE_BITS, FIELD_ALIAS, FIELD_JOINED, FIELD_NAME } from './analyze.js';
import { FIELD_WEIGHTS } from './rank.js';

// Per-document scratch space for scoring a query, indexed by document id and shared by every catalog:
// queries run one at a time and leave it cleared, so one set serves all and nothing is allocated per query.
// Allocated by `reserve` before any query reads them.
let capacity = 0;
let score!: Float64Array;
let best!: Float64Array;
let count!: Uint8Array;
let mask!: Int32Array;
let wordMask!: Int32Array;
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

/** Makes room for document ids below `docs`. */
export function reserve(docs: number): void {
  if (capacity > docs) return;
  capacity = docs * 2 + 64;
  score = new Float64Array(capacity);
  best = new Float64Array(capacity);
  count = new Uint8Array(capacity);
  mask = new Int32Array(capacity);
  wordMask = new Int32Array(capacity);
  touched = new Int32Array(capacity);
  current = new Int32Array(capacity);
  matched = new Int32Array(capacity);
  matchedScores = new Float64Array(capacity);
  passing = new Int32Array(capacity);
}

/** Records key matches of the current query word with the given quality, keeping each document's best. */
export function applyKeys(postings: readonly number[], quality: number, lastField: number): void {
  for (let field = 0; field < 4; field++) weights[field] = (FIELD_WEIGHTS[field] as number) * quality;
  for (let i = 0; i < postings.length; i++) {
    const posting = postings[i] as number;
    const doc = posting >>> CODE_BITS;
    const field = (posting >>> 4) & 3;
    if (field > lastField) continue;
    const value = weights[field] as number;
    const previous = best[doc] as number;
    if (previous === 0) current[currentLength++] = doc;
    if (value > previous) best[doc] = value;
    if (field === FIELD_NAME) wordMask[doc] = (wordMask[doc] as number) | (1 << (posting & 15));
    else if (field === FIELD_JOINED) wordMask[doc] = (wordMask[doc] as number) | (3 << (posting & 15));
    else if (field === FIELD_ALIAS && (posting & 15) !== ALIAS_WORD) wordMask[doc] = WHOLE_NAME;
  }
}

/** Records description matches of the current query word. */
export function applyText(docs: readonly number[], weight: number): void {
  for (const doc of docs) {
    if (best[doc] === 0) current[currentLength++] = doc;
    if (weight > (best[doc] as number)) best[doc] = weight;
  }
}

/** Adds the current query word's best match per document to the running totals. */
export function endWord(): void {
  for (let i = 0; i < currentLength; i++) {
    const doc = current[i] as number;
    score[doc] = (score[doc] as number) + (best[doc] as number);
    if (count[doc] === 0) touched[touchedLength++] = doc;
    count[doc] = (count[doc] as number) + 1;
    mask[doc] = (mask[doc] as number) | (wordMask[doc] as number);
    best[doc] = 0;
    wordMask[doc] = 0;
  }
  currentLength = 0;
}

/**
 * Writes the documents that matched every word (or, when none did, the most words) with their final
 * scores to `matched`/`matchedScores` and returns how many there are; {@link clear} comes next.
 * `final` turns a document's summed score and covered name words into its final score.
 */
export function collect(final: (doc: number, sum: number, covered: number) => number): number {
  let need = 0;
  let length = 0;
  for (let i = 0; i < touchedLength; i++) need = Math.max(need, count[touched[i] as number] as number);
  for (let i = 0; i < touchedLength; i++) {
    const doc = touched[i] as number;
    if (count[doc] !== need) continue;
    matched[length] = doc;
    matchedScores[length++] = final(doc, score[doc] as number, mask[doc] as number);
  }
  return length;
}

/** Resets every touched document. */
export function clear(): void {
  for (let i = 0; i < touchedLength; i++) {
    const doc = touched[i] as number;
    score[doc] = 0;
    count[doc] = 0;
    mask[doc] = 0;
  }
  touchedLength = 0;
}
