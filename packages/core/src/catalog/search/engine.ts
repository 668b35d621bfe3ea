import { IntegrakitError } from '../../errors.js';
import { BUILT_IN_ALIASES } from './aliases.js';
import { aliasTable, analyze, CODE_BITS, entryAliases, FIELD_JOINED, FIELD_NAME, MAX_WORD, namePhrase } from './analyze.js';
import { FacetDictionary, MAX_FACET_VALUES } from './facets.js';
import { tokenize } from './fold.js';
import { highlight, MIN_TEXT_WORD, type MatchContext } from './highlight.js';
import {
  COVERAGE,
  compareDocs,
  DESCRIPTION_WEIGHT,
  EXACT,
  EXACT_ALIAS,
  EXACT_NAME,
  FIELD_WEIGHTS,
  LEADING,
  PREFIX,
  PREFIX_TYPO,
  TYPO,
  topDocs,
} from './rank.js';
import { allowedTypos, charMask, popcount, type TypoDistance, typoDistance } from './typo.js';
import type {
  Catalog,
  CatalogFilters,
  CatalogOptions,
  Hit,
  SearchableEntry,
  SearchOptions,
  SearchResult,
  SerializedCatalogIndex,
  SuggestOptions,
} from './types.js';
import { Vocabulary } from './vocabulary.js';

/** Queries are cut to this many characters and words, which bounds the work any input can cause. */
export const MAX_QUERY_LENGTH = 256;
export const MAX_QUERY_WORDS = 8;

interface Matched {
  docs: number[];
  context: MatchContext;
  facetCounts: Int32Array | undefined;
  selection: Int32Array;
}

const nameField = FIELD_NAME;
const joinedField = FIELD_JOINED;
const codeMask = (1 << CODE_BITS) - 1;

/** The search engine behind {@link Catalog}: two sorted vocabularies (keys, descriptions) and per-document data. */
export class CatalogIndex<E extends SearchableEntry> implements Catalog<E> {
  #entries: (E | undefined)[] = [];
  #ids = new Map<string, number>();
  #keyNames: string[] = [];
  #keys = new Vocabulary();
  #text = new Vocabulary();
  #popularity: number[] = [];
  #words: number[] = [];
  #compact: string[] = [];
  #aliases: string[][] = [];
  #facets: number[] = [];
  #dictionary = new FacetDictionary();
  #table: Record<string, string[]>;
  // Scratch space reused by every query; cleared again before a query returns.
  #score = new Float64Array(0);
  #best = new Float64Array(0);
  #count = new Uint8Array(0);
  #mask = new Int32Array(0);
  #tokenMask = new Int32Array(0);
  #distance: TypoDistance = { whole: 0, prefix: 0, prefixLength: 0 };

  constructor(options: CatalogOptions = {}) {
    const builtIn = options.builtInAliases === false ? {} : BUILT_IN_ALIASES;
    this.#table = aliasTable(builtIn, options.aliases ?? {});
  }

