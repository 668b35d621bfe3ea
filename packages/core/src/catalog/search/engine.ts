import { IntegrakitError } from '../../errors.js';
import { BUILT_IN_ALIASES } from './aliases.js';
import {
  ALIAS_WORD,
  type AliasTable,
  aliasTable,
  analyze,
  CODE_BITS,
  collect,
  FIELD_ALIAS,
  FIELD_JOINED,
  FIELD_NAME,
  type NameFacts,
  nameFacts,
} from './analyze.js';
import { FacetDictionary, MAX_FACET_VALUES } from './facets.js';
import { tokenize } from './fold.js';
import { highlight, type MatchContext, MIN_TEXT_WORD } from './highlight.js';
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
import { allowedTypos, charMask, popcount, type TypoDistance, typoDistance } from './typo.js';
import { Vocabulary } from './vocabulary.js';

/** Queries are cut to this many characters and words, which bounds the work any input can cause. */
export const MAX_QUERY_LENGTH = 256;
export const MAX_QUERY_WORDS = 8;

interface Matched {
  /** Matching documents in `docs[0 .. length)`. */
  docs: Int32Array;
  length: number;
  context: MatchContext;
  facetCounts: Int32Array | undefined;
  selection: Int32Array;
}

const nameField = FIELD_NAME;
const joinedField = FIELD_JOINED;
const aliasField = FIELD_ALIAS;
// Coverage mask of a whole-alias match: every name word, as if the full name had been typed.
const WHOLE_NAME = 0xffff;

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
  #table: AliasTable;
  // Scratch space reused by every query; cleared again before a query returns.
  #score = new Float64Array(0);
  #best = new Float64Array(0);
  #count = new Uint8Array(0);
  #mask = new Int32Array(0);
  #tokenMask = new Int32Array(0);
  #touched = new Int32Array(0);
  #touchedLength = 0;
  #current = new Int32Array(0);
  #currentLength = 0;
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
    let doc = 0;
    this.#grow(unique.size + 64);
    // A term repeated within one entry is met while that entry's posting is still the last of its list.
    const key = (term: string, code: number) => {
      const posting = (doc << CODE_BITS) | code;
      const list = keys.get(term);
      if (list === undefined) keys.set(term, [posting]);
      else {
        const last = list[list.length - 1] as number;
        if (last >>> CODE_BITS !== doc) list.push(posting);
        else if (posting < last) list[list.length - 1] = posting;
      }
    };
    const word = (term: string) => {
      const list = text.get(term);
      if (list === undefined) text.set(term, [doc]);
      else if (list[list.length - 1] !== doc) list.push(doc);
    };
    for (const entry of unique.values()) {
      doc = this.#entries.length;
      this.#register(entry, analyze(entry, this.#table, key, word));
    }
    this.#keys = Vocabulary.from(keys);
    this.#text = Vocabulary.from(text);
    // Sketches are computed now so the first typo query does not pay for them.
    this.#keys.masks();
    return this;
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
      this.#register(entry, nameFacts(entry, this.#table));
      byKey.delete(key);
    }
    this.#keys = new Vocabulary(
      serialized.keyTerms.slice(),
      serialized.keyPostings.map((list) => list.slice()),
    );
    this.#text = new Vocabulary(
      serialized.textTerms.slice(),
      serialized.textPostings.map((list) => list.slice()),
    );
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
    const { keys, text, facts } = collect(entry, this.#table);
    const doc = this.#register(entry, facts);
    for (const [term, code] of keys) this.#keys.add(term, (doc << CODE_BITS) | code);
    for (const term of text) this.#text.add(term, doc);
  }

  update(entry: E): void {
    this.add(entry);
  }

  remove(name: string): boolean {
    const doc = this.#ids.get(name);
    const entry = doc === undefined ? undefined : this.#entries[doc];
    if (doc === undefined || entry === undefined) return false;
    const { keys, text } = collect(entry, this.#table);
    for (const term of keys.keys()) this.#keys.remove(term, doc, CODE_BITS);
    for (const term of text) this.#text.remove(term, doc, 0);
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
      total: matched.length,
      hits: this.#hits(matched, page * pageSize, pageSize),
      facets: this.#dictionary.counts(matched.facetCounts ?? new Int32Array(0), matched.selection),
      page,
      pageSize,
    }));
  }

  #register(entry: E, facts: NameFacts): number {
    const doc = this.#entries.length;
    this.#entries.push(entry);
    this.#ids.set(entry.name, doc);
    this.#keyNames.push(entry.name);
    this.#popularity.push(Number.isFinite(entry.popularity) ? entry.popularity : 0);
    this.#words.push(facts.words);
    this.#compact.push(facts.compact);
    this.#aliases.push(facts.aliases);
    const [useCases, functionality, industries] = this.#dictionary.masks(entry);
    this.#facets.push(useCases, functionality, industries);
    if (this.#score.length <= doc) this.#grow(Math.max(64, this.#entries.length * 2));
    return doc;
  }

  #grow(capacity: number): void {
    this.#score = new Float64Array(capacity);
    this.#best = new Float64Array(capacity);
    this.#count = new Uint8Array(capacity);
    this.#mask = new Int32Array(capacity);
    this.#tokenMask = new Int32Array(capacity);
    this.#touched = new Int32Array(capacity);
    this.#current = new Int32Array(capacity);
  }

  #hits(matched: Matched, offset: number, count: number): Hit<E>[] {
    const score = this.#score;
    const popularity = this.#popularity;
    const keys = this.#keyNames;
    const compare = (a: number, b: number) => compareDocs(a, b, score, popularity, keys);
    return topDocs(matched.docs, matched.length, offset + count, compare)
      .slice(offset)
      .map((doc) => {
        const entry = this.#entries[doc] as E;
        return { entry, score: score[doc] as number, matches: highlight(entry, matched.context) };
      });
  }

  /** Matches a query, hands the matches to `finish` while scores are live, then clears the scratch space. */
  #run<T>(query: string, filters: CatalogFilters | undefined, facets: boolean, finish: (matched: Matched) => T): T {
    const text = typeof query === 'string' ? query.slice(0, MAX_QUERY_LENGTH) : '';
    const tokens = [...new Set(tokenize(text).map((token) => token.term))].slice(0, MAX_QUERY_WORDS);
    const context: MatchContext = { tokens, typos: new Map() };
    this.#touchedLength = 0;
    try {
      if (tokens.length === 0) {
        const touched = this.#touched;
        const entries = this.#entries;
        let length = 0;
        for (let doc = 0; doc < entries.length; doc++) if (entries[doc] !== undefined) touched[length++] = doc;
        this.#touchedLength = length;
      } else {
        for (const token of tokens) this.#matchToken(token, context);
      }
      return finish(this.#select(tokens, filters, facets, context));
    } finally {
      for (const doc of this.#touched.subarray(0, this.#touchedLength)) {
        this.#score[doc] = 0;
        this.#count[doc] = 0;
        this.#mask[doc] = 0;
      }
    }
  }

  /** Adds one query word's best match per document to the running scores. */
  #matchToken(token: string, context: MatchContext): void {
    this.#currentLength = 0;
    const keys = this.#keys;
    const start = keys.lowerBound(token);
    const end = keys.prefixEnd(token);
    // One letter says too little to match a category; names and aliases only.
    const lastField = token.length === 1 ? FIELD_ALIAS : 3;
    for (let t = start; t < end; t++) {
      const quality = (keys.terms[t] as string).length === token.length ? EXACT : PREFIX;
      this.#applyKeys(keys.postings[t] as number[], quality, lastField);
    }
    const max = allowedTypos(token.length);
    // Typo candidates start with the query's first or second character: first-letter typos are rare in
    // practice, and allowing them is what lets near misses like "Sira" crowd out "Jira". Starting letters
    // are contiguous ranges of the sorted vocabulary, so this also skips most of it.
    if (max > 0) {
      const first = token.charAt(0);
      const second = token.charAt(1);
      this.#scanTypos(token, max, keys.lowerBound(first), keys.prefixEnd(first), start, end, context);
      if (second !== first) {
        this.#scanTypos(token, max, keys.lowerBound(second), keys.prefixEnd(second), start, end, context);
      }
    }
    const best = this.#best;
    const current = this.#current;
    let length = this.#currentLength;
    if (token.length >= MIN_TEXT_WORD) {
      const text = this.#text;
      const last = text.prefixEnd(token);
      for (let t = text.lowerBound(token); t < last; t++) {
        const weight = DESCRIPTION_WEIGHT * ((text.terms[t] as string).length === token.length ? EXACT : PREFIX);
        for (const doc of text.postings[t] as number[]) {
          if (best[doc] === 0) current[length++] = doc;
          if (weight > (best[doc] as number)) best[doc] = weight;
        }
      }
    }
    const score = this.#score;
    const count = this.#count;
    const mask = this.#mask;
    const tokenMask = this.#tokenMask;
    const touched = this.#touched;
    let touchedLength = this.#touchedLength;
    for (let i = 0; i < length; i++) {
      const doc = current[i] as number;
      score[doc] = (score[doc] as number) + (best[doc] as number);
      if (count[doc] === 0) touched[touchedLength++] = doc;
      count[doc] = (count[doc] as number) + 1;
      mask[doc] = (mask[doc] as number) | (tokenMask[doc] as number);
      best[doc] = 0;
      tokenMask[doc] = 0;
    }
    this.#touchedLength = touchedLength;
  }

  /** Typo matches among terms `from .. to`, skipping the prefix matches `skipFrom .. skipTo`. */
  #scanTypos(
    token: string,
    max: number,
    from: number,
    to: number,
    skipFrom: number,
    skipTo: number,
    context: MatchContext,
  ): void {
    const keys = this.#keys;
    const masks = keys.masks();
    const wanted = charMask(token);
    const distance = this.#distance;
    const minLength = token.length - max;
    for (let t = from; t < to; t++) {
      if (t === skipFrom && skipTo > skipFrom) t = skipTo;
      if (t >= to || popcount(wanted & ~(masks[t] as number)) > max) continue;
      const term = keys.terms[t] as string;
      if (term.length < minLength) continue;
      typoDistance(token, term, max, distance);
      let quality: number;
      if (distance.whole <= max) quality = TYPO[distance.whole as 1 | 2];
      else if (distance.prefix <= max) quality = PREFIX_TYPO[distance.prefix as 1 | 2];
      else continue;
      context.typos.set(term, distance.whole <= max ? term.length : distance.prefixLength);
      this.#applyKeys(keys.postings[t] as number[], quality, 3);
    }
  }

  #applyKeys(postings: number[], quality: number, lastField: number): void {
    const best = this.#best;
    const tokenMask = this.#tokenMask;
    const current = this.#current;
    let length = this.#currentLength;
    const name = FIELD_WEIGHTS[0] * quality;
    const joined = FIELD_WEIGHTS[1] * quality;
    const alias = FIELD_WEIGHTS[2] * quality;
    const category = FIELD_WEIGHTS[3] * quality;
    for (let i = 0; i < postings.length; i++) {
      const posting = postings[i] as number;
      const doc = posting >>> CODE_BITS;
      const field = (posting >>> 4) & 3;
      if (field > lastField) continue;
      const score = field === 0 ? name : field === 1 ? joined : field === 2 ? alias : category;
      const previous = best[doc] as number;
      if (previous === 0) current[length++] = doc;
      if (score > previous) best[doc] = score;
      if (field === nameField) tokenMask[doc] = (tokenMask[doc] as number) | (1 << (posting & 15));
      else if (field === joinedField) tokenMask[doc] = (tokenMask[doc] as number) | (3 << (posting & 15));
      else if (field === aliasField && (posting & 15) !== ALIAS_WORD) tokenMask[doc] = WHOLE_NAME;
    }
    this.#currentLength = length;
  }

  /** Keeps documents that matched every word (or, when none did, the most words) and pass the filters. */
  #select(tokens: string[], filters: CatalogFilters | undefined, countFacets: boolean, context: MatchContext): Matched {
    const touched = this.#touched;
    const touchedLength = this.#touchedLength;
    const count = this.#count;
    const facets = this.#facets;
    let need = 0;
    for (let i = 0; i < touchedLength; i++) need = Math.max(need, count[touched[i] as number] as number);
    const { masks: selection, active } = this.#dictionary.selection(filters);
    const counts = countFacets ? new Int32Array(3 * MAX_FACET_VALUES) : undefined;
    const [use0, use1, use2] = [active[0] === true, active[1] === true, active[2] === true];
    const [sel0, sel1, sel2] = [selection[0] as number, selection[1] as number, selection[2] as number];
    const phrase = tokens.join('');
    const scored = tokens.length > 0;
    // Matching documents are compacted to the front of the touched list, which stays complete for clearing.
    const docs = new Int32Array(touchedLength);
    let length = 0;
    for (let i = 0; i < touchedLength; i++) {
      const doc = touched[i] as number;
      if (count[doc] !== need) continue;
      const base = doc * 3;
      const miss0 = use0 && ((facets[base] as number) & sel0) === 0;
      const miss1 = use1 && ((facets[base + 1] as number) & sel1) === 0;
      const miss2 = use2 && ((facets[base + 2] as number) & sel2) === 0;
      const failures = (miss0 ? 1 : 0) + (miss1 ? 1 : 0) + (miss2 ? 1 : 0);
      if (counts !== undefined && failures <= 1) {
        this.#countFacets(doc, failures === 0 ? -1 : miss0 ? 0 : miss1 ? 1 : 2, counts);
      }
      if (failures > 0) continue;
      docs[length++] = doc;
      if (scored) this.#score[doc] = this.#finalScore(doc, phrase);
    }
    return { docs, length, context, facetCounts: counts, selection };
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
    const facets = this.#facets;
    for (let facet = 0; facet < 3; facet++) {
      if (only !== -1 && facet !== only) continue;
      let mask = facets[doc * 3 + facet] as number;
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
