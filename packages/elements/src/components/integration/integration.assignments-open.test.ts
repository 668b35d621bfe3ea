import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IkAssignmentsErrorEvent } from '../../events/assignments-error.js';
import { expectAccessible } from '../../test-utils/axe.js';
import { referenceClient, referenceServerForThisFile } from '../../test-utils/reference-server.js';
import { recordUnhandledRejections } from '../../test-utils/unhandled-rejections.js';
import { bookmarkApp, groupNames, peopleRows, person, recordingClient, sent } from '../assignments/__fixtures__/org.js';
import { IkAssignments } from '../assignments/assignments.js';
import { memoryOrg, samlApp, unavailable } from './__fixtures__/memory-org.js';
import type { IkIntegration } from './integration.js';
import type { IntegrationClient } from './view.js';
import './define.js';

// Opening an app's page on its Assignments tab (issue 18's 1,000-assignment budget): the page reads
// the app once, asks for the tab's lists with it rather than after it, and hands both down, so
// <ik-assignments> shows them in its first update.

const server = referenceServerForThisFile();
const rejections = recordUnhandledRejections();
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

function open(client: IntegrationClient, appId: string, tab: 'general' | 'assignments'): IkIntegration {
  const element = document.createElement('ik-integration');
  element.client = client;
  element.appId = appId;
  element.tab = tab;
  document.body.append(element);
  return element;
}

const assignmentsOf = (element: IkIntegration) => element.shadowRoot?.querySelector('ik-assignments') ?? null;
const rowsOf = (element: IkIntegration) => {
  const assignments = assignmentsOf(element);
  return assignments === null ? [] : peopleRows(assignments);
};

/** An app with one person assigned directly and one group, on the reference server. */
async function assignedApp(label: string) {
  const setup = referenceClient(server.url);
  const app = await bookmarkApp(setup, label);
  const ada = await person(setup, 'Ada', 'Lovelace');
  const group = await setup.groups.create({ profile: { name: `Analysts ${app.id}` } });
  await setup.appUsers.assign(app.id, { id: ada.id, credentials: { userName: 'ada.l' } });
  await setup.appGroups.assign(app.id, group.id);
  return { app, group, row: 'Ada Lovelace | Individual | ada.l' };
}

describe('<ik-integration> opened on its Assignments tab', () => {
  it('reads the app once and the lists with it, and <ik-assignments> shows them in its first update', async () => {
    const { app, group, row } = await assignedApp('Open');
    // Whether each update of <ik-assignments> ended with the people rows in place.
    const withRows: boolean[] = [];
    const prototype = IkAssignments.prototype as unknown as { updated(this: IkAssignments): void };
    const updated = prototype.updated;
    vi.spyOn(prototype, 'updated').mockImplementation(function (this: IkAssignments) {
      withRows.push(this.shadowRoot?.querySelector('[part="person"]') !== null);
      updated.call(this);
    });
    const { client, log } = recordingClient(server.url);

    const element = open(client, app.id, 'assignments');
    await expect.poll(() => rowsOf(element), { timeout: 20_000 }).toEqual([row]);
    const assignments = assignmentsOf(element);
    expect(assignments === null ? [] : groupNames(assignments)).toEqual([group.profile.name]);
    expect(withRows[0]).toBe(true);
    const appRead = `GET /api/v1/apps/${app.id}`;
    expect(sent(log).filter((request) => request === appRead)).toHaveLength(1);
    // Both lists were asked for before the app's answer arrived.
    const answered = log.indexOf(`answer ${appRead}`);
    expect(log.indexOf(`send GET /api/v1/apps/${app.id}/users`)).toBeLessThan(answered);
    expect(log.indexOf(`send GET /api/v1/apps/${app.id}/groups`)).toBeLessThan(answered);
    expect(rejections).toEqual([]);
    await expectAccessible(element);
  }, 120_000);

  it('hands its app down when the tab opens later: <ik-assignments> reads only the lists', async () => {
    const { app, row } = await assignedApp('Later');
    const { client, log } = recordingClient(server.url);

    const element = open(client, app.id, 'general');
    await expect.poll(() => element.app?.id, { timeout: 20_000 }).toBe(app.id);
    await element.updateComplete;
    element.shadowRoot?.querySelector<HTMLElement>('#tab-assignments')?.click();
    await expect.poll(() => rowsOf(element), { timeout: 20_000 }).toEqual([row]);
    expect(sent(log).filter((request) => request === `GET /api/v1/apps/${app.id}`)).toHaveLength(1);
    expect(assignmentsOf(element)?.app).toEqual(element.app);
  }, 120_000);

  it('shows a failed read of the lists it handed down as <ik-assignments> shows its own; Try again reads again', async () => {
    const { client } = memoryOrg({ app: samlApp('Acme Portal', 'kid-current'), assignedPeople: 3 });
    let down = true;
    const usersPage: IntegrationClient['assignments']['usersPage'] = (appId, options) =>
      down ? Promise.reject(unavailable()) : client.assignments.usersPage(appId, options);
    const failing = { ...client, assignments: { ...client.assignments, usersPage } } as IntegrationClient;
    const errors: unknown[] = [];

    const element = open(failing, '0oa1saml', 'assignments');
    element.addEventListener('ik-assignments-error', (event: IkAssignmentsErrorEvent) =>
      errors.push(event.detail.error),
    );
    const failed = () =>
      assignmentsOf(element)?.shadowRoot?.querySelector('[part="message"][role="alert"] p')?.textContent;
    await expect.poll(failed).toBe('The assignments could not be loaded.');
    // The page itself loaded: only the tab's lists failed.
    expect(element.shadowRoot?.querySelector('[part="label"]')?.textContent).toBe('Acme Portal');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ name: 'ApiError', status: 503 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(rejections).toEqual([]);
    await expectAccessible(element);

    down = false;
    assignmentsOf(element)?.shadowRoot?.querySelector<HTMLElement>('[part="message"] button')?.click();
    await expect.poll(() => rowsOf(element).length).toBe(3);
    expect(errors).toHaveLength(1);
  });
});
