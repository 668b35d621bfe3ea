import { createRemoteJWKSet, exportJWK, generateKeyPair, jwtVerify } from 'jose';
import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { browser } from '../../__fixtures__/browser.js';
import { APP_ORIGIN, assign, codeFlow, createApp, discover, oidcApp, signInAt } from '../__fixtures__/oidc.js';
import { SEEDED_PASSWORD, startSandboxServer } from '../__fixtures__/sandbox-server.js';

// Key generation, scrypt sign-ins and a restart: seconds each on a loaded two-core machine.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 120_000 });

let sandbox: Awaited<ReturnType<typeof startSandboxServer>>;

beforeAll(async () => {
  sandbox = await startSandboxServer();
});
afterAll(async () => {
  await sandbox.close();
});

const keys = () => createRemoteJWKSet(new URL(`${sandbox.url}/oauth2/v1/keys`));

describe('discovery', () => {
  it('publishes the org authorization server on Okta’s paths, issuer = the server’s origin', async () => {
    const response = await fetch(`${sandbox.url}/.well-known/openid-configuration`);
    const meta = (await response.json()) as Record<string, unknown>;
    expect(meta.issuer).toBe(sandbox.url);
    for (const [key, path] of Object.entries({
      authorization_endpoint: 'authorize',
      token_endpoint: 'token',
      jwks_uri: 'keys',
      userinfo_endpoint: 'userinfo',
      end_session_endpoint: 'logout',
      introspection_endpoint: 'introspect',
      revocation_endpoint: 'revoke',
    })) {
      expect(meta[key]).toBe(`${sandbox.url}/oauth2/v1/${path}`);
    }
  });
});

describe('web app (client_secret_basic): code + PKCE, refresh, userinfo, logout', () => {
  it('signs an assigned person in and issues Okta’s claims, verified against /oauth2/v1/keys', async () => {
    const app = await createApp(
      sandbox,
      oidcApp('Sandbox web app', {
        type: 'web',
        method: 'client_secret_basic',
        grants: ['authorization_code', 'refresh_token'],
      }),
    );
    await assign(sandbox, app.id, 'ada@example.com');
    const config = await discover(sandbox, app.clientId, client.ClientSecretBasic(app.secret));
    const flow = await codeFlow(sandbox, config, {
      login: 'ada@example.com',
      password: SEEDED_PASSWORD,
      scope: 'openid profile email groups offline_access',
    });
    expect(flow.callback?.origin).toBe(APP_ORIGIN);
    expect(flow.callback?.searchParams.get('error')).toBeNull();
    const tokens = await client.authorizationCodeGrant(config, flow.callback as URL, {
      pkceCodeVerifier: flow.verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
    });
    const adaId = await sandbox.userId('ada@example.com');
    const { payload, protectedHeader } = await jwtVerify(tokens.id_token as string, keys(), {
      issuer: sandbox.url,
      audience: app.clientId,
    });
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload).toMatchObject({
      sub: adaId,
      ver: 1,
      email: 'ada@example.com',
      name: 'Ada Lovelace',
      preferred_username: 'ada@example.com',
      nonce: flow.nonce,
      amr: ['pwd'],
    });
    expect(payload.groups).toEqual(['Engineering']);
    expect(payload.jti).toMatch(/^ID\./);
    expect(typeof payload.auth_time).toBe('number');

    const info = await client.fetchUserInfo(config, tokens.access_token, adaId);
    expect(info).toMatchObject({ sub: adaId, preferred_username: 'ada@example.com', email: 'ada@example.com' });

    expect(tokens.refresh_token).toBeTypeOf('string');
    const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token as string);
    expect(refreshed.access_token).not.toBe(tokens.access_token);
    await jwtVerify(refreshed.id_token as string, keys(), { issuer: sandbox.url, audience: app.clientId });

    // Introspection: the app learns about its own token; another app's client learns nothing.
    const own = await client.tokenIntrospection(config, refreshed.access_token);
    expect(own).toMatchObject({ active: true, client_id: app.clientId });
    const other = await createApp(
      sandbox,
      oidcApp('Sandbox web app, another', {
        type: 'web',
        method: 'client_secret_basic',
        grants: ['authorization_code'],
      }),
    );
    const otherConfig = await discover(sandbox, other.clientId, client.ClientSecretBasic(other.secret));
    expect(await client.tokenIntrospection(otherConfig, refreshed.access_token)).toEqual({ active: false });

    // RP-initiated logout: the sandbox's form submits itself (no confirmation, as Okta); a fetch posts it.
    const logout = client.buildEndSessionUrl(config, {
      id_token_hint: tokens.id_token as string,
      post_logout_redirect_uri: `${APP_ORIGIN}/signed-out`,
      state: 'bye',
    });
    const page = await flow.person.follow(logout.href, sandbox.url);
    const html = await page.text();
    expect(html).toContain('data-autosubmit');
    const action = /<form data-autosubmit id="op.logoutForm" method="post" action="([^"]+)"/.exec(html)?.[1];
    const out = await flow.person.request(new URL(action as string, sandbox.url).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf: flow.person.hidden(html, 'xsrf'), logout: 'yes' }).toString(),
    });
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe(`${APP_ORIGIN}/signed-out?state=bye`);
    const session = await flow.person.request(`${sandbox.url}/sandbox/session`);
    expect(session.status).toBe(303);
    expect((await sandbox.events('user.session.end')).length).toBeGreaterThan(0);
  });

  it('records the authorize and token events without any code, token or secret', async () => {
    const app = await createApp(
      sandbox,
      oidcApp('Sandbox logged app', { type: 'web', method: 'client_secret_post', grants: ['authorization_code'] }),
    );
    await assign(sandbox, app.id, 'grace@example.com');
    const config = await discover(sandbox, app.clientId, client.ClientSecretPost(app.secret));
    const flow = await codeFlow(sandbox, config, { login: 'grace@example.com', password: SEEDED_PASSWORD });
    const code = flow.callback?.searchParams.get('code') as string;
    const tokens = await client.authorizationCodeGrant(config, flow.callback as URL, {
      pkceCodeVerifier: flow.verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
    });
    const authorize = await sandbox.events('app.oauth2.authorize.code');
    const granted = await sandbox.events('app.oauth2.token.grant');
    expect(
      authorize.some((event) => event.outcome.result === 'SUCCESS' && event.actor.alternateId === 'grace@example.com'),
    ).toBe(true);
    expect(granted.some((event) => event.outcome.result === 'SUCCESS')).toBe(true);
    const until = encodeURIComponent(new Date(Date.now() + 1000).toISOString());
    const log = (await sandbox.call('GET', `/api/v1/logs?limit=1000&until=${until}`)).text;
    for (const secret of [code, tokens.access_token, tokens.id_token as string, app.secret, SEEDED_PASSWORD]) {
      expect(log).not.toContain(secret);
    }
  });
});

