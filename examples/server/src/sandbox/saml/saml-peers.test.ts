import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { browser } from '../../__fixtures__/browser.js';
import { SEEDED_PASSWORD, signedIn, startSandboxServer } from '../__fixtures__/sandbox-server.js';
import {
  autoPost,
  type IdpFacts,
  idpFacts,
  nodeSamlSp,
  SP,
  samlAppBody,
  samlifySp,
} from './__fixtures__/saml-peers.js';

// Real SPs on loopback: @node-saml/node-saml (strict) and samlify read what the sandbox IdP issues.
// App creation makes an RSA key and sign-in checks an scrypt hash: seconds on a loaded machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 180_000 });

let sandbox: Awaited<ReturnType<typeof startSandboxServer>>;
let appId: string;
let idp: IdpFacts;
let graceId: string;
let graceUsername: string;

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const decode = (samlResponse: string) => Buffer.from(samlResponse, 'base64').toString('utf8');

beforeAll(async () => {
  sandbox = await startSandboxServer();
  const created = await sandbox.call('POST', '/api/v1/apps', samlAppBody('Team Wiki'));
  expect(created.status).toBe(200);
  appId = created.json.id;
  graceId = await sandbox.userId('grace@example.com');
  const assigned = await sandbox.call('POST', `/api/v1/apps/${appId}/users`, { id: graceId });
  expect(assigned.status).toBe(200);
  graceUsername = assigned.json.credentials.userName;
  idp = idpFacts((await sandbox.call('GET', `/api/v1/apps/${appId}/sso/saml/metadata`)).text);
});
afterAll(async () => {
  await sandbox?.close();
});

/** Sends node-saml's AuthnRequest by HTTP-Redirect and returns the page the IdP ends on. */
async function redirectSignIn(person: ReturnType<typeof browser>, sp = nodeSamlSp(idp), relayState = 'relay 1+2') {
  const url = await sp.getAuthorizeUrlAsync(relayState, undefined, {});
  return person.follow(url, sandbox.url);
}

/** Posts node-saml's AuthnRequest by HTTP-POST (its own auto-POST form, read) and returns the IdP's page. */
async function postSignIn(
  person: ReturnType<typeof browser>,
  sp = nodeSamlSp(idp, { authnRequestBinding: 'HTTP-POST' }),
) {
  const form = autoPost(await sp.getAuthorizeFormAsync('post-relay'));
  return person.follow(form.action, sandbox.url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form.fields).toString(),
  });
}