  /** Indexes many entries at once (later duplicates of a key win). */
  build(entries: readonly E[]): this {
    const unique = new Map<string, E>();
    for (const entry of entries) unique.set(entry.name, entry);
    const keys = new Map<string, number[]>();
    const text = new Map<string, number[]>();
    for (const entry of unique.values()) {
      const doc = this.#register(entry);
      const analysis = analyze(entry, this.#table);
      for (const [term, code] of analysis.keys) {
        const posting = (doc << CODE_BITS) | code;
        const list = keys.get(term);
        if (list === undefined) keys.set(term, [posting]);
        else list.push(posting);
      }
      for (const term of analysis.text) {
        const list = text.get(term);
        if (list === undefined) text.set(term, [doc]);
        else list.push(doc);
      }
    }
    this.#keys = Vocabulary.from(keys);
    this.#text = Vocabulary.from(text);
    // Sketches are computed now so the first typo query does not pay for them.
    this.#keys.masks();
    return this;
  }

  /** Loads a serialized index; every key in it must be among `entries`, other entries are indexed afresh. */
  restore(serialized: SerializedCatalogIndex, entries: readonly E[]): this {
    const valid =
      serialized?.format === 'integrakit-catalog-index' &&
      serialized.version === 1 &&
      Array.isArray(serialized.keys) &&
      serialized.keyTerms?.length === serialized.keyPostings?.length &&
      serialized.textTerms?.length === serialized.textPostings?.length;
    if (!valid) throw new IntegrakitError('ERR_INVALID_CATALOG', 'not a serialized catalog index (version 1)');
    const byKey = new Map(entries.map((entry) => [entry.name, entry]));
    for (const key of serialized.keys) {
      const entry = byKey.get(key);
      if (entry === undefined) {
        throw new IntegrakitError('ERR_INVALID_CATALOG', `the serialized index has '${key}', which entries lack`);
      }
      this.#register(entry);
      byKey.delete(key);
    }
    this.#keys = new Vocabulary(serialized.keyTerms.slice(), serialized.keyPostings.map((list) => list.slice()));
    this.#text = new Vocabulary(serialized.textTerms.slice(), serialized.textPostings.map((list) => list.slice()));
    this.#keys.masks();
    for (const entry of byKey.values()) this.add(entry);
    return this;
  }

  get size(): number {
    return this.#ids.size;
  }

  get(name: string): E | undefined {
    const doc = this.#ids.get(name);
    return doc === undefined ? undefined : this.#entries[doc];
  }

  entries(): E[] {
    return this.#entries.filter((entry): entry is E => entry !== undefined);
  }

  add(entry: E): void {
    this.remove(entry.name);
    const doc = this.#register(entry);
    const analysis = analyze(entry, this.#table);
    for (const [term, code] of analysis.keys) this.#keys.add(term, (doc << CODE_BITS) | code);
    for (const term of analysis.text) this.#text.add(term, doc);
  }

  update(entry: E): void {
    this.add(entry);
  }

  remove(name: string): boolean {
    const doc = this.#ids.get(name);
    const entry = doc === undefined ? undefined : this.#entries[doc];
    if (doc === undefined || entry === undefined) return false;
    const analysis = analyze(entry, this.#table);
    for (const term of analysis.keys.keys()) this.#keys.remove(term, doc, CODE_BITS);
    for (const term of analysis.text) this.#text.remove(term, doc, 0);
    this.#entries[doc] = undefined;
    this.#ids.delete(name);
    this.#facets.fill(0, doc * 3, doc * 3 + 3);
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
    const remap = (list: number[], shift: number) =>
      list
        .map((posting) => ((renumber[posting >>> shift] as number) << shift) | (posting & ((1 << shift) - 1)))
        .sort((a, b) => a - b);
    return {
      format: 'integrakit-catalog-index',
      version: 1,
      keys,
      keyTerms: this.#keys.terms.slice(),
      keyPostings: this.#keys.postings.map((list) => remap(list, CODE_BITS)),
      textTerms: this.#text.terms.slice(),
      textPostings: this.#text.postings.map((list) => remap(list, 0)),
    };
  }

  suggest(query: string, options: SuggestOptions = {}): Hit<E>[] {
    const limit = clamp(options.limit, 10, 100);
    return this.#run(query, options.filters, false, (matched) => this.#hits(matched, 0, limit));
  }

  search(query: string, options: SearchOptions = {}): SearchResult<E> {
    const pageSize = clamp(options.pageSize, 20, 200);
    const page = clamp(options.page, 0, 10_000);
    return this.#run(query, options.filters, true, (matched) => ({
      total: matched.docs.length,
      hits: this.#hits(matched, page * pageSize, pageSize),
      facets: this.#dictionary.counts(matched.facetCounts ?? new Int32Array(0), matched.selection),
      page,
      pageSize,
    }));
  }

