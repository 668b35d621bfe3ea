import { describe, expect, it } from 'vitest';
import { valid } from './__fixtures__/valid-entry.js';
import type { CatalogEntry } from './entry.schema.js';
import { CatalogValidationError } from './errors.js';
import { mergeCatalog } from './merge.js';
import { parseCatalogEntries } from './parse.js';

const base: CatalogEntry[] = parseCatalogEntries([
  valid,
  { ...valid, name: 'beta', displayName: 'Beta' },
  { ...valid, name: 'gamma', displayName: 'Gamma' },
]);

describe('mergeCatalog', () => {
  it('adds, overrides and hides by key, keeping the base order', () => {
    const merged = mergeCatalog(base, {
      add: [{ ...valid, name: 'delta', displayName: 'Delta' }],
      override: [{ name: 'beta', displayName: 'Beta (internal)', popularity: 99 }],
      hide: ['gamma'],
    });
    expect(merged.map((entry) => entry.name)).toEqual(['acme_crm', 'beta', 'delta']);
    expect(merged[1]).toMatchObject({ displayName: 'Beta (internal)', popularity: 99, description: valid.description });
    expect(merged[2]?.aliases).toEqual([]);
    expect(merged[0]).toBe(base[0]);
  });

  it('returns the base unchanged without changes', () => {
    expect(mergeCatalog(base)).toEqual(base);
  });

  it('refuses unknown keys, existing keys on add, and invalid results', () => {
    expect(() => mergeCatalog(base, { override: [{ name: 'nope', popularity: 1 }] })).toThrow(/nope.*unknown key/);
    expect(() => mergeCatalog(base, { hide: ['nope'] })).toThrow(CatalogValidationError);
    expect(() => mergeCatalog(base, { add: [valid] })).toThrow(/acme_crm.*use override/);
    expect(() => mergeCatalog(base, { override: [{ name: 'beta', website: 'ftp://beta' }] })).toThrow(/beta\.website/);
  });
});
