import { eachWord, subwords } from './fold.js';
import type { SearchableEntry } from './types.js';

// Enums, not constants: bundlers inline enum members wherever they are read, which keeps these out of the
// shipped search code.

/** Field of a key posting, in descending weight order; stored in bits 4–5 of the posting code. */
export enum Field {
  Name = 0,
  Joined = 1,
  Alias = 2,
  Category = 3,
}

/** Layout of a key posting. */
export enum Posting {
  /** Low bits of a key posting: `field << 4 | name word index`; the document id is stored above them. */
  CodeBits = 6,
  /** Name words beyond this index share the last slot of the coverage mask. */
  MaxWord = 15,
  /** Low bits of an alias posting that mark a whole alias (one word, or all its words joined). */
  WholeAlias = 0,
  /** Low bits of an alias posting for one word of a longer alias. */
  AliasWord = 1,
}

// Words so common in descriptions that matching them says nothing about the app.
const stopWords = new Set('and are for from into its our that the their this with you your'.split(' '));

/**
 * Orders the postings (or bare codes) of one term in one document, lowest kept: a whole alias first, as it
 * stands for the whole app even where it is also a later name word ("confluence" for "Atlassian Confluence
 * Cloud"), then by code, which is by field weight and name word.
 */
export function precedence(posting: number): number {
  const code = posting & ((1 << Posting.CodeBits) - 1);
  return code === ((Field.Alias << 4) | Posting.WholeAlias) ? -1 : code;
}

/** Receives a key term with its posting code, or a description term. */
export type KeySink = (term: string, code: number) => void;
export type TextSink = (term: string) => void;

/** Per-document facts used when ranking, derived from the display name and aliases. */
export interface NameFacts {
  /** Number of display name words, capped at `Posting.MaxWord + 1`. */
  words: number;
  /** Folded display name words, then the folded aliases, all without spaces, for the exact-name and alias bonuses. */
  names: string[];
}

/** Folded words of a display name, joined by single spaces. */
export function namePhrase(displayName: string): string {
  const terms: string[] = [];
  eachWord(displayName, (term) => terms.push(term));
  return terms.join(' ');
}

/** An alias table ready for matching: ` name words ` (space-padded) and their folded aliases. */
export type AliasTable = readonly (readonly [padded: string, aliases: readonly string[]])[];

/** Aliases an entry gets from its own `aliases` and from the alias table. */
export function entryAliases(entry: SearchableEntry, phrase: string, table: AliasTable): string[] {
  const out: string[] = [];
  const add = (alias: string) => {
    if (alias !== '' && alias !== phrase && !out.includes(alias)) out.push(alias);
  };
  for (const alias of entry.aliases ?? []) add(namePhrase(alias));
  const padded = ` ${phrase} `;
  for (const [words, aliases] of table) if (padded.includes(words)) aliases.forEach(add);
  return out;
}

/** Folds the keys and aliases of an alias table once, so matching an entry is plain string work. */
export function aliasTable(...tables: Readonly<Record<string, readonly string[]>>[]): AliasTable {
  const out = new Map<string, string[]>();
  for (const table of tables) {
    for (const [words, aliases] of Object.entries(table)) {
      const key = namePhrase(words);
      if (key === '') continue;
      // Empty aliases are dropped per entry, with the ones equal to the name.
      out.set(key, [...(out.get(key) ?? []), ...aliases.map(namePhrase)]);
    }
  }
  return [...out].map(([words, aliases]) => [` ${words} `, aliases] as const);
}

/** Sends the terms of a display name to the sink and returns its folded words. */
function addName(key: KeySink, text: string): string[] {
  const terms: string[] = [];
  eachWord(text, (term, start, end) => {
    const word = Math.min(terms.length, Posting.MaxWord);
    key(term, (Field.Name << 4) | word);
    for (const part of subwords(text, { term, start, end })) key(part.term, (Field.Name << 4) | word);
    // `Office 365` is also typed `office365`; the joined pair covers both words.
    if (word > 0)
      key(terms[terms.length - 1] + term, (Field.Joined << 4) | Math.min(terms.length - 1, Posting.MaxWord));
    terms.push(term);
  });
  return terms;
}

/** Sends the description terms of an entry to the sink (a term may arrive more than once). */
export function describe(entry: SearchableEntry, text: TextSink): void {
  eachWord(entry.description ?? '', (term) => {
    if (term.length > 2 && !stopWords.has(term)) text(term);
  });
}

/**
 * Sends the name, alias and category terms of an entry to the sink (a term may arrive more than once;
 * keep the code first in {@link precedence}) and returns the facts ranking needs.
 */
export function analyze(entry: SearchableEntry, table: AliasTable, key: KeySink): NameFacts {
  const terms = addName(key, entry.displayName ?? '');
  const phrase = terms.join(' ');
  const aliases = entryAliases(entry, phrase, table);
  for (const alias of aliases) {
    const words = alias.split(' ');
    // A one-word alias stands for the whole app, like its full name (`jira` for "Atlassian Jira Cloud").
    if (words.length === 1) key(alias, (Field.Alias << 4) | Posting.WholeAlias);
    else {
      for (const word of words) key(word, (Field.Alias << 4) | Posting.AliasWord);
      key(words.join(''), (Field.Alias << 4) | Posting.WholeAlias);
    }
  }
  for (const category of entry.categories ?? []) eachWord(category, (term) => key(term, Field.Category << 4));
  return {
    words: Math.min(Math.max(terms.length, 1), Posting.MaxWord + 1),
    names: [phrase, ...aliases].map((name) => name.replaceAll(' ', '')),
  };
}

/** Collects an entry's terms into a map and a set, for incremental updates. */
export function collect(
  entry: SearchableEntry,
  table: AliasTable,
): { keys: Map<string, number>; text: Set<string>; facts: NameFacts } {
  const keys = new Map<string, number>();
  const text = new Set<string>();
  const facts = analyze(entry, table, (term, code) => {
    const current = keys.get(term);
    if (current === undefined || precedence(code) < precedence(current)) keys.set(term, code);
  });
  describe(entry, (term) => text.add(term));
  return { keys, text, facts };
}
