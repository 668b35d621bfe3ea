import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { abortReason } from './fetch-bounded.js';
import { nestedDeeperThan } from './json-depth.js';
import { describeNetworkFailure } from './network-failure.js';
import { BodyLimitError, readBounded } from './read-body.js';
import { MAX_REDIRECTS, redirectStep } from './redirects.js';
import { retryDelay, sleep } from './retry.js';

// The transport's limits one rule at a time, on real `Response`s and streams; the hostile-server tests
// check the same limits end to end over loopback.

describe('redirectStep', () => {
  const from = new URL('https://scim.example.com/scim/v2/Users');
  const to = (location: string | undefined, status: number) =>
    new Response(null, { status, headers: location === undefined ? {} : { location } });

  it('follows each redirect status to a same-origin Location, and nothing else', () => {
    for (const status of [301, 302, 303, 307, 308]) {
      expect(redirectStep(to('/scim/v2/Users/1', status), from, 'GET', 0), String(status)).toEqual({
        kind: 'follow',
        url: new URL('https://scim.example.com/scim/v2/Users/1'),
        method: 'GET',
        keepBody: status !== 303,
      });
    }
    for (const status of [200, 300, 304, 404]) {
      expect(redirectStep(to('/scim/v2/Users/1', status), from, 'GET', 0), String(status)).toEqual({ kind: 'final' });
    }
    expect(redirectStep(to(undefined, 302), from, 'GET', 0)).toEqual({ kind: 'final' });
  });

  it('refuses an unreadable Location and another origin, saying which', () => {
    expect(redirectStep(to('https://[bad', 302), from, 'GET', 0)).toEqual({
      kind: 'refuse',
      reason: 'redirect 302 to an invalid Location',
    });
    expect(redirectStep(to('https://evil.example.com/steal', 308), from, 'GET', 0)).toEqual({
      kind: 'refuse',
      reason: 'redirect 308 to https://evil.example.com refused: it leads to another origin',
    });
    const plain = new URL('http://scim.example.com/scim/v2/Users');
    expect(redirectStep(to('https://scim.example.com/x', 301), plain, 'GET', 0)).toEqual({
      kind: 'refuse',
      reason: 'redirect 301 to https://scim.example.com refused: it leads to another origin',
    });
  });

  it(`follows up to ${MAX_REDIRECTS} hops`, () => {
    expect(redirectStep(to('/again', 307), from, 'GET', MAX_REDIRECTS - 1).kind).toBe('follow');
    expect(redirectStep(to('/again', 307), from, 'GET', MAX_REDIRECTS)).toEqual({
      kind: 'refuse',
      reason: `more than ${MAX_REDIRECTS} redirects`,
    });
  });

  it('turns a 303, and a 301 or 302 after POST, into a bodiless GET, as fetch does', () => {
    const follow = (status: number, method: string) => {
      const step = redirectStep(to('/next', status), from, method, 0);
      return step.kind === 'follow' ? `${step.method} ${step.keepBody ? 'with' : 'without'} body` : step.kind;
    };
    expect(follow(303, 'POST')).toBe('GET without body');
    expect(follow(303, 'PUT')).toBe('GET without body');
    expect(follow(303, 'HEAD')).toBe('HEAD with body');
    expect(follow(301, 'POST')).toBe('GET without body');
    expect(follow(302, 'POST')).toBe('GET without body');
    expect(follow(302, 'PUT')).toBe('PUT with body');
    expect(follow(307, 'POST')).toBe('POST with body');
    expect(follow(308, 'PATCH')).toBe('PATCH with body');
  });
});

describe('retryDelay', () => {
  const now = Date.parse('2026-12-07T10:00:00Z');

  it('backs off exponentially from 300 ms without Retry-After, up to the maximum', () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelay(null, attempt, 5000, now))).toEqual([300, 600, 1200, 2400]);
    expect(retryDelay(null, 6, 5000, now)).toBe(5000);
  });

  it('honours Retry-After in seconds (fractions too) or as an HTTP date, never below 0 or above the maximum', () => {
    expect(retryDelay('2', 1, 5000, now)).toBe(2000);
    expect(retryDelay(' 1.5 ', 1, 5000, now)).toBe(1500);
    expect(retryDelay('60', 1, 5000, now)).toBe(5000);
    expect(retryDelay('Mon, 07 Dec 2026 10:00:03 GMT', 1, 5000, now)).toBe(3000);
    expect(retryDelay('Mon, 07 Dec 2026 09:59:00 GMT', 1, 5000, now)).toBe(0);
    // Only a whole string of digits is seconds: dates that start or end with digits are dates.
    expect(retryDelay('1.25', 1, 5000, now)).toBe(1250);
    expect(retryDelay('2026-12-07T10:00:04Z', 1, 5000, now)).toBe(4000);
    expect(retryDelay('Mon, 07 Dec 2026 10:00:03 +0000', 1, 5000, now)).toBe(3000);
  });

  it('falls back to backoff for a Retry-After that is neither', () => {
    expect(retryDelay('soon', 2, 5000, now)).toBe(600);
    expect(retryDelay('a2', 1, 5000, now)).toBe(300);
    expect(retryDelay('2s', 1, 5000, now)).toBe(300);
  });
});

