import type { IntegrakitClient } from '@integrakit/core/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { IkAssignmentChangeEvent } from '../../events/assignment-change.js';
import { expectAccessible } from '../../test-utils/axe.js';
import { referenceClient, referenceServerForThisFile } from '../../test-utils/reference-server.js';
import { payloads } from '../catalog/__fixtures__/hostile.js';
import {
  bookmarkApp,
  groupNames,
  mountAssignments,
  part,
  peopleRows,
  person,
  recordingClient,
  sent,
  shadow,
} from './__fixtures__/org.js';
import type { IkAssignments } from './assignments.js';

const server = referenceServerForThisFile();
let client: IntegrakitClient;
beforeAll(() => {
  client = referenceClient(server.url);
});
afterEach(() => {
  document.body.replaceChildren();
});

const changes = (element: IkAssignments) => {
  const seen: string[] = [];
  element.addEventListener('ik-assignment-change', (event: IkAssignmentChangeEvent) =>
    seen.push(`${event.detail.action} ${event.detail.type}`),
  );
  return seen;
};

/** Opens a picker, types `query`, and picks the option named `name` with the keyboard. */
async function pick(element: IkAssignments, which: 'people' | 'groups', query: string, name: string) {
  if (part(element, `#${which}-input`) === null) await userEvent.click(part(element, `[part="assign-${which}"]`));
  const input = part<HTMLInputElement>(element, `#${which}-input`);
  await userEvent.fill(input, query);
  const listbox = part(element, `#${which}-listbox`);
  const names = () => [...listbox.querySelectorAll('.option-name')].map((option) => option.textContent);
  // Settled: the search for this query answered (an earlier one's options may show until then).
  await expect
    .poll(() => listbox.getAttribute('aria-busy') === 'false' && names().includes(name), { timeout: 20_000 })
    .toBe(true);
  const options = names();
  input.focus();
  for (let i = 0; i <= options.indexOf(name); i++) await userEvent.keyboard('{ArrowDown}');
  expect(input.getAttribute('aria-activedescendant')).toBe(`${which}-option-${options.indexOf(name)}`);
  await userEvent.keyboard('{Enter}');
}

