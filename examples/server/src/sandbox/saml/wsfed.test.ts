// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Okta templates are literal `${…}` text.
import { define, toOktaApp } from '@integrakit/protocols/wsfed';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SignedXml } from 'xml-crypto';
import { signedIn, startSandboxServer } from '../__fixtures__/sandbox-server.js';
import { autoPost } from './__fixtures__/saml-peers.js';

// No installable WS-Fed relying party exists (interop-peers.md §3.5): the token is checked with
// xml-crypto against the certificate the federation metadata publishes.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 180_000 });

const REPLY = 'https://expense.example.test/wsfed/reply';
const REALM = 'urn:expense:portal';
let sandbox: Awaited<ReturnType<typeof startSandboxServer>>;
let passiveUrl: string;
let certificate: string;

beforeAll(async () => {
  sandbox = await startSandboxServer();
  const config = define({
    label: 'Expense Portal',
    realm: REALM,
    replyUrl: REPLY,
    siteUrl: 'https://expense.example.test/',
    nameIdFormat: 'emailAddress',
    audienceRestriction: REALM,
    authnContextClassRef: 'PasswordProtectedTransport',
    groupValueFormat: 'windowsDomainQualifiedName',
    usernameAttribute: 'none',
    groupFilter: 'Eng.*',
    groupName: 'groups',
    attributeStatements: [
      { name: 'email', value: '${user.email}' },
      { name: 'role', value: 'ENG' },
    ],
  });
  const created = await sandbox.call('POST', '/api/v1/apps', toOktaApp(config));
  expect(created.status).toBe(200);
  const graceId = await sandbox.userId('grace@example.com');
  expect((await sandbox.call('POST', `/api/v1/apps/${created.json.id}/users`, { id: graceId })).status).toBe(200);
  const metadata = (await sandbox.call('GET', `/api/v1/apps/${created.json.id}/sso/wsfed/metadata`)).text;
  certificate = /<ds:X509Certificate>([^<]+)</.exec(metadata)?.[1] ?? '';
  passiveUrl = /<fed:PassiveRequestorEndpoint>[\s\S]*?<wsa:Address>([^<]+)</.exec(metadata)?.[1] ?? '';
  expect(passiveUrl).toMatch(/\/sso\/wsfed\/passive$/);
});
afterAll(async () => {
  await sandbox?.close();
});

describe('WS-Federation passive sign-in', () => {
  it('posts a signed SAML token in wresult to the reply URL, wctx echoed', async () => {
    const person = await signedIn(sandbox.url);
    const page = await person.follow(
      `${passiveUrl}?wa=wsignin1.0&wtrealm=${encodeURIComponent(REALM)}&wctx=ctx%201`,
      sandbox.url,
    );
    expect(page.status).toBe(200);
    const { action, fields } = autoPost(await page.text());
    expect(action).toBe(REPLY);
    expect(fields.wa).toBe('wsignin1.0');
    expect(fields.wctx).toBe('ctx 1');
    const wresult = fields.wresult as string;
    const document = new DOMParser().parseFromString(wresult, 'text/xml');
    const signature = document.getElementsByTagNameNS('http://www.w3.org/2000/09/xmldsig#', 'Signature').item(0);
    const verifier = new SignedXml({
      publicCert: `-----BEGIN CERTIFICATE-----\n${certificate}\n-----END CERTIFICATE-----`,
    });
    verifier.loadSignature(signature as never);
    expect(verifier.checkSignature(wresult)).toBe(true);
    expect(wresult).toContain('>grace@example.com</saml:NameID>');
    expect(wresult).toMatch(/Name="role"[^>]*>\s*<saml:AttributeValue>ENG</);
    expect(wresult).toMatch(/Name="groups"[^>]*>\s*<saml:AttributeValue>Engineering</);
    expect(wresult).toContain(`<saml:Audience>${REALM}</saml:Audience>`);
    const events = await sandbox.events('user.authentication.sso');
    expect(events.at(-1)?.outcome.result).toBe('SUCCESS');
  });

  it.each([
    ['another realm', `wa=wsignin1.0&wtrealm=urn:other`, 'wtrealm:'],
    [
      'a reply URL override the app does not allow',
      `wa=wsignin1.0&wtrealm=${REALM}&wreply=https://evil.example.test/`,
      'wreply:',
    ],
    ['an unknown action', 'wa=wattr1.0', 'wa:'],
  ])('refuses %s', async (_name, query, field) => {
    const person = await signedIn(sandbox.url);
    const page = await person.follow(`${passiveUrl}?${query}`, sandbox.url);
    expect(page.status).toBe(400);
    expect(await page.text()).toContain(field);
  });
});
