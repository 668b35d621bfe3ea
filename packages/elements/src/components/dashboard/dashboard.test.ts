import { createClient, type IntegrakitClient } from '@integrakit/core/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../styles/themes/dark.css';
import { expectAccessible } from '../../test-utils/axe.js';
import {
  referenceClient,
  referenceFetch,
  referenceServerForThisFile,
  unique,
} from '../../test-utils/reference-server.js';
import { fr } from '../../translations/fr.js';
import { registerTranslation } from '../../translations/registry.js';
import { person } from '../assignments/__fixtures__/org.js';
import { payloads } from '../catalog/__fixtures__/hostile.js';
import { sampleLinks } from './__fixtures__/links.js';
import type { IkDashboard } from './dashboard.js';
import './define.js';
import { MAX_TILES } from './tiles.js';

registerTranslation(fr);
const server = referenceServerForThisFile();
let client: IntegrakitClient;
beforeAll(() => {
  client = referenceClient(server.url);
});
afterEach(() => {
  document.body.replaceChildren();
});

async function mount(setup: (dashboard: IkDashboard) => void, parent: HTMLElement = document.body) {
  await page.viewport(900, 700);
  const dashboard = document.createElement('ik-dashboard');
  setup(dashboard);
  parent.append(dashboard);
  await dashboard.updateComplete;
  return dashboard;
}

const root = (dashboard: IkDashboard) => dashboard.shadowRoot as ShadowRoot;
const tiles = (dashboard: IkDashboard) =>
  [...root(dashboard).querySelectorAll<HTMLElement>('[part="tile"]')].map((tile) => ({
    label: tile.querySelector('[part="label"]')?.textContent ?? '',
    href: tile.getAttribute('href'),
  }));

/** An active app with `visibility`: a bookmark, the cheapest kind. */
const bookmark = (label: string, hide = false) =>
  client.apps.create({
    name: 'bookmark',
    label: `${label} ${unique()}`,
    signOnMode: 'BOOKMARK',
    settings: { app: { url: 'https://example.com/start', requestIntegration: false } },
    visibility: { autoSubmitToolbar: false, hide: { web: hide, iOS: hide } },
  });

