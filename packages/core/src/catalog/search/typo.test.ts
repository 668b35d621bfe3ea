import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../../../../../scripts/property-runs.js';
import { allowedTypos, popcount, scanTypos, sharedPrefixes } from './typo.js';

interface Found {
  whole: number;
  prefix: number;
  prefixLength: number;
}

/** Every term of a sorted list within `max` edits, keyed by term. */
const scan = (query: string, terms: string[], max: number): Map<string, Found> => {
  const found = new Map<string, Found>();
  scanTypos(query, max, terms, sharedPrefixes(terms), 0, terms.length, (index, whole, prefix, prefixLength) => {
    found.set(terms[index] as string, { whole, prefix, prefixLength });
  });
  return found;
};
const distance = (query: string, term: string, max = 2): Found =>
  scan(query, [term], max).get(term) ?? { whole: max + 1, prefix: max + 1, prefixLength: 0 };

/** Textbook optimal string alignment distance, the reference for the scanner. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => i + j));
  const at = (i: number, j: number) => d[i]?.[j] as number;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

function reference(query: string, term: string, max: number): Found | undefined {
  const whole = Math.min(osa(query, term), max + 1);
  let prefix = max + 1;
  let prefixLength = 0;
  for (let j = Math.max(0, query.length - max); j <= Math.min(term.length, query.length + max); j++) {
    const d = osa(query, term.slice(0, j));
    if (d < prefix) {
      prefix = d;
      prefixLength = j;
    }
  }
  return whole <= max || prefix <= max ? { whole, prefix, prefixLength } : undefined;
}

describe('typo tolerance', () => {
  it('allows 1 edit from 4 characters and 2 from 8', () => {
    expect([3, 4, 7, 8, 32, 33].map(allowedTypos)).toEqual([0, 1, 1, 2, 2, 0]);
  });

  it('counts an adjacent transposition as one edit (OSA)', () => {
    expect(distance('jria', 'jira').whole).toBe(1);
    expect(distance('salesfroce', 'salesforce').whole).toBe(1);
    expect(distance('abcd', 'abcd').whole).toBe(0);
  });

  it('counts substitutions, insertions and deletions', () => {
    expect(distance('slck', 'slack').whole).toBe(1);
    expect(distance('zooom', 'zoom').whole).toBe(1);
    expect(distance('jora', 'jira').whole).toBe(1);
    expect(distance('sira', 'jira').whole).toBe(1);
    expect(distance('kitten', 'sitting', 3).whole).toBe(3);
  });

  it('reports nothing beyond the bound', () => {
    expect(scan('abcdef', ['uvwxyz'], 1).size).toBe(0);
    expect(distance('kitten', 'sitting').whole).toBe(3);
  });

  it('measures against the closest prefix while typing', () => {
    const result = distance('salesfr', 'salesforce', 1);
    expect(result.prefix).toBe(1);
    expect(result.prefixLength).toBe(6);
    expect(result.whole).toBe(2);
  });

  it('keeps prefix matches of terms under a prefix that went out of bounds', () => {
    // "abxd" is one edit from "abcd"; "abxdz…" rows go out of bounds after it, yet each term still matches by prefix.
    const found = scan('abcd', ['abxdzz', 'abxdzzq', 'abxdzzz'], 1);
    expect([...found.values()]).toEqual([
      { whole: 2, prefix: 1, prefixLength: 4 },
      { whole: 2, prefix: 1, prefixLength: 4 },
      { whole: 2, prefix: 1, prefixLength: 4 },
    ]);
  });

  it('agrees with a textbook OSA distance over sorted term lists', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 0, maxLength: 10 });
    fc.assert(
      fc.property(word, fc.uniqueArray(word, { maxLength: 40 }), fc.constantFrom(1, 2), (query, list, max) => {
        const terms = list.sort();
        const expected = new Map<string, Found>();
        for (const term of terms) {
          const found = reference(query, term, max);
          if (found !== undefined) expected.set(term, found);
        }
        expect(scan(query, terms, max)).toEqual(expected);
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it('measures the prefix each sorted term shares with the one before', () => {
    expect([...sharedPrefixes(['ab', 'abc', 'abd', 'b', 'ba'])]).toEqual([0, 2, 2, 0, 1]);
  });

  it('counts set bits', () => {
    expect([0, 1, 0b1011, 0xffffffff].map(popcount)).toEqual([0, 1, 3, 32]);
  });
});
