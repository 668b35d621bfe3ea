import uFuzzy from '@leeoniya/ufuzzy';
import { Charset, Document } from 'flexsearch';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { CatalogEntry } from '../src/catalog/entry.schema.js';
import { type CatalogFilters, createCatalog } from '../src/catalog/search/index.js';

/** What every engine is asked to do alike. */
export interface EngineOptions {
  /** Rank by popularity where the engine lets a caller (Integrakit: its tie-break; off: every entry at 0). */
  popularity: boolean;
}

/**
 * One engine under test: build once, then answer the top-`limit` keys for a query and filters, having
 * computed what a suggestion list highlights for each of them. `settings` says, for the docs, how it runs.
 */
export interface Engine {
  name: string;
  settings: string;
  build(entries: CatalogEntry[], options: EngineOptions): Searcher;
}
export type Searcher = (query: string, filters: CatalogFilters | undefined, limit: number) => string[];

/**
 * Weight of popularity in MiniSearch's document boost. Its recall on the in-house set was the same at every
 * weight tried (0, 0.05, 0.1, 0.2, 0.5, 1, 2).
 */
export const POPULARITY_BOOST = 0.2;

/** Candidates a peer fetches when filters are applied to its results (it has no facet filter of its own). */
const FILTERED_CANDIDATES = 500;

const functionality = (entry: CatalogEntry): string[] => [
  ...entry.functionality.signOn,
  ...(entry.functionality.provisioning.length > 0 ? ['SCIM', ...entry.functionality.provisioning] : []),
  ...(entry.functionality.apiService ? ['API Service'] : []),
];

/** The same AND-across / OR-within filter the peers lack, applied to their results. */
export function passes(entry: CatalogEntry, filters: CatalogFilters | undefined): boolean {
  if (filters === undefined) return true;
  const any = (selected: readonly string[] | undefined, values: readonly string[]) =>
    selected === undefined || selected.length === 0 || selected.some((value) => values.includes(value));
  return (
    any(filters.useCases, entry.useCases) &&
    any(filters.functionality, functionality(entry)) &&
    any(filters.industries, entry.industries)
  );
}

function take(entries: CatalogEntry[], order: Iterable<number>, filters: CatalogFilters | undefined, limit: number) {
  const out: string[] = [];
  for (const index of order) {
    const entry = entries[index] as CatalogEntry;
    if (passes(entry, filters)) out.push(entry.name);
    if (out.length === limit) break;
  }
  return out;
}

// For an empty query every engine lists entries by popularity.
function browse(entries: CatalogEntry[]): number[] {
  return entries.map((_, index) => index).sort((a, b) => (entries[b]?.popularity ?? 0) - (entries[a]?.popularity ?? 0));
}

/** Popularity on a 0–1 log scale (it is heavy-tailed), 0 for every entry when popularity is off. */
function popularityScale(entries: CatalogEntry[], options: EngineOptions): (index: number) => number {
  const top = Math.log1p(Math.max(0, ...entries.map((entry) => entry.popularity)));
  return (index) => (options.popularity && top > 0 ? Math.log1p(entries[index]?.popularity ?? 0) / top : 0);
}

/**
 * Integrakit indexes display name and aliases as keys and searches descriptions from 3 letters; a one-letter
 * query reads names and aliases only. Peers are given the same scope for one letter.
 */
const oneLetter = (query: string) => query.trim().length === 1;
const keyFields = ['displayName', 'aliases'];

const flat = (entry: CatalogEntry) => ({
  id: 0,
  displayName: entry.displayName,
  aliases: entry.aliases.join(' '),
  categories: entry.categories.join(' '),
  description: entry.description,
});

// Counts what the searchers compute for highlighting: reading it makes that work part of every timed call.
let highlighted = 0;
/** Highlight items read so far (a count nothing relies on). */
export const highlightsRead = () => highlighted;

