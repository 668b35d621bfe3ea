import { Hono } from 'hono';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSecurity } from './security.js';

const ORIGIN = 'http://portal.test';
const TOKEN = 'ssws-token-0123456789abcdef';
const WINDOW_MS = 60_000;
// MAX_TRACKED_SOURCES in security.ts (not exported: the bound is checked by its effect).
const TRACKED = 10_000;

/**
 * The security middleware in front of one route. `from` is the source address the Node server would
 * report (`getConnInfo`); `undefined` calls the app without a socket, as `app.request` does.
 */
function guarded({ rateLimit = 100, authFailureLimit = 2 } = {}) {
  const security = createSecurity({
    apiToken: TOKEN,
    rateLimit,
    rateWindowMs: WINDOW_MS,
    authFailureLimit,
    bearer: async (_c, token) => ({ clientId: token, scopes: ['okta.apps.read'] }),
  });
  const app = new Hono();
  app.get('/login/:code', security.login);
  app.use('/api/*', security.api);
  app.get('/api/v1/apps', (c) => c.json({ ok: true }));
  const call = async (headers: Record<string, string> = {}, from?: { remoteAddress?: string }) =>
    (await app.request(`${ORIGIN}/api/v1/apps`, { headers }, from && { incoming: { socket: from } })).status;
  return { call };
}

const good = { authorization: `SSWS ${TOKEN}` };
const wrong = { authorization: 'SSWS wrong-token' };

afterEach(() => {
  vi.useRealTimers();
});

describe('failed authentications per source', () => {
  it('locks the source out with 429 E0000047 once the limit is reached, the right token included', async () => {
    const { call } = guarded();
    const from = { remoteAddress: '10.0.0.1' };
    expect(await call(wrong, from)).toBe(401);
    expect(await call(good, from)).toBe(200);
    expect(await call(wrong, from)).toBe(401);
    expect(await call(good, from)).toBe(429);
    expect(await call(good, { remoteAddress: '10.0.0.2' })).toBe(200);
  });

  it('counts forged session cookies as failures', async () => {
    const { call } = guarded();
    const from = { remoteAddress: '10.0.0.3' };
    for (let i = 0; i < 2; i++) expect(await call({ cookie: `ik_session=forged-${i}` }, from)).toBe(401);
    expect(await call(good, from)).toBe(429);
  });

  it('does not count requests that present no credentials', async () => {
    const { call } = guarded();
    const from = { remoteAddress: '10.0.0.4' };
    for (let i = 0; i < 3; i++) expect(await call({}, from)).toBe(401);
    expect(await call(good, from)).toBe(200);
  });

  it('lifts the lockout exactly when the window ends', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: 7_000_000 });
    const { call } = guarded();
    const from = { remoteAddress: '10.0.0.5' };
    for (let i = 0; i < 2; i++) await call(wrong, from);
    vi.setSystemTime(7_000_000 + WINDOW_MS - 1);
    expect(await call(good, from)).toBe(429);
    vi.setSystemTime(7_000_000 + WINDOW_MS);
    expect(await call(good, from)).toBe(200);
  });

  it('counts callers without a known address as one source, "unknown"', async () => {
    const { call } = guarded();
    expect(await call(wrong)).toBe(401);
    expect(await call(wrong, {})).toBe(401);
    expect(await call(good)).toBe(429);
    expect(await call(good, {})).toBe(429);
    expect(await call(good, { remoteAddress: 'unknown' })).toBe(429);
  });
});

describe('tracked sources bound', () => {
  /** One call each from `count` Bearer clients named from `first` on (rate limit 1: a tracked client is at its limit). */
  async function fill(call: ReturnType<typeof guarded>['call'], first: number, count: number) {
    for (let i = first; i < first + count; i++) await call({ authorization: `Bearer client-${i}` });
  }
  const again = (call: ReturnType<typeof guarded>['call'], i: number) => call({ authorization: `Bearer client-${i}` });

  it('forgets the oldest client when the map is full and none has expired', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: 9_000_000 });
    const { call } = guarded({ rateLimit: 1 });
    await fill(call, 0, TRACKED);
    expect(await again(call, TRACKED - 1)).toBe(429);
    await fill(call, TRACKED, 1);
    // client-0 was evicted, so it starts a fresh window (evicting client-1); client-2 is still counted.
    expect(await again(call, 0)).toBe(200);
    expect(await again(call, 2)).toBe(429);
  });

  it('sweeps expired clients first, keeping every live one, even after the clock stepped back', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: 9_000_000 + WINDOW_MS });
    const { call } = guarded({ rateLimit: 1 });
    const half = TRACKED / 2;
    await fill(call, 0, half); // live until 9_000_000 + 2 windows: the oldest entries
    vi.setSystemTime(9_000_000);
    await fill(call, half, half); // expire at 9_000_000 + 1 window
    vi.setSystemTime(9_000_000 + WINDOW_MS);
    await fill(call, TRACKED, 1);
    expect(await again(call, 0)).toBe(429);
    expect(await again(call, half - 1)).toBe(429);
  });

  it('leaves expired clients alone until the map is full', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: 9_000_000 });
    const { call } = guarded({ rateLimit: 1 });
    await fill(call, 0, 1);
    vi.setSystemTime(9_000_000 + WINDOW_MS);
    await fill(call, 1, 1);
    // The clock stepped back: client-0's window is live again, and was not dropped in between.
    vi.setSystemTime(9_000_000 + WINDOW_MS - 1);
    expect(await again(call, 0)).toBe(429);
  });
});
