import { describe, expect, it } from 'vitest';
import { CATALOG_FORMAT_VERSION, CatalogEntrySchema, CatalogFileSchema } from '../catalog/entry.schema.js';
import { exampleCatalog, exampleEntries } from './index.js';

describe('example catalog entries', () => {
  it('is a catalog file of the current format version', () => {
    expect(exampleCatalog.formatVersion).toBe(CATALOG_FORMAT_VERSION);
    expect(CatalogFileSchema.safeParse(exampleCatalog).success).toBe(true);
    expect(exampleCatalog.entries).toBe(exampleEntries);
  });

  it('has at least 200 entries', () => {
    expect(exampleEntries.length).toBeGreaterThanOrEqual(200);
  });

  it('parses every entry with CatalogEntrySchema', () => {
    const failures = exampleEntries.flatMap((entry) => {
      const result = CatalogEntrySchema.safeParse(entry);
      return result.success
        ? []
        : result.error.issues.map((issue) => `${entry.name}: ${issue.path.join('.')}: ${issue.message}`);
    });
    expect(failures).toEqual([]);
  });

  it('uses unique keys and unique display names', () => {
    const duplicates = (values: string[]) => values.filter((value, index) => values.indexOf(value) !== index);
    expect(duplicates(exampleEntries.map((entry) => entry.name))).toEqual([]);
    expect(duplicates(exampleEntries.map((entry) => entry.displayName.toLowerCase()))).toEqual([]);
  });

  it('declares provisioning only together with the Lifecycle Management use case', () => {
    const inconsistent = exampleEntries
      .filter((entry) => entry.functionality.provisioning.length > 0)
      .filter(
        (entry) =>
          !entry.useCases.some((useCase) => useCase === 'Lifecycle Management' || useCase === 'Directory and HR Sync'),
      )
      .map((entry) => entry.name);
    expect(inconsistent).toEqual([]);
  });

  it('gives the best-known brands the highest popularity', () => {
    const rank = (key: string) =>
      [...exampleEntries].sort((a, b) => b.popularity - a.popularity).findIndex((entry) => entry.name === key);
    for (const key of ['microsoft_office_365', 'google_workspace', 'slack', 'zoom']) expect(rank(key)).toBeLessThan(10);
  });

  it('dates every listing in the past', () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(exampleEntries.filter((entry) => entry.lastUpdated > today).map((entry) => entry.name)).toEqual([]);
  });
});