describe('sleep', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves true after the wait and stops listening to the signal', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const controller = new AbortController();
    let settled: boolean | undefined;
    const waiting = sleep(1000, controller.signal).then((value) => {
      settled = value;
    });
    await vi.advanceTimersByTimeAsync(999);
    expect(settled).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    expect(settled).toBe(true);
    expect(getEventListeners(controller.signal, 'abort')).toEqual([]);
    // An abort after the wait changes nothing: the listener is gone.
    controller.abort();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('resolves false at once when the signal fires, before or during the wait', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    expect(await sleep(1000, AbortSignal.abort())).toBe(false);
    const controller = new AbortController();
    const waiting = sleep(1000, controller.signal);
    controller.abort();
    expect(await waiting).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('waits without a signal', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const waiting = sleep(10, undefined);
    await vi.advanceTimersByTimeAsync(10);
    expect(await waiting).toBe(true);
  });
});

describe('nestedDeeperThan', () => {
  const nest = (depth: number): unknown =>
    depth <= 1 ? {} : depth % 2 === 0 ? [nest(depth - 1)] : { a: nest(depth - 1) };

  it('counts objects and arrays, and passes exactly at the limit', () => {
    expect(nestedDeeperThan(nest(3), 3)).toBe(false);
    expect(nestedDeeperThan(nest(4), 3)).toBe(true);
    expect(nestedDeeperThan({ a: 1, b: [1, 'x', null], c: { d: {} } }, 3)).toBe(false);
    expect(nestedDeeperThan({ a: 1, b: [1, 'x', null], c: { d: { e: [] } } }, 3)).toBe(true);
  });

  it('does not count scalars as a level', () => {
    expect(nestedDeeperThan('text', 0)).toBe(false);
    expect(nestedDeeperThan(null, 0)).toBe(false);
    expect(nestedDeeperThan([1, 2], 1)).toBe(false);
    expect(nestedDeeperThan([[1]], 1)).toBe(true);
  });
});

describe('describeNetworkFailure', () => {
  const failure = (code: string | undefined, wrap = 0): unknown => {
    let error: unknown = Object.assign(new Error('fetch failed'), code === undefined ? {} : { code });
    for (let i = 0; i < wrap; i++) error = new TypeError('fetch failed', { cause: error });
    return error;
  };

  it('names each kind by its system code, found in the cause chain', () => {
    expect(describeNetworkFailure(failure('ECONNREFUSED', 1))).toEqual({
      kind: 'refused',
      reason: 'connection refused (ECONNREFUSED): nothing listens there',
    });
    for (const code of ['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME']) {
      expect(describeNetworkFailure(failure(code))).toEqual({
        kind: 'dns',
        reason: `DNS lookup failed (${code}): the host name does not resolve`,
      });
    }
    for (const code of ['ERR_TLS_CERT_ALTNAME_INVALID', 'ERR_SSL_WRONG_VERSION_NUMBER', 'CERT_HAS_EXPIRED']) {
      expect(describeNetworkFailure(failure(code, 2))).toEqual({
        kind: 'tls',
        reason: `TLS handshake failed (${code})`,
      });
    }
    for (const code of [
      'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
      'DEPTH_ZERO_SELF_SIGNED_CERT',
      'SELF_SIGNED_CERT_IN_CHAIN',
    ]) {
      expect(describeNetworkFailure(failure(code)).kind).toBe('tls');
    }
    expect(describeNetworkFailure(failure('HOSTNAME_MISMATCH')).kind).toBe('tls');
    expect(describeNetworkFailure(failure('EPROTO')).kind).toBe('tls');
    for (const code of ['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']) {
      expect(describeNetworkFailure(failure(code))).toEqual({
        kind: 'reset',
        reason: `the server closed the connection (${code})`,
      });
    }
  });

  it('calls anything else a network error, with its code when it has one', () => {
    expect(describeNetworkFailure(failure('EHOSTUNREACH'))).toEqual({
      kind: 'network',
      reason: 'connection error (EHOSTUNREACH)',
    });
    expect(describeNetworkFailure(failure(undefined))).toEqual({ kind: 'network', reason: 'connection error' });
    expect(describeNetworkFailure('not an error')).toEqual({ kind: 'network', reason: 'connection error' });
    // TLS codes match from the start only.
    expect(describeNetworkFailure(failure('XERR_TLS_')).kind).toBe('network');
  });

  it('follows the cause chain at most five errors deep', () => {
    expect(describeNetworkFailure(failure('ECONNREFUSED', 4)).kind).toBe('refused');
    expect(describeNetworkFailure(failure('ECONNREFUSED', 5)).kind).toBe('network');
  });

  it('reads only a string code', () => {
    expect(describeNetworkFailure({ code: 61, cause: { code: 'ECONNREFUSED' } }).kind).toBe('refused');
  });
});