describe('<ik-dashboard>', () => {
  it("loads a person's apps from the reference server, leaving out the hidden one", async () => {
    const [shown, hidden, unassigned] = await Promise.all([
      bookmark('Wiki'),
      bookmark('Payroll', true),
      bookmark('Other'),
    ]);
    const alan = await person(client, 'Alan', 'Turing');
    await client.appUsers.assign(shown.id, { id: alan.id });
    await client.appUsers.assign(hidden.id, { id: alan.id });
    const links = await client.appLinks.list(alan.id);
    // The API lists the hidden app, flagged, as Okta does; the dashboard never shows it.
    expect(links.find((link) => link.appInstanceId === hidden.id)?.hidden).toBe(true);
    const dashboard = await mount((element) => {
      element.client = client;
      element.userId = alan.id;
    });
    await expect.poll(() => tiles(dashboard).length, { timeout: 30_000 }).toBe(1);
    const launch = links.find((link) => link.appInstanceId === shown.id)?.linkUrl;
    expect(tiles(dashboard)).toEqual([{ label: shown.label, href: launch }]);
    expect(launch).toMatch(new RegExp(`^${server.url}/home/bookmark/${shown.id}/aln`));
    expect(root(dashboard).textContent).not.toContain(hidden.label);
    expect(root(dashboard).textContent).not.toContain(unassigned.label);
    expect(root(dashboard).querySelector('[part="monogram"]')?.textContent).toBe('W');
    await expectAccessible(dashboard);
  });

  it('says so when nothing is assigned, and when the apps cannot be loaded; another user-id reloads', async () => {
    const grace = await person(client, 'Grace', 'Hopper');
    const empty = await mount((element) => {
      element.client = client;
      element.userId = grace.id;
    });
    await expect
      .poll(() => root(empty).querySelector('[part="empty"]')?.textContent, { timeout: 30_000 })
      .toBe('No apps are assigned to you yet.');
    await expectAccessible(empty);

    // An unknown person: the server answers 404, a real failure.
    const failed = await mount((element) => {
      element.client = client;
      element.userId = `00u${unique()}`;
    });
    await expect.poll(() => root(failed).querySelector('[role="alert"]'), { timeout: 30_000 }).not.toBeNull();
    expect(root(failed).querySelector('[role="alert"]')?.textContent).toContain('Your apps could not be loaded.');
    await expectAccessible(failed);
    failed.userId = grace.id;
    await expect.poll(() => root(failed).querySelector('[part="empty"]'), { timeout: 30_000 }).not.toBeNull();
    expect(root(failed).querySelector('[role="alert"]')).toBeNull();
  });

  it('shows loading while the request is out', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    // core's real client over the real server, with its answer held back until the test has looked.
    const slow = createClient({
      orgUrl: server.url,
      session: true,
      maxRetries: 0,
      fetch: async (input, init) => {
        await gate;
        return referenceFetch(input, init);
      },
    });
    const ada = await person(client, 'Ada', 'Lovelace');
    const dashboard = await mount((element) => {
      element.client = slow;
      element.userId = ada.id;
    });
    expect(root(dashboard).querySelector('[role="status"]')?.textContent).toBe('Loading your apps…');
    await expectAccessible(dashboard);
    release();
    await expect.poll(() => root(dashboard).querySelector('[part="empty"]'), { timeout: 30_000 }).not.toBeNull();
    expect(root(dashboard).querySelector('[role="status"]')).toBeNull();
  });

  it('is reached by Tab, tile after tile, and Enter follows the launch URL', async () => {
    const dashboard = await mount((element) => {
      element.links = sampleLinks();
    });
    const followed: string[] = [];
    // Keep the test page: record where the link would go instead of going there.
    dashboard.addEventListener('click', (event) => {
      const link = event.composedPath()[0];
      const anchor = link instanceof Element ? link.closest('a') : null;
      if (anchor !== null) followed.push(anchor.href);
      event.preventDefault();
    });
    const before = document.createElement('button');
    before.textContent = 'Before';
    document.body.prepend(before);
    before.focus();
    await userEvent.tab();
    expect(root(dashboard).activeElement?.querySelector('[part="label"]')?.textContent).toBe('Salesforce (SAML)');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(followed).toEqual([sampleLinks()[1]?.linkUrl]);
    expect(tiles(dashboard).map((tile) => tile.label)).toEqual([
      'Salesforce (SAML)',
      'Expense reports (OIDC)',
      'Team wiki',
      'Legacy portal (SWA)',
    ]);
    await expectAccessible(dashboard);
  });

  it('orders tiles by sortOrder, opens in another tab when asked, and caps a huge list', async () => {
    const links = sampleLinks().map((link, index) => ({ ...link, sortOrder: 10 - index }));
    const dashboard = await mount((element) => {
      element.links = links;
      element.target = '_blank';
    });
    expect(tiles(dashboard).map((tile) => tile.label)).toEqual([
      'Legacy portal (SWA)',
      'Team wiki',
      'Expense reports (OIDC)',
      'Salesforce (SAML)',
    ]);
    const first = root(dashboard).querySelector('a[part="tile"]');
    expect([first?.getAttribute('target'), first?.getAttribute('rel')]).toEqual(['_blank', 'noopener']);
    const many = Array.from({ length: MAX_TILES + 20 }, (_, index) => ({
      ...sampleLinks()[0],
      id: `aln${index}`,
      label: `App ${index}`,
      hidden: false,
    })) as ReturnType<typeof sampleLinks>;
    dashboard.links = many;
    await dashboard.updateComplete;
    expect(tiles(dashboard)).toHaveLength(MAX_TILES);
    expect(root(dashboard).querySelector('.note')?.textContent).toBe(
      `Showing the first ${MAX_TILES} of ${MAX_TILES + 20} apps.`,
    );
  });

  it('reads right to left in French on the dark theme', async () => {
    const host = document.createElement('div');
    Object.assign(host, { className: 'ik-theme-dark', lang: 'fr', dir: 'rtl' });
    host.style.background = 'var(--ik-color-surface)';
    document.body.append(host);
    const dashboard = await mount((element) => {
      element.links = sampleLinks();
    }, host);
    expect(root(dashboard).querySelector('h2')?.textContent).toBe('Mes applications');
    const [first, second] = [...root(dashboard).querySelectorAll('[part="tile"]')].map((tile) =>
      tile.getBoundingClientRect(),
    );
    expect(first?.left).toBeGreaterThan(second?.left ?? Number.POSITIVE_INFINITY);
    await expectAccessible(dashboard);
    dashboard.links = [];
    await dashboard.updateComplete;
    expect(root(dashboard).querySelector('[part="empty"]')?.textContent).toBe(
      'Aucune application ne vous est encore attribuée.',
    );
  });

  it('leaves out its own heading under a host heading, its tiles still named', async () => {
    const heading = Object.assign(document.createElement('h1'), { textContent: 'My Apps' });
    document.body.append(heading);
    const dashboard = await mount((element) => {
      element.links = sampleLinks();
      element.noHeading = true;
    });
    expect(dashboard.getAttribute('no-heading')).toBe('');
    expect(root(dashboard).querySelector('h1, h2, h3, [role="heading"]')).toBeNull();
    await expect.element(page.getByRole('heading')).toHaveTextContent('My Apps');
    await expect.element(page.getByRole('list', { name: 'My Apps' })).toBeVisible();
    await expect.element(page.getByRole('region', { name: 'My Apps' })).toBeVisible();
    await expectAccessible(dashboard);
    dashboard.noHeading = false;
    await dashboard.updateComplete;
    expect(root(dashboard).querySelector('h2')?.textContent).toBe('My Apps');
  });

  it('keeps hostile strings inert and refuses launch and logo URLs a browser would run', async () => {
    delete window.__ikXss;
    const run = 'window.__ikXss=(window.__ikXss||0)+1';
    const hostile = payloads.map((payload, index) => ({
      id: payload,
      label: `Evil${index} ${payload}`,
      linkUrl: [`javascript:${run}`, `data:text/html,<script>${run}</script>`, payload, 'https://u:p@example.com/'][
        index % 4
      ] as string,
      logoUrl: index % 2 === 0 ? `javascript:${run}` : `x" onerror="${run}`,
      appName: payload,
      appInstanceId: payload,
      hidden: false,
      sortOrder: index,
    }));
    const dashboard = await mount((element) => {
      element.links = [...hostile, { ...hostile[0], label: 'Hidden evil', hidden: true } as (typeof hostile)[0]];
    });
    expect(tiles(dashboard).map((tile) => tile.label)).toEqual(hostile.map((link) => link.label));
    expect(tiles(dashboard).every((tile) => tile.href === null)).toBe(true);
    expect(root(dashboard).querySelectorAll('a, img, script, svg, style').length).toBe(0);
    expect(root(dashboard).textContent).toContain('<img src=x onerror=');
    expect(root(dashboard).textContent).not.toContain('Hidden evil');
    expect(window.__ikXss).toBeUndefined();
    await expectAccessible(dashboard);
  });
});
