import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCatalog } from '../generate.js';
import { apps } from './__fixtures__/entries.js';
import { createCatalog } from './index.js';

const catalog = createCatalog([...apps, ...generateCatalog({ size: 500, seed: 3 })]);
const names = (query: string) => catalog.suggest(query).map((hit) => `${hit.entry.name}:${hit.score}`);

describe('any input', () => {
  it('never throws and answers deterministically for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (query) => {
        const first = names(query);
        expect(names(query)).toEqual(first);
        const result = catalog.search(query, { page: 1, pageSize: 3 });
        expect(result.hits.length).toBeLessThanOrEqual(3);
        expect(result.total).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it('handles empty, whitespace, huge and odd-unicode queries quickly', () => {
    const odd = [
      '',
      '   \t\n',
      'a'.repeat(10_000),
      'ab '.repeat(3_400),
      '\uD800\uDFFF\uDBFF',
      '👩‍👩‍👧‍👦🔥',
      '\u0000\u202e',
      'Z̸̢͈a̴l̷g̶o̵',
    ];
    const started = performance.now();
    for (const query of odd) {
      expect(() => catalog.suggest(query)).not.toThrow();
      expect(() => catalog.search(query)).not.toThrow();
    }
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(names('   ')).toEqual(names(''));
  });

  it('answers on an empty catalog, before and after entries come and go', () => {
    const empty = createCatalog<(typeof apps)[number]>([]);
    expect(empty.suggest('')).toEqual([]);
    expect(empty.suggest('sal')).toEqual([]);
    expect(empty.search('crm', { filters: { functionality: ['SAML'] } }).total).toBe(0);
    const [first] = apps;
    if (first === undefined) throw new Error('fixture is empty');
    empty.add(first);
    expect(empty.suggest(first.displayName)[0]?.entry.name).toBe(first.name);
    empty.remove(first.name);
    expect(empty.suggest(first.displayName)).toEqual([]);
    expect(empty.search('').total).toBe(0);
  });

  it('tolerates odd options and filters', () => {
    const weird = [
      { limit: -3 },
      { limit: Number.NaN },
      { limit: 1e9 },
      { filters: { industries: [] } },
      { filters: { useCases: ['Nope'] } },
    ] as never[];
    for (const options of weird) expect(() => catalog.suggest('sal', options)).not.toThrow();
    expect(catalog.suggest('sal', { limit: 1e9 }).length).toBeLessThanOrEqual(100);
    expect(() => catalog.search('sal', { page: -1, pageSize: Number.POSITIVE_INFINITY })).not.toThrow();
    expect(() => catalog.suggest(undefined as never)).not.toThrow();
  });

  it('answers one-letter queries on 10k entries without scanning the vocabulary slowly', () => {
    const big = createCatalog(generateCatalog({ size: 10_000, seed: 9 }));
    big.suggest('a');
    const started = performance.now();
    for (const letter of 'abcdefghijklmnopqrstuvwxyz') expect(big.suggest(letter).length).toBeGreaterThan(0);
    // A generous bound for a busy shared machine; the benchmark reports real per-keystroke figures.
    expect((performance.now() - started) / 26).toBeLessThan(25);
  });
});
