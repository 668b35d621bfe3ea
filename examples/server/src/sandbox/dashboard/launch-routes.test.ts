import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ORIGIN, assign, createApp, oidcApp } from '../__fixtures__/oidc.js';
import { signedIn, startSandboxServer } from '../__fixtures__/sandbox-server.js';

// The dashboard's launch URLs of OIDC and SWA apps: where a click on the tile goes.
let sandbox: Awaited<ReturnType<typeof startSandboxServer>>;
beforeAll(async () => {
  sandbox = await startSandboxServer();
}, 120_000);
afterAll(async () => {
  await sandbox?.close();
});

const linkOf = async (appId: string) => {
  const userId = await sandbox.userId('grace@example.com');
  const links = (await sandbox.call('GET', `/api/v1/users/${userId}/appLinks`)).json as {
    appInstanceId: string;
    linkUrl: string;
  }[];
  const link = links.find((each) => each.appInstanceId === appId)?.linkUrl;
  if (link === undefined) throw new Error(`no app link for ${appId}`);
  return link;
};

const web = (label: string, login?: { initiate: string; mode: string }) => {
  const body = oidcApp(label, { type: 'web', method: 'client_secret_basic', grants: ['authorization_code'] });
  if (login === undefined) return body;
  const oauthClient = {
    ...body.settings.oauthClient,
    initiate_login_uri: login.initiate,
    idp_initiated_login: { mode: login.mode, default_scope: [] },
  };
  return { ...body, settings: { ...body.settings, oauthClient } };
};

describe('dashboard launch URLs', () => {
  it("sends an OIDC app's tile to its initiate-login URI with the issuer (third-party initiated login)", async () => {
    const app = await createApp(sandbox, web('Expenses', { initiate: `${APP_ORIGIN}/login?from=okta`, mode: 'SPEC' }));
    await assign(sandbox, app.id, 'grace@example.com');
    const grace = await signedIn(sandbox.url);
    const launched = await grace.request(await linkOf(app.id));
    expect(launched.status).toBe(302);
    const target = new URL(launched.headers.get('location') ?? '');
    expect(`${target.origin}${target.pathname}`).toBe(`${APP_ORIGIN}/login`);
    expect(Object.fromEntries(target.searchParams)).toEqual({ from: 'okta', iss: sandbox.url });
  });

  it('has no launch for an OIDC app only the app may start', async () => {
    const app = await createApp(sandbox, web('App only'));
    await assign(sandbox, app.id, 'grace@example.com');
    const grace = await signedIn(sandbox.url);
    expect((await grace.request(await linkOf(app.id))).status).toBe(404);
  });

  it("opens an SWA app's login page", async () => {
    const created = await sandbox.call('POST', '/api/v1/apps', {
      label: 'Legacy portal',
      signOnMode: 'AUTO_LOGIN',
      settings: { signOn: { loginUrl: `${APP_ORIGIN}/legacy/login` } },
    });
    expect(created.status).toBe(200);
    await assign(sandbox, created.json.id, 'grace@example.com');
    const grace = await signedIn(sandbox.url);
    const launched = await grace.request(await linkOf(created.json.id));
    expect(launched.status).toBe(302);
    expect(launched.headers.get('location')).toBe(`${APP_ORIGIN}/legacy/login`);
  });
});
