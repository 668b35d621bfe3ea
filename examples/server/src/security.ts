import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { errorBody, OktaHttpError } from './errors.js';

/** Options of {@link createSecurity}. */
export interface SecurityOptions {
  /** The `SSWS` token API calls must present. */
  readonly apiToken: string;
  /** Requests per credential per window before 429 `E0000047`. */
  readonly rateLimit: number;
  /** Rate-limit window in milliseconds. */
  readonly rateWindowMs: number;
}

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
  const buckets = new Map<string, { count: number; resetAt: number }>();

  const fail = (c: Context, error: OktaHttpError) => c.json(errorBody(error), error.status as 401);

  /** Who is calling, or `undefined`. */
  const principal = (c: Context): string | undefined => {
    const header = c.req.header('authorization');
    if (header?.startsWith('SSWS ') && sameSecret(header.slice(5), options.apiToken)) return 'token';
    const session = getCookie(c, SESSION_COOKIE);
    if (session !== undefined && sessions.has(session)) return `session:${session}`;
    return undefined;
  };

  const api: MiddlewareHandler = async (c, next) => {
    const who = principal(c);
    if (who === undefined) return fail(c, new OktaHttpError(401, 'E0000011', 'Invalid token provided'));
    if (!SAFE_METHODS.has(c.req.method)) {
      const origin = c.req.header('origin');
      const site = c.req.header('sec-fetch-site');
      const own = new URL(c.req.url).origin;
      // Browsers send Origin on every cross-origin write; a cookie-only caller must prove same origin.
      const crossOrigin =
        (origin !== undefined && origin !== own) || (site !== undefined && site !== 'same-origin' && site !== 'none');
      const unproven = who.startsWith('session:') && origin === undefined && site === undefined;
      if (crossOrigin || unproven) {
        return fail(
          c,
          new OktaHttpError(403, 'E0000006', 'You do not have permission to perform the requested action', [
            'origin: cross-origin state-changing requests are refused',
          ]),
        );
      }
    }
    const now = Date.now();
    let bucket = buckets.get(who);
    if (bucket === undefined || bucket.resetAt <= now) {
      bucket = { count: 0, resetAt: now + options.rateWindowMs };
      buckets.set(who, bucket);
    }
    bucket.count += 1;
    const remaining = Math.max(0, options.rateLimit - bucket.count);
    c.header('X-Rate-Limit-Limit', String(options.rateLimit));
    c.header('X-Rate-Limit-Remaining', String(remaining));
    c.header('X-Rate-Limit-Reset', String(Math.ceil(bucket.resetAt / 1000)));
    if (bucket.count > options.rateLimit) {
      return fail(c, new OktaHttpError(429, 'E0000047', 'API call exceeded rate limit due to too many requests.'));
    }
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

/** Security headers on every response: strict CSP, no sniffing, no framing, no referrer. */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  c.header('X-Okta-Request-Id', randomBytes(12).toString('base64url'));
  await next();
  c.header(
    'Content-Security-Policy',
    "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  );
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('X-Frame-Options', 'DENY');
  c.header('Referrer-Policy', 'no-referrer');
};
