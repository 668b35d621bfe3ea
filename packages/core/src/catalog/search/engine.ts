import { IntegrakitError } from '../../errors.js';
import {
  applyKeys,
  applyText,
  clear,
  collect,
  endWord,
  matched,
  matchedScores,
  passing,
  reserve,
} from './accumulate.js';
import { BUILT_IN_ALIASES } from './aliases.js';
import {
  type AliasTable,
  aliasTable,
  analyze,
  collect as collectTerms,
  describe,
  Field,
  type NameFacts,
  Posting,
  precedence,
} from './analyze.js';
import { FacetDictionary, MAX_FACET_VALUES } from './facets.js';
import { eachWord } from './fold.js';
import { highlight, type MatchContext, MIN_TEXT_WORD } from './highlight.js';
import { Match, PREFIX_TYPO, TYPO, topDocs } from './rank.js';
import type {
  Catalog,
  CatalogFilters,
  CatalogOptions,
  Hit,
  HitMatch,
  SearchableEntry,
  SearchOptions,
  SearchResult,
  SerializedCatalogIndex,
  SuggestOptions,
} from './types.js';
import { allowedTypos, scanTypos, type TypoVisitor } from './typo.js';
import { Vocabulary } from './vocabulary.js';

/** Queries are cut to this many characters and words, which bounds the work any input can cause. */
export const MAX_QUERY_LENGTH = 256;
export const MAX_QUERY_WORDS = 8;

/** The documents a query matched with their final scores, for filtering, counting and ranking. */
interface Matches {
  docs: Int32Array;
  scores: Float64Array;
  context: MatchContext;
}

// The term → postings maps of the build under way, and the document being analyzed. Module state, so that the
// sinks below are the same two functions in every build: V8 inlines a sink into the analysis code, and a sink
// made per build died with its build and took that optimized code along, so every later 10k build ran about
// 15 % slower, unoptimized. Builds are synchronous, and the maps are emptied after each, even one that threw.
const buildKeys = new Map<string, number[]>();
const buildText = new Map<string, number[]>();
let buildDoc = 0;

/** Adds a name, alias or category term of `buildDoc` (see {@link analyze}). */
function addKey(term: string, code: number): void {
  const posting = (buildDoc << Posting.CodeBits) | code;
  const list = buildKeys.get(term);
  if (list === undefined) buildKeys.set(term, [posting]);
  else {
    // A term repeated within one entry is met while that entry's posting is still the last of its list.
    const last = list[list.length - 1] as number;
    if (last >>> Posting.CodeBits !== buildDoc) list.push(posting);
    else if (precedence(posting) < precedence(last)) list[list.length - 1] = posting;
  }
}

/** Adds a description term of `buildDoc`. */
function addWord(term: string): void {
  const list = buildText.get(term);
  if (list === undefined) buildText.set(term, [buildDoc]);
  else if (list[list.length - 1] !== buildDoc) list.push(buildDoc);
}

/** Longest query (words joined by spaces) whose matches are kept for the next time it is typed. */
const CACHED_QUERY = 2;
/** Cached queries kept at most; short queries are few (a letter or two), this only bounds odd input. */
const CACHE_SIZE = 1024;

/**
 * The search engine behind {@link Catalog}: two sorted vocabularies (keys, descriptions), per-document
 * data in flat arrays, a popularity order, and the matches of the shortest queries (the broadest and
 * most often typed), all rebuilt lazily after a change.
 */
export class CatalogIndex<E extends SearchableEntry> implements Catalog<E> {
  #entries: (E | undefined)[] = [];
  #ids = new Map<string, number>();
  #keys = new Vocabulary();
  #text = new Vocabulary();
  /** Per document: display name words (low 5 bits) and the lengths of its name and aliases (see `#register`). */
  #popularity: number[] = [];
  #words: number[] = [];
  #names: string[][] = [];
  #facets: number[] = [];
  #dictionary = new FacetDictionary();
  #table: AliasTable;
  /**
   * Live documents by popularity then key, the tie-break of every ranking; `#rank` is each one's place.
   * After a change the previous order is sorted again, which costs a near-linear pass, not a full sort.
   */
  #order: number[] = [];
  #ordered = false;
  #rank = new Int32Array(0);
  #cache = new Map<string, Matches>();
  #letterLists: Map<string, number[][]> | undefined;

