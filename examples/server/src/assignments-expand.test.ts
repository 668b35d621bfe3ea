import type { IntegrakitClient } from '@integrakit/core/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectValidAgainst } from '../../../packages/protocols/src/test-utils/openapi.js';
import { describeWithReference } from '../../../packages/protocols/src/test-utils/reference.js';
import { bookmarkApp } from './__fixtures__/api-call.js';
import type { RunningServer } from './app.js';
import { startTestServer } from './test-server.js';

let server: RunningServer;
let client: IntegrakitClient;

beforeAll(async () => {
  ({ server, client } = await startTestServer({ memory: true }));
});
afterAll(() => server.close());

const person = (first: string, last: string) => ({
  profile: {
    login: `${first.toLowerCase()}.x@example.com`,
    email: `${first.toLowerCase()}@mail.example`,
    firstName: first,
    lastName: last,
  },
});

describe('what the assignments screen reads, through core’s client', () => {
  it('searches people by login, email, first or last name prefix, paged', async () => {
    const ada = await client.users.create(person('Ada', 'Quillfeather'));
    await client.users.create(person('Adam', 'Smith'));
    await client.users.create(person('Bea', 'Quill'));
    const names = async (q: string) =>
      (await client.assignments.searchUsers({ q })).items.map((user) => user.profile.login);
    expect(await names('ada')).toEqual(['ada.x@example.com', 'adam.x@example.com']);
    expect(await names('QUILL')).toEqual(['ada.x@example.com', 'bea.x@example.com']);
    expect(await names('adam@mail')).toEqual(['adam.x@example.com']);
    expect(await names('feather')).toEqual([]);
    const first = await client.assignments.searchUsers({ q: 'ada', limit: 1 });
    expect(first.items.map((user) => user.id)).toEqual([ada.id]);
    const second = await client.assignments.searchUsers({ after: first.next ?? '' });
    expect(second.items.map((user) => user.profile.login)).toEqual(['adam.x@example.com']);
    expect(second.next).toBeUndefined();
  });

  it('lists app users with the person embedded and groups with the group embedded, in priority order', async () => {
    const app = await client.apps.create(bookmarkApp('Expand wiki'));
    const direct = await client.users.create(person('Cy', 'Direct'));
    const member = await client.users.create(person('Di', 'Member'));
    const first = await client.groups.create({ profile: { name: 'Expand first' } });
    const second = await client.groups.create({ profile: { name: 'Expand second' } });
    await client.groups.addMember(first.id, member.id);
    await client.groups.addMember(second.id, member.id);
    await client.appUsers.assign(app.id, { id: direct.id });
    await client.appGroups.assign(app.id, first.id, { profile: { role: 'reader' } });
    await client.appGroups.assign(app.id, second.id, { profile: { role: 'editor' } });

    const users = [];
    for await (const user of client.assignments.users(app.id)) users.push(user);
    // Okta lists app users by id; sorted by login here to compare.
    const rows = users.map((user) => [user._embedded?.user.profile.login, user.scope]).sort();
    expect(rows).toEqual([
      ['cy.x@example.com', 'USER'],
      ['di.x@example.com', 'GROUP'],
    ]);
    const groups = [];
    for await (const group of client.assignments.groups(app.id)) groups.push(group);
    expect(groups.map((group) => [group._embedded?.group.profile.name, group.priority])).toEqual([
      ['Expand first', 0],
      ['Expand second', 1],
    ]);

    // Moving the second group first keeps its profile and changes the member's source group.
    const moved = await client.assignments.setGroupPriority(app.id, second.id, 0);
    expect([moved.priority, moved.profile]).toEqual([0, { role: 'editor' }]);
    const after = await client.appUsers.get(app.id, member.id);
    expect(after.profile).toEqual({ role: 'editor' });
    expect(String((after._links?.group as { href?: string } | undefined)?.href)).toMatch(new RegExp(`${second.id}$`));
  });

  it('reads app users one page at a time, each page following the last one’s next link', async () => {
    const app = await client.apps.create(bookmarkApp('Paged wiki'));
    const assigned = [];
    for (const name of ['Gil', 'Hal', 'Ida', 'Jo', 'Kai']) {
      const user = await client.users.create(person(name, 'Paged'));
      await client.appUsers.assign(app.id, { id: user.id });
      assigned.push(user.id);
    }
    const pages = [await client.assignments.usersPage(app.id, { limit: 2 })];
    for (let next = pages[0]?.next; next !== undefined; next = pages.at(-1)?.next)
      pages.push(await client.assignments.usersPage(app.id, { after: next }));
    expect(pages.map((page) => page.items.length)).toEqual([2, 2, 1]);
    const ids = pages.flatMap((page) => page.items.map((item) => item.id));
    // Okta lists app users by id: every one once, in that order.
    expect(ids).toEqual([...assigned].sort());
    expect(pages.flatMap((page) => page.items.map((item) => item._embedded?.user.id))).toEqual(ids);
  });
});

describeWithReference('expanded lists against the OpenAPI spec', () => {
  it('AppUser and ApplicationGroupAssignment stay valid with _embedded', async () => {
    const app = await client.apps.create(bookmarkApp('Spec wiki'));
    const user = await client.users.create(person('Ed', 'Spec'));
    const group = await client.groups.create({ profile: { name: 'Spec group' } });
    await client.appUsers.assign(app.id, { id: user.id });
    await client.appGroups.assign(app.id, group.id);
    for await (const item of client.assignments.users(app.id))
      expectValidAgainst('AppUser', item, { direction: 'response' });
    for await (const item of client.assignments.groups(app.id))
      expectValidAgainst('ApplicationGroupAssignment', item, { direction: 'response' });
  });

  it('app links come back typed through core’s client', async () => {
    const app = await client.apps.create(bookmarkApp('Links wiki'));
    const user = await client.users.create(person('Flo', 'Links'));
    await client.appUsers.assign(app.id, { id: user.id });
    const links = await client.appLinks.list(user.id);
    expect(links.map((link) => [link.label, link.hidden, link.appInstanceId])).toEqual([['Links wiki', false, app.id]]);
  });
});
