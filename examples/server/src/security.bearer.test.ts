import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { type BearerPrincipal, createSecurity } from './security.js';

const ORIGIN = 'http://portal.test';
const TOKEN = 'ssws-token-0123456789abcdef';

/** The security middleware in front of the apps API, with a bearer verifier that knows `tokens` (or none). */
function guarded(tokens?: Record<string, BearerPrincipal>, rateLimit = 100) {
  const verified: string[] = [];
  const bearer =
    tokens === undefined
      ? undefined
      : async (_c: unknown, token: string) => {
          verified.push(token);
          return tokens[token];
        };
  const security = createSecurity({ apiToken: TOKEN, rateLimit, rateWindowMs: 60_000, ...(bearer && { bearer }) });
  const app = new Hono();
  app.get('/login/:code', security.login);
  app.use('/api/*', security.api);
  app.all('/api/v1/apps', (c) => c.json({ ok: true }));
  const call = (method: string, headers: Record<string, string> = {}) =>
    app.request(`${ORIGIN}/api/v1/apps`, { method, headers });
  return { app, security, call, verified };
}

async function refusal(response: Response) {
  const body = (await response.json()) as { errorCode: unknown; errorSummary: unknown };
  return { status: response.status, errorCode: body.errorCode, summary: body.errorSummary };
}

const reader: BearerPrincipal = { clientId: 'reader', scopes: ['okta.apps.read'] };
const manager: BearerPrincipal = { clientId: 'manager', scopes: ['okta.apps.manage'] };

describe('Bearer tokens', () => {
  it('hands the verifier the token after the scheme and lets a valid one in', async () => {
    const { call, verified } = guarded({ 'read-token': reader });
    expect((await call('GET', { authorization: 'Bearer read-token' })).status).toBe(200);
    expect(verified).toEqual(['read-token']);
  });

  it('refuses a token the verifier does not know with 401 E0000011', async () => {
    const { call } = guarded({ 'read-token': reader });
    expect(await refusal(await call('GET', { authorization: 'Bearer other-token' }))).toEqual({
      status: 401,
      errorCode: 'E0000011',
      summary: 'Invalid token provided',
    });
  });

  it('refuses every Bearer token when no verifier is configured', async () => {
    const { call } = guarded();
    expect(await refusal(await call('GET', { authorization: 'Bearer read-token' }))).toMatchObject({
      status: 401,
      errorCode: 'E0000011',
    });
  });

  it('asks the verifier only about Bearer headers', async () => {
    const { app, security, call, verified } = guarded({ 'read-token': reader });
    expect((await call('GET', { authorization: 'SSWS wrong-token' })).status).toBe(401);
    expect((await call('GET', { authorization: `SSWS ${TOKEN}` })).status).toBe(200);
    const login = await app.request(`${ORIGIN}${security.loginPath}`);
    const cookie = /^ik_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')?.[0] ?? '';
    expect((await call('GET', { cookie })).status).toBe(200);
    expect(verified).toEqual([]);
  });

  it('lets a read scope list but not create: 403 E0000006 with insufficient_scope', async () => {
    const { call } = guarded({ 'read-token': reader });
    const authorization = 'Bearer read-token';
    expect((await call('GET', { authorization })).status).toBe(200);
    const create = await call('POST', { authorization });
    expect(create.headers.get('www-authenticate')).toBe('Bearer error="insufficient_scope"');
    expect(await refusal(create)).toEqual({
      status: 403,
      errorCode: 'E0000006',
      summary: 'You do not have permission to perform the requested action',
    });
  });

  it('lets a manage scope both list and create', async () => {
    const { call } = guarded({ 'manage-token': manager });
    const authorization = 'Bearer manage-token';
    expect((await call('GET', { authorization })).status).toBe(200);
    const create = await call('POST', { authorization });
    expect(create.status).toBe(200);
    expect(create.headers.get('www-authenticate')).toBeNull();
  });

  it('refuses a token with no scopes even for reads', async () => {
    const { call } = guarded({ 'bare-token': { clientId: 'bare', scopes: [] } });
    const response = await call('GET', { authorization: 'Bearer bare-token' });
    expect(response.headers.get('www-authenticate')).toBe('Bearer error="insufficient_scope"');
    expect(await refusal(response)).toMatchObject({ status: 403, errorCode: 'E0000006' });
  });

  it('keeps one rate-limit budget per client, apart from the SSWS token', async () => {
    const { call } = guarded({ 'read-token': reader, 'manage-token': manager }, 1);
    expect((await call('GET', { authorization: 'Bearer read-token' })).status).toBe(200);
    expect((await call('GET', { authorization: 'Bearer manage-token' })).status).toBe(200);
    expect((await call('GET', { authorization: `SSWS ${TOKEN}` })).status).toBe(200);
    expect((await call('GET', { authorization: 'Bearer read-token' })).status).toBe(429);
  });
});

describe('renewLoginPath', () => {
  it('replaces the login code: the new path signs in, the old one is refused', async () => {
    const { app, security } = guarded();
    const old = security.loginPath ?? '';
    const renewed = security.renewLoginPath();
    expect(renewed).toMatch(/^\/login\/[\w-]{32}$/);
    expect(renewed).not.toBe(old);
    expect(security.loginPath).toBe(renewed);
    expect(await refusal(await app.request(`${ORIGIN}${old}`))).toMatchObject({ status: 401, errorCode: 'E0000011' });
    expect((await app.request(`${ORIGIN}${renewed}`)).status).toBe(303);
  });

  it('issues a fresh code after the last one was used', async () => {
    const { app, security } = guarded();
    expect((await app.request(`${ORIGIN}${security.loginPath}`)).status).toBe(303);
    expect(security.loginPath).toBeUndefined();
    const renewed = security.renewLoginPath();
    expect(security.renewLoginPath()).not.toBe(renewed);
    expect((await app.request(`${ORIGIN}${security.loginPath}`)).status).toBe(303);
  });
});
