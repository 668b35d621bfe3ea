import { subwords, type Token, tokenize } from './fold.js';
import type { SearchableEntry } from './types.js';

/** Field of a key posting, in descending weight order; stored in bits 4–5 of the posting code. */
export const FIELD_NAME = 0;
export const FIELD_JOINED = 1;
export const FIELD_ALIAS = 2;
export const FIELD_CATEGORY = 3;
/** Low bits of a key posting: `field << 4 | name word index`; the document id is stored above them. */
export const CODE_BITS = 6;
/** Name words beyond this index share the last slot of the coverage mask. */
export const MAX_WORD = 15;

// Words so common in descriptions that matching them says nothing about the app.
const stopWords = new Set(
  'a an and are as at be by can for from has have in into is it its of on or our that the their this to with you your'.split(
    ' ',
  ),
);

/** What one entry contributes to the index. */
export interface Analysis {
  /** Key term → lowest posting code (name, joined name words, aliases, categories). */
  keys: Map<string, number>;
  /** Description terms. */
  text: Set<string>;
  /** Folded display name words joined by single spaces. */
  phrase: string;
  /** Number of display name words, capped at `MAX_WORD + 1`. */
  words: number;
  /** Folded alias phrases, for the exact-alias bonus. */
  aliases: string[];
}

function keep(keys: Map<string, number>, term: string, code: number): void {
  const current = keys.get(term);
  if (current === undefined || code < current) keys.set(term, code);
}

/** Folded words of a display name, joined by single spaces. */
export function namePhrase(displayName: string): string {
  return tokenize(displayName)
    .map((token) => token.term)
    .join(' ');
}

/** Aliases an entry gets from its own `aliases` and from an alias table of folded phrases (see {@link aliasTable}). */
export function entryAliases(
  entry: SearchableEntry,
  phrase: string,
  table: Readonly<Record<string, readonly string[]>>,
): string[] {
  const out = new Set<string>();
  for (const alias of entry.aliases ?? []) out.add(namePhrase(alias));
  const padded = ` ${phrase} `;
  for (const [words, aliases] of Object.entries(table)) {
    if (padded.includes(` ${words} `)) for (const alias of aliases) out.add(alias);
  }
  out.delete('');
  out.delete(phrase);
  return [...out];
}

/** Folds the keys and aliases of an alias table once, so matching an entry is plain string work. */
export function aliasTable(...tables: Readonly<Record<string, readonly string[]>>[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const table of tables) {
    for (const [words, aliases] of Object.entries(table)) {
      const key = namePhrase(words);
      if (key === '') continue;
      out[key] = [...(out[key] ?? []), ...aliases.map(namePhrase).filter((alias) => alias !== '')];
    }
  }
  return out;
}

function addName(keys: Map<string, number>, text: string, tokens: Token[]): void {
  tokens.forEach((token, index) => {
    const word = Math.min(index, MAX_WORD);
    keep(keys, token.term, (FIELD_NAME << 4) | word);
    for (const part of subwords(text, token)) keep(keys, part.term, (FIELD_NAME << 4) | word);
    const next = tokens[index + 1];
    // `Office 365` is also typed `office365`; the joined pair covers both words.
    if (next !== undefined) keep(keys, token.term + next.term, (FIELD_JOINED << 4) | word);
  });
}

/** Splits an entry into the terms the index stores. */
export function analyze(entry: SearchableEntry, table: Readonly<Record<string, readonly string[]>>): Analysis {
  const keys = new Map<string, number>();
  const nameTokens = tokenize(entry.displayName);
  const phrase = nameTokens.map((token) => token.term).join(' ');
  addName(keys, entry.displayName, nameTokens);
  const aliases = entryAliases(entry, phrase, table);
  for (const alias of aliases) {
    const words = alias.split(' ');
    for (const word of words) keep(keys, word, FIELD_ALIAS << 4);
    if (words.length > 1) keep(keys, words.join(''), FIELD_ALIAS << 4);
  }
  for (const category of entry.categories ?? []) {
    for (const token of tokenize(category)) keep(keys, token.term, FIELD_CATEGORY << 4);
  }
  const text = new Set<string>();
  for (const token of tokenize(entry.description ?? '')) {
    if (token.term.length > 1 && !stopWords.has(token.term)) text.add(token.term);
  }
  return { keys, text, phrase, words: Math.min(Math.max(nameTokens.length, 1), MAX_WORD + 1), aliases };
}
