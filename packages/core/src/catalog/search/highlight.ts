import { eachWord, subwords, type Token } from './fold.js';
import type { HitMatch, MatchField, SearchableEntry } from './types.js';

/** What a query matched, enough to highlight any entry it returned. */
export interface MatchContext {
  tokens: string[];
  /** Terms matched with typos → length of the matched part (whole term or its closest prefix). */
  typos: Map<string, number>;
}

/** Shortest query word that may match a description. */
export const MIN_TEXT_WORD = 3;

function matchedLength(term: string, context: MatchContext, typos: boolean): number {
  let best = 0;
  for (const token of context.tokens) {
    if (token.length > best && term.startsWith(token) && (typos || token.length >= MIN_TEXT_WORD)) best = token.length;
  }
  if (best === 0 && typos) best = context.typos.get(term) ?? 0;
  return best;
}

function range(token: Token, length: number): [number, number] {
  // Folding can change a word's length (ß → ss); then the whole word is highlighted.
  const end = token.term.length === token.end - token.start ? token.start + length : token.end;
  return [token.start, Math.min(end, token.end)];
}

function merge(ranges: [number, number][]): [number, number][] {
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const next of ranges) {
    const last = out[out.length - 1];
    if (last !== undefined && next[0] <= last[1]) last[1] = Math.max(last[1], next[1]);
    else out.push(next);
  }
  return out;
}

function fieldRanges(text: string, context: MatchContext, field: MatchField): [number, number][] {
  const typos = field !== 'description';
  const ranges: [number, number][] = [];
  let previous: Token | undefined;
  eachWord(text, (term, start, end) => {
    const token = { term, start, end };
    const length = matchedLength(term, context, typos);
    if (length > 0) ranges.push(range(token, length));
    if (field !== 'displayName') return;
    for (const part of subwords(text, token)) {
      const partLength = matchedLength(part.term, context, typos);
      if (partLength > 0) ranges.push(range(part, partLength));
    }
    if (previous !== undefined && matchedLength(previous.term + term, context, typos) > previous.term.length) {
      ranges.push([previous.start, end]);
    }
    previous = token;
  });
  return merge(ranges);
}

/** Highlight ranges per field of one entry for the query described by `context`. */
export function highlight(entry: SearchableEntry, context: MatchContext): HitMatch[] {
  const matches: HitMatch[] = [];
  if (context.tokens.length === 0) return matches;
  const name = fieldRanges(entry.displayName ?? '', context, 'displayName');
  if (name.length > 0) matches.push({ field: 'displayName', ranges: name });
  for (const field of ['aliases', 'categories'] as const) {
    (entry[field] ?? []).forEach((text, index) => {
      const ranges = fieldRanges(text, context, field);
      if (ranges.length > 0) matches.push({ field, index, ranges });
    });
  }
  const description = fieldRanges(entry.description ?? '', context, 'description');
  if (description.length > 0) matches.push({ field: 'description', ranges: description });
  return matches;
}
