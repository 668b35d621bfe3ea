import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../../../../../scripts/property-runs.js';
import { generateCatalog } from '../generate.js';
import { apps } from './__fixtures__/entries.js';
import { createCatalog, MAX_QUERY_LENGTH, MAX_QUERY_WORDS } from './index.js';

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
      { numRuns: propertyRuns(300) },
    );
  });

  it('handles empty, whitespace, huge and odd-unicode queries', () => {
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
    for (const query of odd) {
      expect(() => catalog.suggest(query)).not.toThrow();
      expect(() => catalog.search(query)).not.toThrow();
    }
    expect(names('   ')).toEqual(names(''));
  });

  it('bounds the work a query can cause: only its first characters and distinct words count', () => {
    const long = `${'salesforce '.repeat(30)}zoom`;
    expect(long.length).toBeGreaterThan(MAX_QUERY_LENGTH);
    expect(names(long)).toEqual(names(long.slice(0, MAX_QUERY_LENGTH)));
    const words = 'slack zoom jira box github gitlab okta sentry docker heroku';
    expect(words.split(' ').length).toBeGreaterThan(MAX_QUERY_WORDS);
    expect(names(words)).toEqual(names(words.split(' ').slice(0, MAX_QUERY_WORDS).join(' ')));
    expect(names('zoom zoom zoom')).toEqual(names('zoom'));
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

  it('leaves nothing of a build that threw to the next build', () => {
    const [first, second] = apps;
    if (first === undefined || second === undefined) throw new Error('fixture is too small');
    const broken = { ...second, name: 'broken', displayName: 42 } as never;
    expect(() => createCatalog([first, broken])).toThrow(TypeError);
    const next = createCatalog([second]);
    expect(next.suggest(first.displayName)).toEqual([]);
    expect(next.suggest(second.displayName)[0]?.entry.name).toBe(second.name);
  });

  it('answers every one-letter query on 10k entries from display names and aliases', () => {
    const big = createCatalog(generateCatalog({ size: 10_000, seed: 9 }));
    for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
      const hits = big.suggest(letter);
      expect(hits.length).toBeGreaterThan(0);
      for (const hit of hits) {
        expect(hit.matches.some((match) => match.field === 'displayName' || match.field === 'aliases')).toBe(true);
      }
    }
  });
});
