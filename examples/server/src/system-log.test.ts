import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { expectValidAgainst } from '../../../packages/protocols/src/test-utils/openapi.js';
import { describeWithReference } from '../../../packages/protocols/src/test-utils/reference.js';
import { apiCaller, bookmarkApp } from './__fixtures__/api-call.js';
import type { RunningServer } from './app.js';
import { createSystemLog } from './log/system-log.js';
import { openDatabase } from './store/database.js';
import { startTestServer } from './test-server.js';

// The walk-through creates an OIDC app and generates a key (RSA-2048 each): seconds on a loaded machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

let server: RunningServer;
let token: string;

const call = apiCaller(() => ({ url: server.url, token }));

type Event = { eventType: string; target: { id: string; type: string }[]; published: string; uuid: string };
/** Every event since the test server started, oldest first (walks the `next` links of a bounded query). */
async function allEvents(query = ''): Promise<Event[]> {
  const events: Event[] = [];
  let path: string | undefined =
    `/api/v1/logs?until=${encodeURIComponent(new Date(Date.now() + 1000).toISOString())}&limit=50${query}`;
  while (path !== undefined) {
    const page: Awaited<ReturnType<typeof call>> = await call('GET', path);
    expect(page.status).toBe(200);
    events.push(...page.json);
    const next = /<([^>]+)>; rel="next"/.exec(page.link)?.[1];
    path = next === undefined ? undefined : new URL(next).pathname + new URL(next).search;
  }
  return events;
}
const typesFor = (events: Event[], id: string) =>
  events.filter((event) => event.target.some((target) => target.id === id)).map((event) => event.eventType);

const bookmark = bookmarkApp;

beforeAll(async () => {
  ({ server, token } = await startTestServer());
});
afterAll(() => server.close());

