import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import type { IkLogViewChangeEvent } from '../../events/log-view-change.js';
import { expectAccessible } from '../../test-utils/axe.js';
import { eventTypes, messages, mountLog, part, settled } from './__fixtures__/mount.js';
import { bookmark, type ReferenceServer, startReference } from './__fixtures__/server.js';

// beforeAll starts the reference server as a process: seconds on a loaded machine.
vi.setConfig({ hookTimeout: 90_000, testTimeout: 60_000 });

let reference: ReferenceServer;
const apps = { wiki: '', crm: '' };

beforeAll(async () => {
  reference = await startReference();
  const { client } = reference;
  apps.wiki = (await client.apps.create(bookmark('Filter wiki'))).id;
  apps.crm = (await client.apps.create(bookmark('Filter crm'))).id;
  await client.apps.deactivate(apps.wiki);
  await client.users.create({
    profile: { login: 'ada@example.com', email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' },
  });
});
afterEach(() => {
  document.body.replaceChildren();
});
afterAll(async () => {
  await commands.stopReferenceServers();
});

/** The parameters of the last System Log request. */
const lastQuery = () => {
  const url = reference.requests.filter((request) => request.pathname === '/api/v1/logs').at(-1);
  return url === undefined ? {} : Object.fromEntries(url.searchParams);
};

const mount = (setup: (element: HTMLElementTagNameMap['ik-system-log']) => void = () => {}) =>
  mountLog((element) => {
    element.live = false;
    element.source = reference.client.logs;
    setup(element);
  });

describe('<ik-system-log> filters against the reference server', () => {
  it('lists the last 24 hours newest first, with a named list and a status', async () => {
    const element = await mount();
    expect(eventTypes(element).slice(0, 3)).toEqual([
      'user.lifecycle.create',
      'application.lifecycle.deactivate',
      'application.lifecycle.activate',
    ]);
    expect(lastQuery()).toMatchObject({ sortOrder: 'DESCENDING', limit: '50' });
    expect(Date.now() - Date.parse(lastQuery().since ?? '')).toBeGreaterThanOrEqual(86_400_000);
    expect(part(element, '[part="events"]').getAttribute('aria-label')).toBe('Events');
    expect(part(element, '[part="status"]').textContent).toMatch(/^\d+ events\. Live updates are off\.$/);
    await expectAccessible(element);
  });

  it('filters by event type groups, outcome, range and keywords, firing ik-log-view-change for each', async () => {
    const element = await mount();
    const views: IkLogViewChangeEvent['detail']['view'][] = [];
    element.addEventListener('ik-log-view-change', (event) => views.push(event.detail.view));

    await userEvent.click(part(element, 'input[value="people"]'));
    await settled(element);
    expect(lastQuery().filter).toBe(
      '(eventType sw "user.lifecycle." or eventType sw "group.lifecycle." or eventType sw "group.user_membership.")',
    );
    expect(eventTypes(element)).toEqual(['user.lifecycle.create']);
    await expectAccessible(element);

    await userEvent.click(part(element, 'input[value="people"]'));
    await userEvent.click(part(element, 'input[value="appLifecycle"]'));
    await settled(element);
    expect(new Set(eventTypes(element))).toEqual(
      new Set(['application.lifecycle.create', 'application.lifecycle.activate', 'application.lifecycle.deactivate']),
    );

    await userEvent.selectOptions(part(element, '[part="outcome-filter"]'), 'FAILURE');
    await settled(element);
    expect(lastQuery().filter).toBe('eventType sw "application.lifecycle." and outcome.result eq "FAILURE"');
    expect(part(element, '[part="empty"]').textContent).toBe('No events match these filters in this time range.');
    await expectAccessible(element);

    await userEvent.selectOptions(part(element, '[part="outcome-filter"]'), 'SUCCESS');
    await userEvent.selectOptions(part(element, '[part="range"]'), '15m');
    await settled(element);
    expect(Date.parse(lastQuery().since ?? '')).toBeGreaterThan(Date.now() - 16 * 60_000);
    expect(eventTypes(element).length).toBeGreaterThan(0);

    await userEvent.fill(part(element, '[part="search"]'), 'crm');
    await userEvent.keyboard('{Enter}');
    await settled(element);
    expect(lastQuery().q).toBe('crm');
    expect(messages(element).length).toBeGreaterThan(0);
    for (const event of element.shadowRoot?.querySelectorAll('[part="event"]') ?? [])
      expect(event.textContent).not.toContain('Filter wiki');

    expect(views).toEqual([
      { range: '24h', categories: ['people'] },
      { range: '24h' },
      { range: '24h', categories: ['appLifecycle'] },
      { range: '24h', categories: ['appLifecycle'], outcome: 'FAILURE' },
      { range: '24h', categories: ['appLifecycle'], outcome: 'SUCCESS' },
      { range: '15m', categories: ['appLifecycle'], outcome: 'SUCCESS' },
      { range: '15m', categories: ['appLifecycle'], outcome: 'SUCCESS', q: 'crm' },
    ]);
  });

  it("shows one app's events only for View Logs (app-id), saying so", async () => {
    const element = await mount((log) => log.setAttribute('app-id', apps.wiki));
    expect(lastQuery().filter).toBe(`target.id eq "${apps.wiki}"`);
    expect(eventTypes(element)).toEqual([
      'application.lifecycle.deactivate',
      'application.lifecycle.activate',
      'application.lifecycle.create',
    ]);
    expect(part(element, '.scope').textContent).toBe('Showing events for this app only.');
  });

  it('loads older events page by page and stops at the last', async () => {
    const element = await mount((log) => {
      log.pageSize = 2;
      log.setAttribute('app-id', apps.wiki);
    });
    expect(eventTypes(element)).toHaveLength(2);
    await userEvent.click(part(element, '[part="load-older"]'));
    await expect.poll(() => eventTypes(element)).toHaveLength(3);
    expect(eventTypes(element).at(-1)).toBe('application.lifecycle.create');
    // The last page links no further, so the button goes.
    expect(element.shadowRoot?.querySelector('[part="load-older"]')).toBeNull();
  });

  it('shows a load failure with a retry that recovers', async () => {
    reference.offline = true;
    const element = await mount();
    expect(part(element, '[part="error"]').textContent).toContain('The events could not be loaded.');
    await expectAccessible(element);
    reference.offline = false;
    await userEvent.click(part(element, '[part="error"] button'));
    await settled(element);
    expect(eventTypes(element).length).toBeGreaterThan(0);
  });
});
