// Real data for tests and stories: core's example catalog and synthetic catalogs, searched by
// core's engine. Core has no public `catalog` subpath yet, so fixtures import its sources directly.
import type { CatalogEntry } from '../../../../../core/src/catalog/entry.schema.js';
import { generateCatalog } from '../../../../../core/src/catalog/generate.js';
import { parseCatalogEntries } from '../../../../../core/src/catalog/parse.js';
import { type Catalog, createCatalog } from '../../../../../core/src/catalog/search/index.js';
import { exampleEntries } from '../../../../../core/src/catalog-data/index.js';
import { memoryCatalogSource } from '../memory-source.js';
import type { CatalogItem, CatalogSource } from '../source.js';

export { createCatalog, generateCatalog };

let example: Catalog<CatalogEntry> | undefined;

/** Core's example catalog (200+ real apps) behind the engine. */
export function exampleCatalog(): Catalog<CatalogEntry> {
  example ??= createCatalog(parseCatalogEntries(exampleEntries));
  return example;
}

/** A source over the example catalog. */
export function exampleSource(): CatalogSource {
  return memoryCatalogSource(exampleCatalog());
}

/** A source over `size` synthetic entries. */
export function syntheticSource(size: number, seed = 7): CatalogSource {
  return memoryCatalogSource(createCatalog(generateCatalog({ size, seed })));
}

/** A source that calls `inner` after `delay` ms and records every signal it was given. */
export function slowSource(inner: CatalogSource, delay: number): CatalogSource & { signals: AbortSignal[] } {
  const signals: AbortSignal[] = [];
  const wait = (signal: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      signals.push(signal);
      const timer = setTimeout(resolve, delay);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(signal.reason);
      });
    });
  return {
    signals,
    suggest: async (query, options) => {
      await wait(options.signal);
      return inner.suggest(query, options);
    },
    search: async (query, options) => {
      await wait(options.signal);
      return inner.search(query, options);
    },
    get: async (name, options) => {
      await wait(options.signal);
      return inner.get(name, options);
    },
  };
}

/** A source whose every call fails, as when the server is down. */
export function failingSource(): CatalogSource {
  const fail = () => Promise.reject(new Error('catalog unavailable'));
  return { suggest: fail, search: fail, get: fail };
}

/** A source whose search never settles, to show the loading state. */
export function pendingSource(): CatalogSource {
  const never = () => new Promise<never>(() => {});
  return { suggest: never, search: never, get: never };
}

/** Shortcut for tests that need one real entry. */
export function exampleEntry(name: string): CatalogItem {
  const entry = exampleCatalog().get(name);
  if (entry === undefined) throw new Error(`example catalog has no ${name}`);
  return entry;
}
