import type { CatalogEntryInput } from '../catalog/entry.schema.js';
import { exampleEntryData } from './entries.js';
import { logos } from './logos.generated.js';
import { monogramLogo } from './monogram.js';

/**
 * The example catalog's entries: real, widely used SaaS applications with their sign-on
 * protocols, provisioning capabilities, categories and aliases, and for many of them the
 * per-tenant settings and sign-on templates needed to add them end to end.
 *
 * Entries are unvalidated input; parse them with the catalog's entry schema (the catalog
 * loader does) before use.
 */
export const exampleEntries: CatalogEntryInput[] = exampleEntryData.map((entry) => ({
  ...entry,
  // The generated map covers every key; the monogram only guards entries added without regenerating.
  logo: logos[entry.name] ?? monogramLogo(entry.name, entry.displayName),
}));

/**
 * The example catalog as a catalog file (format version 1). Hosts load it lazily:
 *
 * ```ts
 * const { exampleCatalog } = await import('@integrakit/core/catalog-data');
 * ```
 */
export const exampleCatalog: { formatVersion: 1; entries: CatalogEntryInput[] } = {
  formatVersion: 1,
  entries: exampleEntries,
};