  constructor(options: CatalogOptions = {}) {
    const builtIn = options.builtInAliases === false ? {} : BUILT_IN_ALIASES;
    this.#table = aliasTable(builtIn, options.aliases ?? {});
  }

  /** Indexes many entries at once into this empty index (later duplicates of a key win). */
  build(entries: readonly E[]): this {
    // One map both finds duplicates (the later wins, in the place of the first) and numbers the documents.
    const ids = this.#ids;
    const unique: E[] = [];
    for (const entry of entries) unique[ids.get(entry.name) ?? ids.set(entry.name, ids.size).size - 1] = entry;
    try {
      for (const entry of unique) {
        buildDoc = this.#entries.length;
        this.#register(entry, analyze(entry, this.#table, addKey));
      }
      // Descriptions in a second pass: each pass then works on one term map, which stays in cache.
      buildDoc = 0;
      for (const entry of unique) {
        describe(entry, addWord);
        buildDoc++;
      }
      this.#keys = Vocabulary.from(buildKeys);
      this.#text = Vocabulary.from(buildText);
    } finally {
      // Also after a malformed entry threw: the next build starts empty.
      buildKeys.clear();
      buildText.clear();
    }
    return this.#ready();
  }

  /** Loads a serialized index; every key in it must be among `entries`, other entries are indexed afresh. */
  restore(serialized: SerializedCatalogIndex, entries: readonly E[]): this {
    const s = serialized;
    if (
      s?.format !== 'integrakit-catalog-index' ||
      s.version !== 1 ||
      s.keyTerms?.length !== s.keyPostings?.length ||
      s.textTerms?.length !== s.textPostings?.length
    )
      throw new IntegrakitError('ERR_INVALID_CATALOG', 'not a serialized catalog index');
    const byKey = new Map(entries.map((entry) => [entry.name, entry]));
    for (const key of serialized.keys) {
      const entry = byKey.get(key);
      if (entry === undefined) {
        throw new IntegrakitError('ERR_INVALID_CATALOG', `index entry '${key}' is missing`);
      }
      // Only the ranking facts are needed; the terms come from the serialized vocabularies.
      this.#ids.set(key, this.#register(entry, analyze(entry, this.#table, ignore)));
      byKey.delete(key);
    }
    this.#keys = new Vocabulary(serialized.keyTerms, serialized.keyPostings);
    this.#text = new Vocabulary(serialized.textTerms, serialized.textPostings);
    for (const entry of byKey.values()) this.add(entry);
    return this.#ready();
  }

  get size(): number {
    return this.#ids.size;
  }

  get(name: string): E | undefined {
    // An unknown name indexes `undefined`, which reads as a missing entry.
    return this.#entries[this.#ids.get(name) as number];
  }

  entries(): E[] {
    return this.#entries.filter((entry): entry is E => entry !== undefined);
  }

