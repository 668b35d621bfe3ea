import { define, toOktaApp } from '@integrakit/protocols/wsfed';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signedIn, startSandboxServer } from '../__fixtures__/sandbox-server.js';
import { autoPost, idpFacts, nodeSamlSp, samlAppBody } from './__fixtures__/saml-peers.js';

// What the sandbox keeps per app between sign-ins must follow the app: its Okta `name` (part of its
// sign-in URLs; a change to the app shows on the next sign-in) and its parsed signing key (each app
// signs with its own).
vi.setConfig({ testTimeout: 60_000, hookTimeout: 180_000 });

let sandbox: Awaited<ReturnType<typeof startSandboxServer>>;

beforeAll(async () => {
  sandbox = await startSandboxServer();
});
afterAll(async () => {
  await sandbox?.close();
});

/** A SAML app assigned to grace, and what its metadata tells an SP (its own certificate). */
async function assignedApp(label: string) {
  const created = await sandbox.call('POST', '/api/v1/apps', samlAppBody(label));
  expect(created.status).toBe(200);
  const graceId = await sandbox.userId('grace@example.com');
  expect((await sandbox.call('POST', `/api/v1/apps/${created.json.id}/users`, { id: graceId })).status).toBe(200);
  return idpFacts((await sandbox.call('GET', `/api/v1/apps/${created.json.id}/sso/saml/metadata`)).text);
}

/** The path of a sign-in URL on this server, from an absolute URL the server published. */
const pathOf = (url: string) => new URL(url).pathname;

describe('an app’s sign-in URLs', () => {
  it('follow the app when it changes from SAML to WS-Federation, after a sign-in kept its name', async () => {
    const created = await sandbox.call('POST', '/api/v1/apps', samlAppBody('Renamed by protocol'));
    expect(created.status).toBe(200);
    const id = created.json.id as string;
    const metadata = (await sandbox.call('GET', `/api/v1/apps/${id}/sso/saml/metadata`)).text;
    const samlSso = /<md:SingleSignOnService[^>]*Location="([^"]+)"/.exec(metadata)?.[1] ?? '';
    // A request without SAMLRequest is refused by the app's SSO route (400), which looked the app up.
    expect((await fetch(`${sandbox.url}${pathOf(samlSso)}`)).status).toBe(400);

    const wsfed = define({
      label: 'Renamed by protocol',
      realm: 'urn:renamed:app',
      replyUrl: 'https://renamed.example.test/wsfed/reply',
      siteUrl: 'https://renamed.example.test/',
      nameIdFormat: 'emailAddress',
      audienceRestriction: 'urn:renamed:app',
      authnContextClassRef: 'PasswordProtectedTransport',
      groupValueFormat: 'windowsDomainQualifiedName',
      usernameAttribute: 'none',
      attributeStatements: [],
    });
    const updated = await sandbox.call('PUT', `/api/v1/apps/${id}`, toOktaApp(wsfed));
    expect(updated.status).toBe(200);
    const federation = (await sandbox.call('GET', `/api/v1/apps/${id}/sso/wsfed/metadata`)).text;
    const passive = /<fed:PassiveRequestorEndpoint>[\s\S]*?<wsa:Address>([^<]+)</.exec(federation)?.[1] ?? '';
    expect(pathOf(passive)).not.toBe(pathOf(samlSso).replace(/\/sso\/saml$/, '/sso/wsfed/passive'));

    // The passive endpoint under the app's new name answers (a sign-in first: 303), the old name no longer.
    const fresh = await fetch(`${sandbox.url}${pathOf(passive)}?wa=wsignin1.0&wtrealm=urn%3Arenamed%3Aapp`, {
      redirect: 'manual',
    });
    expect(fresh.status).toBe(303);
    const stale = pathOf(samlSso).replace(/\/sso\/saml$/, '/sso/wsfed/passive');
    const old = await fetch(`${sandbox.url}${stale}?wa=wsignin1.0&wtrealm=urn%3Arenamed%3Aapp`, { redirect: 'manual' });
    expect(old.status).toBe(404);
  });
});

describe('signing keys of several apps', () => {
  it('signs each app’s responses with that app’s key, in turn', async () => {
    const first = await assignedApp('First keyed app');
    const second = await assignedApp('Second keyed app');
    expect(second.metadata).not.toBe(first.metadata);
    const person = await signedIn(sandbox.url, 'grace@example.com');
    for (const idp of [first, second, first]) {
      const sp = nodeSamlSp(idp);
      const page = await person.follow(await sp.getAuthorizeUrlAsync('', undefined, {}), sandbox.url);
      expect(page.status).toBe(200);
      const { fields } = autoPost(await page.text());
      const { profile } = await sp.validatePostResponseAsync({ SAMLResponse: fields.SAMLResponse as string });
      expect(profile?.email).toBe('grace@example.com');
    }
  });
});