describe('SP-initiated SAML sign-in with real SPs', () => {
  it('node-saml, HTTP-Redirect: signs an assigned person in with the computed NameID, attributes and RelayState', async () => {
    const person = await signedIn(sandbox.url, 'grace@example.com');
    const sp = nodeSamlSp(idp);
    const page = await redirectSignIn(person, sp);
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain('form-action https://wiki.example.test');
    const html = await page.text();
    expect(html).toContain('sandbox');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|\son[a-z]+=/i);
    const { action, fields } = autoPost(html);
    expect(action).toBe(SP.acs);
    expect(fields.RelayState).toBe('relay 1+2');
    const { profile } = await sp.validatePostResponseAsync({ SAMLResponse: fields.SAMLResponse as string });
    expect(graceUsername).toBe('grace');
    expect(profile?.nameID).toBe(graceUsername);
    expect(profile?.email).toBe('grace@example.com');
    expect(profile?.displayName).toBe('Grace Hopper');
    expect(profile?.groups).toBe('Engineering');
    expect(profile?.issuer).toBe(idp.entityId);
  });

  it('node-saml, HTTP-POST: the same, InResponseTo checked against the request it sent', async () => {
    const person = await signedIn(sandbox.url, 'grace@example.com');
    const sp = nodeSamlSp(idp, { authnRequestBinding: 'HTTP-POST' });
    const page = await postSignIn(person, sp);
    const { fields } = autoPost(await page.text());
    expect(fields.RelayState).toBe('post-relay');
    const { profile } = await sp.validatePostResponseAsync({ SAMLResponse: fields.SAMLResponse as string });
    expect(profile?.nameID).toBe(graceUsername);
    expect(profile?.inResponseTo).toMatch(/^_/);
  });

  it('samlify, from the public metadata URL: HTTP-Redirect request, response parsed with attributes', async () => {
    const metadataUrl = `${sandbox.url}/app/${idp.entityId.split('/').at(-1)}/sso/saml/metadata`;
    const metadata = await (await fetch(metadataUrl)).text();
    expect(idpFacts(metadata).certificate).toBe(idp.certificate);
    const { identityProvider, serviceProvider } = samlifySp(idpFacts(metadata));
    const { context } = serviceProvider.createLoginRequest(identityProvider, 'redirect') as { context: string };
    const person = await signedIn(sandbox.url, 'grace@example.com');
    const page = await person.follow(context, sandbox.url);
    const { fields } = autoPost(await page.text());
    const { extract } = await serviceProvider.parseLoginResponse(identityProvider, 'post', {
      body: { SAMLResponse: fields.SAMLResponse },
    });
    expect(extract.nameID).toBe(graceUsername);
    expect(extract.attributes?.email).toBe('grace@example.com');
  });

  it('samlify, HTTP-POST: its AuthnRequest posted to the metadata POST endpoint, answered in response to it', async () => {
    const { identityProvider, serviceProvider } = samlifySp(idp);
    const request = serviceProvider.createLoginRequest(identityProvider, 'post', { relayState: 'samlify-post' }) as {
      id: string;
      context: string;
      entityEndpoint: string;
      relayState: string;
    };
    expect(request.entityEndpoint).toBe(idp.ssoUrl);
    expect(decode(request.context)).toContain('ProtocolBinding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"');
    const person = await signedIn(sandbox.url, 'grace@example.com');
    const page = await person.follow(request.entityEndpoint, sandbox.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ SAMLRequest: request.context, RelayState: request.relayState }).toString(),
    });
    expect(page.status).toBe(200);
    const { action, fields } = autoPost(await page.text());
    expect(action).toBe(SP.acs);
    expect(fields.RelayState).toBe('samlify-post');
    const { extract } = await serviceProvider.parseLoginResponse(identityProvider, 'post', { body: fields });
    expect(extract.nameID).toBe(graceUsername);
    expect(extract.attributes?.email).toBe('grace@example.com');
    // samlify does not check these itself (interop-peers.md §3.3), so the test does.
    expect(extract.audience).toBe(SP.entityId);
    expect(extract.response?.inResponseTo).toBe(request.id);
  });

  it('sends a person without a session to the sign-in page and on to the app once signed in', async () => {
    const person = browser();
    const sp = nodeSamlSp(idp);
    const toSignIn = await redirectSignIn(person, sp);
    expect(toSignIn.status).toBe(200);
    const signInPage = await toSignIn.text();
    expect(signInPage).toContain('Sign in');
    const submitted = await person.submitSignIn(sandbox.url, signInPage, 'grace@example.com', SEEDED_PASSWORD);
    const page = await person.follow(new URL(submitted.headers.get('location') ?? '', sandbox.url).href, sandbox.url);
    const { fields } = autoPost(await page.text());
    const { profile } = await sp.validatePostResponseAsync({ SAMLResponse: fields.SAMLResponse as string });
    expect(profile?.nameID).toBe(graceUsername);
  });

  it("refuses a person who is not assigned with Okta's 403 page, and logs the failure", async () => {
    const person = await signedIn(sandbox.url, 'ada@example.com');
    const page = await redirectSignIn(person);
    expect(page.status).toBe(403);
    const html = await page.text();
    expect(html).toContain('403 App Not Assigned');
    expect(html).not.toContain('SAMLResponse');
    const failures = (await sandbox.events('user.authentication.sso')).filter((e) => e.outcome.result === 'FAILURE');
    expect(failures.map((e) => e.outcome.reason)).toContain('User is not assigned to the app');
  });

  it('logs each sign-in as user.authentication.sso with the app and the person as targets', async () => {
    const person = await signedIn(sandbox.url, 'grace@example.com');
    await redirectSignIn(person);
    const events = (await sandbox.events('user.authentication.sso')) as unknown as {
      outcome: { result: string };
      target: { id: string; type: string }[];
    }[];
    const success = events.filter((e) => e.outcome.result === 'SUCCESS').at(-1);
    expect(success?.target.map((t) => [t.type, t.id])).toEqual([
      ['AppInstance', appId],
      ['User', graceId],
    ]);
  });

  it('logs concurrent sign-ins once each, with their request ids, though queued and written together', async () => {
    const person = await signedIn(sandbox.url, 'grace@example.com');
    const before = (await sandbox.events('user.authentication.sso')).length;
    const pages = await Promise.all(Array.from({ length: 12 }, () => redirectSignIn(person)));
    expect(pages.map((page) => page.status)).toEqual(Array(12).fill(200));
    const events = (await sandbox.events('user.authentication.sso')) as unknown as {
      transaction: { id: string };
    }[];
    const added = events.slice(before);
    expect(added).toHaveLength(12);
    // One event per request: each carries the request id its page was sent with.
    const requestIds = pages.map((page) => page.headers.get('x-okta-request-id'));
    expect(new Set(requestIds).size).toBe(12);
    expect(added.map((event) => event.transaction.id).sort()).toEqual(requestIds.sort());
  });
});

describe('IdP-initiated SAML sign-in from the dashboard link', () => {
  it('is the appLinks linkUrl, and both SPs accept its unsolicited response', async () => {
    const links = await sandbox.call('GET', `/api/v1/users/${graceId}/appLinks`);
    const link = (links.json as { appInstanceId: string; linkUrl: string }[]).find((l) => l.appInstanceId === appId);
    expect(link?.linkUrl).toMatch(new RegExp(`/home/[^/]+/${appId}/aln`));
    const person = await signedIn(sandbox.url, 'grace@example.com');
    const { fields } = autoPost(await (await person.follow(link?.linkUrl ?? '', sandbox.url)).text());
    expect(decode(fields.SAMLResponse as string)).not.toContain('InResponseTo');
    const nodeSaml = nodeSamlSp(idp, { validateInResponseTo: 'ifPresent' });
    expect(
      (await nodeSaml.validatePostResponseAsync({ SAMLResponse: fields.SAMLResponse as string })).profile?.nameID,
    ).toBe(graceUsername);
    const { identityProvider, serviceProvider } = samlifySp(idp);
    const { extract } = await serviceProvider.parseLoginResponse(identityProvider, 'post', { body: fields });
    expect(extract.nameID).toBe(graceUsername);
    expect(await browser().request(link?.linkUrl.replace(/aln\w+$/, 'alnWrong') ?? '')).toHaveProperty('status', 404);
  });
});