describe('<ik-assignments> against the reference server', () => {
  it('assigns a person with the username prefilled from the format, and a group with its members', async () => {
    const app = await bookmarkApp(client, 'Wiki');
    const ada = await person(client, 'Ada', 'Lovelace');
    const grace = await person(client, 'Grace', 'Hopper');
    const engineering = await client.groups.create({ profile: { name: `Engineering ${app.id}` } });
    await client.groups.addMember(engineering.id, grace.id);

    const element = await mountAssignments(client, app.id);
    const seen = changes(element);
    expect(peopleRows(element)).toEqual([]);
    await expectAccessible(element);

    await pick(element, 'people', ada.profile.login.slice(0, 9), 'Ada Lovelace');
    // The assign dialog renders after the pick: wait for its field before holding on to it.
    await expect
      .poll(() => shadow(element).querySelector<HTMLInputElement>('#f-username')?.value, { timeout: 20_000 })
      .toBe(ada.profile.login);
    const username = part<HTMLInputElement>(element, '#f-username');
    expect(username.readOnly).toBe(false);
    expect(part(element, '#f-username-hint').textContent).toContain('you may change it');
    await expectAccessible(element);
    await userEvent.fill(username, 'ada.lovelace');
    await userEvent.click(part(element, '[part="assign-submit"]'));
    await expect
      .poll(() => peopleRows(element), { timeout: 20_000 })
      .toEqual(['Ada Lovelace | Individual | ada.lovelace']);
    expect(shadow(element).activeElement?.id).toBe('people-input');

    await userEvent.click(part(element, '[part="assign-groups"]'));
    await pick(element, 'groups', 'Engineering', engineering.profile.name);
    await expect.poll(() => groupNames(element), { timeout: 20_000 }).toEqual([engineering.profile.name]);
    expect(peopleRows(element)).toContain(`Grace Hopper | Group: ${engineering.profile.name} | ${grace.profile.login}`);
    expect(seen).toEqual(['assign user', 'assign group']);
    await expectAccessible(element);
  }, 120_000);

  it('reorders group priority by keyboard: members follow their new first group', async () => {
    const app = await bookmarkApp(client, 'Payroll');
    const margaret = await person(client, 'Margaret', 'Hamilton');
    const first = await client.groups.create({ profile: { name: `Finance ${app.id}` } });
    const second = await client.groups.create({ profile: { name: `Builders ${app.id}` } });
    for (const group of [first, second]) await client.groups.addMember(group.id, margaret.id);
    await client.appGroups.assign(app.id, first.id, { profile: { costCenter: 'finance' } });
    await client.appGroups.assign(app.id, second.id, { profile: { costCenter: 'builders' } });

    const element = await mountAssignments(client, app.id);
    const seen = changes(element);
    expect(groupNames(element)).toEqual([first.profile.name, second.profile.name]);
    expect(peopleRows(element)).toEqual([
      `Margaret Hamilton | Group: ${first.profile.name} | ${margaret.profile.login}`,
    ]);
    expect(part(element, '#groups-0-up').getAttribute('aria-disabled')).toBe('true');

    part<HTMLButtonElement>(element, '#groups-1-up').focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => groupNames(element)).toEqual([second.profile.name, first.profile.name]);
    expect(shadow(element).activeElement?.id).toBe('groups-0-up');
    await expect
      .poll(() => peopleRows(element), { timeout: 20_000 })
      .toEqual([`Margaret Hamilton | Group: ${second.profile.name} | ${margaret.profile.login}`]);
    expect(part(element, '#groups-status').textContent).toBe(`${second.profile.name} moved to position 1 of 2`);
    // The server agrees, and kept each group's app profile.
    const groups = [];
    for await (const group of client.assignments.groups(app.id)) groups.push([group.id, group.profile.costCenter]);
    expect(groups).toEqual([
      [second.id, 'builders'],
      [first.id, 'finance'],
    ]);
    expect((await client.appUsers.get(app.id, margaret.id)).profile).toEqual({ costCenter: 'builders' });
    expect(seen).toEqual(['reorder group']);
    await expectAccessible(element);
  }, 120_000);

  it('unassigns after a confirm; cancel keeps the assignment; the effective username falls back to the group', async () => {
    const app = await bookmarkApp(client, 'Tickets');
    const alan = await person(client, 'Alan', 'Turing');
    const group = await client.groups.create({ profile: { name: `Support ${app.id}` } });
    await client.groups.addMember(group.id, alan.id);
    await client.appUsers.assign(app.id, { id: alan.id, credentials: { userName: 'aturing' } });
    await client.appGroups.assign(app.id, group.id);

    const element = await mountAssignments(client, app.id);
    const seen = changes(element);
    expect(peopleRows(element)).toEqual(['Alan Turing | Individual | aturing']);

    await userEvent.click(part(element, '[part="unassign"]'));
    const dialog = part<HTMLDialogElement>(element, '#confirm');
    await expect.poll(() => dialog.open).toBe(true);
    expect(part(element, '#confirm-title').textContent).toBe(`Unassign Alan Turing from ${app.label}?`);
    await expectAccessible(element);
    await userEvent.click(part(element, '[part="confirm-cancel"]'));
    expect(dialog.open).toBe(false);
    expect(shadow(element).activeElement?.getAttribute('part')).toBe('unassign');

    await userEvent.click(part(element, '[part="unassign"]'));
    await userEvent.click(part(element, '[part="confirm-unassign"]'));
    await expect
      .poll(() => peopleRows(element), { timeout: 20_000 })
      .toEqual([`Alan Turing | Group: ${group.profile.name} | ${alan.profile.login}`]);

    await userEvent.click(part(element, '#groups-0-remove'));
    await userEvent.click(part(element, '[part="confirm-unassign"]'));
    await expect.poll(() => peopleRows(element), { timeout: 20_000 }).toEqual([]);
    expect(groupNames(element)).toEqual([]);
    expect(seen).toEqual(['unassign user', 'unassign group']);
    await expectAccessible(element);
  }, 120_000);

  it('requires a username when the format is None, and shows the rules’ refusals in place', async () => {
    const app = await bookmarkApp(client, 'Legacy', { type: 'NONE' });
    const kate = await person(client, 'Katherine', 'Johnson');
    const element = await mountAssignments(client, app.id);

    await pick(element, 'people', kate.profile.login.slice(0, 12), 'Katherine Johnson');
    await expect.poll(() => part(element, '#f-username'), { timeout: 20_000 }).not.toBeNull();
    const username = part<HTMLInputElement>(element, '#f-username');
    expect(username.value).toBe('');
    expect(username.getAttribute('aria-required')).toBe('true');
    await userEvent.click(part(element, '[part="assign-submit"]'));
    await expect.poll(() => part(element, '#f-username-error')?.textContent).toContain('Enter a user name');
    expect(username.getAttribute('aria-invalid')).toBe('true');
    expect(shadow(element).activeElement?.id).toBe('f-username');
    await expectAccessible(element);

    // The app is deactivated behind the element's back: core's rule refuses, shown in the panel.
    await client.apps.deactivate(app.id);
    await userEvent.fill(username, 'kjohnson');
    await userEvent.click(part(element, '[part="assign-submit"]'));
    await expect
      .poll(() => part(element, '#panel-error')?.textContent, { timeout: 20_000 })
      .toBe('This app is inactive. Activate it before assigning.');
    expect(peopleRows(element)).toEqual([]);
    await expectAccessible(element);
  }, 120_000);

  it('takes the app handed down as `app` instead of reading it, unless it is another app', async () => {
    const app = await bookmarkApp(client, 'Handed');
    const other = await bookmarkApp(client, 'Other');
    const alan = await person(client, 'Alan', 'Turing');
    await client.appUsers.assign(app.id, { id: alan.id, credentials: { userName: 'aturing' } });
    const appRead = `GET /api/v1/apps/${app.id}`;
    for (const [handed, reads] of [
      [app, 0],
      [other, 1],
    ] as const) {
      const { client: recording, log } = recordingClient(server.url);
      const element = document.createElement('ik-assignments');
      element.client = recording;
      element.app = handed;
      element.appId = app.id;
      document.body.append(element);
      await expect.poll(() => peopleRows(element), { timeout: 20_000 }).toEqual(['Alan Turing | Individual | aturing']);
      expect(sent(log).filter((request) => request === appRead)).toHaveLength(reads);
      // The unassign confirm names the element's app, never the other one.
      await userEvent.click(part(element, '[part="unassign"]'));
      await expect.poll(() => part<HTMLDialogElement>(element, '#confirm').open).toBe(true);
      expect(part(element, '#confirm-title').textContent).toBe(`Unassign Alan Turing from ${app.label}?`);
      await userEvent.click(part(element, '[part="confirm-cancel"]'));
      element.remove();
    }
  }, 120_000);

  it('keeps hostile names inert', async () => {
    window.__ikXss = 0;
    const app = await bookmarkApp(client, 'Hostile');
    for (const [index, payload] of payloads.entries()) {
      const user = await person(client, `Evil${index}`, payload.slice(0, 50));
      await client.appUsers.assign(app.id, { id: user.id });
    }
    const hostileName = `${payloads[0]} ${payloads[2]}`;
    const group = await client.groups.create({ profile: { name: hostileName, description: payloads[1] } });
    await client.appGroups.assign(app.id, group.id);
    const element = await mountAssignments(client, app.id);
    await expect.poll(() => peopleRows(element).length, { timeout: 20_000 }).toBe(payloads.length);
    expect(peopleRows(element).join('\n')).toContain(payloads[1]?.slice(0, 50));
    expect(groupNames(element)).toEqual([hostileName]);
    await pick(element, 'groups', hostileName.slice(0, 4), hostileName);
    await expect.poll(() => part(element, '#panel-error')?.textContent, { timeout: 20_000 }).toBe('Already assigned.');
    expect(shadow(element).querySelector('img, script, svg')).toBeNull();
    expect(window.__ikXss).toBe(0);
    await expectAccessible(element);
  }, 120_000);
});
