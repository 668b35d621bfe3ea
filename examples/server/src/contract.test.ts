import { ApiError, type IntegrakitClient } from '@integrakit/core/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { expectValidAgainst } from '../../../packages/protocols/src/test-utils/openapi.js';
import { describeWithReference } from '../../../packages/protocols/src/test-utils/reference.js';
import type { RunningServer } from './app.js';
import { startTestServer } from './test-server.js';

const bookmark = (label: string) => ({
  name: 'bookmark',
  label,
  signOnMode: 'BOOKMARK',
  settings: { app: { url: 'https://example.com/start', requestIntegration: false } },
});
const oidcService = {
  name: 'oidc_client',
  label: 'Reporting service',
  signOnMode: 'OPENID_CONNECT',
  credentials: { oauthClient: { token_endpoint_auth_method: 'client_secret_basic' } },
  settings: { oauthClient: { application_type: 'service', grant_types: ['client_credentials'] } },
};

for (const memory of [false, true]) {
  describeWithReference(`client against the server (${memory ? 'memory' : 'SQLite'} store)`, () => {
    let server: RunningServer;
    let client: IntegrakitClient;
    // A fresh server per test: each test lists what it created and assumes nothing else is there. The two
    // long walks make dozens of calls each, so they get more than the default 5 s on a loaded machine.
    beforeEach(async () => {
      ({ server, client } = await startTestServer({ memory }));
    });
    afterEach(() => server.close());

    it('creates, reads, lists, replaces, deactivates and deletes apps in Okta shapes', async () => {
      const created = await client.apps.create(bookmark('Intranet'));
      expectValidAgainst('BookmarkApplication', created, { direction: 'response' });
      expect(created.status).toBe('ACTIVE');
      const oidc = await client.apps.create(oidcService, { activate: false });
      expectValidAgainst('OpenIdConnectApplication', oidc, { direction: 'response' });
      expect(oidc.status).toBe('INACTIVE');
      expectValidAgainst('BookmarkApplication', await client.apps.get(created.id), { direction: 'response' });
      for (let i = 0; i < 3; i++) await client.apps.create(bookmark(`Paged ${i}`));
      const labels: string[] = [];
      const page = await client.apps.listPage({ limit: 2 });
      expect(page.items).toHaveLength(2);
      expect(page.next).toMatch(/\/api\/v1\/apps\?.*limit=2/);
      for await (const app of client.apps.list({ limit: 2 })) labels.push(app.label);
      expect(labels).toEqual(['Intranet', 'Reporting service', 'Paged 0', 'Paged 1', 'Paged 2']);
      const active: string[] = [];
      for await (const app of client.apps.list({ filter: 'status eq "INACTIVE"' })) active.push(app.label);
      expect(active).toEqual(['Reporting service']);
      const replaced = await client.apps.replace(created.id, bookmark('Intranet v2'));
      expect(replaced.label).toBe('Intranet v2');
      await expect(client.apps.delete(created.id)).rejects.toMatchObject({ status: 403, errorCode: 'E0000056' });
      await client.apps.deactivate(created.id);
      await client.apps.delete(created.id);
      await expect(client.apps.get(created.id)).rejects.toMatchObject({ status: 404, errorCode: 'E0000007' });
    }, 20_000);

    it('assigns users directly and through groups, with computed usernames and priorities', async () => {
      const app = await client.apps.create(bookmark('Wiki'));
      const ada = await client.users.create({
        profile: { login: 'ada@example.com', email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' },
      });
      expectValidAgainst('User', ada, { direction: 'response' });
      const bob = await client.users.create({
        profile: { login: 'bob@example.com', email: 'bob@example.com', firstName: 'Bob', lastName: 'Stone' },
      });
      const eng = await client.groups.create({ profile: { name: 'Engineering' } });
      expectValidAgainst('Group', eng, { direction: 'response' });
      const ops = await client.groups.create({ profile: { name: 'Ops' } });
      await client.groups.addMember(eng.id, bob.id);
      await client.groups.addMember(ops.id, bob.id);
      const members = [];
      for await (const member of client.groups.members(eng.id)) members.push(member.id);
      expect(members).toEqual([bob.id]);
      // One item per page walks the `Link` cursors through the same list as one page does.
      for (const api of [client.users, client.groups]) {
        const paged = [];
        for await (const item of api.list({ limit: 1 })) paged.push(item.id);
        const whole = [];
        for await (const item of api.list()) whole.push(item.id);
        expect(paged).toEqual(whole);
        expect(paged).toEqual(expect.arrayContaining(api === client.users ? [ada.id, bob.id] : [eng.id, ops.id]));
      }

      const direct = await client.appUsers.assign(app.id, { id: ada.id });
      expectValidAgainst('AppUser', direct, { direction: 'response' });
      expect(direct).toMatchObject({ scope: 'USER', credentials: { userName: 'ada@example.com' } });
      const first = await client.appGroups.assign(app.id, eng.id, { profile: { role: 'eng' } });
      expectValidAgainst('ApplicationGroupAssignment', first, { direction: 'response' });
      await client.appGroups.assign(app.id, ops.id, { priority: 0, profile: { role: 'ops' } });
      const groups = [];
      for await (const group of client.appGroups.list(app.id)) groups.push([group.id, group.priority]);
      expect(groups).toEqual([
        [ops.id, 0],
        [eng.id, 1],
      ]);
      const users = new Map<string, string>();
      for await (const user of client.appUsers.list(app.id, { limit: 1 })) users.set(user.id, user.scope);
      expect(Object.fromEntries(users)).toEqual({ [ada.id]: 'USER', [bob.id]: 'GROUP' });
      const viaGroup = await client.appUsers.get(app.id, bob.id);
      expect(viaGroup.profile).toEqual({ role: 'ops' });
      const updated = await client.appUsers.update(app.id, ada.id, { credentials: { userName: 'ada.l' } });
      expect(updated.credentials?.userName).toBe('ada.l');
      await expect(client.appUsers.assign(app.id, { id: ada.id })).rejects.toMatchObject({
        status: 409,
        errorCode: 'E0000062',
      });
      await client.appUsers.unassign(app.id, ada.id);
      await client.appGroups.unassign(app.id, ops.id);
      expect((await client.appUsers.get(app.id, bob.id)).profile).toEqual({ role: 'eng' });
      await client.groups.removeMember(eng.id, bob.id);
      await expect(client.appUsers.get(app.id, bob.id)).rejects.toBeInstanceOf(ApiError);
      await client.apps.deactivate(app.id);
      await expect(client.appUsers.assign(app.id, { id: ada.id })).rejects.toMatchObject({ status: 403 });
    }, 20_000);

    it('grants and revokes Okta API scopes for an OAuth service app', async () => {
      const app = await client.apps.create({ ...oidcService, label: 'Grants service' });
      const grant = await client.grants.grant(app.id, { issuer: server.url, scopeId: 'okta.users.read' });
      expectValidAgainst('OAuth2ScopeConsentGrant', grant, { direction: 'response' });
      expect((await client.grants.get(app.id, grant.id)).scopeId).toBe('okta.users.read');
      const listed = [];
      for await (const item of client.grants.list(app.id)) listed.push(item.scopeId);
      expect(listed).toEqual(['okta.users.read']);
      await expect(client.grants.grant(app.id, { issuer: server.url, scopeId: 'okta.nope' })).rejects.toMatchObject({
        status: 400,
      });
      await client.grants.revoke(app.id, grant.id);
      await expect(client.grants.get(app.id, grant.id)).rejects.toMatchObject({ status: 404 });
    });

    it('answers the catalog endpoints from core search', async () => {
      const result = await client.catalog.search('crm', { pageSize: 5, filters: { functionality: ['SAML'] } });
      expect(result.hits.length).toBeGreaterThan(0);
      expect(result.hits.length).toBeLessThanOrEqual(5);
      const suggestions = await client.catalog.suggest('salesfroce', { limit: 3 });
      expect(suggestions.hits[0]?.entry.name).toBe('salesforce');
      const facets = await client.catalog.facets('');
      expect(facets.useCases.length).toBeGreaterThan(0);
      expect((await client.catalog.entry('slack'))?.displayName).toBe('Slack');
      expect(await client.catalog.entry('no-such-app')).toBeUndefined();
    });
  });
}