describe('a tampered response', () => {
  it('is refused by node-saml and by samlify', async () => {
    const person = await signedIn(sandbox.url, 'grace@example.com');
    const sp = nodeSamlSp(idp, { validateInResponseTo: 'never' });
    const { fields } = autoPost(await (await redirectSignIn(person, sp)).text());
    const xml = decode(fields.SAMLResponse as string);
    const tampered = xml.replace(`>${graceUsername}</saml:NameID>`, '>mallory</saml:NameID>');
    expect(tampered).not.toBe(xml);
    await expect(sp.validatePostResponseAsync({ SAMLResponse: b64(tampered) })).rejects.toThrow(/signature/i);
    const { identityProvider, serviceProvider } = samlifySp(idp);
    await expect(
      serviceProvider.parseLoginResponse(identityProvider, 'post', { body: { SAMLResponse: b64(tampered) } }),
    ).rejects.toThrow();
  });
});

describe('AuthnRequests the IdP refuses', () => {
  /** node-saml's POST-binding request XML, to alter before sending. */
  async function requestXml(overrides: Record<string, unknown> = {}) {
    const sp = nodeSamlSp(idp, { authnRequestBinding: 'HTTP-POST', skipRequestCompression: true, ...overrides });
    const form = autoPost(await sp.getAuthorizeFormAsync(''));
    const bytes = Buffer.from(form.fields.SAMLRequest as string, 'base64');
    return (bytes[0] === 0x3c ? bytes : inflateRawSync(bytes)).toString('utf8');
  }
  async function send(person: ReturnType<typeof browser>, xml: string, ssoUrl = idp.ssoUrl) {
    const response = await person.request(ssoUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ SAMLRequest: b64(xml) }).toString(),
    });
    return { status: response.status, html: await response.text() };
  }

  it('accepts a registered other ACS, answering to it', async () => {
    const person = await signedIn(sandbox.url, 'grace@example.com');
    const page = await send(person, await requestXml({ callbackUrl: SP.otherAcs }));
    expect(autoPost(page.html).action).toBe(SP.otherAcs);
  });

  it.each([
    ['an unknown ACS', { callbackUrl: 'https://evil.example.test/acs' }, 'AssertionConsumerServiceURL'],
    ['a wrong issuer', { issuer: 'https://other.example.test/sp' }, 'Issuer'],
  ])('refuses %s, naming the field', async (_name, overrides, field) => {
    const person = await signedIn(sandbox.url, 'grace@example.com');
    const page = await send(person, await requestXml(overrides));
    expect(page.status).toBe(400);
    expect(page.html).toContain(`${field}:`);
    expect(page.html).not.toContain('SAMLResponse');
  });

  it('refuses an expired request and one from the future', async () => {
    const person = await signedIn(sandbox.url, 'grace@example.com');
    const xml = await requestXml();
    const instant = /IssueInstant="([^"]+)"/.exec(xml)?.[1] ?? '';
    for (const offset of [-10 * 60_000, 10 * 60_000]) {
      const moved = xml.replace(instant, new Date(Date.parse(instant) + offset).toISOString());
      const page = await send(person, moved);
      expect(page.status).toBe(400);
      expect(page.html).toMatch(/IssueInstant: is more than 3 minutes (old|in the future)/);
    }
  });

  it('refuses a replayed request', async () => {
    const person = await signedIn(sandbox.url, 'grace@example.com');
    const xml = await requestXml();
    expect((await send(person, xml)).status).toBe(200);
    const replay = await send(person, xml);
    expect(replay.status).toBe(400);
    expect(replay.html).toContain('ID: was already used');
    const failures = (await sandbox.events('user.authentication.sso')).filter((e) => e.outcome.result === 'FAILURE');
    expect(failures.map((e) => e.outcome.reason)).toContain(
      'Invalid request: ID: was already used (a replayed request)',
    );
  });

  it('refuses a Destination that is not the SSO URL, and a request that is not XML', async () => {
    const person = await signedIn(sandbox.url, 'grace@example.com');
    const xml = await requestXml();
    const page = await send(person, xml.replace(idp.ssoUrl, `${idp.ssoUrl}/other`));
    expect(page.html).toContain('Destination:');
    const notXml = await person.request(idp.ssoUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ SAMLRequest: b64('<!DOCTYPE x [<!ENTITY a "b">]><x/>') }).toString(),
    });
    expect(notXml.status).toBe(400);
    expect(await notXml.text()).toContain('DOCTYPE');
  });
});
