import type { CatalogEntryInput } from '../catalog/entry.schema.js';

/** A catalog logo as the entry schema accepts it. */
export type ExampleLogo = CatalogEntryInput['logo'];

/**
 * An example entry as written in the category files: everything but the logo, which
 * `logos.generated.ts` supplies so that brand path data lives in one generated place.
 */
export type ExampleEntryData = Omit<CatalogEntryInput, 'logo'>;