  add(entry: E): void {
    this.remove(entry.name);
    const { keys, text, facts } = collectTerms(entry, this.#table);
    const doc = this.#register(entry, facts);
    this.#ids.set(entry.name, doc);
    for (const [term, code] of keys) this.#keys.add(term, (doc << Posting.CodeBits) | code);
    for (const term of text) this.#text.add(term, doc);
    this.#changed();
  }

  update(entry: E): void {
    this.add(entry);
  }

  remove(name: string): boolean {
    const doc = this.#ids.get(name) as number;
    const entry = this.#entries[doc];
    if (entry === undefined) return false;
    const { keys, text } = collectTerms(entry, this.#table);
    for (const term of keys.keys()) this.#keys.remove(term, doc, Posting.CodeBits);
    for (const term of text) this.#text.remove(term, doc, 0);
    this.#entries[doc] = undefined;
    this.#ids.delete(name);
    this.#changed();
    return true;
  }

  serialize(): SerializedCatalogIndex {
    // Document ids are renumbered densely so removed entries leave no holes.
    const renumber = new Int32Array(this.#entries.length).fill(-1);
    const keys: string[] = [];
    this.#entries.forEach((entry, doc) => {
      if (entry === undefined) return;
      renumber[doc] = keys.length;
      keys.push(entry.name);
    });
    // Only document ids change; each posting keeps its place (queries read lists in any order).
    const remap = (list: number[], shift: number) =>
      list.map((posting) => ((renumber[posting >>> shift] as number) << shift) | (posting & ((1 << shift) - 1)));
    return {
      format: 'integrakit-catalog-index',
      version: 1,
      keys,
      keyTerms: this.#keys.terms.slice(),
      keyPostings: this.#keys.lists.map((list) => remap(list, Posting.CodeBits)),
      textTerms: this.#text.terms.slice(),
      textPostings: this.#text.lists.map((list) => remap(list, 0)),
    };
  }

  suggest(query: string, options: SuggestOptions = {}): Hit<E>[] {
    const matches = this.#match(query);
    return this.#hits(matches, this.#select(matches, options.filters, undefined, clamp(options.limit, 10, 100)).top, 0);
  }

  search(query: string, options: SearchOptions = {}): SearchResult<E> {
    const pageSize = clamp(options.pageSize, 20, 200);
    const page = clamp(options.page, 0, 10_000);
    const matches = this.#match(query);
    const counts = options.facets === false ? undefined : new Int32Array(3 * MAX_FACET_VALUES);
    const { total, top, selection } = this.#select(matches, options.filters, counts, (page + 1) * pageSize);
    return {
      total,
      hits: this.#hits(matches, top, page * pageSize),
      facets: this.#dictionary.counts(counts, selection),
      page,
      pageSize,
    };
  }

  #register(entry: E, facts: NameFacts): number {
    const doc = this.#entries.length;
    this.#entries.push(entry);
    this.#popularity.push(Number.isFinite(entry.popularity) ? entry.popularity : 0);
    // Bits 5–20 flag the lengths (modulo 16) of the folded name and aliases, so most documents skip the
    // exact-name test without reading their strings (scattered reads that dominated broad queries).
    let lengths = 0;
    for (const name of facts.names) lengths |= 32 << (name.length & 15);
    this.#words.push(facts.words | lengths);
    this.#names.push(facts.names);
    this.#dictionary.masks(entry, this.#facets);
    return doc;
  }

