import { randomBytes, timingSafeEqual } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { allowingScopes } from './api-scopes.js';
import { errorBody, OktaHttpError } from './errors.js';

/** Options of {@link createSecurity}. */
export interface SecurityOptions {
  /** The `SSWS` token API calls must present. */
  readonly apiToken: string;
  /** Requests per credential per window before 429 `E0000047`. */
  readonly rateLimit: number;
  /** Rate-limit window in milliseconds. */
  readonly rateWindowMs: number;
  /**
   * Failed authentications (a wrong `SSWS` token or unknown session) per source address per
   * window; past it, every API request from that address gets 429 `E0000047` until the window
   * ends, so tokens cannot be guessed at speed.
   * @default 20
   */
  readonly authFailureLimit?: number;
  /**
   * Verifies an OAuth access token (`Authorization: Bearer …`), resolving to the client and its
   * granted `okta.*` scopes, or `undefined` when the token is not valid. Without it, Bearer
   * tokens are refused.
   */
  readonly bearer?: (c: Context, token: string) => Promise<BearerPrincipal | undefined>;
}

/** The caller behind a valid OAuth access token. */
export interface BearerPrincipal {
  readonly clientId: string;
  readonly scopes: readonly string[];
}

/** Who is calling: a rate-limit key, and for OAuth tokens the scopes the call must be allowed by. */
type Principal = { readonly key: string; readonly scopes?: readonly string[] };

/** Default of {@link SecurityOptions.authFailureLimit}. */
export const DEFAULT_AUTH_FAILURE_LIMIT = 20;
// Source addresses tracked at once; beyond it the oldest are forgotten, so the map stays bounded.
const MAX_TRACKED_SOURCES = 10_000;

