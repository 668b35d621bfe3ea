import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeCertificate } from '../../../../../packages/protocols/src/xml/__fixtures__/certs.js';
import { signedIn, startSandboxServer } from '../__fixtures__/sandbox-server.js';
import { autoPost, type IdpFacts, idpFacts, nodeSamlSp, SP, samlAppBody } from './__fixtures__/saml-peers.js';

// An app that requires signed AuthnRequests and offers single logout, with node-saml as its SP.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 180_000 });

const spKey = makeCertificate({ cn: 'wiki.example.test', slot: 2 });
const otherKey = makeCertificate({ cn: 'mallory.example.test', slot: 3 });
const LOGOUT_URL = 'https://wiki.example.test/saml/logout';

let sandbox: Awaited<ReturnType<typeof startSandboxServer>>;
let idp: IdpFacts;

beforeAll(async () => {
  sandbox = await startSandboxServer();
  const body = samlAppBody('Signed Wiki', {
    signedRequests: true,
    spCertificate: spKey.base64,
    singleLogout: { logoutUrl: LOGOUT_URL, spIssuer: SP.entityId },
  });
  const created = await sandbox.call('POST', '/api/v1/apps', body);
  expect(created.status).toBe(200);
  expect(created.json.settings.signOn.samlSignedRequestEnabled).toBe(true);
  const graceId = await sandbox.userId('grace@example.com');
  expect((await sandbox.call('POST', `/api/v1/apps/${created.json.id}/users`, { id: graceId })).status).toBe(200);
  idp = idpFacts((await sandbox.call('GET', `/api/v1/apps/${created.json.id}/sso/saml/metadata`)).text);
});
afterAll(async () => {
  await sandbox?.close();
});

const signer = (key: typeof spKey, overrides: Record<string, unknown> = {}) =>
  nodeSamlSp(idp, { privateKey: key.privateKeyPem, signatureAlgorithm: 'sha256', ...overrides });

describe('an app that requires signed requests', () => {
  it('accepts a Redirect request signed with the SP key (RelayState with spaces and +)', async () => {
    const sp = signer(spKey);
    const person = await signedIn(sandbox.url);
    const page = await person.follow(await sp.getAuthorizeUrlAsync('relay 1+2', undefined, {}), sandbox.url);
    const { fields } = autoPost(await page.text());
    expect(fields.RelayState).toBe('relay 1+2');
    expect((await sp.validatePostResponseAsync({ SAMLResponse: fields.SAMLResponse as string })).profile?.nameID).toBe(
      'grace',
    );
  });

  it('accepts a POST request with an XML signature, and then any ACS the signed request names', async () => {
    const sp = signer(spKey, { authnRequestBinding: 'HTTP-POST', callbackUrl: 'https://dynamic.example.test/acs' });
    const form = autoPost(await sp.getAuthorizeFormAsync(''));
    const person = await signedIn(sandbox.url);
    const page = await person.request(form.action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form.fields).toString(),
    });
    expect(autoPost(await page.text()).action).toBe('https://dynamic.example.test/acs');
  });

  it.each([
    ['an unsigned request', () => nodeSamlSp(idp)],
    ['a request signed with another key', () => signer(otherKey)],
  ])('refuses %s', async (_name, makeSp) => {
    const person = await signedIn(sandbox.url);
    const page = await person.follow(await makeSp().getAuthorizeUrlAsync('', undefined, {}), sandbox.url);
    expect(page.status).toBe(400);
    expect(await page.text()).toContain('Signature:');
  });

  it('refuses a signed Redirect request whose RelayState was changed', async () => {
    const url = await signer(spKey).getAuthorizeUrlAsync('original', undefined, {});
    const person = await signedIn(sandbox.url);
    const page = await person.follow(url.replace('RelayState=original', 'RelayState=changed'), sandbox.url);
    expect(page.status).toBe(400);
  });
});

describe('single logout', () => {
  it('ends the IdP session and posts a signed LogoutResponse that node-saml accepts', async () => {
    const person = await signedIn(sandbox.url);
    // node-saml checks InResponseTo only on login responses; the test reads it itself.
    const sp = signer(spKey, { logoutUrl: idp.sloUrl, logoutCallbackUrl: LOGOUT_URL, validateInResponseTo: 'never' });
    const logoutUrl = await sp.getLogoutUrlAsync(
      { issuer: SP.entityId, nameID: 'grace', nameIDFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified' },
      'bye',
      {},
    );
    const page = await person.follow(logoutUrl, sandbox.url);
    expect(page.status).toBe(200);
    const { action, fields } = autoPost(await page.text());
    expect(action).toBe(LOGOUT_URL);
    expect(fields.RelayState).toBe('bye');
    const result = await sp.validatePostResponseAsync({ SAMLResponse: fields.SAMLResponse as string });
    expect(result.loggedOut).toBe(true);
    const request = inflateRawSync(Buffer.from(new URL(logoutUrl).searchParams.get('SAMLRequest') ?? '', 'base64'));
    const requestId = /ID="([^"]+)"/.exec(request.toString('utf8'))?.[1];
    expect(Buffer.from(fields.SAMLResponse as string, 'base64').toString('utf8')).toContain(
      `InResponseTo="${requestId}"`,
    );
    const session = await person.request(`${sandbox.url}/sandbox/session`);
    expect(session.status).toBe(303);
    // The same LogoutRequest again is a replay.
    expect((await (await signedIn(sandbox.url)).follow(logoutUrl, sandbox.url)).status).toBe(400);
  });

  it('refuses an unsigned LogoutRequest and keeps the session', async () => {
    const person = await signedIn(sandbox.url);
    const sp = nodeSamlSp(idp, { logoutUrl: idp.sloUrl });
    const logoutUrl = await sp.getLogoutUrlAsync({ issuer: SP.entityId, nameID: 'grace', nameIDFormat: 'x' }, '', {});
    const page = await person.follow(logoutUrl, sandbox.url);
    expect(page.status).toBe(400);
    expect(await page.text()).toContain('Signature:');
    expect((await person.request(`${sandbox.url}/sandbox/session`)).status).toBe(200);
  });
});