describe('single-page app (none): code + PKCE', () => {
  it('signs in a person assigned through a group, with no client secret', async () => {
    const app = await createApp(
      sandbox,
      oidcApp('Sandbox SPA', { type: 'browser', method: 'none', grants: ['authorization_code'] }),
    );
    const engineering = (await sandbox.call('GET', '/api/v1/groups?q=Engineering')).json[0].id as string;
    expect((await sandbox.call('PUT', `/api/v1/apps/${app.id}/groups/${engineering}`, {})).status).toBe(200);
    const config = await discover(sandbox, app.clientId, client.None());
    const flow = await codeFlow(sandbox, config, { login: 'alan@example.com', password: SEEDED_PASSWORD });
    const tokens = await client.authorizationCodeGrant(config, flow.callback as URL, {
      pkceCodeVerifier: flow.verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
    });
    const { payload } = await jwtVerify(tokens.id_token as string, keys(), {
      issuer: sandbox.url,
      audience: app.clientId,
    });
    expect(payload.sub).toBe(await sandbox.userId('alan@example.com'));
    expect(tokens.refresh_token).toBeUndefined();
  });
});

describe('implicit flow, where the app allows it', () => {
  it('returns an ID token in the fragment, with the scope claims', async () => {
    const app = await createApp(
      sandbox,
      oidcApp('Sandbox implicit app', {
        type: 'web',
        method: 'client_secret_basic',
        grants: ['authorization_code', 'implicit'],
        responseTypes: ['code', 'id_token'],
        // oidc-provider (as OpenID Connect requires) takes only https URIs for implicit web clients.
        redirectUris: ['https://app.example.test/cb'],
        postLogoutRedirectUris: ['https://app.example.test/signed-out'],
      }),
    );
    await assign(sandbox, app.id, 'katherine@example.com');
    const config = await discover(sandbox, app.clientId, client.ClientSecretBasic(app.secret));
    const url = client.buildAuthorizationUrl(config, {
      response_type: 'id_token',
      redirect_uri: 'https://app.example.test/cb',
      scope: 'openid email',
      state: 'implicit-state',
      nonce: 'implicit-nonce',
    });
    const { callback } = await signInAt(sandbox, url, {
      login: 'katherine@example.com',
      password: SEEDED_PASSWORD,
      person: browser(),
    });
    const fragment = new URLSearchParams(callback?.hash.slice(1));
    expect(callback?.origin).toBe('https://app.example.test');
    expect(fragment.get('state')).toBe('implicit-state');
    const { payload } = await jwtVerify(fragment.get('id_token') as string, keys(), {
      issuer: sandbox.url,
      audience: app.clientId,
    });
    expect(payload).toMatchObject({ email: 'katherine@example.com', nonce: 'implicit-nonce' });
  });
});