const SESSION_COOKIE = 'ik_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Auth (SSWS token or portal session cookie), same-origin writes, rate limits, and the one-time login. */
export function createSecurity(options: SecurityOptions) {
  const sessions = new Set<string>();
  let loginCode: string | undefined = randomBytes(24).toString('base64url');
  const buckets = new Map<string, Bucket>();
  const failures = new Map<string, Bucket>();
  const failureLimit = options.authFailureLimit ?? DEFAULT_AUTH_FAILURE_LIMIT;

  const fail = (c: Context, error: OktaHttpError) => c.json(errorBody(error), error.status as 401);

  /** Who is calling, or `undefined`. */
  const principal = async (c: Context): Promise<Principal | undefined> => {
    const header = c.req.header('authorization');
    if (header?.startsWith('SSWS ') && sameSecret(header.slice(5), options.apiToken)) return { key: 'token' };
    if (header?.startsWith('Bearer ') && options.bearer !== undefined) {
      const bearer = await options.bearer(c, header.slice(7));
      return bearer === undefined ? undefined : { key: `bearer:${bearer.clientId}`, scopes: bearer.scopes };
    }
    const session = getCookie(c, SESSION_COOKIE);
    if (session !== undefined && sessions.has(session)) return { key: `session:${session}` };
    return undefined;
  };

  const tooMany = (c: Context, bucket: Bucket, limit: number) => {
    c.header('X-Rate-Limit-Limit', String(limit));
    c.header('X-Rate-Limit-Remaining', String(Math.max(0, limit - bucket.count)));
    c.header('X-Rate-Limit-Reset', String(Math.ceil(bucket.resetAt / 1000)));
    return bucket.count > limit
      ? fail(c, new OktaHttpError(429, 'E0000047', 'API call exceeded rate limit due to too many requests.'))
      : undefined;
  };

  const api: MiddlewareHandler = async (c, next) => {
    const source = sourceOf(c);
    const now = Date.now();
    const failed = failures.get(source);
    if (failed !== undefined && failed.resetAt > now && failed.count >= failureLimit) {
      return tooMany(c, { ...failed, count: failed.count + 1 }, failureLimit);
    }
    const who = await principal(c);
    if (who === undefined) {
      const presented = c.req.header('authorization') !== undefined || getCookie(c, SESSION_COOKIE) !== undefined;
      if (presented) count(failures, source, now, options.rateWindowMs).count += 1;
      return fail(c, new OktaHttpError(401, 'E0000011', 'Invalid token provided'));
    }
    if (!SAFE_METHODS.has(c.req.method)) {
      const origin = c.req.header('origin');
      const site = c.req.header('sec-fetch-site');
      const own = new URL(c.req.url).origin;
      // Browsers send Origin on every cross-origin write; a cookie-only caller must prove same origin.
      const crossOrigin =
        (origin !== undefined && origin !== own) || (site !== undefined && site !== 'same-origin' && site !== 'none');
      const unproven = who.key.startsWith('session:') && origin === undefined && site === undefined;
      if (crossOrigin || unproven) {
        return fail(
          c,
          new OktaHttpError(403, 'E0000006', 'You do not have permission to perform the requested action', [
            'origin: cross-origin state-changing requests are refused',
          ]),
        );
      }
    }
    if (who.scopes !== undefined) {
      const granted = who.scopes;
      if (!allowingScopes(c.req.method, c.req.path).some((scope) => granted.includes(scope))) {
        c.header('WWW-Authenticate', 'Bearer error="insufficient_scope"');
        return fail(
          c,
          new OktaHttpError(403, 'E0000006', 'You do not have permission to perform the requested action'),
        );
      }
    }
    const bucket = count(buckets, who.key, now, options.rateWindowMs);
    bucket.count += 1;
    const refused = tooMany(c, bucket, options.rateLimit);
    if (refused !== undefined) return refused;
    await next();
  };

  /** `GET /login/{code}`: trades the printed one-time code for an HttpOnly session cookie. */
  const login = (c: Context) => {
    const code = c.req.param('code') ?? '';
    if (loginCode === undefined || !sameSecret(code, loginCode)) {
      return fail(c, new OktaHttpError(401, 'E0000011', 'This login link was already used or is not valid.'));
    }
    loginCode = undefined;
    const session = randomBytes(32).toString('base64url');
    sessions.add(session);
    setCookie(c, SESSION_COOKIE, session, { httpOnly: true, sameSite: 'Strict', path: '/' });
    return c.redirect('/', 303);
  };

  return {
    api,
    login,
    /** The one-time login path, for printing at start. */
    get loginPath() {
      return loginCode === undefined ? undefined : `/login/${loginCode}`;
    },
    /** Replaces the login code with a fresh one (the old link stops working) and returns its path. */
    renewLoginPath(): string {
      loginCode = randomBytes(24).toString('base64url');
      return `/login/${loginCode}`;
    },
  };
}

type Bucket = { count: number; resetAt: number };

/** The live bucket of `key` (a fresh one when its window ended), keeping the map bounded. */
function count(map: Map<string, Bucket>, key: string, now: number, windowMs: number): Bucket {
  let bucket = map.get(key);
  if (bucket === undefined || bucket.resetAt <= now) {
    map.delete(key);
    if (map.size >= MAX_TRACKED_SOURCES) {
      for (const [old, value] of map) if (value.resetAt <= now) map.delete(old);
      const oldest = map.keys().next();
      if (map.size >= MAX_TRACKED_SOURCES && !oldest.done) map.delete(oldest.value);
    }
    bucket = { count: 0, resetAt: now + windowMs };
    map.set(key, bucket);
  }
  return bucket;
}

/** The caller's address; `unknown` when the app runs outside a Node server (e.g. `app.request`). */
function sourceOf(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** `Cache-Control: no-store` on every API response: bodies carry client secrets and tokens. */
export const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-store');
};

/** Security headers on every response: strict CSP, no sniffing, no framing, no referrer. */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  c.header('X-Okta-Request-Id', randomBytes(12).toString('base64url'));
  await next();
  // A route may send a stricter policy of its own (the sandbox's pages do); it is kept.
  if (!c.res.headers.has('Content-Security-Policy')) {
    c.header(
      'Content-Security-Policy',
      "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    );
  }
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('X-Frame-Options', 'DENY');
  c.header('Referrer-Policy', 'no-referrer');
};
