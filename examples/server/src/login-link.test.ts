import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './app.js';
import { errorPage } from './html-errors.js';
import { loginSocketPath, requestLoginLink, serveLoginLinks } from './login-socket.js';
import { startTestServer } from './test-server.js';

let server: RunningServer;
let token: string;
let socketPath: string;
let links: Awaited<ReturnType<typeof serveLoginLinks>>;

beforeAll(async () => {
  ({ server, token } = await startTestServer({ memory: true }));
  socketPath = loginSocketPath(mkdtempSync(join(tmpdir(), 'integrakit-login-')));
  links = await serveLoginLinks(socketPath, () => server.renewLoginUrl());
});
afterAll(async () => {
  links?.close();
  await server?.close();
});

const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { headers, redirect: 'manual' });

describe('fresh login links without a restart', () => {
  it('mints a working one-time link over the data directory socket, which only its owner can open', async () => {
    expect(statSync(socketPath).mode & 0o777).toBe(0o600);
    const first = await requestLoginLink(socketPath);
    const second = await requestLoginLink(socketPath);
    expect(second).not.toBe(first);
    // Minting replaces the unused link: the older one no longer signs in.
    expect((await fetch(first, { redirect: 'manual' })).status).toBe(401);
    const login = await fetch(second, { redirect: 'manual' });
    expect(login.status).toBe(303);
    expect(login.headers.get('set-cookie')).toMatch(/^ik_session=.+HttpOnly/);
    expect((await fetch(second, { redirect: 'manual' })).status).toBe(401);
  });

  it('refuses when no server listens on the socket', async () => {
    await expect(requestLoginLink(join(tmpdir(), `missing-${crypto.randomUUID()}.sock`))).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});

describe('errors a browser lands on are HTML pages', () => {
  it('a used login link says so and how to get a fresh one, without any secret', async () => {
    const response = await get('/login/used-or-made-up', html);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const page = await response.text();
    expect(page).toContain('This login link was already used or is not valid.');
    expect(page).toContain('pnpm login-link');
    expect(page).not.toContain(token);
    expect(page).not.toMatch(/<script|\sstyle=/i);
  });

  it('unknown pages and refused API calls are pages too when the browser asks for HTML', async () => {
    const missing = await get('/no/such/page', html);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('There is no page at /no/such/page.');
    const api = await get('/api/v1/apps', html);
    expect(api.status).toBe(401);
    expect(await api.text()).toContain('<h1>Sign-in needed</h1>');
  });

  it('API clients keep Okta error JSON', async () => {
    for (const accept of ['application/json', '*/*']) {
      const response = await get('/login/made-up', { accept });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ errorCode: 'E0000011' });
    }
  });

  it('escapes the summary it shows', () => {
    const page = errorPage(400, '<img src=x onerror=alert(1)> & "quotes"');
    expect(page).not.toContain('<img');
    expect(page).toContain('&#60;img src=x onerror=alert(1)&#62; &#38; &#34;quotes&#34;');
  });
});
