import type { ScimAuth } from '../scim.schema.js';
import { ScimError } from './errors.js';
import { fetchBounded, type RequestLimits } from './fetch-bounded.js';

/** Supplies the `Authorization` header for each request, fetching OAuth tokens when needed. */
export type AuthorizationSource = () => Promise<string>;

// Refresh a little early so a token never expires between the header and the server's check.
const EXPIRY_MARGIN_MS = 30_000;

/** An HTTP Basic `Authorization` value (RFC 7617, UTF-8). */
export function basic(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

/**
 * Builds the `Authorization` header source for `auth`: a fixed bearer token, HTTP Basic, or an
 * OAuth 2 client-credentials token (RFC 6749 §4.4, `client_secret_basic`), cached until it expires.
 */
export function authorizationFor(auth: ScimAuth, limits: RequestLimits): AuthorizationSource {
  switch (auth.type) {
    case 'bearer':
      return async () => `Bearer ${auth.token.reveal()}`;
    case 'basic':
      return async () => basic(auth.username, auth.password.reveal());
    case 'oauth2': {
      let cached: { header: string; expiresAt: number } | undefined;
      return async () => {
        if (cached !== undefined && cached.expiresAt > Date.now()) return cached.header;
        const token = await fetchToken(auth, limits);
        cached = {
          header: `Bearer ${token.accessToken}`,
          expiresAt: Date.now() + token.expiresInMs - EXPIRY_MARGIN_MS,
        };
        return cached.header;
      };
    }
  }
}

async function fetchToken(
  auth: Extract<ScimAuth, { type: 'oauth2' }>,
  limits: RequestLimits,
): Promise<{ accessToken: string; expiresInMs: number }> {
  const body = new URLSearchParams({ grant_type: 'client_credentials' });
  if (auth.scopes && auth.scopes.length > 0) body.set('scope', auth.scopes.join(' '));
  const fail = (message: string, status?: number) =>
    new ScimError(`OAuth token request failed: ${message}`, {
      code: 'ERR_SCIM_AUTH',
      method: 'POST',
      url: auth.tokenUrl,
      ...(status === undefined ? {} : { status }),
    });
  const headers = {
    accept: 'application/json',
    'content-type': 'application/x-www-form-urlencoded',
    // RFC 6749 §2.3.1: form-encode both parts before Basic encoding.
    authorization: basic(encodeURIComponent(auth.clientId), encodeURIComponent(auth.clientSecret.reveal())),
  };
  const outcome = await fetchBounded(new URL(auth.tokenUrl), { method: 'POST', headers, body }, limits);
  if (!outcome.ok) throw fail(outcome.reason, outcome.response?.status);
  const status = outcome.response.status;
  if (status < 200 || status > 299) throw fail(`token endpoint answered ${status}`, status);
  let json: unknown;
  try {
    json = JSON.parse(outcome.text);
  } catch {
    throw fail('the token endpoint answered a body that is not JSON', status);
  }
  const token = json as { access_token?: unknown; token_type?: unknown; expires_in?: unknown };
  if (typeof token.access_token !== 'string' || token.access_token === '')
    throw fail('no access_token in the response');
  if (typeof token.token_type === 'string' && token.token_type.toLowerCase() !== 'bearer') {
    throw fail(`token_type ${token.token_type} is not Bearer`);
  }
  const seconds = typeof token.expires_in === 'number' && token.expires_in > 0 ? token.expires_in : 3600;
  return { accessToken: token.access_token, expiresInMs: seconds * 1000 };
}