describeWithReference('System Log', () => {
  const ids = { app: '', user: '', group: '', service: '', grant: '', key: '' };
  let secret = '';

  // One walk through every kind of change; the tests below read what it recorded.
  beforeAll(async () => {
    const app = (await call('POST', '/api/v1/apps', bookmark('Logged wiki'))).json;
    ids.app = app.id;
    await call('PUT', `/api/v1/apps/${app.id}`, { ...app, label: 'Logged wiki 2' });
    await call('POST', `/api/v1/apps/${app.id}/lifecycle/deactivate`);
    await call('POST', `/api/v1/apps/${app.id}/lifecycle/deactivate`); // no change, no event
    await call('POST', `/api/v1/apps/${app.id}/lifecycle/activate`);
    const user = (
      await call('POST', '/api/v1/users', {
        profile: { login: 'logged@example.com', email: 'logged@example.com', firstName: 'Log', lastName: 'Ged' },
      })
    ).json;
    ids.user = user.id;
    const group = (await call('POST', '/api/v1/groups', { profile: { name: 'Logged group' } })).json;
    ids.group = group.id;
    await call('PUT', `/api/v1/groups/${group.id}/users/${user.id}`);
    await call('PUT', `/api/v1/groups/${group.id}/users/${user.id}`); // already a member
    await call('POST', `/api/v1/apps/${app.id}/users`, { id: user.id });
    await call('POST', `/api/v1/apps/${app.id}/users/${user.id}`, { credentials: { userName: 'renamed@example.com' } });
    await call('DELETE', `/api/v1/apps/${app.id}/users/${user.id}`);
    await call('PUT', `/api/v1/apps/${app.id}/groups/${group.id}`, {});
    await call('PUT', `/api/v1/apps/${app.id}/groups/${group.id}`, { priority: 0 }); // re-prioritised, not added
    await call('DELETE', `/api/v1/apps/${app.id}/groups/${group.id}`);
    await call('DELETE', `/api/v1/groups/${group.id}/users/${user.id}`);

    const service = (
      await call('POST', '/api/v1/apps', {
        name: 'oidc_client',
        label: 'Logged service',
        signOnMode: 'OPENID_CONNECT',
        credentials: { oauthClient: { token_endpoint_auth_method: 'client_secret_basic' } },
        settings: { oauthClient: { application_type: 'service', grant_types: ['client_credentials'] } },
      })
    ).json;
    ids.service = service.id;
    secret = service.credentials.oauthClient.client_secret;
    expect(secret.length).toBeGreaterThan(20);
    const grant = (
      await call('POST', `/api/v1/apps/${service.id}/grants`, { issuer: server.url, scopeId: 'okta.apps.read' })
    ).json;
    ids.grant = grant.id;
    await call('DELETE', `/api/v1/apps/${service.id}/grants/${grant.id}`);
    const key = (await call('POST', `/api/v1/apps/${service.id}/credentials/keys/generate?validityYears=2`)).json;
    ids.key = key.kid;
    const current = (await call('GET', `/api/v1/apps/${service.id}`)).json;
    await call('PUT', `/api/v1/apps/${service.id}`, {
      ...current,
      credentials: { ...current.credentials, signing: { kid: key.kid } },
    });
    await call('POST', `/api/v1/apps/${app.id}/lifecycle/deactivate`);
    await call('DELETE', `/api/v1/apps/${app.id}`);
  });

  it('records each change exactly once, with its targets, in Okta LogEvent shape', async () => {
    const app = { id: ids.app };
    const user = { id: ids.user };
    const group = { id: ids.group };
    const grant = { id: ids.grant };
    const key = { kid: ids.key };
    const events = await allEvents();
    for (const event of events) expectValidAgainst('LogEvent', event, { direction: 'response' });
    expect(typesFor(events, app.id)).toEqual([
      'application.lifecycle.create',
      'application.lifecycle.activate',
      'application.lifecycle.update',
      'application.lifecycle.deactivate',
      'application.lifecycle.activate',
      'application.user_membership.add',
      'application.user_membership.change_username',
      'application.user_membership.remove',
      'group.application_assignment.add',
      'group.application_assignment.remove',
      'application.lifecycle.deactivate',
      'application.lifecycle.delete',
    ]);
    expect(typesFor(events, user.id)).toEqual([
      'user.lifecycle.create',
      'group.user_membership.add',
      'application.user_membership.add',
      'application.user_membership.change_username',
      'application.user_membership.remove',
      'group.user_membership.remove',
    ]);
    expect(typesFor(events, group.id)).toEqual([
      'group.lifecycle.create',
      'group.user_membership.add',
      'group.application_assignment.add',
      'group.application_assignment.remove',
      'group.user_membership.remove',
    ]);
    expect(typesFor(events, grant.id)).toEqual(['app.oauth2.as.consent.grant', 'app.oauth2.as.consent.revoke']);
    expect(typesFor(events, key.kid)).toEqual([
      'application.credentials.key.generate',
      'application.credentials.key.activate',
    ]);
    const renamed = events.find((event) => event.eventType === 'application.user_membership.change_username');
    expect(renamed?.target).toEqual([
      expect.objectContaining({ type: 'AppUser', id: user.id, alternateId: 'renamed@example.com' }),
      expect.objectContaining({ type: 'AppInstance', id: app.id, displayName: 'Logged wiki 2' }),
      expect.objectContaining({ type: 'User', id: user.id, alternateId: 'logged@example.com', displayName: 'Log Ged' }),
    ]);
    const uuids = new Set(events.map((event) => event.uuid));
    expect(uuids.size).toBe(events.length);
  });

  it('records nothing for a refused change', async () => {
    const before = (await allEvents()).length;
    expect((await call('POST', '/api/v1/apps', { ...bookmark('Refused'), signOnMode: 'TELEPATHY' })).status).toBe(400);
    expect((await call('POST', '/api/v1/apps', bookmark('Logged service'))).status).toBe(400); // label taken
    const service = (await call('GET', `/api/v1/apps/${ids.service}`)).json;
    expect(
      (await call('PUT', `/api/v1/apps/${ids.service}`, { ...service, lastUpdated: '2000-01-01T00:00:00.000Z' }))
        .status,
    ).toBe(409);
    expect((await call('DELETE', `/api/v1/apps/${ids.service}`)).status).toBe(403); // active
    expect((await call('POST', `/api/v1/apps/${ids.service}/credentials/keys/generate?validityYears=1`)).status).toBe(
      400,
    );
    expect((await allEvents()).length).toBe(before);
  });

  it('never writes a client secret or the API token into an event', async () => {
    const raw = JSON.stringify(await allEvents());
    expect(raw).not.toContain(secret);
    expect(raw).not.toContain(token);
  });

  it('filters with eq, sw and co joined by and/or, and by target.id', async () => {
    const types = async (filter: string) =>
      (await allEvents(`&filter=${encodeURIComponent(filter)}`)).map((event) => event.eventType);
    expect(await types('eventType eq "group.lifecycle.create"')).toEqual(['group.lifecycle.create']);
    expect(new Set(await types('eventType sw "app.oauth2."'))).toEqual(
      new Set(['app.oauth2.as.consent.grant', 'app.oauth2.as.consent.revoke']),
    );
    expect(await types(`target.id eq "${ids.group}" and eventType co "application_assignment"`)).toEqual([
      'group.application_assignment.add',
      'group.application_assignment.remove',
    ]);
    expect(
      await types(
        `target.id eq "${ids.key}" or (eventType eq "user.lifecycle.create" and outcome.result eq "SUCCESS")`,
      ),
    ).toEqual([
      'user.lifecycle.create',
      'application.credentials.key.generate',
      'application.credentials.key.activate',
    ]);
    // LIKE wildcards in a value are literal.
    expect(await types('eventType co "%"')).toEqual([]);
    expect(await types('eventType sw "_"')).toEqual([]);
  });

  it('refuses bad filters and parameters with 400 E0000001 naming the problem', async () => {
    const cases: [string, RegExp][] = [
      ['filter=eventType gt "x"', /^filter: 'eventType' needs eq, sw or co/],
      ['filter=password eq "x"', /^filter: 'password' is not a filterable attribute/],
      // Names of Object.prototype members once passed the attribute check and crashed the compiler (500).
      ['filter=toString eq "x"', /^filter: 'toString' is not a filterable attribute/],
      ['filter=__proto__ eq "x"', /^filter: '__proto__' is not a filterable attribute/],
      ['filter=constructor sw "x"', /^filter: 'constructor' is not a filterable attribute/],
      ['filter=eventType eq x', /needs a quoted value/],
      ['filter=(eventType eq "x"', /parenthesis is not closed/],
      ['filter=eventType eq "x" and', /ends where a term was expected/],
      ['filter=eventType eq "x" ;drop', /cannot be read at character/],
      [`filter=${'('.repeat(8)}eventType eq "x"${')'.repeat(8)}`, /nest deeper than 5/],
      [`filter=${Array.from({ length: 21 }, () => 'eventType eq "x"').join(' or ')}`, /more than 20 terms/],
      ['filter=eventType eq "\\q"', /not a valid quoted string/],
      ['since=yesterday', /^since: must be an ISO 8601 timestamp/],
      ['since=2030-01-01T00:00:00Z&until=2020-01-01T00:00:00Z', /^since: must not be after until/],
      ['sortOrder=RANDOM', /^sortOrder: /],
      ['limit=1001', /^limit: /],
      ['after=abc', /^after: /],
      [`q=${Array.from({ length: 11 }, (_, i) => `w${i}`).join('+')}`, /^q: at most 10 keywords/],
    ];
    for (const [query, cause] of cases) {
      const refused = await call('GET', `/api/v1/logs?${query.replaceAll(' ', '%20').replaceAll('"', '%22')}`);
      expect(refused.status, query).toBe(400);
      expect(refused.json.errorCode).toBe('E0000001');
      expect(refused.json.errorCauses[0].errorSummary, query).toMatch(cause);
    }
  });

  it('pages with after, sorts both ways, searches keywords and bounds by time', async () => {
    const all = await allEvents();
    const onePerPage = await allEvents('&limit=1');
    expect(onePerPage.map((event) => event.uuid)).toEqual(all.map((event) => event.uuid));
    const until = encodeURIComponent(new Date(Date.now() + 1000).toISOString());
    const descending = (await call('GET', `/api/v1/logs?until=${until}&sortOrder=DESCENDING&limit=1000`)).json;
    expect(descending.map((event: Event) => event.uuid)).toEqual(all.map((event) => event.uuid).reverse());
    const searched = (await call('GET', `/api/v1/logs?until=${until}&q=LOGGED+group`)).json as Event[];
    expect(searched.length).toBeGreaterThan(0);
    for (const event of searched) expect(JSON.stringify(event).toLowerCase()).toContain('logged group');
    const middle = all[Math.floor(all.length / 2)] as Event;
    const before = (await call('GET', `/api/v1/logs?until=${encodeURIComponent(middle.published)}&limit=1000`))
      .json as Event[];
    for (const event of before) expect(event.published < middle.published).toBe(true);
    const future = (await call('GET', `/api/v1/logs?since=2999-01-01T00:00:00Z&until=2999-01-02T00:00:00Z`)).json;
    expect(future).toEqual([]);
  });

  it('keeps returning a next link to a polling query, which then sees new events', async () => {
    const poll = await call('GET', `/api/v1/logs?since=${encodeURIComponent(new Date().toISOString())}`);
    expect(poll.json).toEqual([]);
    const next = /<([^>]+)>; rel="next"/.exec(poll.link)?.[1];
    expect(next).toBeDefined();
    const created = (await call('POST', '/api/v1/apps', bookmark('Polled wiki'))).json;
    const url = new URL(next as string);
    const later = await call('GET', url.pathname + url.search);
    expect(later.json.map((event: Event) => [event.eventType, event.target[0]?.id])).toEqual([
      ['application.lifecycle.create', created.id],
      ['application.lifecycle.activate', created.id],
    ]);
    expect(later.link).toMatch(/rel="next"/);
  });

  it("serves an app's usage under the app, and 404 for an unknown app", async () => {
    const usage = await call('GET', `/api/v1/apps/${ids.service}/usage?days=7`);
    expect(usage.status).toBe(200);
    expect(usage.json.days).toHaveLength(7);
    expect(usage.json.days.at(-1).date).toBe(new Date().toISOString().slice(0, 10));
    expect(usage.json.totals).toEqual({ signIns: 0, failures: 0, uniquePeople: 0 });
    expect((await call('GET', '/api/v1/apps/0oanope/usage')).status).toBe(404);
    expect((await call('GET', `/api/v1/apps/${ids.service}/usage?days=91`)).status).toBe(400);
  });

  it('is read-only', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) expect((await call(method, '/api/v1/logs', {})).status).toBe(404);
  });
});

