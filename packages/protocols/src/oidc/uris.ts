import { LOOPBACK_HOSTS } from './rules.js';

/** Why a URI breaks one of Okta's own rules, or `undefined` when it does not. */
export interface UriProblem {
  readonly code: string;
  readonly message: string;
}

/** Parses an absolute URI (any scheme); `undefined` when it is relative or malformed. */
export function parseAbsolute(value: string): URL | undefined {
  return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value) && URL.canParse(value) ? new URL(value) : undefined;
}

/**
 * Okta's rules for a sign-in redirect URI (okta-domain.md §3.4): absolute, no fragment, and a `*`
 * only when wildcard redirects are on — a single one, in the lowest-level host label of an https
 * URI, with at least one label between it and the top-level domain.
 */
export function redirectUriProblem(value: string, wildcards: boolean): UriProblem | undefined {
  const basic = absoluteNoFragment(value);
  if (basic !== undefined) return basic;
  if (!value.includes('*')) return undefined;
  if (!wildcards) {
    return { code: 'wildcard_disabled', message: 'may contain `*` only when wildcardRedirect is SUBDOMAIN' };
  }
  const url = parseAbsolute(value) as URL;
  const labels = url.hostname.split('.');
  const stars = value.split('*').length - 1;
  if (url.protocol !== 'https:') return { code: 'wildcard_https_only', message: 'may use a wildcard only with https' };
  // `split` always yields a first label.
  if (stars !== 1 || !(labels[0] as string).includes('*')) {
    return { code: 'wildcard_position', message: 'must have a single `*`, in the leftmost host label' };
  }
  if (labels.length < 3) {
    return {
      code: 'wildcard_too_broad',
      message: 'needs at least one host label between the wildcard label and the TLD',
    };
  }
  return undefined;
}

/** Okta's rules for sign-out redirect URIs: absolute, no fragment, no wildcard. */
export function logoutUriProblem(value: string): UriProblem | undefined {
  const basic = absoluteNoFragment(value);
  if (basic !== undefined) return basic;
  if (value.includes('*')) return { code: 'wildcard_not_allowed', message: 'must not contain a wildcard' };
  return undefined;
}

function absoluteNoFragment(value: string): UriProblem | undefined {
  if (parseAbsolute(value) === undefined) return { code: 'invalid_uri', message: 'must be an absolute URI' };
  if (value.includes('#')) return { code: 'fragment_not_allowed', message: 'must not contain a fragment (#)' };
  return undefined;
}

/**
 * Integrakit's stricter policy for a redirect URI, matching RFC 8252 and OAuth security BCP:
 * https except loopback; custom schemes (reverse-domain, RFC 8252 §7.1) only for native apps;
 * native http only on loopback and claimed https never on loopback; implicit flows https only.
 */
export function redirectUriPolicyProblem(
  value: string,
  context: { native: boolean; implicit: boolean },
): UriProblem | undefined {
  const url = parseAbsolute(value);
  if (url === undefined) return undefined;
  const loopback = LOOPBACK_HOSTS.has(url.hostname);
  const web = url.protocol === 'https:' || url.protocol === 'http:';
  if (!web) {
    if (!context.native)
      return { code: 'custom_scheme_not_allowed', message: 'may use a custom scheme only for native apps' };
    if (!url.protocol.includes('.')) {
      return {
        code: 'reverse_domain_scheme',
        message: 'must use a reverse-domain custom scheme (e.g. com.example.app:/cb)',
      };
    }
    return undefined;
  }
  if (url.protocol === 'http:' && !loopback) {
    return { code: 'https_required', message: 'must use https (http only on localhost, 127.0.0.1 or [::1])' };
  }
  if (context.native && url.protocol === 'https:' && loopback) {
    return { code: 'loopback_https', message: 'must use http on loopback for native apps (RFC 8252 §7.3)' };
  }
  if (context.implicit && !context.native && (url.protocol !== 'https:' || url.hostname === 'localhost')) {
    return { code: 'implicit_requires_https', message: 'must use https on a real host when the implicit grant is on' };
  }
  return undefined;
}

/**
 * Whether a requested redirect URI is allowed by one registered URI, as Okta matches them: the
 * exact string, or, when `wildcards` is on and the registered URI is a valid wildcard URI (see
 * {@link redirectUriProblem}), with its `*` standing for letters, digits and hyphens only — so it
 * never spans a dot, a port or a path.
 */
export function redirectUriMatches(registered: string, requested: string, wildcards: boolean): boolean {
  if (registered === requested) return true;
  if (!wildcards || !registered.includes('*') || redirectUriProblem(registered, true) !== undefined) return false;
  const star = registered.indexOf('*');
  const prefix = registered.slice(0, star);
  const suffix = registered.slice(star + 1);
  if (!requested.startsWith(prefix) || !requested.endsWith(suffix)) return false;
  // When prefix and suffix overlap in `requested`, the slice is empty and fails the test.
  return /^[A-Za-z0-9-]+$/.test(requested.slice(prefix.length, requested.length - suffix.length));
}
