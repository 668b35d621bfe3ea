import { afterEach, describe, expect, it } from 'vitest';
import type { IkAssignmentsErrorEvent } from '../../events/assignments-error.js';
import { expectAccessible } from '../../test-utils/axe.js';
import { recordUnhandledRejections } from '../../test-utils/unhandled-rejections.js';
import { memoryOrg, samlApp, unavailable } from '../integration/__fixtures__/memory-org.js';
import type { IntegrationClient } from '../integration/view.js';
import { part, peopleRows, shadow } from './__fixtures__/org.js';
import type { IkAssignments } from './assignments.js';

// Failed reads against an org held in memory (the server's failures are what is under test, and a
// real server does not fail on cue): the element shows them and tells the host, and leaves no
// rejected promise behind for the page.

const rejections = recordUnhandledRejections();
afterEach(() => {
  document.body.replaceChildren();
});

/** A task after the last microtask: by then an unhandled rejection has been reported. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 50));

function mount(client: IntegrationClient, pageSize?: number) {
  const element = document.createElement('ik-assignments');
  const errors: unknown[] = [];
  element.addEventListener('ik-assignments-error', (event: IkAssignmentsErrorEvent) => errors.push(event.detail.error));
  element.client = client;
  element.appId = '0oa1saml';
  if (pageSize !== undefined) element.pageSize = pageSize;
  document.body.append(element);
  return { element, errors };
}

const failedMessage = (element: IkAssignments) =>
  shadow(element).querySelector('[part="message"][role="alert"] p')?.textContent;

describe('<ik-assignments> when the server fails', () => {
  it('shows the failed state and dispatches ik-assignments-error, with no unhandled rejection; Try again recovers', async () => {
    const { client } = memoryOrg({ app: samlApp('Acme Portal', 'kid-current'), assignedPeople: 3 });
    let down = true;
    const failing = {
      ...client,
      apps: { ...client.apps, get: (id: string) => (down ? Promise.reject(unavailable()) : client.apps.get(id)) },
    } as IntegrationClient;
    const { element, errors } = mount(failing);

    await expect.poll(() => failedMessage(element)).toBe('The assignments could not be loaded.');
    await expect.poll(() => errors.length).toBe(1);
    expect(errors[0]).toMatchObject({ name: 'ApiError', status: 503 });
    await settled();
    expect(rejections).toEqual([]);
    await expectAccessible(element);

    down = false;
    part(element, '[part="message"] button').click();
    await expect.poll(() => peopleRows(element).length).toBe(3);
    await settled();
    expect([errors.length, rejections]).toEqual([1, []]);
  });

  it('keeps the loaded rows when a next page fails, says so in place, and Load more asks again', async () => {
    const { client } = memoryOrg({ app: samlApp('Acme Portal', 'kid-current'), people: 40, assignedPeople: 30 });
    let down = false;
    const usersPage: IntegrationClient['assignments']['usersPage'] = (appId, options) =>
      down && options?.after !== undefined
        ? Promise.reject(unavailable())
        : client.assignments.usersPage(appId, options);
    const failing = { ...client, assignments: { ...client.assignments, usersPage } } as IntegrationClient;
    const { element, errors } = mount(failing, 10);
    const heading = () => part(element, '#people-heading').textContent?.replace(/\s+/g, ' ').trim();
    // The first page (and the next, while fewer than half a page sit below the visible rows).
    await expect.poll(() => heading()).toMatch(/^People \d+\+ people$/);
    down = true;
    const loaded = heading();
    part(element, '[part="load-more"]').click();
    await expect.poll(() => part(element, '#more-error')?.textContent).toBe('The assignments could not be loaded.');
    expect([heading(), errors.length]).toEqual([loaded, 1]);
    await settled();
    expect(rejections).toEqual([]);

    down = false;
    part(element, '[part="load-more"]').click();
    await expect.poll(() => heading() !== loaded).toBe(true);
    expect(part(element, '#more-error')).toBeNull();
  });
});
