import {
  CATALOG_FORMAT_VERSION,
  type CatalogEntry,
  type CatalogEntryInput,
  CatalogEntrySchema,
} from './entry.schema.js';
import { type CatalogIssue, CatalogValidationError } from './errors.js';

/** Result of the non-throwing parse functions. */
export type SafeCatalogResult =
  | { success: true; data: CatalogEntry[] }
  | { success: false; error: CatalogValidationError };

function label(value: unknown, index: number): string {
  const name = (value as { name?: unknown } | null)?.name;
  return typeof name === 'string' && /^[a-z][a-z0-9_]*$/.test(name) ? name : `#${index}`;
}

/** Validates entries (applying defaults) and refuses duplicate keys; never throws. */
export function safeParseCatalogEntries(entries: readonly unknown[]): SafeCatalogResult {
  if (!Array.isArray(entries)) {
    return fail([{ entry: '', path: ['entries'], code: 'invalid_type', message: 'expected an array of entries' }]);
  }
  const issues: CatalogIssue[] = [];
  const data: CatalogEntry[] = [];
  const seen = new Set<string>();
  entries.forEach((value, index) => {
    const entry = label(value, index);
    const result = CatalogEntrySchema.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues) {
        issues.push({
          entry,
          path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
          code: issue.code,
          message: issue.message,
        });
      }
      return;
    }
    if (seen.has(result.data.name)) {
      issues.push({ entry, path: ['name'], code: 'duplicate_key', message: `duplicate key '${result.data.name}'` });
      return;
    }
    seen.add(result.data.name);
    data.push(result.data);
  });
  return issues.length > 0 ? fail(issues) : { success: true, data };
}

/**
 * Validates catalog entries and applies their defaults.
 *
 * @throws {CatalogValidationError} `ERR_INVALID_CATALOG`, listing each invalid entry by key (or `#index`) and field path.
 */
export function parseCatalogEntries(entries: readonly unknown[]): CatalogEntry[] {
  const result = safeParseCatalogEntries(entries);
  if (!result.success) throw result.error;
  return result.data;
}

/** Checks a catalog file (object or JSON text) and its format version, then its entries; never throws. */
export function safeParseCatalogFile(json: unknown): SafeCatalogResult {
  let file = json;
  if (typeof json === 'string') {
    try {
      file = JSON.parse(json);
    } catch (cause) {
      return fail(
        [{ entry: '', path: [], code: 'invalid_json', message: `not JSON: ${(cause as Error).message}` }],
        cause,
      );
    }
  }
  if (file === null || typeof file !== 'object' || Array.isArray(file)) {
    return fail([{ entry: '', path: [], code: 'invalid_type', message: 'expected a catalog object' }]);
  }
  const { formatVersion, entries } = file as { formatVersion?: unknown; entries?: unknown };
  if (formatVersion !== CATALOG_FORMAT_VERSION) {
    return fail([
      {
        entry: '',
        path: ['formatVersion'],
        code: 'unsupported_version',
        message: `unsupported format version ${JSON.stringify(formatVersion) ?? 'undefined'} (expected ${CATALOG_FORMAT_VERSION})`,
      },
    ]);
  }
  return safeParseCatalogEntries(entries as unknown[]);
}

/**
 * Reads a catalog file: `{ formatVersion: 1, entries: [...] }`, as an object or JSON text.
 *
 * @throws {CatalogValidationError} `ERR_INVALID_CATALOG` for bad JSON, an unsupported format version or invalid entries.
 */
export function parseCatalogFile(json: unknown): CatalogEntry[] {
  const result = safeParseCatalogFile(json);
  if (!result.success) throw result.error;
  return result.data;
}

/** Writes entries as a catalog file object in the current format version. */
export function toCatalogFile(entries: readonly (CatalogEntry | CatalogEntryInput)[]): {
  formatVersion: typeof CATALOG_FORMAT_VERSION;
  entries: (CatalogEntry | CatalogEntryInput)[];
} {
  return { formatVersion: CATALOG_FORMAT_VERSION, entries: [...entries] };
}

function fail(issues: CatalogIssue[], cause?: unknown): { success: false; error: CatalogValidationError } {
  return { success: false, error: new CatalogValidationError(issues, cause === undefined ? undefined : { cause }) };
}