  #register(entry: E): number {
    const doc = this.#entries.length;
    const phrase = namePhrase(entry.displayName ?? '');
    this.#entries.push(entry);
    this.#ids.set(entry.name, doc);
    this.#keyNames.push(entry.name);
    this.#popularity.push(Number.isFinite(entry.popularity) ? entry.popularity : 0);
    this.#words.push(Math.min(Math.max(phrase.split(' ').length, 1), MAX_WORD + 1));
    this.#compact.push(phrase.replaceAll(' ', ''));
    this.#aliases.push(entryAliases(entry, phrase, this.#table).map((alias) => alias.replaceAll(' ', '')));
    this.#facets.push(...this.#dictionary.masks(entry));
    if (this.#score.length <= doc) this.#grow(Math.max(64, this.#entries.length * 2));
    return doc;
  }

  #grow(capacity: number): void {
    this.#score = new Float64Array(capacity);
    this.#best = new Float64Array(capacity);
    this.#count = new Uint8Array(capacity);
    this.#mask = new Int32Array(capacity);
    this.#tokenMask = new Int32Array(capacity);
  }

  #hits(matched: Matched, offset: number, count: number): Hit<E>[] {
    const compare = (a: number, b: number) => compareDocs(a, b, this.#score, this.#popularity, this.#keyNames);
    return topDocs(matched.docs, offset + count, compare)
      .slice(offset)
      .map((doc) => {
        const entry = this.#entries[doc] as E;
        return { entry, score: this.#score[doc] as number, matches: highlight(entry, matched.context) };
      });
  }

  /** Matches a query, hands the matches to `finish` while scores are live, then clears the scratch space. */
  #run<T>(query: string, filters: CatalogFilters | undefined, facets: boolean, finish: (matched: Matched) => T): T {
    const text = typeof query === 'string' ? query.slice(0, MAX_QUERY_LENGTH) : '';
    const tokens = [...new Set(tokenize(text).map((token) => token.term))].slice(0, MAX_QUERY_WORDS);
    const context: MatchContext = { tokens, typos: new Map() };
    const touched: number[] = [];
    try {
      if (tokens.length === 0) {
        this.#entries.forEach((entry, doc) => {
          if (entry !== undefined) touched.push(doc);
        });
      } else {
        for (const token of tokens) this.#matchToken(token, context, touched);
      }
      return finish(this.#select(touched, tokens, filters, facets, context));
    } finally {
      for (const doc of touched) {
        this.#score[doc] = 0;
        this.#count[doc] = 0;
        this.#mask[doc] = 0;
      }
    }
  }

  /** Adds one query word's best match per document to the running scores. */
  #matchToken(token: string, context: MatchContext, touched: number[]): void {
    const current: number[] = [];
    const keys = this.#keys;
    const start = keys.lowerBound(token);
    const end = keys.prefixEnd(token);
    for (let t = start; t < end; t++) {
      const quality = (keys.terms[t] as string).length === token.length ? EXACT : PREFIX;
      this.#applyKeys(keys.postings[t] as number[], quality, current);
    }
    const max = allowedTypos(token.length);
    if (max > 0) {
      const masks = keys.masks();
      const wanted = charMask(token);
      const distance = this.#distance;
      const minLength = token.length - max;
      for (let t = 0; t < masks.length; t++) {
        if (t === start) t = end;
        if (t >= masks.length || popcount(wanted & ~(masks[t] as number)) > max) continue;
        const term = keys.terms[t] as string;
        if (term.length < minLength) continue;
        typoDistance(token, term, max, distance);
        let quality: number;
        if (distance.whole <= max) quality = TYPO[distance.whole as 1 | 2];
        else if (distance.prefix <= max) quality = PREFIX_TYPO[distance.prefix as 1 | 2];
        else continue;
        context.typos.set(term, distance.whole <= max ? term.length : distance.prefixLength);
        this.#applyKeys(keys.postings[t] as number[], quality, current);
      }
    }
    if (token.length >= MIN_TEXT_WORD) {
      const text = this.#text;
      const last = text.prefixEnd(token);
      for (let t = text.lowerBound(token); t < last; t++) {
        const weight = DESCRIPTION_WEIGHT * ((text.terms[t] as string).length === token.length ? EXACT : PREFIX);
        for (const doc of text.postings[t] as number[]) {
          if (this.#best[doc] === 0) current.push(doc);
          if (weight > (this.#best[doc] as number)) this.#best[doc] = weight;
        }
      }
    }
    for (const doc of current) {
      this.#score[doc] = (this.#score[doc] as number) + (this.#best[doc] as number);
      if (this.#count[doc] === 0) touched.push(doc);
      this.#count[doc] = (this.#count[doc] as number) + 1;
      this.#mask[doc] = (this.#mask[doc] as number) | (this.#tokenMask[doc] as number);
      this.#best[doc] = 0;
      this.#tokenMask[doc] = 0;
    }
  }

  #applyKeys(postings: number[], quality: number, current: number[]): void {
    const best = this.#best;
    const tokenMask = this.#tokenMask;
    for (const posting of postings) {
      const doc = posting >>> CODE_BITS;
      const code = posting & codeMask;
      const field = code >>> 4;
      const score = (FIELD_WEIGHTS[field as 0 | 1 | 2 | 3] as number) * quality;
      if (best[doc] === 0) current.push(doc);
      if (score > (best[doc] as number)) best[doc] = score;
      if (field === nameField) tokenMask[doc] = (tokenMask[doc] as number) | (1 << (code & 15));
      else if (field === joinedField) tokenMask[doc] = (tokenMask[doc] as number) | (3 << (code & 15));
    }
  }

  /** Keeps documents that matched every word (or, when none did, the most words) and pass the filters. */
  #select(
    touched: number[],
    tokens: string[],
    filters: CatalogFilters | undefined,
    countFacets: boolean,
    context: MatchContext,
  ): Matched {
    let need = 0;
    for (const doc of touched) need = Math.max(need, this.#count[doc] as number);
    const { masks: selection, active } = this.#dictionary.selection(filters);
    const counts = countFacets ? new Int32Array(3 * MAX_FACET_VALUES) : undefined;
    const phrase = tokens.join('');
    const docs: number[] = [];
    for (const doc of touched) {
      if (this.#count[doc] !== need) continue;
      let failed = -1;
      let failures = 0;
      for (let facet = 0; facet < 3; facet++) {
        if (active[facet] && ((this.#facets[doc * 3 + facet] as number) & (selection[facet] as number)) === 0) {
          failures++;
          failed = facet;
        }
      }
      if (counts !== undefined && failures <= 1) this.#countFacets(doc, failures === 0 ? -1 : failed, counts);
      if (failures > 0) continue;
      docs.push(doc);
      if (tokens.length > 0) this.#score[doc] = this.#finalScore(doc, phrase);
    }
    return { docs, context, facetCounts: counts, selection };
  }

  #finalScore(doc: number, phrase: string): number {
    const words = this.#words[doc] as number;
    const mask = this.#mask[doc] as number;
    let score = (this.#score[doc] as number) + (COVERAGE * popcount(mask & ((1 << words) - 1))) / words;
    if ((mask & 1) !== 0) score += LEADING;
    if (this.#compact[doc] === phrase) score += EXACT_NAME;
    else if (this.#aliases[doc]?.includes(phrase)) score += EXACT_ALIAS;
    return score;
  }

  /** Disjunctive facet counts: a document failing only facet `only` still counts for that facet. */
  #countFacets(doc: number, only: number, counts: Int32Array): void {
    for (let facet = 0; facet < 3; facet++) {
      if (only !== -1 && facet !== only) continue;
      let mask = this.#facets[doc * 3 + facet] as number;
      while (mask !== 0) {
        const bit = 31 - Math.clz32(mask & -mask);
        counts[facet * MAX_FACET_VALUES + bit] = (counts[facet * MAX_FACET_VALUES + bit] as number) + 1;
        mask &= mask - 1;
      }
    }
  }
}

function clamp(value: number | undefined, fallback: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(Math.max(Math.floor(value), 0), max);
}
