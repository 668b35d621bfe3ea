import type { CatalogEntry } from '../../../../../core/src/catalog/entry.schema.js';
import { parseCatalogEntries } from '../../../../../core/src/catalog/parse.js';
import { createCatalog } from '../../../../../core/src/catalog/search/index.js';
import { memoryCatalogSource } from '../memory-source.js';
import type { CatalogSource } from '../source.js';
import { rawTestEntries } from './apps-data.js';

/** The fixed test catalog, schema-validated so it is what a real host would pass. */
export function testEntries(): CatalogEntry[] {
  return parseCatalogEntries(rawTestEntries());
}

/** A source over {@link testEntries} searched by core's engine. */
export function testSource(): CatalogSource {
  return memoryCatalogSource(createCatalog(testEntries()));
}