describe('System Log retention', () => {
  it('deletes events older than the retention period (90 days by default)', () => {
    const db = openDatabase(':memory:');
    let now = new Date('2026-01-01T00:00:00Z');
    const log = createSystemLog(db, { now: () => now });
    expect(log.retentionDays).toBe(90);
    const c = {
      req: { header: () => undefined, url: 'http://127.0.0.1/api/v1/apps' },
      res: { headers: new Headers() },
    } as unknown as Parameters<typeof log.record>[0];
    const target = [{ id: 'app', type: 'AppInstance', alternateId: 'App', displayName: 'App' }];
    log.record(c, { eventType: 'application.lifecycle.create', displayMessage: 'Add application', target });
    now = new Date('2026-03-01T00:00:00Z');
    log.record(c, { eventType: 'application.lifecycle.update', displayMessage: 'Update application', target });
    now = new Date('2026-04-15T00:00:00Z'); // 104 days after the first event, 45 after the second
    expect(log.purge()).toBe(1);
    const left = log.query({
      since: '2000-01-01T00:00:00Z',
      until: now.toISOString(),
      keywords: [],
      limit: 10,
      order: 'ASCENDING',
    });
    expect(left.map((row) => row.event.eventType)).toEqual(['application.lifecycle.update']);
    expect(db.prepare('SELECT COUNT(*) AS n FROM log_targets').get()).toEqual({ n: 1 });
  });
});
