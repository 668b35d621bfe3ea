import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bearerConfig } from '../__fixtures__/config.js';
import { ScimError } from './errors.js';
import type { FailureKind } from './fetch-bounded.js';
import { MAX_BODY_DEPTH } from './json-depth.js';
import { createTransport, excerpt, expectStatus, jsonKind, type ScimExchange } from './transport.js';

// The transport on its own, against a loopback server each test scripts: what it sends, what it keeps of the
// answer, when it retries, and how expectStatus turns an exchange into a ScimError. Every answer is immediate;
// the hostile servers (endless bodies, hangs, gzip bombs) are in hostile.test.ts.
const TOKEN = 'transport-test-token';
type Handler = (request: IncomingMessage, body: string, response: ServerResponse) => void;
const received: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[] = [];
let replies: Handler[] = [];
let baseUrl = '';
const server = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk: Buffer) => {
    body += chunk.toString();
  });
  request.on('end', () => {
    received.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
    const reply = replies.shift() ?? ((_, __, res) => res.writeHead(500).end('no reply scripted'));
    reply(request, body, response);
  });
});
beforeAll(async () => {
  server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/scim/v2`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received.length = 0;
  replies = [];
});

const answer =
  (status: number, body: string, headers: Record<string, string> = {}): Handler =>
  (_, __, response) =>
    response.writeHead(status, { 'content-type': 'application/scim+json', ...headers }).end(body);
const transport = (options: Parameters<typeof createTransport>[1] = {}) =>
  createTransport(bearerConfig(baseUrl, TOKEN), { retries: 0, ...options });

describe('createTransport', () => {
  it('sends the SCIM accept type, the bearer token, JSON with its type, and the search parameters', async () => {
    replies = [answer(201, '{"id":"1"}', { etag: 'W/"1"', location: `${baseUrl}/Users/1`, 'x-other': 'dropped' })];
    const seen: ScimExchange[] = [];
    const exchange = await transport({ onExchange: (e) => seen.push(e) }).exchange('POST', '/Users', {
      json: { userName: 'ada' },
      searchParams: { count: 2, filter: 'userName eq "ada"' },
      headers: { 'x-request': 'yes' },
    });
    expect(received).toEqual([
      expect.objectContaining({
        method: 'POST',
        url: '/scim/v2/Users?count=2&filter=userName+eq+%22ada%22',
        body: '{"userName":"ada"}',
      }),
    ]);
    expect(received[0]?.headers).toMatchObject({
      accept: 'application/scim+json',
      authorization: `Bearer ${TOKEN}`,
      'content-type': 'application/scim+json; charset=utf-8',
      'x-request': 'yes',
    });
    expect(exchange).toEqual({
      method: 'POST',
      url: `${baseUrl}/Users?count=2&filter=userName+eq+%22ada%22`,
      status: 201,
      contentType: 'application/scim+json',
      headers: { etag: 'W/"1"', location: `${baseUrl}/Users/1` },
      body: { id: '1' },
      text: '{"id":"1"}',
      elapsedMs: expect.any(Number),
      attempts: 1,
    });
    expect(seen).toEqual([exchange]);
  });

  it('sends no credentials, or credentials of the right kind that are wrong, when asked', async () => {
    replies = [answer(401, ''), answer(401, ''), answer(401, '')];
    const bearer = transport();
    await bearer.exchange('GET', '/Users', { auth: 'none' });
    await bearer.exchange('GET', '/Users', { auth: 'wrong' });
    const basicConfig = bearerConfig(baseUrl, TOKEN, {
      auth: { type: 'basic', username: 'provisioner', password: 'right' },
    });
    const basic = createTransport(basicConfig, { retries: 0 });
    await basic.exchange('GET', '/Users', { auth: 'wrong' });
    expect(received[0]?.headers).not.toHaveProperty('authorization');
    expect(received[0]?.headers).not.toHaveProperty('content-type');
    expect(received[1]?.headers.authorization).toMatch(/^Bearer wrong-[0-9a-f-]{36}$/);
    const [username, password] = atob(received[2]?.headers.authorization?.replace(/^Basic /, '') ?? '').split(':');
    expect(username).toBe('provisioner');
    expect(password).toMatch(/^wrong-[0-9a-f-]{36}$/);
  });

  it('scrubs the token from the body and the kept headers', async () => {
    replies = [answer(401, `{"detail":"bad token ${TOKEN}"}`, { 'www-authenticate': `Bearer ${TOKEN}` })];
    const exchange = await transport().exchange('GET', '/Users');
    expect(exchange.text).toBe('{"detail":"bad token [redacted]"}');
    expect(exchange.body).toEqual({ detail: 'bad token [redacted]' });
    expect(exchange.headers).toEqual({ 'www-authenticate': 'Bearer [redacted]' });
  });

  it('keeps a body that is empty, blank or not JSON as text only, cut to 64 KiB', async () => {
    const long = 'x'.repeat(70_000);
    replies = [answer(200, ''), answer(200, '  \n'), answer(200, 'not json'), answer(200, long)];
    const t = transport();
    const results = [];
    for (let i = 0; i < 4; i += 1) results.push(await t.exchange('GET', '/Users'));
    expect(results.map(({ body, text }) => [body, text.length])).toEqual([
      [undefined, 0],
      [undefined, 3],
      [undefined, 8],
      [undefined, 64 * 1024],
    ]);
    expect(results[3]?.text).toBe(long.slice(0, 64 * 1024));
  });

  it(`refuses a body nested deeper than ${MAX_BODY_DEPTH} levels, and reads one at the limit`, async () => {
    const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    replies = [answer(200, nested(MAX_BODY_DEPTH + 1)), answer(200, nested(MAX_BODY_DEPTH))];
    const t = transport();
    const deep = await t.exchange('GET', '/Users');
    expect(deep).toMatchObject({
      status: 200,
      body: undefined,
      failure: 'tooDeep',
      reason: `the response body nests deeper than ${MAX_BODY_DEPTH} levels`,
    });
    const atLimit = await t.exchange('GET', '/Users');
    expect(atLimit.body).toBeInstanceOf(Array);
    expect(atLimit).not.toHaveProperty('failure');
  });

  it('retries a 429 or a 503 up to `retries` times, and nothing else', async () => {
    const busy = (status: number) => answer(status, '', { 'retry-after': '0' });
    replies = [busy(503), busy(429), answer(200, '{}')];
    // A signal that never fires does not cut the waits short.
    const signal = new AbortController().signal;
    expect(await transport({ retries: 2, signal }).exchange('GET', '/Users')).toMatchObject({
      status: 200,
      attempts: 3,
    });
    replies = [busy(429), busy(429), busy(429)];
    expect(await transport({ retries: 1 }).exchange('GET', '/Users')).toMatchObject({ status: 429, attempts: 2 });
    expect(received).toHaveLength(5);
    replies = [busy(500)];
    expect(await transport({ retries: 2 }).exchange('GET', '/Users')).toMatchObject({ status: 500, attempts: 1 });
  });

  it('retries twice by default', async () => {
    replies = [0, 1, 2].map(() => answer(503, '', { 'retry-after': '0' }));
    const exchange = await createTransport(bearerConfig(baseUrl, TOKEN)).exchange('GET', '/Users');
    expect(exchange).toMatchObject({ status: 503, attempts: 3 });
  });

  it('reports a refused body limit with the response status, and a refused redirect', async () => {
    replies = [answer(200, 'x'.repeat(100)), answer(307, '', { location: 'http://127.0.0.2:1/elsewhere' })];
    expect(await transport({ maxBodyBytes: 10 }).exchange('GET', '/Users')).toMatchObject({
      status: 200,
      text: '',
      failure: 'tooLarge',
      reason: 'the response body is larger than 10 bytes',
    });
    expect(await transport().exchange('POST', '/Users', { json: {} })).toMatchObject({
      status: 307,
      failure: 'redirect',
      reason: 'redirect 307 to http://127.0.0.2:1 refused: it leads to another origin',
    });
  });

  it('closes the connection of a body over the limit instead of leaving it open', async () => {
    let closed!: Promise<void>;
    replies = [
      (_, __, response) => {
        closed = new Promise((resolve) => response.on('close', () => resolve()));
        // Past the limit and never ended: only the client tearing the connection down closes it.
        response.writeHead(200, { 'content-type': 'application/scim+json' }).write('x'.repeat(100));
      },
    ];
    expect(await transport({ maxBodyBytes: 10 }).exchange('GET', '/Users')).toMatchObject({ failure: 'tooLarge' });
    await closed;
  });

  it('follows same-origin redirects up to five hops, then refuses', async () => {
    const redirect = answer(302, '', { location: '/scim/v2/Next' });
    replies = [redirect, redirect, answer(200, '{"ok":true}')];
    expect(await transport().exchange('GET', '/Users')).toMatchObject({ status: 200, body: { ok: true } });
    expect(received.map(({ url }) => url)).toEqual(['/scim/v2/Users', '/scim/v2/Next', '/scim/v2/Next']);
    replies = Array.from({ length: 6 }, () => redirect);
    expect(await transport().exchange('GET', '/Users')).toMatchObject({
      status: 302,
      failure: 'redirect',
      reason: 'more than 5 redirects',
    });
  });

  it('names a refused connection, and counts its time', async () => {
    const closed = createServer();
    closed.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => closed.once('listening', () => resolve()));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const before = performance.now();
    const exchange = await createTransport(bearerConfig(`http://127.0.0.1:${port}/scim/v2`, TOKEN)).exchange(
      'GET',
      '/Users',
    );
    expect(exchange).toMatchObject({
      status: 0,
      failure: 'refused',
      reason: 'connection refused (ECONNREFUSED): nothing listens there',
      attempts: 1,
    });
    expect(exchange.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(exchange.elapsedMs).toBeLessThanOrEqual(Math.ceil(performance.now() - before));
  });

  it('stops waiting for a retry when the caller aborts, and sends no other attempt', async () => {
    const controller = new AbortController();
    // Retry-After 30 s, cut to the default 5 s; the caller gives up soon after the 429 has gone out.
    replies = [
      (_, __, response) => {
        response.on('finish', () => setTimeout(() => controller.abort(new Error('gave up')), 100));
        response.writeHead(429, { 'retry-after': '30' }).end();
      },
    ];
    const exchange = await transport({ retries: 2, signal: controller.signal }).exchange('GET', '/Users');
    expect(exchange).toMatchObject({ status: 0, text: '', failure: 'aborted', reason: 'gave up', attempts: 1 });
    expect(received).toHaveLength(1);
  });

  it('sends nothing once the caller has aborted, and says why', async () => {
    const exchange = await transport({ signal: AbortSignal.abort(new Error('deadline passed')) }).exchange(
      'GET',
      '/Users',
    );
    expect(exchange).toMatchObject({ status: 0, failure: 'aborted', reason: 'deadline passed', headers: {} });
    expect(exchange.contentType).toBeUndefined();
    expect(received).toEqual([]);
  });

  it('times out an attempt, and names its timeout', async () => {
    replies = [() => undefined];
    const t = transport({ timeout: 200 });
    expect(t.timeout).toBe(200);
    expect(await t.exchange('GET', '/Users')).toMatchObject({
      status: 0,
      failure: 'timeout',
      reason: 'no complete response within 200 ms',
    });
    expect(transport().timeout).toBe(10_000);
  });
});

