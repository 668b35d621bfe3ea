import { describe, expect, it } from 'vitest';
import { allowedTypos, charMask, popcount, type TypoDistance, typoDistance } from './typo.js';

const distance = (query: string, term: string, max = 2): TypoDistance =>
  typoDistance(query, term, max, { whole: 0, prefix: 0, prefixLength: 0 });

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
    expect(distance('kitten', 'sitting').whole).toBe(3);
  });

  it('reports distances above the bound as bound + 1', () => {
    expect(distance('abcdef', 'uvwxyz', 1).whole).toBe(2);
    expect(distance('abcdef', 'uvwxyz', 1).prefix).toBe(2);
  });

  it('measures against the closest prefix while typing', () => {
    const result = distance('salesfr', 'salesforce', 1);
    expect(result.prefix).toBe(1);
    expect(result.prefixLength).toBe(6);
    expect(result.whole).toBe(2);
  });

  it('sketches characters so a typo match can miss at most `max` of them', () => {
    expect(popcount(charMask('jria') & ~charMask('jira'))).toBe(0);
    expect(popcount(charMask('xyz') & ~charMask('jira'))).toBe(3);
    expect(popcount(0xffffffff)).toBe(32);
  });
});
