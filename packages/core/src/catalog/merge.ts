import type { CatalogEntry, CatalogEntryInput } from './entry.schema.js';
import { CatalogValidationError } from './errors.js';
import { parseCatalogEntries } from './parse.js';

/** A host's changes to a base catalog, all by entry key. */
export interface CatalogChanges {
  /** New entries; a key already in the base is refused (use `override`). */
  add?: readonly CatalogEntryInput[];
  /** Top-level fields replacing those of the base entry with the same `name`. */
  override?: readonly (Partial<CatalogEntryInput> & { name: string })[];
  /** Keys of base entries to leave out. */
  hide?: readonly string[];
}

/**
 * Applies a host's additions, overrides and hidden keys to a base catalog, keeping the base order
 * (additions last). Added and overridden entries are validated again.
 *
 * @throws {CatalogValidationError} `ERR_INVALID_CATALOG` when a change names an unknown key, adds an existing one,
 * or produces an invalid entry.
 */
export function mergeCatalog(base: readonly CatalogEntry[], changes: CatalogChanges = {}): CatalogEntry[] {
  const byKey = new Map(base.map((entry) => [entry.name, entry]));
  const problems: { entry: string; message: string; code: string }[] = [];
  const overrides = new Map<string, Partial<CatalogEntryInput>>();
  for (const override of changes.override ?? []) {
    if (!byKey.has(override.name))
      problems.push({ entry: override.name, code: 'unknown_key', message: 'override of an unknown key' });
    else overrides.set(override.name, { ...overrides.get(override.name), ...override });
  }
  const hidden = new Set(changes.hide ?? []);
  for (const key of hidden) {
    if (!byKey.has(key)) problems.push({ entry: key, code: 'unknown_key', message: 'hide of an unknown key' });
  }
  for (const added of changes.add ?? []) {
    if (byKey.has(added.name))
      problems.push({ entry: added.name, code: 'duplicate_key', message: 'add of an existing key; use override' });
  }
  if (problems.length > 0)
    throw new CatalogValidationError(problems.map((problem) => ({ ...problem, path: ['name'] })));
  const changed = [
    ...base
      .filter((entry) => overrides.has(entry.name) && !hidden.has(entry.name))
      .map((entry) => ({ ...entry, ...overrides.get(entry.name) })),
    ...(changes.add ?? []),
  ];
  const validated = new Map(parseCatalogEntries(changed).map((entry) => [entry.name, entry]));
  const out: CatalogEntry[] = [];
  for (const entry of base) {
    if (!hidden.has(entry.name)) out.push(validated.get(entry.name) ?? entry);
  }
  for (const added of changes.add ?? []) {
    const entry = validated.get(added.name);
    if (entry !== undefined) out.push(entry);
  }
  return out;
}