describe('expectStatus', () => {
  const exchange = (changes: Partial<ScimExchange>): ScimExchange => ({
    method: 'GET',
    url: 'https://scim.test/Users',
    status: 200,
    contentType: 'application/scim+json',
    headers: {},
    body: {},
    text: '{}',
    elapsedMs: 1,
    attempts: 1,
    ...changes,
  });
  const thrown = (e: ScimExchange, expected = [200]) => {
    try {
      expectStatus(e, expected);
    } catch (error) {
      expect(error).toBeInstanceOf(ScimError);
      return error as ScimError;
    }
    throw new Error('expected a ScimError');
  };

  it('returns an exchange with an expected status and a JSON or empty body', () => {
    const ok = exchange({});
    expect(expectStatus(ok, [200])).toBe(ok);
    const empty = exchange({ status: 204, text: '', body: undefined });
    expect(expectStatus(empty, [204])).toBe(empty);
    expect(expectStatus(exchange({ status: 204, text: 'ignored', body: undefined }), [204]).status).toBe(204);
    expect(expectStatus(exchange({ text: '', body: undefined }), [200]).text).toBe('');
  });

  it.each([
    ['timeout', 'ERR_SCIM_TIMEOUT'],
    ['aborted', 'ERR_SCIM_TIMEOUT'],
    ['tooLarge', 'ERR_SCIM_TOO_LARGE'],
    ['tooDeep', 'ERR_SCIM_PROTOCOL'],
    ['redirect', 'ERR_SCIM_REDIRECT'],
    ['refused', 'ERR_SCIM_NETWORK'],
    ['dns', 'ERR_SCIM_NETWORK'],
    ['tls', 'ERR_SCIM_NETWORK'],
    ['reset', 'ERR_SCIM_NETWORK'],
    ['network', 'ERR_SCIM_NETWORK'],
  ] as const)('turns the failure %s into %s, with its reason', (failure: FailureKind, code) => {
    const error = thrown(exchange({ status: 0, failure, reason: 'why' }));
    expect(error).toMatchObject({ code, failure, status: undefined, method: 'GET', url: 'https://scim.test/Users' });
    expect(error.message).toBe('GET https://scim.test/Users failed: why');
  });

  it('keeps the status of a failure that has one, and names the failure when there is no reason', () => {
    const error = thrown(exchange({ status: 307, failure: 'redirect' }));
    expect(error).toMatchObject({ status: 307, code: 'ERR_SCIM_REDIRECT' });
    expect(error.message).toBe('GET https://scim.test/Users failed: redirect');
  });

  it('names an unexpected status with the SCIM error type and detail', () => {
    const error = thrown(exchange({ status: 409, body: { scimType: 'uniqueness', detail: 'taken' }, text: '{…}' }));
    expect(error).toMatchObject({ code: 'ERR_SCIM_HTTP', status: 409, scimType: 'uniqueness', detail: 'taken' });
    expect(error.message).toBe('GET https://scim.test/Users answered 409 (uniqueness): taken');
  });

  it('falls back to an excerpt of the text when the error body has no string detail or type', () => {
    const error = thrown(exchange({ status: 500, body: { scimType: 7, detail: 8 }, text: ' Internal\n  error ' }));
    expect(error).toMatchObject({ code: 'ERR_SCIM_HTTP', status: 500, scimType: undefined, detail: 'Internal error' });
    expect(error.message).toBe('GET https://scim.test/Users answered 500: Internal error');
    expect(thrown(exchange({ status: 500, body: undefined, text: 'oops' })).detail).toBe('oops');
  });

  it('refuses an expected status whose body is not JSON', () => {
    const error = thrown(exchange({ status: 200, body: undefined, text: '<html>\n hi</html>' }));
    expect(error).toMatchObject({ code: 'ERR_SCIM_PROTOCOL', status: 200, detail: '<html> hi</html>' });
    expect(error.message).toBe('GET https://scim.test/Users answered 200 with a body that is not JSON');
  });
});

describe('jsonKind and excerpt', () => {
  it('tells SCIM JSON from plain JSON by media type alone', () => {
    expect(jsonKind('application/scim+json')).toBe('scim');
    expect(jsonKind(' Application/SCIM+JSON ; charset=utf-8')).toBe('scim');
    expect(jsonKind('application/json;charset=utf-8')).toBe('json');
    expect(jsonKind('text/html')).toBe('other');
    expect(jsonKind(undefined)).toBe('other');
  });

  it('puts a body on one line and cuts it after 200 characters', () => {
    expect(excerpt('  a\n\tb  ')).toBe('a b');
    expect(excerpt('y'.repeat(200))).toBe('y'.repeat(200));
    expect(excerpt(`${'y'.repeat(200)}z`)).toBe(`${'y'.repeat(200)}…`);
  });
});
