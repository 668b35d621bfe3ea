import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './app.js';

const MAX_BODY_DEPTH = 32;
const DEFAULT_AUTH_FAILURE_LIMIT = 20;

import { startTestServer } from './test-server.js';

let server: RunningServer;
let token: string;
beforeAll(async () => {
  ({ server, token } = await startTestServer());
});
afterAll(() => server.close());

interface Sent {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly json: unknown;
}

/** A raw HTTP request, so the `Host` header and the source address are ours to choose. */
function send(
  method: string,
  path: string,
  options: { body?: string; headers?: Record<string, string>; from?: string } = {},
): Promise<Sent> {
  const url = new URL(path, server.url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        method,
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        headers: { authorization: `SSWS ${token}`, 'content-type': 'application/json', ...options.headers },
        ...(options.from ? { localAddress: options.from } : {}),
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, json: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const person = (name: string) => ({
  login: `${name}@example.com`,
  email: `${name}@example.com`,
  firstName: name,
  lastName: 'Hostile',
});
const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('the reference server under hostile requests', () => {
  it('refuses a profile nested 10,000 deep with 400 E0000001, not 500', async () => {
    const body = `{"profile":{"login":"deep@example.com","email":"deep@example.com","x":${nested(10_000)}}}`;
    const response = await send('POST', '/api/v1/users', { body });
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({
      errorCode: 'E0000001',
      errorCauses: [{ errorSummary: `body: nested deeper than ${MAX_BODY_DEPTH} levels of objects and arrays` }],
    });
  });

  it('counts nesting only outside strings, and lets the depth limit itself through', async () => {
    const brackets = '[{'.repeat(100);
    const user = await send('POST', '/api/v1/users', {
      body: JSON.stringify({
        profile: { ...person('brackets'), nickName: brackets },
      }),
    });
    expect(user.status).toBe(200);
    const atLimit = await send('POST', '/api/v1/apps', { body: nested(MAX_BODY_DEPTH) });
    expect(atLimit).toMatchObject({ status: 400, json: { errorCode: 'E0000001' } });
    expect(JSON.stringify(atLimit.json)).not.toContain('nested deeper');
    const overLimit = await send('POST', '/api/v1/apps', { body: nested(MAX_BODY_DEPTH + 1) });
    expect(JSON.stringify(overLimit.json)).toContain('nested deeper');
  });

  it('writes the configured origin into _links and Link, whatever the Host header says', async () => {
    const headers = { host: 'evil.example:666' };
    const created = await send('POST', '/api/v1/users', {
      headers,
      body: JSON.stringify({ profile: person('host') }),
    });
    expect(created.json).toMatchObject({ _links: { self: { href: expect.stringMatching(`^${server.url}/`) } } });
    const listed = await send('GET', '/api/v1/users?limit=1', { headers });
    expect(listed.headers.link).toMatch(new RegExp(`^<${server.url}/api/v1/users\\?limit=1>; rel="self"`));
    expect(String(listed.headers.link)).not.toContain('evil.example');
    expect(JSON.stringify(listed.json)).not.toContain('evil.example');
  });

  it('sends Cache-Control: no-store on every API response, secrets or errors', async () => {
    const app = await send('POST', '/api/v1/apps', {
      body: JSON.stringify({
        name: 'oidc_client',
        label: 'No Store',
        signOnMode: 'OPENID_CONNECT',
        credentials: { oauthClient: { token_endpoint_auth_method: 'client_secret_basic' } },
        settings: { oauthClient: { application_type: 'service', grant_types: ['client_credentials'] } },
      }),
    });
    expect(app.status).toBe(200);
    expect(JSON.stringify(app.json)).toContain('client_secret');
    const missing = await send('GET', '/api/v1/apps/nope');
    const refused = await send('GET', '/api/v1/apps', { headers: { authorization: 'SSWS nope' }, from: '127.0.0.3' });
    for (const response of [app, missing, refused]) expect(response.headers['cache-control']).toBe('no-store');
  });

  it('throttles failed SSWS attempts per source with 429 E0000047, even for the right token', async () => {
    const wrong = { authorization: 'SSWS wrong-token', from: '127.0.0.2' };
    const statuses: number[] = [];
    for (let attempt = 0; attempt < DEFAULT_AUTH_FAILURE_LIMIT + 5; attempt += 1) {
      statuses.push(
        (await send('GET', '/api/v1/apps', { headers: { authorization: wrong.authorization }, from: wrong.from }))
          .status,
      );
    }
    expect(statuses).toEqual([...Array(DEFAULT_AUTH_FAILURE_LIMIT).fill(401), ...Array(5).fill(429)]);
    const blocked = await send('GET', '/api/v1/apps', { from: wrong.from });
    expect(blocked).toMatchObject({ status: 429, json: { errorCode: 'E0000047' } });
    expect(Number(blocked.headers['x-rate-limit-reset'])).toBeGreaterThan(Date.now() / 1000);
    // Another source is not punished for this one's guesses.
    expect((await send('GET', '/api/v1/apps', { from: '127.0.0.1' })).status).toBe(200);
  });
});