describe('readBounded', () => {
  const streamOf = (...chunks: Uint8Array[]) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    });
  const read = async (response: Response, limit: number) => {
    let aborted = 0;
    try {
      return { text: await readBounded(response, limit, () => aborted++), aborted };
    } catch (error) {
      return { error, aborted };
    }
  };

  it('reads a body of exactly the limit, decoding characters split across chunks', async () => {
    const bytes = new TextEncoder().encode('é€!');
    const body = streamOf(bytes.slice(0, 1), bytes.slice(1, 4), bytes.slice(4));
    expect(await read(new Response(body), bytes.length)).toEqual({ text: 'é€!', aborted: 0 });
  });

  it('aborts and refuses one byte past the limit, while streaming', async () => {
    const result = await read(new Response(streamOf(new Uint8Array(4), new Uint8Array(3))), 6);
    expect(result.aborted).toBe(1);
    expect(result.error).toBeInstanceOf(BodyLimitError);
    expect((result.error as BodyLimitError).message).toBe('the response body is larger than 6 bytes');
    expect((result.error as BodyLimitError).limit).toBe(6);
  });

  it('refuses a declared Content-Length over the limit before reading, and trusts none under it', async () => {
    const declared = new Response('tiny', { headers: { 'content-length': '100' } });
    const result = await read(declared, 99);
    expect(result.aborted).toBe(1);
    expect(result.error).toBeInstanceOf(BodyLimitError);
    expect(declared.bodyUsed).toBe(false);
    expect(await read(new Response('12345', { headers: { 'content-length': '5' } }), 5)).toEqual({
      text: '12345',
      aborted: 0,
    });
  });

  it('reads no body as empty text', async () => {
    expect(await read(new Response(null, { status: 204 }), 10)).toEqual({ text: '', aborted: 0 });
  });
});

describe('abortReason', () => {
  it("gives the caller's Error message, else says the caller aborted", () => {
    const withReason = (reason?: unknown) => {
      const controller = new AbortController();
      controller.abort(reason);
      return abortReason(controller.signal);
    };
    expect(withReason(new Error('deadline passed'))).toBe('deadline passed');
    expect(withReason()).toBe('aborted by the caller');
    expect(withReason('plain string')).toBe('aborted by the caller');
  });
});

describe('limits at their edges', () => {
  it('reads a cause chain that ends in null as a plain network error', () => {
    expect(describeNetworkFailure(new Error('fetch failed', { cause: null }))).toEqual({
      kind: 'network',
      reason: 'connection error',
    });
  });

  it('names a redirect from https to http as a weaker scheme, and to another host as another origin', () => {
    const from = new URL('https://scim.example.com/v2/Users');
    const to = (location: string) => new Response(null, { status: 302, headers: { location } });
    expect(redirectStep(to('http://scim.example.com/v2/Users'), from, 'GET', 0)).toEqual({
      kind: 'refuse',
      reason: 'redirect 302 to http://scim.example.com refused: it leads to a weaker scheme (https to http)',
    });
    expect(redirectStep(to('https://other.example.com/'), from, 'GET', 0)).toEqual({
      kind: 'refuse',
      reason: 'redirect 302 to https://other.example.com refused: it leads to another origin',
    });
  });
});
