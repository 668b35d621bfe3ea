import { type ClientAssertionOptions, signClientAssertion } from '@integrakit/protocols/jwt';
import * as z from 'zod/mini';
import { IntegrakitError } from '../errors.js';

/** Okta API token (`Authorization: SSWS …`). */
export interface TokenAuth {
  /** An Okta API token; sent only in the `Authorization` header, never logged or put in errors. */
  readonly token: string;
}

/** OAuth 2.0 client credentials with `private_key_jwt`, the only way to get `okta.*` scopes. */
export interface OAuthAuth {
  readonly oauth: {
    /** The service app's client id (`iss` and `sub` of the client assertion). */
    readonly clientId: string;
    /** The private key matching a public key registered in the app's `jwks`. */
    readonly privateKey: ClientAssertionOptions['privateKey'];
    /** Scopes to request, e.g. `['okta.apps.manage']`. */
    readonly scopes: readonly string[];
    /** Key id for the assertion header; Okta picks the key by `kid`. */
    readonly kid?: string;
    /** @default 'RS256' */
    readonly alg?: ClientAssertionOptions['alg'];
    /**
     * The token endpoint.
     * @default `${orgUrl}/oauth2/v1/token`
     */
    readonly tokenUrl?: string;
  };
}

/** Same-origin cookie session, for a browser page served by the reference server. */
export interface SessionAuth {
  readonly session: true;
}

/** Produces the `Authorization` header value for each request. */
export type Authorizer = (signal: AbortSignal | undefined) => Promise<string | undefined>;

const tokenResponseSchema = z.looseObject({
  access_token: z.string().check(z.minLength(1)),
  token_type: z.string(),
  expires_in: z.number().check(z.positive()),
});

// Renew a little before expiry so a token never expires on the wire.
const EXPIRY_MARGIN_MS = 30_000;

/** Options of {@link oauthAuthorizer}. */
export interface OAuthAuthorizerOptions {
  readonly orgUrl: string;
  readonly fetch: typeof globalThis.fetch;
  readonly now: () => number;
  readonly timeout: number;
}

/**
 * Client-credentials tokens with a signed client assertion, cached until shortly before they
 * expire; concurrent callers share one token request.
 */
export function oauthAuthorizer(auth: OAuthAuth['oauth'], options: OAuthAuthorizerOptions): Authorizer {
  const tokenUrl = auth.tokenUrl ?? new URL('/oauth2/v1/token', options.orgUrl).href;
  let cached: { readonly header: string; readonly expiresAt: number } | undefined;
  let pending: Promise<string> | undefined;

  const fetchToken = async (): Promise<string> => {
    const assertion = await signClientAssertion({
      clientId: auth.clientId,
      audience: tokenUrl,
      privateKey: auth.privateKey,
      ...(auth.alg === undefined ? {} : { alg: auth.alg }),
      ...(auth.kid === undefined ? {} : { kid: auth.kid }),
    });
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      scope: auth.scopes.join(' '),
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion,
    });
    // The token request is not tied to one caller's signal: other callers may be waiting on it.
    const response = await options.fetch(tokenUrl, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
      body,
      signal: AbortSignal.timeout(options.timeout),
    });
    const json: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const error = typeof json === 'object' && json !== null ? (json as Record<string, unknown>).error : undefined;
      // Only the OAuth error code is reported; the assertion and any token stay out of the message.
      throw new OAuthTokenError(response.status, typeof error === 'string' ? error : undefined);
    }
    const parsed = tokenResponseSchema.safeParse(json);
    if (!parsed.success) throw new OAuthTokenError(response.status, 'invalid_token_response');
    const header = `${parsed.data.token_type === 'DPoP' ? 'DPoP' : 'Bearer'} ${parsed.data.access_token}`;
    cached = { header, expiresAt: options.now() + parsed.data.expires_in * 1000 - EXPIRY_MARGIN_MS };
    return header;
  };

  return async (signal) => {
    signal?.throwIfAborted();
    if (cached !== undefined && cached.expiresAt > options.now()) return cached.header;
    pending ??= fetchToken().finally(() => {
      pending = undefined;
    });
    return pending;
  };
}

/** The token endpoint refused the client assertion or answered with something unusable (`ERR_API`). */
export class OAuthTokenError extends IntegrakitError {
  override name = 'OAuthTokenError';
  readonly status: number;
  /** The OAuth `error` code, e.g. `invalid_client`. */
  readonly error: string | undefined;

  constructor(status: number, error: string | undefined) {
    super('ERR_API', `The token endpoint answered ${status}${error === undefined ? '' : ` (${error})`}`);
    this.status = status;
    this.error = error;
  }
}
