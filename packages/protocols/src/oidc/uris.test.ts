import { describe, expect, it } from 'vitest';
import { safeDefine } from './define.js';
import {
  logoutUriProblem,
  parseAbsolute,
  redirectUriMatches,
  redirectUriPolicyProblem,
  redirectUriProblem,
} from './uris.js';

// Each rule by the code and the message a person reads next to the field (okta-domain.md §3.4).
describe('redirect and sign-out URI rules', () => {
  it('reads only absolute URIs, as written (no leading space, no host URL cannot hold)', () => {
    expect(parseAbsolute('https://app.example.com/cb')?.href).toBe('https://app.example.com/cb');
    expect(parseAbsolute('com.example.app:/cb')?.protocol).toBe('com.example.app:');
    // WHATWG URL would trim the space and accept it; the stored value would then differ from what Okta checks.
    expect(parseAbsolute(' https://app.example.com/cb')).toBeUndefined();
    expect(parseAbsolute('/cb')).toBeUndefined();
    // Passes the scheme test, then URL refuses the host.
    expect(parseAbsolute('https://bad host.example.com/cb')).toBeUndefined();
  });

  it('names each sign-in redirect problem', () => {
    expect(redirectUriProblem('/cb', true)).toEqual({ code: 'invalid_uri', message: 'must be an absolute URI' });
    expect(redirectUriProblem('https://app.example.com/cb#x', true)).toEqual({
      code: 'fragment_not_allowed',
      message: 'must not contain a fragment (#)',
    });
    expect(redirectUriProblem('https://*.example.com/cb', false)).toEqual({
      code: 'wildcard_disabled',
      message: 'may contain `*` only when wildcardRedirect is SUBDOMAIN',
    });
    expect(redirectUriProblem('http://*.example.com/cb', true)).toEqual({
      code: 'wildcard_https_only',
      message: 'may use a wildcard only with https',
    });
    const position = { code: 'wildcard_position', message: 'must have a single `*`, in the leftmost host label' };
    expect(redirectUriProblem('https://app.*.example.com/cb', true)).toEqual(position);
    expect(redirectUriProblem('https://*.example.com/*', true)).toEqual(position);
    expect(redirectUriProblem('https://*.com/cb', true)).toEqual({
      code: 'wildcard_too_broad',
      message: 'needs at least one host label between the wildcard label and the TLD',
    });
  });

  it('accepts a wildcard with exactly one label between it and the TLD', () => {
    expect(redirectUriProblem('https://*.example.com/cb', true)).toBeUndefined();
    expect(redirectUriProblem('https://tenant-*.example.com/cb', true)).toBeUndefined();
  });

  it('names each sign-out redirect problem', () => {
    expect(logoutUriProblem('/out')).toEqual({ code: 'invalid_uri', message: 'must be an absolute URI' });
    expect(logoutUriProblem('https://app.example.com/out#x')).toEqual({
      code: 'fragment_not_allowed',
      message: 'must not contain a fragment (#)',
    });
    expect(logoutUriProblem('https://*.example.com/out')).toEqual({
      code: 'wildcard_not_allowed',
      message: 'must not contain a wildcard',
    });
    expect(logoutUriProblem('https://app.example.com/out')).toBeUndefined();
  });
});

describe('redirect URI policy (RFC 8252, OAuth security BCP)', () => {
  const web = { native: false, implicit: false };
  const native = { native: true, implicit: false };

  it('leaves URIs it cannot read to the Okta rules', () => {
    expect(redirectUriPolicyProblem('/cb', web)).toBeUndefined();
    expect(redirectUriPolicyProblem('not a uri', native)).toBeUndefined();
  });

  it('names each policy problem', () => {
    expect(redirectUriPolicyProblem('com.example.app:/cb', web)).toEqual({
      code: 'custom_scheme_not_allowed',
      message: 'may use a custom scheme only for native apps',
    });
    expect(redirectUriPolicyProblem('myapp:/cb', native)).toEqual({
      code: 'reverse_domain_scheme',
      message: 'must use a reverse-domain custom scheme (e.g. com.example.app:/cb)',
    });
    expect(redirectUriPolicyProblem('http://app.example.com/cb', web)).toEqual({
      code: 'https_required',
      message: 'must use https (http only on localhost, 127.0.0.1 or [::1])',
    });
    expect(redirectUriPolicyProblem('https://127.0.0.1/cb', native)).toEqual({
      code: 'loopback_https',
      message: 'must use http on loopback for native apps (RFC 8252 §7.3)',
    });
    // Refused for http alone (127.0.0.1) and for localhost alone (over https).
    for (const uri of ['http://localhost:8080/cb', 'http://127.0.0.1:8080/cb', 'https://localhost/cb']) {
      expect(redirectUriPolicyProblem(uri, { native: false, implicit: true }), uri).toEqual({
        code: 'implicit_requires_https',
        message: 'must use https on a real host when the implicit grant is on',
      });
    }
  });

  it('accepts what the policy allows', () => {
    expect(redirectUriPolicyProblem('com.example.app:/cb', native)).toBeUndefined();
    expect(redirectUriPolicyProblem('http://[::1]:5000/cb', native)).toBeUndefined();
    expect(redirectUriPolicyProblem('http://localhost:3000/cb', web)).toBeUndefined();
    expect(redirectUriPolicyProblem('https://app.example.com/cb', { native: false, implicit: true })).toBeUndefined();
  });
});

describe('grant table', () => {
  it('lets web apps use the SAML 2.0 bearer grant (okta-domain.md §3.3)', () => {
    const result = safeDefine({
      label: 'Web',
      applicationType: 'web',
      grantTypes: ['authorization_code', 'urn:ietf:params:oauth:grant-type:saml2-bearer'],
      redirectUris: ['https://app.example.com/cb'],
    });
    expect(result.success, result.success ? '' : result.error.message).toBe(true);
  });
});

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

  it('matches only what starts with the part before the `*` and ends with the part after it', () => {
    const registered = 'https://*.example.com/cb';
    // Each has letters where the `*` stands, so only the prefix or the suffix refuses it.
    for (const requested of ['evil://xyz.example.com/cb', 'https://ab.example.com/cx']) {
      expect(redirectUriMatches(registered, requested, true), requested).toBe(false);
    }
    // Prefix and suffix overlapping: `https://ab` and `b.example.com/cb` in a requested URI shorter than both.
    expect(redirectUriMatches('https://ab*b.example.com/cb', 'https://ab.example.com/cb', true)).toBe(false);
  });

  it('never treats a registered URI without `*` as a pattern', () => {
    const registered = 'https://app.example.com/cb';
    // The registered URI minus its last character, letters, then the whole of it again.
    expect(redirectUriMatches(registered, 'https://app.example.com/cxhttps://app.example.com/cb', true)).toBe(false);
  });

  it('ignores a registered wildcard that breaks Okta’s rules', () => {
    expect(redirectUriMatches('https://*.com/cb', 'https://evil.com/cb', true)).toBe(false);
    expect(redirectUriMatches('https://example.com/*', 'https://example.com/anything', true)).toBe(false);
  });
});
