import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearerConfig } from '../__fixtures__/config.js';
import { type HostileServer, startHostileServer } from '../__fixtures__/hostile-server.js';
import { createClient } from './client.js';
import { ScimError } from './errors.js';
import { redirectStep } from './redirects.js';
import { DEFAULT_MAX_BODY_BYTES } from './transport.js';

let server: HostileServer;
let elsewhere: HostileServer;
beforeAll(async () => {
  [server, elsewhere] = await Promise.all([startHostileServer(), startHostileServer()]);
});
afterAll(async () => {
  await Promise.all([server.close(), elsewhere.close()]);
});

const clientFor = (mode: string, options: { timeout?: number; maxBodyBytes?: number } = {}) =>
  createClient(bearerConfig(`${server.baseUrl}/${mode}`, 'hostile-test-token'), { retries: 0, ...options });
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('SCIM client against hostile servers: bodies', () => {
  it('stops an endless body at the byte limit, aborts the request and closes the socket', async () => {
    const error = await failure(clientFor('endless').users.list());
    expect(error).toBeInstanceOf(ScimError);
    expect(error).toMatchObject({ code: 'ERR_SCIM_TOO_LARGE', failure: 'tooLarge', status: 200 });
    expect((error as Error).message).toContain(`larger than ${DEFAULT_MAX_BODY_BYTES} bytes`);
    await server.closed('endless');
  });

  it('refuses a body whose Content-Length exceeds the limit without reading it', async () => {
    const error = await failure(clientFor('big').users.list());
    expect(error).toMatchObject({ code: 'ERR_SCIM_TOO_LARGE', failure: 'tooLarge' });
    await server.closed('big');
    expect(server.written.get('big') ?? 0).toBeLessThan(50_000_000);
  });

  it('counts a gzip bomb at its inflated size', async () => {
    const error = await failure(clientFor('bomb').users.list());
    expect(error).toMatchObject({ code: 'ERR_SCIM_TOO_LARGE' });
    await server.closed('bomb');
  });

  it('bounds the OAuth token endpoint the same way', async () => {
    const config = bearerConfig(`${server.baseUrl}/ok`, 'hostile-test-token', {
      auth: {
        type: 'oauth2',
        tokenUrl: `${server.baseUrl}/endless/token`,
        clientId: 'hostile-client',
        clientSecret: 'hostile-client-secret-0123456789',
      },
    });
    const error = await failure(createClient(config, { retries: 0 }).users.list());
    expect(error).toMatchObject({ code: 'ERR_SCIM_AUTH' });
    expect((error as Error).message).toBe(
      `OAuth token request failed: the response body is larger than ${DEFAULT_MAX_BODY_BYTES} bytes`,
    );
  });

  it('takes a configured limit, in both directions', async () => {
    await expect(clientFor('small', { maxBodyBytes: 64 }).users.list()).rejects.toMatchObject({
      code: 'ERR_SCIM_TOO_LARGE',
    });
    await expect(clientFor('small', { maxBodyBytes: 4096 }).users.list()).resolves.toMatchObject({
      totalResults: 0,
    });
  });
});

describe('SCIM client against hostile servers: time', () => {
  it('times out a body that trickles forever and closes the socket', async () => {
    const error = await failure(clientFor('trickle', { timeout: 300 }).users.list());
    expect(error).toMatchObject({ code: 'ERR_SCIM_TIMEOUT', failure: 'timeout' });
    await server.closed('trickle');
  });

  it('times out a server that never answers and closes the socket', async () => {
    const error = await failure(clientFor('hang', { timeout: 300 }).users.list());
    expect(error).toMatchObject({ code: 'ERR_SCIM_TIMEOUT', failure: 'timeout' });
    await server.closed('hang');
  });
});

describe('SCIM client redirects', () => {
  it('refuses a 307 to another origin and never sends the body there', async () => {
    server.redirectTo = `${elsewhere.baseUrl}/ok/Users`;
    const error = await failure(clientFor('redirect').users.create({ userName: 'ada@example.com' }));
    expect(error).toMatchObject({ code: 'ERR_SCIM_REDIRECT', failure: 'redirect', status: 307 });
    expect((error as Error).message).toBe(
      `POST ${server.baseUrl}/redirect/Users failed: redirect 307 to ${new URL(elsewhere.baseUrl).origin} refused: it leads to another origin`,
    );
    expect(elsewhere.requests).toEqual([]);
  });

  it('follows a same-origin redirect, keeping the method and body', async () => {
    server.redirectTo = `${server.baseUrl}/ok/Users`;
    const exchange = await clientFor('redirect').transport.exchange('POST', '/Users', { json: { a: 1 } });
    expect(exchange).toMatchObject({ status: 200, body: { totalResults: 0 } });
    expect(server.requests.at(-1)).toEqual({ method: 'POST', path: '/ok', bodyBytes: 7 });
  });

  it('names https to http as a weaker scheme, and stops after five hops', () => {
    const from = new URL('https://scim.example.com/scim/v2/Users');
    const to = (location: string, status = 307) => new Response(null, { status, headers: { location } });
    expect(redirectStep(to('http://scim.example.com/scim/v2/Users'), from, 'POST', 0)).toEqual({
      kind: 'refuse',
      reason: 'redirect 307 to http://scim.example.com refused: it leads to a weaker scheme (https to http)',
    });
    expect(redirectStep(to('/scim/v2/Users/1', 303), from, 'POST', 0)).toMatchObject({
      kind: 'follow',
      method: 'GET',
      keepBody: false,
    });
    expect(redirectStep(to('/again'), from, 'GET', 5)).toEqual({ kind: 'refuse', reason: 'more than 5 redirects' });
  });
});

const child = fileURLToPath(new URL('../__fixtures__/hostile-child.ts', import.meta.url));
const RSS_LIMIT_MB = 256;

/** Runs the hostile child with a 64 MB heap and an RSS watchdog; its exit code and JSON verdict. */
function runChild(baseUrl: string, kind: 'client' | 'connector'): Promise<{ code: number | null; result: unknown }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      [
        '--max-old-space-size=64',
        '--conditions=@integrakit/source',
        '--import',
        'tsx',
        child,
        baseUrl,
        kind,
        String(RSS_LIMIT_MB),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
    });
    proc.once('error', reject);
    proc.once('exit', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      resolve({ code, result: line.startsWith('{') ? JSON.parse(line) : out });
    });
  });
}

describe('memory under hostile bodies, in a child process with a 64 MB heap and a 256 MB RSS cap', () => {
  it('survives an endless body with a typed error', { timeout: 60_000 }, async () => {
    const { code, result } = await runChild(`${server.baseUrl}/endless`, 'client');
    expect(result).toMatchObject({ outcome: 'error', name: 'ScimError', code: 'ERR_SCIM_TOO_LARGE' });
    expect(code).toBe(0);
  });

  it('survives a 1 MiB gzip bomb with a typed error', { timeout: 60_000 }, async () => {
    const { code, result } = await runChild(`${server.baseUrl}/bomb`, 'client');
    expect(result).toMatchObject({ outcome: 'error', name: 'ScimError', code: 'ERR_SCIM_TOO_LARGE' });
    expect(code).toBe(0);
  });

  it('runs testConnector against an endless server to a report', { timeout: 60_000 }, async () => {
    const { code, result } = await runChild(`${server.baseUrl}/endless`, 'connector');
    expect(result).toMatchObject({
      outcome: 'failed',
      firstFailure: `GET /ServiceProviderConfig failed: the response body is larger than ${DEFAULT_MAX_BODY_BYTES} bytes`,
    });
    expect(code).toBe(0);
  });
});
