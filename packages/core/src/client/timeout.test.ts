import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Loopback, renderings, startLoopback } from './__fixtures__/loopback.js';
import { ApiTimeoutError, createClient } from './index.js';

const TOKEN = 'timeout-test-token-0123456789';

// A server that accepts requests and never answers: only the client's timeout or signal ends them.
let server: Loopback | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await server?.close();
  server = undefined;
});
const silent = async () => {
  server = await startLoopback(() => undefined);
  return server;
};

describe('timeouts', () => {
  it('fails with ApiTimeoutError after `timeout` ms and closes the request', async () => {
    // On fake time, so the test says exactly when the timeout fires, whatever the machine's load.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    let arrived: () => void = () => undefined;
    const requestIn = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    const loopback = await startLoopback(() => arrived());
    server = loopback;
    const client = createClient({ orgUrl: loopback.url, token: TOKEN, timeout: 200 });
    let settled = false;
    const pending = client.apps.get('0oa1').catch((caught: unknown) => caught);
    void pending.then(() => {
      settled = true;
    });
    await requestIn;
    await vi.advanceTimersByTimeAsync(199);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await pending;
    expect(error).toBeInstanceOf(ApiTimeoutError);
    expect(error).toMatchObject({ code: 'ERR_API', timeout: 200, method: 'GET', path: '/api/v1/apps/0oa1' });
    expect(renderings(error)).not.toContain(TOKEN);
    await expect.poll(() => loopback.closedEarly.length).toBe(1);
  });
});

describe('AbortSignal', () => {
  it('cancels a call in flight', async () => {
    const loopback = await silent();
    const client = createClient({ orgUrl: loopback.url, token: TOKEN, timeout: 10_000 });
    const controller = new AbortController();
    const pending = client.apps.create({ label: 'Never', signOnMode: 'BOOKMARK' }, { signal: controller.signal });
    await expect.poll(() => loopback.requests.length).toBe(1);
    controller.abort();
    const error = await pending.catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(renderings(error)).not.toContain(TOKEN);
    await expect.poll(() => loopback.closedEarly.length).toBe(1);
  });

  it('sends nothing when the signal is already aborted, on every kind of call', async () => {
    const loopback = await silent();
    const client = createClient({ orgUrl: loopback.url, token: TOKEN, timeout: 10_000 });
    const signal = AbortSignal.abort();
    const calls = [
      client.apps.get('0oa1', { signal }),
      client.apps.delete('0oa1', { signal }),
      client.apps.list({ signal }).next(),
      client.appUsers.assign('0oa1', { id: '00u1' }, { signal }),
      client.catalog.search('slack', { signal }),
      client.catalog.entry('slack', { signal }),
    ];
    for (const call of calls) await expect(call).rejects.toMatchObject({ name: 'AbortError' });
    expect(loopback.requests).toHaveLength(0);
  });

  it('stops a paged listing between pages', async () => {
    let pages = 0;
    const controller = new AbortController();
    server = await startLoopback((request, res) => {
      pages += 1;
      const next = `${server?.url}/api/v1/apps?after=${pages}`;
      res.writeHead(200, { 'content-type': 'application/json', link: `<${next}>; rel="next"` });
      res.end(JSON.stringify([]));
      // The caller aborts while reading the first page; the second must never be requested.
      if (request.url === '/api/v1/apps') controller.abort();
    });
    const client = createClient({ orgUrl: server.url, token: TOKEN });
    const iterate = async () => {
      for await (const _ of client.apps.list({ signal: controller.signal })) {
        // no items: only pagination drives requests
      }
    };
    await expect(iterate()).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.requests).toHaveLength(1);
  });
});
