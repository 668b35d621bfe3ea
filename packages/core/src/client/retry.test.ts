import { afterEach, describe, expect, it } from 'vitest';
import { type Loopback, oktaApp, type SeenRequest, sendJson, startLoopback } from './__fixtures__/loopback.js';
import { ApiError, createClient, rateLimitWait } from './index.js';

// Okta answers 429 with E0000047 and `X-Rate-Limit-Reset` (epoch seconds when the window resets).
const TOKEN = 'retry-test-token';
const rateLimited = { errorCode: 'E0000047', errorSummary: 'API call exceeded rate limit', errorCauses: [] };

let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Answers 429 with `headers(request)` for the first `times` requests, then the app. */
async function limitedFor(times: number, headers: (request: SeenRequest) => Record<string, string>) {
  let seen = 0;
  server = await startLoopback((request, res) => {
    seen += 1;
    if (seen <= times) return sendJson(res, 429, rateLimited, headers(request));
    return sendJson(res, 200, oktaApp('0oa1'));
  });
  return server;
}

const clientFor = (url: string, options: { maxRetries?: number; maxRetryWait?: number } = {}) =>
  createClient({ orgUrl: url, token: TOKEN, timeout: 5_000, ...options });

describe('429 retries', () => {
  it('waits until X-Rate-Limit-Reset before retrying', async () => {
    let reset = 0;
    const loopback = await limitedFor(1, (request) => {
      // The next whole second at least 300 ms away, as Okta's resets are whole seconds.
      reset = Math.ceil((request.at + 300) / 1000);
      return { 'x-rate-limit-reset': String(reset), 'x-rate-limit-remaining': '0' };
    });
    const app = await clientFor(loopback.url).apps.get('0oa1');
    expect(app.id).toBe('0oa1');
    expect(loopback.requests).toHaveLength(2);
    const retriedAt = loopback.requests[1]?.at ?? 0;
    // Timer granularity allows a few ms early; it must not retry before the window resets.
    expect(retriedAt).toBeGreaterThanOrEqual(reset * 1000 - 15);
    expect(retriedAt).toBeLessThan(reset * 1000 + 1000);
  });

  it('honours Retry-After (seconds) and retries a POST with the same body', async () => {
    const loopback = await limitedFor(1, () => ({ 'retry-after': '1' }));
    const body = { label: 'Retried', signOnMode: 'BOOKMARK' };
    await clientFor(loopback.url).apps.create(body);
    const [first, second] = loopback.requests;
    expect(second?.method).toBe('POST');
    expect(second?.body).toBe(first?.body);
    expect(JSON.parse(second?.body ?? '')).toEqual(body);
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(985);
  });

  it('fails at once with the 429 when the reset is beyond maxRetryWait', async () => {
    const loopback = await limitedFor(5, (request) => ({
      'x-rate-limit-reset': String(Math.ceil(request.at / 1000) + 120),
    }));
    const started = Date.now();
    const error = await clientFor(loopback.url, { maxRetryWait: 1_000 })
      .apps.get('0oa1')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, errorCode: 'E0000047' });
    expect(loopback.requests).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(900);
  });

  it('gives up after maxRetries and surfaces the last 429', async () => {
    const loopback = await limitedFor(10, () => ({ 'retry-after': '0' }));
    const error = await clientFor(loopback.url, { maxRetries: 2 })
      .apps.get('0oa1')
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'ApiError', status: 429 });
    expect(loopback.requests).toHaveLength(3);
  });

  it('stops waiting for the reset when the signal aborts', async () => {
    const loopback = await limitedFor(5, () => ({ 'retry-after': '30' }));
    const controller = new AbortController();
    const started = Date.now();
    const pending = clientFor(loopback.url, { maxRetryWait: 60_000 }).apps.get('0oa1', { signal: controller.signal });
    setTimeout(() => controller.abort(), 150);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(loopback.requests).toHaveLength(1);
  });
});

describe('rateLimitWait', () => {
  const headers = (init: Record<string, string>) => new Headers(init);
  it('reads Retry-After seconds before X-Rate-Limit-Reset', () => {
    expect(rateLimitWait(headers({ 'retry-after': '3', 'x-rate-limit-reset': '1700000100' }), 1_700_000_000_000)).toBe(
      3000,
    );
  });
  it('turns X-Rate-Limit-Reset epoch seconds into a wait, never negative', () => {
    expect(rateLimitWait(headers({ 'x-rate-limit-reset': '1700000010' }), 1_700_000_000_000)).toBe(10_000);
    expect(rateLimitWait(headers({ 'x-rate-limit-reset': '1600000000' }), 1_700_000_000_000)).toBe(0);
  });
  it('ignores absent or malformed values', () => {
    expect(rateLimitWait(headers({}))).toBeUndefined();
    expect(rateLimitWait(headers({ 'x-rate-limit-reset': 'soon' }))).toBeUndefined();
  });
});