  /**
   * Derives up front what queries would otherwise derive on first use, while the lists are fresh in memory:
   * done lazily, it made a new index's first keystroke several times slower than any other.
   */
  #ready(): this {
    this.#ranked();
    this.#letters();
    this.#keys.shared();
    return this;
  }

  /** Forgets everything derived from the whole set of documents. */
  #changed(): void {
    this.#ordered = false;
    this.#letterLists = undefined;
    this.#cache.clear();
  }

  /**
   * Per first character, the name and alias postings of the one-character term, then those of every longer
   * term starting with it. A one-letter query reads these two lists instead of the short lists of hundreds
   * of terms, scattered in memory, and never the category postings (thousands for words like "security"):
   * one letter says too little to match a category.
   */
  #letters(): Map<string, number[][]> {
    if (this.#letterLists === undefined) {
      const letters = new Map<string, number[][]>();
      const { terms, lists } = this.#keys;
      // Sorted terms group by first character.
      let pair: number[][] = [];
      terms.forEach((term, t) => {
        if (term[0] !== terms[t - 1]?.[0]) {
          pair = [[], []];
          letters.set(term[0] as string, pair);
        }
        const into = pair[term.length === 1 ? 0 : 1] as number[];
        const list = lists[t] as number[];
        for (let i = 0; i < list.length; i++) {
          const posting = list[i] as number;
          if (((posting >>> 4) & 3) !== Field.Category) into.push(posting);
        }
      });
      this.#letterLists = letters;
    }
    return this.#letterLists;
  }

  /** The live documents in tie-break order (popularity, then key), sorted again after changes. */
  #ranked(): number[] {
    if (!this.#ordered) {
      const popularity = this.#popularity;
      const entries = this.#entries;
      const order = this.#order.filter((doc) => entries[doc] !== undefined);
      // Documents from `#rank.length` on were added since the last ranking.
      for (let doc = this.#rank.length; doc < entries.length; doc++) if (entries[doc] !== undefined) order.push(doc);
      // Keys are unique, so no two documents compare equal; the array sort is adaptive to runs.
      // Popularity and keys from dense arrays: reading them from the entries, scattered in memory, made this sort slow.
      const keys = entries.map((entry) => entry?.name as string);
      order.sort(
        (a, b) =>
          (popularity[b] as number) - (popularity[a] as number) || ((keys[a] as string) < (keys[b] as string) ? -1 : 1),
      );
      this.#rank = new Int32Array(entries.length);
      order.forEach((doc, at) => {
        this.#rank[doc] = at;
      });
      this.#order = order;
      this.#ordered = true;
    }
    return this.#order;
  }

  #hits(matches: Matches, top: number[], offset: number): Hit<E>[] {
    return top
      .slice(offset)
      .map(
        (at) =>
          new LazyHit(this.#entries[matches.docs[at] as number] as E, matches.scores[at] as number, matches.context),
      );
  }

  /** The matches of a query, from the cache when it is short enough to be kept. */
  #match(query: string): Matches {
    const text = typeof query === 'string' ? query.slice(0, MAX_QUERY_LENGTH) : '';
    const tokens: string[] = [];
    eachWord(text, (term) => {
      if (tokens.length < MAX_QUERY_WORDS && !tokens.includes(term)) tokens.push(term);
    });
    reserve(this.#entries.length);
    const key = tokens.join(' ');
    let matches = this.#cache.get(key);
    if (matches !== undefined) return matches;
    const context: MatchContext = { tokens, typos: new Map() };
    const order = this.#ranked();
    if (tokens.length === 0) {
      matches = { docs: Int32Array.from(order), scores: new Float64Array(order.length), context };
    } else {
      const phrase = tokens.join('');
      try {
        for (const token of tokens) this.#matchToken(token, context);
        const length = collect(this.#words, this.#names, phrase);
        matches = { docs: matched.subarray(0, length), scores: matchedScores.subarray(0, length), context };
      } finally {
        clear();
      }
    }
    if (key.length <= CACHED_QUERY && this.#cache.size < CACHE_SIZE) {
      // Scratch arrays are reused by the next query, so a kept result gets its own copies.
      matches.docs = matches.docs.slice();
      matches.scores = matches.scores.slice();
      this.#cache.set(key, matches);
    }
    return matches;
  }

  /** Adds one query word's best match per document to the running scores. */
  #matchToken(token: string, context: MatchContext): void {
    const keys = this.#keys;
    const [start, end] = keys.range(token);
    // Whole-word lists are [first, split), prefix lists [split, last): a letter's two lists, or the prefix
    // range, where only the first term can be the whole word.
    const [lists, first, split, last] =
      token.length === 1
        ? [this.#letters().get(token) ?? [[], []], 0, 1, 2]
        : [keys.lists, start, start + (keys.terms[start] === token ? 1 : 0), end];
    applyKeys(lists, first, split, Match.Exact);
    applyKeys(lists, split, last, Match.Prefix);
    const max = allowedTypos(token.length);
    // Typo candidates start with the query's first or second character: first-letter typos are rare in
    // practice, and allowing them is what lets near misses like "Sira" crowd out "Jira". Starting letters
    // are contiguous ranges of the sorted vocabulary, so this also skips most of it.
    if (max > 0) {
      const visit: TypoVisitor = (t, whole, prefix, prefixLength) => {
        // Prefix matches were scored above.
        if (t >= start && t < end) return;
        const term = keys.terms[t] as string;
        context.typos.set(term, whole <= max ? term.length : prefixLength);
        applyKeys(keys.lists, t, t + 1, whole <= max ? TYPO[whole as 1] : PREFIX_TYPO[prefix as 1]);
      };
      const shared = keys.shared();
      scanTypos(token, max, keys.terms, shared, ...keys.range(token[0] as string), visit);
      if (token[1] !== token[0]) scanTypos(token, max, keys.terms, shared, ...keys.range(token[1] as string), visit);
    }
    if (token.length >= MIN_TEXT_WORD) {
      const text = this.#text;
      const [first, last] = text.range(token);
      const whole = text.terms[first] === token ? 1 : 0;
      applyText(text.lists, first, first + whole, Match.Description * Match.Exact);
      applyText(text.lists, first + whole, last, Match.Description * Match.Prefix);
    }
    endWord();
  }

  /**
   * Applies the filters (counting facets into `counts` when given) and picks the best `need` matches,
   * as positions in `matches`.
   */
  #select(matches: Matches, filters: CatalogFilters | undefined, counts: Int32Array | undefined, need: number) {
    const { docs, scores } = matches;
    // An empty query's documents are in rank order already: the first that pass the filters are the answer.
    const ranked = matches.context.tokens.length === 0;
    const facets = this.#facets;
    const { masks: selection, active } = this.#dictionary.selection(filters);
    let total = 0;
    for (let i = 0; i < docs.length; i++) {
      const base = (docs[i] as number) * 3;
      // The facet a document fails, -1 for none, 3 for several.
      let failed = -1;
      for (let facet = 0; facet < 3; facet++) {
        if (active[facet] && ((facets[base + facet] as number) & (selection[facet] as number)) === 0) {
          failed = failed === -1 ? facet : 3;
        }
      }
      // Disjunctive counts: a document failing only one facet still counts for that facet.
      for (let facet = 0; counts !== undefined && failed < 3 && facet < 3; facet++) {
        let mask = failed === -1 || failed === facet ? (facets[base + facet] as number) : 0;
        for (; mask !== 0; mask &= mask - 1) {
          const at = facet * MAX_FACET_VALUES + 31 - Math.clz32(mask & -mask);
          counts[at] = (counts[at] as number) + 1;
        }
      }
      if (failed !== -1) continue;
      passing[total++] = i;
      if (ranked && counts === undefined && total === need) break;
    }
    return { total, top: topDocs(passing, total, need, docs, scores, this.#rank), selection };
  }
}

/**
 * A hit whose highlight ranges are computed on first read: they cost about as much as the query itself,
 * so only the hits a caller shows pay for them. A class, not a literal with a getter, because that
 * allocates about ten times less per hit; `toJSON` keeps the ranges in serialized hits.
 */
class LazyHit<E extends SearchableEntry> implements Hit<E> {
  declare readonly entry: E;
  declare readonly score: number;
  #ranges: HitMatch[] | undefined;
  #context: MatchContext;

  constructor(entry: E, score: number, context: MatchContext) {
    this.entry = entry;
    this.score = score;
    this.#context = context;
  }

  get matches(): HitMatch[] {
    this.#ranges ??= highlight(this.entry, this.#context);
    return this.#ranges;
  }

  toJSON(): Pick<Hit<E>, 'entry' | 'score' | 'matches'> {
    // Private fields are not own properties: the spread copies `entry` and `score` only.
    return { ...this, matches: this.matches };
  }
}

function ignore(): void {}

function clamp(value: number | undefined, fallback: number, max: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(Math.floor(value as number), 0), max) : fallback;
}
