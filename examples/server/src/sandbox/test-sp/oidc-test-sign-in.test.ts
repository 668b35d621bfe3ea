import { inspectPasted } from '@integrakit/core/inspection';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { browser } from '../../__fixtures__/browser.js';
import { assign, createApp, oidcApp, signInAt } from '../__fixtures__/oidc.js';
import { SEEDED_PASSWORD, signedIn, startSandboxServer } from '../__fixtures__/sandbox-server.js';
import { receivedOf } from './__fixtures__/received.js';

// OIDC Test sign-in: the test SP as the relying party (code + PKCE) on the run's transient redirect URI.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 180_000 });

let sandbox: Awaited<ReturnType<typeof startSandboxServer>>;
beforeAll(async () => {
  sandbox = await startSandboxServer();
});
afterAll(async () => {
  await sandbox?.close();
});

const webApp = (label: string) =>
  oidcApp(label, { type: 'web', method: 'client_secret_basic', grants: ['authorization_code'] });

const startTest = async (appId: string) => {
  const started = await sandbox.call('POST', `/api/v1/apps/${appId}/test-sign-in`);
  expect(started.status).toBe(201);
  return new URL(started.json.url as string);
};

type Received = { value: string; issuer: string; app: { id: string; credentials: object } };

/** Runs the test sign-in of `appId` as grace; the last response (the report page, or a refusal). */
const runAsGrace = async (appId: string) => {
  const { response } = await signInAt(sandbox, await startTest(appId), {
    login: 'grace@example.com',
    password: SEEDED_PASSWORD,
    person: browser(),
  });
  return response;
};

describe('OIDC Test sign-in', () => {
  it.each([
    ['a web app (client secret)', webApp('Tested Portal')],
    ['a SPA (none + PKCE)', oidcApp('Tested SPA', { type: 'browser', method: 'none', grants: ['authorization_code'] })],
  ])('signs in to %s and shows the ID token it received, with no problems', async (_name, body) => {
    const app = await createApp(sandbox, body);
    await assign(sandbox, app.id, 'grace@example.com');
    const report = await runAsGrace(app.id);
    const html = await report.text();
    expect(report.status).toBe(200);
    expect(new URL(report.url).pathname).toMatch(/^\/sandbox\/test-sp\/[\w-]+\/callback$/);
    expect(html).toContain('Integrakit sandbox identity provider');
    expect(html).toContain('<ik-inspector></ik-inspector>');
    const received = receivedOf<Received>(html);
    expect(received.app.id).toBe(app.id);
    expect(received.issuer).toBe(sandbox.url);
    // The page inspects the token itself: the same inspection here finds nothing wrong.
    const inspection = await inspectPasted(received.value, received);
    expect(inspection.problems).toEqual([]);
    expect(inspection.kind === 'token' && inspection.claims?.preferred_username).toBe('grace@example.com');
    expect(inspection.kind === 'token' && inspection.claims?.aud).toBe(app.clientId);
    // The client secret is never on the page.
    if (app.secret !== undefined) expect(html).not.toContain(app.secret);
    expect((received.app.credentials as { oauthClient: object }).oauthClient).not.toHaveProperty('client_secret');
  });

  it('ends on the refusal for a person who is not assigned', async () => {
    const app = await createApp(sandbox, webApp('Unassigned Portal'));
    const report = await runAsGrace(app.id);
    expect(report.status).toBe(400);
    expect(await report.text()).toContain('access_denied: User is not assigned to the client application.');
  });

  it('accepts a transient redirect URI only for its own run and app, once', async () => {
    const app = await createApp(sandbox, webApp('Redirect Portal'));
    const other = await createApp(sandbox, webApp('Other Portal'));
    await assign(sandbox, app.id, 'grace@example.com');
    await assign(sandbox, other.id, 'grace@example.com');
    const person = await signedIn(sandbox.url);
    const authorize = (clientId: string, redirectUri: string) => {
      const url = new URL('/oauth2/v1/authorize', sandbox.url);
      url.search = new URLSearchParams({
        client_id: clientId,
        response_type: 'code',
        scope: 'openid',
        redirect_uri: redirectUri,
        state: 'state-1',
        code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
        code_challenge_method: 'S256',
      }).toString();
      return untilCallback(url.href);
    };
    // Follows the provider's redirects on this server, stopping before the test SP's callback.
    const untilCallback = async (href: string) => {
      let response = await person.request(href);
      for (let hops = 0; hops < 10; hops += 1) {
        const location = response.headers.get('location');
        if (location === null || location.includes('/sandbox/test-sp/')) return response;
        response = await person.request(new URL(location, sandbox.url).href);
      }
      throw new Error('too many redirects');
    };
    const redirected = (response: Response) => response.headers.get('location') ?? '';

    // No run: a URI of the test SP's shape is not registered, so the provider refuses it.
    const made = await authorize(app.clientId, `${sandbox.url}/sandbox/test-sp/no-such-run/callback`);
    expect(made.status).toBe(400);
    expect(await made.text()).toContain('redirect_uri did not match any of the client');

    // A live run: its URI works for its own app, not for another.
    const ticket = await person.request((await startTest(app.id)).href);
    const authorizeUrl = new URL(redirected(ticket), sandbox.url);
    const runUri = authorizeUrl.searchParams.get('redirect_uri') ?? '';
    expect(runUri).toMatch(new RegExp(`^${sandbox.url}/sandbox/test-sp/[\\w-]+/callback$`));
    const refused = await authorize(other.clientId, runUri);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('redirect_uri did not match any of the client');
    const accepted = await authorize(app.clientId, runUri);
    expect(redirected(accepted).startsWith(`${runUri}?`)).toBe(true);

    // The run's callback takes it: afterwards the URI is refused again.
    expect((await person.follow(authorizeUrl.href, sandbox.url)).status).toBe(200);
    const after = await authorize(app.clientId, runUri);
    expect(after.status).toBe(400);
  });

  it('is refused for apps the test SP cannot be the client of', async () => {
    const service = await createApp(
      sandbox,
      oidcApp('Service', { type: 'service', method: 'client_secret_basic', grants: ['client_credentials'] }),
    );
    const implicitOnly = await createApp(
      sandbox,
      oidcApp('Implicit', { type: 'browser', method: 'none', grants: ['implicit'], responseTypes: ['id_token'] }),
    );
    for (const [id, rule] of [
      [service.id, /^credentials\.oauthClient\.token_endpoint_auth_method:/],
      [implicitOnly.id, /^settings\.oauthClient\.grant_types:/],
    ] as const) {
      const refused = await sandbox.call('POST', `/api/v1/apps/${id}/test-sign-in`);
      expect(refused.status).toBe(400);
      expect(refused.json.errorCauses[0].errorSummary).toMatch(rule);
    }
  });
});
