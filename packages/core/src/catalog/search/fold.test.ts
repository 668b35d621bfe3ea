import { describe, expect, it } from 'vitest';
import { fold, subwords, tokenize } from './fold.js';

describe('fold', () => {
  it('lower-cases and strips diacritics', () => {
    expect(fold('Café Société')).toBe('cafe societe');
    expect(fold('ZOË Ångström')).toBe('zoe angstrom');
    expect(fold('Straße Øresund Łódź')).toBe('strasse oresund lodz');
  });

  it('leaves plain ASCII alone apart from case', () => {
    expect(fold('Office 365')).toBe('office 365');
  });
});

describe('tokenize', () => {
  it('gives folded words with offsets into the original text', () => {
    expect(tokenize('Café, Zoom-Phone!')).toEqual([
      { term: 'cafe', start: 0, end: 4 },
      { term: 'zoom', start: 6, end: 10 },
      { term: 'phone', start: 11, end: 16 },
    ]);
  });

  it('finds no words in punctuation, whitespace or lone surrogates', () => {
    expect(tokenize('  ,.;\uD800 ')).toEqual([]);
  });

  it('splits camel case and letter/digit runs as sub-words', () => {
    const text = 'PagerDuty Auth0';
    const [pager, auth] = tokenize(text);
    expect(subwords(text, pager as never).map((token) => token.term)).toEqual(['pager', 'duty']);
    expect(subwords(text, auth as never).map((token) => token.term)).toEqual(['auth', '0']);
    expect(subwords('slack', { term: 'slack', start: 0, end: 5 })).toEqual([]);
  });
});
