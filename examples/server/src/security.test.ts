import { Hono } from 'hono';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSecurity, securityHeaders } from './security.js';

const ORIGIN = 'http://portal.test';
const TOKEN = 'ssws-token-0123456789abcdef';
const WINDOW_MS = 60_000;

/** The security middleware in front of one echo route, called in process (no socket). */
function guarded(rateLimit = 100) {
  const security = createSecurity({ apiToken: TOKEN, rateLimit, rateWindowMs: WINDOW_MS });
  const app = new Hono();
  app.use('*', securityHeaders);
  app.get('/login/:code', security.login);
  app.use('/api/*', security.api);
  app.all('/api/echo', (c) => c.json({ ok: true }));
  const call = (method: string, headers: Record<string, string> = {}) =>
    app.request(`${ORIGIN}/api/echo`, { method, headers });
  const signIn = async (): Promise<string> => {
    const response = await app.request(`${ORIGIN}${security.loginPath}`);
    const cookie = /^ik_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
    if (cookie === undefined) throw new Error(`login gave no session cookie (status ${response.status})`);
    return cookie;
  };
  return { app, security, call, signIn };
}

async function refusal(response: Response) {
  const body = (await response.json()) as { errorCode: unknown; errorSummary: unknown; errorCauses: unknown };
  return { status: response.status, errorCode: body.errorCode, summary: body.errorSummary, causes: body.errorCauses };
}

const unauthorized = { status: 401, errorCode: 'E0000011' };
const forbidden = {
  status: 403,
  errorCode: 'E0000006',
  summary: 'You do not have permission to perform the requested action',
  causes: [{ errorSummary: 'origin: cross-origin state-changing requests are refused' }],
};

afterEach(() => {
  vi.useRealTimers();
});

describe('SSWS token', () => {
  it('lets the configured token in', async () => {
    const { call } = guarded();
    const response = await call('GET', { authorization: `SSWS ${TOKEN}` });
    expect(response.status).toBe(200);
  });

  it('refuses a wrong token of the same length', async () => {
    const { call } = guarded();
    const sameLength = `${TOKEN.slice(0, -1)}${TOKEN.endsWith('f') ? 'e' : 'f'}`;
    expect(sameLength).toHaveLength(TOKEN.length);
    expect(await refusal(await call('GET', { authorization: `SSWS ${sameLength}` }))).toMatchObject(unauthorized);
  });

  it('refuses a token that only starts like the right one', async () => {
    const { call } = guarded();
    const response = await call('GET', { authorization: `SSWS ${TOKEN.slice(0, -1)}` });
    expect(await refusal(response)).toMatchObject(unauthorized);
  });

  it('refuses the right token under another scheme of the same length', async () => {
    const { call } = guarded();
    expect(await refusal(await call('GET', { authorization: `SSWX ${TOKEN}` }))).toMatchObject(unauthorized);
  });

  it('refuses a request with no credentials', async () => {
    const { call } = guarded();
    expect(await refusal(await call('GET'))).toMatchObject(unauthorized);
  });
});

