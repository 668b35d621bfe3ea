import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectValidAgainst } from '../../../packages/protocols/src/test-utils/openapi.js';
import { describeWithReference } from '../../../packages/protocols/src/test-utils/reference.js';
import { apiCaller, bookmarkApp } from './__fixtures__/api-call.js';
import type { RunningServer } from './app.js';
import { startTestServer } from './test-server.js';

let server: RunningServer;
let token: string;

const call = apiCaller(() => ({ url: server.url, token }));

const bookmark = bookmarkApp;

beforeAll(async () => {
  ({ server, token } = await startTestServer());
});
afterAll(() => server.close());

describe('concurrent edits of one app', () => {
  it('refuses a write whose If-Match names an older version with 412, and keeps the newer write', async () => {
    const created = await call('POST', '/api/v1/apps', bookmark('Etag wiki'));
    const id = created.json.id;
    const read = await call('GET', `/api/v1/apps/${id}`);
    expect(read.etag).toBe(created.etag);
    expect(read.etag).toMatch(/^"[\w-]{27}"$/);

    const first = await call(
      'PUT',
      `/api/v1/apps/${id}`,
      { ...read.json, label: 'First admin' },
      { 'If-Match': read.etag ?? '' },
    );
    expect(first.status).toBe(200);
    expect(first.etag).not.toBe(read.etag);
    const second = await call(
      'PUT',
      `/api/v1/apps/${id}`,
      { ...read.json, label: 'Second admin' },
      { 'If-Match': read.etag ?? '' },
    );
    expect(second.status).toBe(412);
    expect(second.json.errorCauses[0].errorSummary).toContain(
      `If-Match: the app changed since it was read (its ETag is now ${first.etag})`,
    );
    expect((await call('GET', `/api/v1/apps/${id}`)).json.label).toBe('First admin');
    // `*` and a list holding the current tag both match (without a stale lastUpdated in the body).
    const { lastUpdated: _stale, ...unversioned } = read.json;
    expect(
      (await call('PUT', `/api/v1/apps/${id}`, { ...unversioned, label: 'Any' }, { 'If-Match': '*' })).status,
    ).toBe(200);
    const now = await call('GET', `/api/v1/apps/${id}`);
    const listed = await call(
      'PUT',
      `/api/v1/apps/${id}`,
      { ...now.json, label: 'Listed' },
      { 'If-Match': `"old", ${now.etag}` },
    );
    expect(listed.status).toBe(200);
  });

  it('refuses a body whose lastUpdated is older than the stored app with 409', async () => {
    const created = await call('POST', '/api/v1/apps', bookmark('Stale wiki'));
    const id = created.json.id;
    const read = (await call('GET', `/api/v1/apps/${id}`)).json;
    const saved = await call('PUT', `/api/v1/apps/${id}`, { ...read, label: 'Saved first' });
    expect(saved.status).toBe(200);
    expect(saved.json.lastUpdated).not.toBe(read.lastUpdated);
    const stale = await call('PUT', `/api/v1/apps/${id}`, { ...read, label: 'Saved second' });
    expect(stale.status).toBe(409);
    expect(stale.json.errorCauses[0].errorSummary).toMatch(/^lastUpdated: the app changed since it was read/);
    expect((await call('GET', `/api/v1/apps/${id}`)).json.label).toBe('Saved first');
    for (const lastUpdated of ['not a date', 7]) {
      expect((await call('PUT', `/api/v1/apps/${id}`, { ...saved.json, lastUpdated })).status).toBe(409);
    }
    // A fresh read writes; a body without lastUpdated or If-Match keeps Okta's last-write-wins.
    expect((await call('PUT', `/api/v1/apps/${id}`, { ...saved.json, label: 'Fresh' })).status).toBe(200);
    const { lastUpdated: _omit, ...blind } = saved.json;
    expect((await call('PUT', `/api/v1/apps/${id}`, { ...blind, label: 'Blind' })).status).toBe(200);
  });
});

describeWithReference('GET /api/v1/users/{id}/appLinks', () => {
  it("lists the person's active apps, direct and through groups, hidden ones flagged", async () => {
    const user = await call('POST', '/api/v1/users', {
      profile: { login: 'links@example.com', email: 'links@example.com', firstName: 'Lin', lastName: 'Ks' },
    });
    const group = await call('POST', '/api/v1/groups', { profile: { name: 'Link readers' } });
    expect((await call('PUT', `/api/v1/groups/${group.json.id}/users/${user.json.id}`)).status).toBe(204);
    const direct = (await call('POST', '/api/v1/apps', bookmark('Direct link'))).json;
    const viaGroup = (await call('POST', '/api/v1/apps', bookmark('Group link'))).json;
    const hidden = (
      await call('POST', '/api/v1/apps', {
        ...bookmark('Hidden link'),
        visibility: { hide: { web: true, iOS: true }, autoSubmitToolbar: false },
      })
    ).json;
    const inactive = (await call('POST', '/api/v1/apps', bookmark('Inactive link'))).json;
    await call('POST', '/api/v1/apps', bookmark('Unassigned link'));
    await call('POST', `/api/v1/apps/${direct.id}/users`, { id: user.json.id });
    for (const app of [viaGroup, hidden, inactive])
      await call('PUT', `/api/v1/apps/${app.id}/groups/${group.json.id}`, {});
    await call('POST', `/api/v1/apps/${inactive.id}/lifecycle/deactivate`);

    const links = await call('GET', `/api/v1/users/${user.json.id}/appLinks`);
    expect(links.status).toBe(200);
    for (const link of links.json) expectValidAgainst('AssignedAppLink', link, { direction: 'response' });
    expect(links.json.map((link: { label: string; hidden: boolean }) => [link.label, link.hidden])).toEqual([
      ['Direct link', false],
      ['Group link', false],
      ['Hidden link', true],
    ]);
    const [first] = links.json;
    expect(first).toMatchObject({ appInstanceId: direct.id, appName: direct.name, appAssignmentId: user.json.id });
    expect(first.linkUrl).toBe(`${server.url}/home/${direct.name}/${direct.id}/${first.id}`);
    expect(first.id).toMatch(/^aln[A-Za-z0-9]{17}$/);
    expect((await call('GET', '/api/v1/users/00unobody/appLinks')).status).toBe(404);
  });
});
