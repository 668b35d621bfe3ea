import { describe, expect, it } from 'vitest';
import { isConfigValidationError } from '../errors.js';
import { issueAt } from '../test-utils/issues.js';
import { openApiExample } from '../test-utils/openapi.js';
import { describeWithReference } from '../test-utils/reference.js';
import { define, fromOktaApp, policyWarnings, safeDefine, toOktaApp } from './bookmark.js';

describe('bookmark', () => {
  it('round-trips and defaults requestIntegration to false', () => {
    const config = define({ label: 'Wiki', url: 'https://wiki.example.com' });
    expect(config.requestIntegration).toBe(false);
    expect(fromOktaApp(toOktaApp(config))).toEqual(config);
    expect(toOktaApp(config)).toEqual({
      name: 'bookmark',
      label: 'Wiki',
      signOnMode: 'BOOKMARK',
      settings: { app: { url: 'https://wiki.example.com', requestIntegration: false } },
    });
  });

  it.each([
    [{ label: '', url: 'https://a.example.com' }, ['label'], 'too_small'],
    [{ label: 'A', url: 'wiki' }, ['url'], 'invalid_format'],
    [{ label: 'A', url: 'https://a.example.com', requestIntegration: 'yes' }, ['requestIntegration'], 'invalid_type'],
    [{ label: 'A', url: 'https://a.example.com', href: 'x' }, [], 'unrecognized_keys'],
  ])('refuses %j naming field and rule', (input, path, code) => {
    const result = safeDefine(input as never);
    expect(result.success ? [] : result.error.issues.map((i) => [i.path, i.code])).toContainEqual([path, code]);
  });

  it('fromOktaApp names the payload field a config rule refuses (settings.app.url, not url)', () => {
    const payload = { ...toOktaApp(define({ label: 'A', url: 'https://a.example.com' })) };
    payload.settings = { app: { url: 'ftp://a.example.com' } };
    const result = (() => {
      try {
        return fromOktaApp(payload);
      } catch (error) {
        return error;
      }
    })();
    expect(isConfigValidationError(result) ? result.issues.map((issue) => [issue.path, issue.code]) : result).toEqual([
      [['settings', 'app', 'url'], 'invalid_format'],
    ]);
  });

  it('requires https unless policy okta', () => {
    const result = safeDefine({ label: 'A', url: 'http://a.example.com' });
    expect(result.success).toBe(false);
    if (!result.success) expect(issueAt(result.error, 'url', 'https_required').message).toBe('must use https');
    expect(policyWarnings(define({ label: 'A', url: 'http://a.example.com' }, { policy: 'okta' }))).toHaveLength(1);
  });
});

describeWithReference('bookmark vs the spec example', () => {
  it('reads BookmarkEx', () => {
    expect(fromOktaApp(openApiExample('BookmarkEx'))).toEqual({
      label: 'Sample Bookmark App',
      url: 'https://example.com/bookmark.html',
      requestIntegration: false,
    });
  });
});
