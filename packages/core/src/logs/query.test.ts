import { describe, expect, it } from 'vitest';
import { LOG_TIME_RANGES, logFilter, toLogSearch } from './query.js';

describe('System Log views as Okta query parameters', () => {
  it('filters nothing for an empty view', () => {
    expect(logFilter({})).toBeUndefined();
    expect(logFilter({ categories: [], targetId: '' })).toBeUndefined();
  });

  it('covers a category with sw for families and eq for single types, or-ed in parentheses', () => {
    expect(logFilter({ categories: ['signIns', 'oauth'] })).toBe(
      '(eventType eq "user.session.start" or eventType eq "user.authentication.sso" or eventType sw "app.oauth2.")',
    );
    expect(logFilter({ categories: ['appLifecycle'] })).toBe('eventType sw "application.lifecycle."');
  });

  it('ands the categories, the outcome and the target', () => {
    expect(logFilter({ categories: ['appLifecycle'], outcome: 'FAILURE', targetId: '0oa1' })).toBe(
      'eventType sw "application.lifecycle." and outcome.result eq "FAILURE" and target.id eq "0oa1"',
    );
  });

  it('quotes a hostile target id as one literal', () => {
    const targetId = 'x" or eventType sw "';
    const filter = logFilter({ targetId }) ?? '';
    expect(JSON.parse(filter.slice('target.id eq '.length))).toBe(targetId);
  });

  it('puts since at the range before now, no until (a polling query), and a trimmed q', () => {
    const now = new Date('2026-12-07T12:00:00.000Z');
    const search = toLogSearch({ range: '1h', q: '  wiki  ', outcome: 'SUCCESS' }, now);
    expect(search).toEqual({
      since: new Date(now.getTime() - LOG_TIME_RANGES['1h']).toISOString(),
      filter: 'outcome.result eq "SUCCESS"',
      q: 'wiki',
    });
    expect(toLogSearch({}, now)).toEqual({ since: new Date(now.getTime() - LOG_TIME_RANGES['24h']).toISOString() });
    expect(toLogSearch({ q: '   ' }, now)).not.toHaveProperty('q');
  });
});
