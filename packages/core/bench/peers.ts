import uFuzzy from '@leeoniya/ufuzzy';
import { Document } from 'flexsearch';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { CatalogEntry } from '../src/catalog/entry.schema.js';
import { type CatalogFilters, createCatalog } from '../src/catalog/search/index.js';

/** One engine under test: build once, then answer top-`limit` keys for a query and filters. */
export interface Engine {
  name: string;
  build(entries: CatalogEntry[]): Searcher;
}
export type Searcher = (query: string, filters: CatalogFilters | undefined, limit: number) => string[];

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

// Peers get no popularity signal of their own; for an empty query they all list entries by popularity.
function browse(entries: CatalogEntry[]): number[] {
  return entries.map((_, index) => index).sort((a, b) => (entries[b]?.popularity ?? 0) - (entries[a]?.popularity ?? 0));
}

const flat = (entry: CatalogEntry) => ({
  id: 0,
  displayName: entry.displayName,
  aliases: entry.aliases.join(' '),
  categories: entry.categories.join(' '),
  description: entry.description,
});

export const engines: Engine[] = [
  {
    name: 'Integrakit',
    build(entries) {
      const catalog = createCatalog(entries);
      return (query, filters, limit) =>
        catalog.suggest(query, filters === undefined ? { limit } : { limit, filters }).map((hit) => hit.entry.name);
    },
  },
  {
    name: 'uFuzzy',
    build(entries) {
      const haystack = entries.map(
        (entry) => `${entry.displayName} ${entry.aliases.join(' ')} ${entry.categories.join(' ')} ${entry.description}`,
      );
      const fuzzy = new uFuzzy({ intraMode: 1 });
      const byPopularity = browse(entries);
      return (query, filters, limit) => {
        if (query.trim() === '') return take(entries, byPopularity, filters, limit);
        const [idxs, info, order] = fuzzy.search(haystack, query, 1);
        if (idxs === null) return [];
        const ranked = info !== null && order !== null ? order.map((at) => info.idx[at] as number) : idxs;
        return take(entries, ranked, filters, limit);
      };
    },
  },
  {
    name: 'MiniSearch',
    build(entries) {
      const mini = new MiniSearch({
        fields: ['displayName', 'aliases', 'categories', 'description'],
        searchOptions: {
          boost: { displayName: 3, aliases: 2, categories: 1.5 },
          prefix: true,
          fuzzy: 0.2,
          combineWith: 'AND',
        },
      });
      mini.addAll(entries.map((entry, id) => ({ ...flat(entry), id })));
      const byPopularity = browse(entries);
      return (query, filters, limit) => {
        if (query.trim() === '') return take(entries, byPopularity, filters, limit);
        const results = mini.search(
          query,
          filters === undefined ? {} : { filter: (r) => passes(entries[r.id] as CatalogEntry, filters) },
        );
        return results.slice(0, limit).map((r) => (entries[r.id] as CatalogEntry).name);
      };
    },
  },
  {
    name: 'FlexSearch',
    build(entries) {
      const index = new Document({
        tokenize: 'forward',
        document: { id: 'id', index: ['displayName', 'aliases', 'categories', 'description'] },
      });
      entries.forEach((entry, id) => {
        index.add({ ...flat(entry), id });
      });
      const byPopularity = browse(entries);
      return (query, filters, limit) => {
        if (query.trim() === '') return take(entries, byPopularity, filters, limit);
        // Field results come back in field order (name first); merge them keeping the first rank.
        const fields = index.search(query, { limit: filters === undefined ? limit : 500, suggest: true });
        const seen = new Set<number>();
        for (const field of fields) for (const id of field.result) seen.add(id as number);
        return take(entries, seen, filters, limit);
      };
    },
  },
  {
    name: 'Fuse.js',
    build(entries) {
      const fuse = new Fuse(entries, {
        keys: [
          { name: 'displayName', weight: 3 },
          { name: 'aliases', weight: 2 },
          { name: 'categories', weight: 1.5 },
          { name: 'description', weight: 0.5 },
        ],
        ignoreLocation: true,
        threshold: 0.35,
      });
      const byPopularity = browse(entries);
      return (query, filters, limit) => {
        if (query.trim() === '') return take(entries, byPopularity, filters, limit);
        return take(
          entries,
          fuse.search(query).map((r) => r.refIndex),
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
  FlexSearch: "export { Document } from 'flexsearch';",
  'Fuse.js': "export { default } from 'fuse.js';",
};
