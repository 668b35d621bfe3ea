import { describe, expect, it } from 'vitest';
import { redirectUriMatches } from './uris.js';

describe('redirectUriMatches', () => {
  it('matches a registered URI exactly, character for character', () => {
    expect(redirectUriMatches('https://app.example.com/cb', 'https://app.example.com/cb', false)).toBe(true);
    expect(redirectUriMatches('https://app.example.com/cb', 'https://app.example.com/cb/', false)).toBe(false);
    expect(redirectUriMatches('https://app.example.com/cb', 'https://app.example.com/cb?x=1', false)).toBe(false);
    expect(redirectUriMatches('https://app.example.com/cb', 'https://APP.example.com/cb', false)).toBe(false);
  });

  it('lets a wildcard stand for one host label part only when wildcards are on', () => {
    const registered = 'https://*.example.com/cb';
    expect(redirectUriMatches(registered, 'https://tenant-1.example.com/cb', true)).toBe(true);
    expect(redirectUriMatches(registered, 'https://tenant-1.example.com/cb', false)).toBe(false);
    expect(redirectUriMatches('https://app-*.example.com/cb', 'https://app-eu.example.com/cb', true)).toBe(true);
  });

  it('never lets the wildcard span a dot, a port, a path, credentials or nothing', () => {
    const registered = 'https://*.example.com/cb';
    for (const requested of [
      'https://a.b.example.com/cb',
      'https://evil.com/x.example.com/cb',
      'https://evil.com:443.example.com/cb',
      'https://user@evil.example.com/cb',
      'https://.example.com/cb',
      'https://a.example.com/cb/extra',
      'http://a.example.com/cb',
    ]) {
      expect(redirectUriMatches(registered, requested, true), requested).toBe(false);
    }
  });

  it('ignores a registered wildcard that breaks Okta’s rules', () => {
    expect(redirectUriMatches('https://*.com/cb', 'https://evil.com/cb', true)).toBe(false);
    expect(redirectUriMatches('https://example.com/*', 'https://example.com/anything', true)).toBe(false);
  });
});
