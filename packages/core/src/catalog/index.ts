export * from './entry.schema.js';
export { type CatalogIssue, CatalogValidationError } from './errors.js';
export { type GenerateCatalogOptions, generateCatalog } from './generate.js';
export { type CatalogChanges, mergeCatalog } from './merge.js';
export {
  parseCatalogEntries,
  parseCatalogFile,
  type SafeCatalogResult,
  safeParseCatalogEntries,
  safeParseCatalogFile,
  toCatalogFile,
} from './parse.js';
export * from './search/index.js';