describe('portal session', () => {
  it('trades the one-time code for an HttpOnly, SameSite=Strict cookie and redirects to the portal', async () => {
    const { app, security } = guarded();
    const response = await app.request(`${ORIGIN}${security.loginPath}`);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^ik_session=[\w-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
  });

  it('signs in with the cookie it issued', async () => {
    const { call, signIn } = guarded();
    const session = await signIn();
    expect((await call('GET', { cookie: `ik_session=${session}` })).status).toBe(200);
  });

  it('refuses a session cookie it did not issue', async () => {
    const { call, signIn } = guarded();
    const session = await signIn();
    const forged = `${session.slice(0, -1)}${session.endsWith('A') ? 'B' : 'A'}`;
    expect(await refusal(await call('GET', { cookie: `ik_session=${forged}` }))).toMatchObject(unauthorized);
  });

  it('refuses a session cookie when nobody has signed in', async () => {
    const { call } = guarded();
    const response = await call('GET', { cookie: `ik_session=${'A'.repeat(43)}` });
    expect(await refusal(response)).toMatchObject(unauthorized);
  });

  it('accepts the login code once', async () => {
    const { app, security } = guarded();
    const path = security.loginPath ?? '';
    expect((await app.request(`${ORIGIN}${path}`)).status).toBe(303);
    expect(security.loginPath).toBeUndefined();
    const again = await app.request(`${ORIGIN}${path}`);
    expect(await refusal(again)).toMatchObject({
      ...unauthorized,
      summary: 'This login link was already used or is not valid.',
    });
    expect(again.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a wrong login code and keeps the real one usable', async () => {
    const { app, security } = guarded();
    const path = security.loginPath ?? '';
    const wrong = `${path.slice(0, -1)}${path.endsWith('A') ? 'B' : 'A'}`;
    const response = await app.request(`${ORIGIN}${wrong}`);
    expect(await refusal(response)).toMatchObject(unauthorized);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(security.loginPath).toBe(path);
    expect((await app.request(`${ORIGIN}${path}`)).status).toBe(303);
  });

  it('gives each server its own login code', () => {
    const first = guarded().security.loginPath;
    expect(first).toMatch(/^\/login\/[\w-]{32}$/);
    expect(guarded().security.loginPath).not.toBe(first);
  });
});

describe('same-origin writes', () => {
  it('refuses a cookie-only write that carries neither Origin nor Sec-Fetch-Site', async () => {
    const { call, signIn } = guarded();
    const cookie = `ik_session=${await signIn()}`;
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      expect(await refusal(await call(method, { cookie }))).toMatchObject(forbidden);
    }
  });

  it('allows a cookie write from its own origin, or marked same-origin or user-initiated', async () => {
    const { call, signIn } = guarded();
    const cookie = `ik_session=${await signIn()}`;
    expect((await call('POST', { cookie, origin: ORIGIN })).status).toBe(200);
    expect((await call('POST', { cookie, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect((await call('POST', { cookie, 'sec-fetch-site': 'none' })).status).toBe(200);
  });

  it('refuses a write from another origin or site, with a cookie or a token', async () => {
    const { call, signIn } = guarded();
    const cookie = `ik_session=${await signIn()}`;
    const token = `SSWS ${TOKEN}`;
    for (const credentials of [{ cookie }, { authorization: token }]) {
      const crossOrigin = await call('POST', { ...credentials, origin: 'http://evil.test' });
      expect(await refusal(crossOrigin)).toMatchObject(forbidden);
      const sameSite = await call('DELETE', { ...credentials, 'sec-fetch-site': 'same-site' });
      expect(await refusal(sameSite)).toMatchObject(forbidden);
      const crossSite = await call('PUT', { ...credentials, origin: ORIGIN, 'sec-fetch-site': 'cross-site' });
      expect(await refusal(crossSite)).toMatchObject(forbidden);
    }
  });

  it('allows token writes without Origin, as API clients send them', async () => {
    const { call } = guarded();
    expect((await call('POST', { authorization: `SSWS ${TOKEN}` })).status).toBe(200);
  });

  it('allows cookie reads without Origin', async () => {
    const { call, signIn } = guarded();
    const cookie = `ik_session=${await signIn()}`;
    for (const method of ['GET', 'HEAD', 'OPTIONS']) expect((await call(method, { cookie })).status).toBe(200);
  });
});

describe('rate limit', () => {
  it('counts down the remaining calls and refuses the one past the limit with 429 E0000047', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: 1_000_500 });
    const { call } = guarded(3);
    const authorization = `SSWS ${TOKEN}`;
    const remaining: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await call('GET', { authorization });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-rate-limit-limit')).toBe('3');
      expect(response.headers.get('x-rate-limit-reset')).toBe(String(Math.ceil((1_000_500 + WINDOW_MS) / 1000)));
      remaining.push(response.headers.get('x-rate-limit-remaining'));
    }
    expect(remaining).toEqual(['2', '1', '0']);
    const over = await call('GET', { authorization });
    expect(await refusal(over)).toMatchObject({
      status: 429,
      errorCode: 'E0000047',
      summary: 'API call exceeded rate limit due to too many requests.',
    });
    expect(over.headers.get('x-rate-limit-remaining')).toBe('0');
  });

  it('opens a new window when the old one ends, not before', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: 5_000_000 });
    const { call } = guarded(1);
    const authorization = `SSWS ${TOKEN}`;
    expect((await call('GET', { authorization })).status).toBe(200);
    vi.setSystemTime(5_000_000 + WINDOW_MS - 1);
    expect((await call('GET', { authorization })).status).toBe(429);
    vi.setSystemTime(5_000_000 + WINDOW_MS);
    const renewed = await call('GET', { authorization });
    expect(renewed.status).toBe(200);
    expect(renewed.headers.get('x-rate-limit-reset')).toBe(String(Math.ceil((5_000_000 + 2 * WINDOW_MS) / 1000)));
  });

  it('keeps one budget per credential', async () => {
    const { call, signIn } = guarded(1);
    const cookie = `ik_session=${await signIn()}`;
    expect((await call('GET', { authorization: `SSWS ${TOKEN}` })).status).toBe(200);
    expect((await call('GET', { cookie })).status).toBe(200);
    expect((await call('GET', { authorization: `SSWS ${TOKEN}` })).status).toBe(429);
  });

  it('spends no budget on refused credentials', async () => {
    const { call } = guarded(1);
    for (let i = 0; i < 3; i++) await call('GET', { authorization: 'SSWS wrong' });
    expect((await call('GET', { authorization: `SSWS ${TOKEN}` })).status).toBe(200);
  });
});

describe('security headers', () => {
  it('sets a strict CSP, no sniffing, no framing and no referrer on every response, refusals included', async () => {
    const { call } = guarded();
    for (const response of [await call('GET', { authorization: `SSWS ${TOKEN}` }), await call('GET')]) {
      expect(response.headers.get('content-security-policy')).toBe(
        "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
      );
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('keeps a stricter CSP a route sends itself, and still adds the other headers', async () => {
    const app = new Hono();
    app.use('*', securityHeaders);
    app.get('/page', (c) => c.html('<p>page</p>', 200, { 'Content-Security-Policy': "default-src 'none'" }));
    const response = await app.request(`${ORIGIN}/page`);
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('tags each response with its own request id', async () => {
    const { call } = guarded();
    const ids = [await call('GET'), await call('GET')].map((response) => response.headers.get('x-okta-request-id'));
    expect(ids[0]).toMatch(/^[\w-]{16}$/);
    expect(ids[1]).toMatch(/^[\w-]{16}$/);
    expect(ids[0]).not.toBe(ids[1]);
  });
});
