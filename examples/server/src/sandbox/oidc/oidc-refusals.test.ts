import { exportJWK, generateKeyPair } from 'jose';
import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { browser } from '../../__fixtures__/browser.js';
import { APP_ORIGIN, assign, codeFlow, createApp, discover, oidcApp } from '../__fixtures__/oidc.js';
import { SEEDED_PASSWORD, startSandboxServer } from '../__fixtures__/sandbox-server.js';

// Key generation and scrypt sign-ins: seconds each on a loaded two-core machine.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 120_000 });

let sandbox: Awaited<ReturnType<typeof startSandboxServer>>;
let web: Awaited<ReturnType<typeof createApp>>;

beforeAll(async () => {
  sandbox = await startSandboxServer();
  web = await createApp(
    sandbox,
    oidcApp('Refusals web app', {
      type: 'web',
      method: 'client_secret_basic',
      grants: ['authorization_code', 'refresh_token'],
      pkceRequired: true,
    }),
  );
  await assign(sandbox, web.id, 'ada@example.com');
});
afterAll(async () => {
  await sandbox.close();
});

/** A raw authorization request (no sign-in), as the browser sends it. */
function authorize(params: Record<string, string>) {
  const query = new URLSearchParams({ response_type: 'code', scope: 'openid', state: 's1', nonce: 'n1', ...params });
  return browser().request(`${sandbox.url}/oauth2/v1/authorize?${query}`);
}
const pkce = { code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', code_challenge_method: 'S256' };

describe('authorization requests the sandbox refuses, as Okta does', () => {
  it('an unknown client: an error page, never a redirect', async () => {
    const response = await authorize({ client_id: '0oa-not-a-client', redirect_uri: `${APP_ORIGIN}/cb`, ...pkce });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).toContain('invalid_client');
  });

  it('a redirect URI the app did not register: an error page, never a redirect, logged as a failure', async () => {
    const response = await authorize({ client_id: web.clientId, redirect_uri: `${APP_ORIGIN}/elsewhere`, ...pkce });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).toContain('redirect_uri');
    const failures = (await sandbox.events('app.oauth2.authorize.code')).filter((e) => e.outcome.result === 'FAILURE');
    expect(failures.some((event) => event.outcome.reason?.includes('redirect_uri'))).toBe(true);
  });

  it('a wildcard redirect URI matches one host label, under the app’s wildcard rule only', async () => {
    const wildcard = await createApp(
      sandbox,
      oidcApp('Refusals wildcard app', {
        type: 'web',
        method: 'client_secret_basic',
        grants: ['authorization_code'],
        redirectUris: ['https://*.example.test/cb'],
        wildcard: true,
      }),
    );
    const allowed = await authorize({
      client_id: wildcard.clientId,
      redirect_uri: 'https://tenant-7.example.test/cb',
      ...pkce,
    });
    expect(allowed.status).toBe(303);
    expect(allowed.headers.get('location')).toMatch(/^\/sandbox\/oidc\/interaction\//);
    for (const redirect of [
      'https://a.b.example.test/cb',
      'https://evil.test/.example.test/cb',
      'https://tenant.example.test/cb2',
    ]) {
      const refused = await authorize({ client_id: wildcard.clientId, redirect_uri: redirect, ...pkce });
      expect(refused.status, redirect).toBe(400);
    }
  });

  it('PKCE missing where the app requires it: the app gets invalid_request', async () => {
    const response = await authorize({ client_id: web.clientId, redirect_uri: `${APP_ORIGIN}/cb` });
    const location = new URL(response.headers.get('location') ?? '', sandbox.url);
    expect(location.origin).toBe(APP_ORIGIN);
    expect(location.searchParams.get('error')).toBe('invalid_request');
    expect(location.searchParams.get('error_description')).toMatch(/PKCE/);
  });

  it('the implicit flow for an app without the implicit grant: refused', async () => {
    const response = await authorize({
      client_id: web.clientId,
      redirect_uri: `${APP_ORIGIN}/cb`,
      response_type: 'id_token',
    });
    const location = new URL(response.headers.get('location') ?? '', sandbox.url);
    expect(location.origin).toBe(APP_ORIGIN);
    const answer = new URLSearchParams(location.hash.slice(1));
    expect(answer.get('error')).toBe('invalid_request');
    expect(answer.get('error_description')).toBe('requested response_type is not allowed for this client');
    expect(answer.get('id_token')).toBeNull();
  });

  it('a person not assigned to the app: access_denied with Okta’s description, logged as a failure', async () => {
    const config = await discover(sandbox, web.clientId, client.ClientSecretBasic(web.secret));
    const flow = await codeFlow(sandbox, config, { login: 'tim@example.com', password: SEEDED_PASSWORD });
    expect(flow.callback?.origin).toBe(APP_ORIGIN);
    expect(flow.callback?.searchParams.get('error')).toBe('access_denied');
    expect(flow.callback?.searchParams.get('error_description')).toBe(
      'User is not assigned to the client application.',
    );
    expect(flow.callback?.searchParams.get('code')).toBeNull();
    const failures = (await sandbox.events('app.oauth2.authorize.code')).filter((e) => e.outcome.result === 'FAILURE');
    expect(
      failures.some(
        (event) => event.actor.alternateId === 'tim@example.com' && event.outcome.reason?.includes('not assigned'),
      ),
    ).toBe(true);
  });

  it('an inactive app: an unknown client at the authorization and token endpoints', async () => {
    const app = await createApp(
      sandbox,
      oidcApp('Refusals inactive app', { type: 'web', method: 'client_secret_basic', grants: ['authorization_code'] }),
    );
    expect((await authorize({ client_id: app.clientId, redirect_uri: `${APP_ORIGIN}/cb`, ...pkce })).status).toBe(303);
    expect((await sandbox.call('POST', `/api/v1/apps/${app.id}/lifecycle/deactivate`)).status).toBe(200);
    const response = await authorize({ client_id: app.clientId, redirect_uri: `${APP_ORIGIN}/cb`, ...pkce });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('invalid_client');
    const token = await fetch(`${sandbox.url}/oauth2/v1/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${app.clientId}:${app.secret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=authorization_code&code=x&redirect_uri=http%3A%2F%2F127.0.0.1%3A9%2Fcb',
    });
    expect(token.status).toBe(401);
    expect(((await token.json()) as { error: string }).error).toBe('invalid_client');
  });
});

describe('token requests the sandbox refuses', () => {
  it('a reused code: invalid_grant, and the tokens issued from it are revoked', async () => {
    const config = await discover(sandbox, web.clientId, client.ClientSecretBasic(web.secret));
    const flow = await codeFlow(sandbox, config, {
      login: 'ada@example.com',
      password: SEEDED_PASSWORD,
      scope: 'openid offline_access',
    });
    const checks = { pkceCodeVerifier: flow.verifier, expectedState: flow.state, expectedNonce: flow.nonce };
    const tokens = await client.authorizationCodeGrant(config, flow.callback as URL, checks);
    expect((await client.tokenIntrospection(config, tokens.access_token)).active).toBe(true);
    await expect(client.authorizationCodeGrant(config, flow.callback as URL, checks)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
    expect((await client.tokenIntrospection(config, tokens.access_token)).active).toBe(false);
    await expect(client.refreshTokenGrant(config, tokens.refresh_token as string)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
  });

  it('a client assertion signed with a key the app does not have: invalid_client', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = { ...(await exportJWK(publicKey)), kid: 'registered', alg: 'ES256', use: 'sig' };
    const app = await createApp(
      sandbox,
      oidcApp('Refusals service app', {
        type: 'service',
        method: 'private_key_jwt',
        grants: ['client_credentials'],
        responseTypes: ['token'],
        jwks: { keys: [jwk] },
      }),
    );
    await sandbox.call('POST', `/api/v1/apps/${app.id}/grants`, { issuer: sandbox.url, scopeId: 'okta.users.read' });
    const other = await generateKeyPair('ES256', { extractable: true });
    const forged = await discover(
      sandbox,
      app.clientId,
      client.PrivateKeyJwt({ key: other.privateKey, kid: 'registered' }),
    );
    await expect(client.clientCredentialsGrant(forged, { scope: 'okta.users.read' })).rejects.toMatchObject({
      error: 'invalid_client',
    });
    const genuine = await discover(sandbox, app.clientId, client.PrivateKeyJwt({ key: privateKey, kid: 'registered' }));
    expect((await client.clientCredentialsGrant(genuine, { scope: 'okta.users.read' })).access_token).toBeTypeOf(
      'string',
    );
  });
});

describe('management API Bearer tokens', () => {
  it('refuses a token the sandbox did not issue, and an ID token, with 401', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const { SignJWT } = await import('jose');
    const forged = await new SignJWT({ scope: 'okta.apps.read', client_id: web.clientId })
      .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt' })
      .setIssuer(sandbox.url)
      .setAudience(sandbox.url)
      .setExpirationTime('1h')
      .sign(privateKey);
    for (const token of [forged, 'not-a-jwt']) {
      const response = await sandbox.call('GET', '/api/v1/apps', undefined, { Authorization: `Bearer ${token}` });
      expect(response.status).toBe(401);
      expect(response.json.errorCode).toBe('E0000011');
    }
  });
});
