import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Loopback, oktaApp, type SeenRequest, sendJson, startLoopback } from './__fixtures__/loopback.js';
import { ApiError, createClient, rateLimitWait } from './index.js';

// Okta answers 429 with E0000047 and `X-Rate-Limit-Reset` (epoch seconds when the window resets).
const TOKEN = 'retry-test-token';
const rateLimited = { errorCode: 'E0000047', errorSummary: 'API call exceeded rate limit', errorCauses: [] };

let server: Loopback | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await server?.close();
  server = undefined;
});

// Waits run on fake time: timers and `Date` are frozen until a test advances them, so a test says exactly
// when a retry goes out, whatever the machine's load. The sockets stay real.
const START = 2_000_000_000_000;
const freezeTime = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: START });

/** The real fetch, recording the (fake) time of every call; `firstAnswer` settles when the first response is in. */
function watchedFetch() {
  const realFetch = globalThis.fetch.bind(globalThis);
  const sentAt: number[] = [];
  let answer: () => void = () => undefined;
  const firstAnswer = new Promise<void>((resolve) => {
    answer = resolve;
  });
  const fetch: typeof globalThis.fetch = async (input, init) => {
    sentAt.push(Date.now());
    const response = await realFetch(input, init);
    answer();
    return response;
  };
  return { fetch, sentAt, firstAnswer };
}

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

const clientFor = (
  url: string,
  options: { maxRetries?: number; maxRetryWait?: number; fetch?: typeof globalThis.fetch } = {},
) => createClient({ orgUrl: url, token: TOKEN, timeout: 5_000, ...options });

describe('429 retries', () => {
  it('waits until X-Rate-Limit-Reset before retrying, and not a millisecond less', async () => {
    freezeTime();
    // Okta's resets are whole seconds: this one is 2 s away.
    const reset = START / 1000 + 2;
    const loopback = await limitedFor(1, () => ({
      'x-rate-limit-reset': String(reset),
      'x-rate-limit-remaining': '0',
    }));
    const watched = watchedFetch();
    const pending = clientFor(loopback.url, { fetch: watched.fetch }).apps.get('0oa1');
    await watched.firstAnswer;
    await vi.advanceTimersByTimeAsync(reset * 1000 - START - 1);
    expect(watched.sentAt).toEqual([START]);
    await vi.advanceTimersByTimeAsync(1);
    expect(watched.sentAt).toEqual([START, reset * 1000]);
    expect((await pending).id).toBe('0oa1');
    expect(loopback.requests).toHaveLength(2);
  });

  it('honours Retry-After (seconds) and retries a POST with the same body', async () => {
    freezeTime();
    const loopback = await limitedFor(1, () => ({ 'retry-after': '1' }));
    const watched = watchedFetch();
    const body = { label: 'Retried', signOnMode: 'BOOKMARK' };
    const pending = clientFor(loopback.url, { fetch: watched.fetch }).apps.create(body);
    await watched.firstAnswer;
    await vi.advanceTimersByTimeAsync(999);
    expect(watched.sentAt).toEqual([START]);
    await vi.advanceTimersByTimeAsync(1);
    expect(watched.sentAt).toEqual([START, START + 1000]);
    await pending;
    const [first, second] = loopback.requests;
    expect(second?.method).toBe('POST');
    expect(second?.body).toBe(first?.body);
    expect(JSON.parse(second?.body ?? '')).toEqual(body);
  });

  it('fails at once with the 429 when the reset is beyond maxRetryWait', async () => {
    // Time stands still: were the client to wait, this call would never settle and the test would time out.
    freezeTime();
    const loopback = await limitedFor(5, () => ({ 'x-rate-limit-reset': String(START / 1000 + 120) }));
    const error = await clientFor(loopback.url, { maxRetryWait: 1_000 })
      .apps.get('0oa1')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, errorCode: 'E0000047' });
    expect(loopback.requests).toHaveLength(1);
    expect(Date.now()).toBe(START);
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
    // Time stands still, so only the abort can end the 30 s wait.
    freezeTime();
    const loopback = await limitedFor(5, () => ({ 'retry-after': '30' }));
    const watched = watchedFetch();
    const controller = new AbortController();
    const pending = clientFor(loopback.url, { maxRetryWait: 60_000, fetch: watched.fetch }).apps.get('0oa1', {
      signal: controller.signal,
    });
    await watched.firstAnswer;
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(loopback.requests).toHaveLength(1);
    expect(Date.now()).toBe(START);
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
