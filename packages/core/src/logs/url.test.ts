import { describe, expect, it } from 'vitest';
import type { LogView } from './query.js';
import { logViewFromParams, logViewToParams } from './url.js';

describe('System Log views in URLs', () => {
  it('round-trips every part of a view', () => {
    const view: LogView = {
      range: '7d',
      categories: ['signIns', 'assignments'],
      outcome: 'FAILURE',
      targetId: '0oa1',
      q: 'ada wiki',
    };
    const params = logViewToParams(view);
    expect(params.get('categories')).toBe('signIns,assignments');
    expect(logViewFromParams(new URLSearchParams(params.toString()))).toEqual(view);
    expect(logViewFromParams(logViewToParams({}))).toEqual({});
  });

  it('drops unknown, repeated and oversized values instead of failing', () => {
    const params = new URLSearchParams({
      range: '1y',
      categories: 'signIns,bogus,signIns,valueOf,__proto__',
      outcome: 'MAYBE',
      appId: 'x'.repeat(256),
      q: 'q'.repeat(401),
    });
    expect(logViewFromParams(params)).toEqual({ categories: ['signIns'] });
    // Names every object inherits are no range, category or outcome.
    const inherited = new URLSearchParams({ range: 'toString', categories: 'constructor', outcome: 'valueOf' });
    expect(logViewFromParams(inherited)).toEqual({});
  });
});
