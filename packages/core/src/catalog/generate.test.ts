import { describe, expect, it } from 'vitest';
import { CatalogEntrySchema } from './entry.schema.js';
import { generateCatalog } from './generate.js';

describe('generateCatalog', () => {
  const entries = generateCatalog({ size: 2_000, seed: 7 });

  it('is deterministic per seed and size', () => {
    expect(generateCatalog({ size: 2_000, seed: 7 })).toEqual(entries);
    expect(generateCatalog({ size: 2_000, seed: 8 })).not.toEqual(entries);
    expect(generateCatalog({ size: 0 })).toEqual([]);
  });

  it('produces valid entries with unique keys and display names', () => {
    for (const entry of entries.slice(0, 300)) expect(CatalogEntrySchema.safeParse(entry).success).toBe(true);
    expect(new Set(entries.map((entry) => entry.name)).size).toBe(entries.length);
    expect(new Set(entries.map((entry) => entry.displayName.toLowerCase())).size).toBe(entries.length);
  });

  it('has editions of brands, skewed categories and heavy-tailed popularity', () => {
    const editions = entries.filter((entry) =>
      / (Phone|Analytics|Mobile|Admin|Cloud|Enterprise)$/.test(entry.displayName),
    );
    expect(editions.length).toBeGreaterThan(entries.length * 0.05);
    const counts = new Map<string, number>();
    for (const entry of entries) for (const tag of entry.categories) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(sorted[0]).toBeGreaterThan(3 * (sorted[sorted.length - 1] ?? 0));
    const popular = entries.filter((entry) => entry.popularity > 50_000).length;
    expect(popular).toBeGreaterThan(0);
    expect(popular).toBeLessThan(entries.length * 0.2);
  });
});