describe('API service app: client credentials + private_key_jwt', () => {
  it('gets a token with only the granted okta.* scopes, which lists apps and may not create one', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = { ...(await exportJWK(publicKey)), kid: 'service-key-1', alg: 'ES256', use: 'sig' };
    const app = await createApp(
      sandbox,
      oidcApp('Sandbox API service', {
        type: 'service',
        method: 'private_key_jwt',
        grants: ['client_credentials'],
        responseTypes: ['token'],
        jwks: { keys: [jwk] },
      }),
    );
    const grant = await sandbox.call('POST', `/api/v1/apps/${app.id}/grants`, {
      issuer: sandbox.url,
      scopeId: 'okta.apps.read',
    });
    expect(grant.status).toBe(201);
    const config = await discover(
      sandbox,
      app.clientId,
      client.PrivateKeyJwt({ key: privateKey, kid: 'service-key-1' }),
    );

    await expect(client.clientCredentialsGrant(config, { scope: 'okta.apps.manage' })).rejects.toMatchObject({
      error: 'invalid_scope',
    });
    const tokens = await client.clientCredentialsGrant(config, { scope: 'okta.apps.read' });
    expect(tokens.token_type.toLowerCase()).toBe('bearer');
    const { payload, protectedHeader } = await jwtVerify(tokens.access_token, keys(), {
      issuer: sandbox.url,
      audience: sandbox.url,
    });
    expect(protectedHeader.typ).toBe('at+jwt');
    expect(payload).toMatchObject({ cid: app.clientId, ver: 1, scp: ['okta.apps.read'] });

    const bearer = { Authorization: `Bearer ${tokens.access_token}` };
    const listed = await sandbox.call('GET', '/api/v1/apps', undefined, bearer);
    expect(listed.status).toBe(200);
    expect(listed.json.map((item: { id: string }) => item.id)).toContain(app.id);
    const refused = await sandbox.call(
      'POST',
      '/api/v1/apps',
      oidcApp('Not allowed', { type: 'web', method: 'client_secret_basic', grants: ['authorization_code'] }),
      bearer,
    );
    expect(refused.status).toBe(403);
    expect(refused.json.errorCode).toBe('E0000006');
    expect((await sandbox.call('GET', '/api/v1/users', undefined, bearer)).status).toBe(403);

    // Revoking the grant applies to the token already issued.
    await sandbox.call('DELETE', `/api/v1/apps/${app.id}/grants/${grant.json.id}`);
    expect((await sandbox.call('GET', '/api/v1/apps', undefined, bearer)).status).toBe(403);
  });
});

describe('restarts', () => {
  it('keeps the signing key and the stored tokens: tokens issued before a restart still verify and refresh', async () => {
    const app = await createApp(
      sandbox,
      oidcApp('Sandbox restart app', {
        type: 'web',
        method: 'client_secret_basic',
        grants: ['authorization_code', 'refresh_token'],
      }),
    );
    await assign(sandbox, app.id, 'margaret@example.com');
    const before = await discover(sandbox, app.clientId, client.ClientSecretBasic(app.secret));
    const flow = await codeFlow(sandbox, before, {
      login: 'margaret@example.com',
      password: SEEDED_PASSWORD,
      scope: 'openid offline_access',
    });
    const tokens = await client.authorizationCodeGrant(before, flow.callback as URL, {
      pkceCodeVerifier: flow.verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
    });
    const oldIssuer = sandbox.url;
    await sandbox.restart();
    // The restarted server listens on a new port; the keys are the same, so the old ID token verifies.
    const { payload } = await jwtVerify(tokens.id_token as string, keys(), {
      issuer: oldIssuer,
      audience: app.clientId,
    });
    expect(payload.sub).toBe(await sandbox.userId('margaret@example.com'));
    const after = await discover(sandbox, app.clientId, client.ClientSecretBasic(app.secret));
    const refreshed = await client.refreshTokenGrant(after, tokens.refresh_token as string);
    expect(refreshed.access_token).toBeTypeOf('string');
  });
});
