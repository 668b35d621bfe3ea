import { describe, expect, it } from 'vitest';
import { eachWord, fold, subwords, type Token } from './fold.js';

function words(text: string): Token[] {
  const tokens: Token[] = [];
  eachWord(text, (term, start, end) => tokens.push({ term, start, end }));
  return tokens;
}

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

describe('eachWord', () => {
  it('gives folded words with offsets into the original text', () => {
    expect(words('Café, Zoom-Phone!')).toEqual([
      { term: 'cafe', start: 0, end: 4 },
      { term: 'zoom', start: 6, end: 10 },
      { term: 'phone', start: 11, end: 16 },
    ]);
  });

  it('finds no words in punctuation, whitespace or lone surrogates', () => {
    expect(words('  ,.;\uD800 ')).toEqual([]);
  });

  it('splits camel case and letter/digit runs as sub-words', () => {
    const text = 'PagerDuty Auth0';
    const [pager, auth] = words(text);
    expect(subwords(text, pager as never).map((token) => token.term)).toEqual(['pager', 'duty']);
    expect(subwords(text, auth as never).map((token) => token.term)).toEqual(['auth', '0']);
    expect(subwords('slack', { term: 'slack', start: 0, end: 5 })).toEqual([]);
  });
});