export const engines: Engine[] = [
  {
    name: 'Integrakit',
    settings:
      'as it ships: typos (1 edit from 4 letters, 2 from 8), prefixes, built-in aliases; popularity breaks ties; ' +
      "every hit's lazy `matches` (highlight ranges) read",
    build(entries, options) {
      const catalog = createCatalog(
        options.popularity ? entries : entries.map((entry) => ({ ...entry, popularity: 0 })),
      );
      return (query, filters, limit) =>
        catalog.suggest(query, filters === undefined ? { limit } : { limit, filters }).map((hit) => {
          highlighted += hit.matches.length;
          return hit.entry.name;
        });
    },
  },
  {
    name: 'uFuzzy',
    settings:
      '`intraMode: 1` (one typo per term), terms in any order, one string per entry; popularity as its final ' +
      '`compare` tie-break; ranks and computes match ranges in `search` up to 1,000 matches (its `infoThresh`), ' +
      'above that returns matches unranked in catalog order',
    build(entries, options) {
      const keys = entries.map((entry) => `${entry.displayName} ${entry.aliases.join(' ')}`);
      const haystack = entries.map(
        (entry, index) => `${keys[index]} ${entry.categories.join(' ')} ${entry.description}`,
      );
      const scale = popularityScale(entries, options);
      // uFuzzy compares haystack strings; a string shared by entries takes the most popular one's rank.
      const rank = new Map<string, number>();
      for (const list of [keys, haystack]) {
        list.forEach((text, index) => {
          rank.set(text, Math.max(rank.get(text) ?? 0, scale(index)));
        });
      }
      // uFuzzy's own last resort, which popularity goes before.
      const collate = new Intl.Collator('en', { numeric: true, sensitivity: 'base' }).compare;
      const fuzzy = new uFuzzy({
        intraMode: 1,
        compare: (a, b) => (rank.get(b) ?? 0) - (rank.get(a) ?? 0) || collate(a, b),
      });
      const byPopularity = browse(entries);
      return (query, filters, limit) => {
        if (query.trim() === '') return take(entries, byPopularity, filters, limit);
        const [idxs, info, order] = fuzzy.search(oneLetter(query) ? keys : haystack, query, 1);
        if (idxs === null) return [];
        const ranked = info !== null && order !== null ? order.map((at) => info.idx[at] as number) : idxs;
        highlighted += info?.ranges?.length ?? 0;
        return take(entries, ranked, filters, limit);
      };
    },
  },
  {
    name: 'MiniSearch',
    settings:
      `prefix, \`fuzzy: 0.2\`, AND across words, field boosts; popularity as \`boostDocument\` 1 + ${POPULARITY_BOOST} × log-scaled popularity; ` +
      'per-hit `match` (terms per field, no character ranges) built by `search`',
    build(entries, options) {
      const scale = popularityScale(entries, options);
      const mini = new MiniSearch({
        fields: ['displayName', 'aliases', 'categories', 'description'],
        searchOptions: {
          boost: { displayName: 3, aliases: 2, categories: 1.5 },
          prefix: true,
          fuzzy: 0.2,
          combineWith: 'AND',
          boostDocument: (id: number) => 1 + POPULARITY_BOOST * scale(id),
        },
      });
      mini.addAll(entries.map((entry, id) => ({ ...flat(entry), id })));
      const byPopularity = browse(entries);
      return (query, filters, limit) => {
        if (query.trim() === '') return take(entries, byPopularity, filters, limit);
        const results = mini.search(query, {
          ...(oneLetter(query) ? { fields: keyFields } : {}),
          ...(filters === undefined ? {} : { filter: (r) => passes(entries[r.id] as CatalogEntry, filters) }),
        });
        return results.slice(0, limit).map((r) => {
          highlighted += r.terms.length;
          return (entries[r.id] as CatalogEntry).name;
        });
      };
    },
  },
  {
    name: 'FlexSearch',
    settings:
      '`tokenize: "forward"` (prefixes), `encoder: LatinSoundex`, `suggest: true`: its typo tolerance, the best for ' +
      'recall@1 on the in-house set of every encoder (Normalize to LatinSoundex) with forward, tolerant or full tokenizing; ' +
      'fields merged by FlexSearch; no score or document boost, so no popularity; `highlight` on its stored fields, ' +
      `except with filters: it highlights every result it returns and cannot highlight chosen ones afterwards, so of its ${FILTERED_CANDIDATES} ` +
      'candidates none is highlighted (less work than the others)',
    build(entries) {
      const index = new Document({
        tokenize: 'forward',
        encoder: Charset.LatinSoundex,
        document: {
          id: 'id',
          index: ['displayName', 'aliases', 'categories', 'description'],
          store: ['displayName', 'aliases', 'categories', 'description'],
        },
      });
      entries.forEach((entry, id) => {
        index.add({ ...flat(entry), id });
      });
      const byPopularity = browse(entries);
      return (query, filters, limit) => {
        if (query.trim() === '') return take(entries, byPopularity, filters, limit);
        const results = index.search(query, {
          suggest: true,
          merge: true,
          ...(filters === undefined ? { limit, highlight: '<b>$1</b>' } : { limit: FILTERED_CANDIDATES }),
          ...(oneLetter(query) ? { index: keyFields } : {}),
        });
        highlighted += results.length;
        return take(
          entries,
          results.map((r) => r.id as number),
          filters,
          limit,
        );
      };
    },
  },
  {
    name: 'Fuse.js',
    settings:
      '`threshold: 0.35` (its typo tolerance), `ignoreLocation`, key weights; popularity breaks score ties in `sortFn` ' +
      '(a weighted boost, tried at 0.05–2, only lowered its recall); `includeMatches` (highlight ranges); ' +
      'one-letter queries as `$or` over name and aliases',
    build(entries, options) {
      const scale = popularityScale(entries, options);
      const fuse = new Fuse(entries, {
        keys: [
          { name: 'displayName', weight: 3 },
          { name: 'aliases', weight: 2 },
          { name: 'categories', weight: 1.5 },
          { name: 'description', weight: 0.5 },
        ],
        ignoreLocation: true,
        threshold: 0.35,
        includeMatches: true,
        sortFn: (a, b) => a.score - b.score || scale(b.idx) - scale(a.idx) || a.idx - b.idx,
      });
      const byPopularity = browse(entries);
      return (query, filters, limit) => {
        if (query.trim() === '') return take(entries, byPopularity, filters, limit);
        const results = fuse.search(
          oneLetter(query) ? { $or: keyFields.map((key) => ({ [key]: query })) } : query,
          filters === undefined ? { limit } : {},
        );
        return take(
          entries,
          results.map((r) => {
            highlighted += r.matches?.length ?? 0;
            return r.refIndex;
          }),
          filters,
          limit,
        );
      };
    },
  },
];

/** Entry modules whose min+gzip size is compared. */
export const entrySources: Record<string, string> = {
  Integrakit: "export { createCatalog, restoreCatalog } from '../src/catalog/search/index.ts';",
  uFuzzy: "export { default } from '@leeoniya/ufuzzy';",
  MiniSearch: "export { default } from 'minisearch';",
  FlexSearch: "export { Charset, Document } from 'flexsearch';",
  'Fuse.js': "export { default } from 'fuse.js';",
};
