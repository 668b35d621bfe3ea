import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../styles/themes/dark.css';
import { expectAccessible } from '../../test-utils/axe.js';
import { fr } from '../../translations/fr.js';
import { registerTranslation } from '../../translations/registry.js';
import { payloads } from '../catalog/__fixtures__/hostile.js';
import { bookmark, type ReferenceServer, startReference, stopReference } from '../system-log/__fixtures__/server.js';
import { sampleUsage } from './__fixtures__/usage.js';
import './define.js';
import type { IkUsageChart } from './usage-chart.js';

registerTranslation(fr);
// The first test starts the reference server as a process: seconds on a loaded machine.
vi.setConfig({ testTimeout: 60_000 });

afterEach(() => {
  document.body.replaceChildren();
});
let reference: ReferenceServer | undefined;
afterAll(async () => {
  await stopReference(reference);
});

async function mount(setup: (chart: IkUsageChart) => void, parent: HTMLElement = document.body) {
  await page.viewport(800, 800);
  const chart = document.createElement('ik-usage-chart');
  setup(chart);
  parent.append(chart);
  await chart.updateComplete;
  return chart;
}

const root = (chart: IkUsageChart) => {
  if (chart.shadowRoot === null) throw new Error('no shadow root');
  return chart.shadowRoot;
};
const totals = (chart: IkUsageChart) =>
  Object.fromEntries(
    [...root(chart).querySelectorAll('[part="totals"] > div')].map((row) => [
      row.querySelector('dt')?.textContent,
      row.querySelector('dd')?.textContent,
    ]),
  );
const bars = (chart: IkUsageChart) =>
  [...root(chart).querySelectorAll<SVGGElement>('g[data-date]')].map((group) => ({
    date: group.dataset.date,
    x: Number(group.querySelector('.ok')?.getAttribute('x')),
    ok: Number(group.querySelector('.ok')?.getAttribute('height')),
    failed: Number(group.querySelector('.failed')?.getAttribute('height')),
  }));
const tableRows = (chart: IkUsageChart) =>
  [...root(chart).querySelectorAll('tbody tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent),
  );

describe('<ik-usage-chart>', () => {
  it("loads an app's usage from the reference server: 30 empty days, said so", async () => {
    reference = await startReference();
    const { client } = reference;
    const app = await client.apps.create(bookmark('Chart wiki'));
    const chart = await mount((element) => {
      element.source = client.logs;
      element.appId = app.id;
    });
    await expect.poll(() => root(chart).querySelector('[part="totals"]')).not.toBeNull();
    expect(totals(chart)).toEqual({ 'Sign-ins': '0', 'Unique people': '0', 'Failed sign-ins': '0' });
    expect(bars(chart)).toHaveLength(30);
    expect(bars(chart).at(-1)?.date).toBe(new Date().toISOString().slice(0, 10));
    expect(root(chart).querySelector('.none')?.textContent).toBe('No sign-ins in this period.');
    await expectAccessible(chart);
  });

  it('draws bars in proportion, failures on top, and names the chart with a summary', async () => {
    const usage = sampleUsage();
    const chart = await mount((element) => {
      element.usage = usage;
    });
    expect(totals(chart)).toEqual({
      'Sign-ins': String(usage.totals.signIns),
      'Unique people': '7',
      'Failed sign-ins': String(usage.totals.failures),
    });
    const drawn = bars(chart);
    expect(drawn.map((bar) => bar.date)).toEqual(usage.days.map((day) => day.date));
    // Heights are proportional to the counts: one scale for every bar.
    const scale = (drawn[22]?.ok ?? 0) / (usage.days[22]?.signIns ?? 1);
    for (const [index, day] of usage.days.entries()) {
      expect(drawn[index]?.ok).toBeCloseTo(day.signIns * scale, 5);
      expect(drawn[index]?.failed).toBeCloseTo(day.failures * scale, 5);
    }
    expect(drawn.map((bar) => bar.x)).toEqual([...drawn.map((bar) => bar.x)].sort((a, b) => a - b));
    const svg = root(chart).querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    const busiest = usage.days.reduce((best, day) => (day.signIns > best.signIns ? day : best));
    const busiestName = new Intl.DateTimeFormat('en', { timeZone: 'UTC', dateStyle: 'long' }).format(
      new Date(busiest.date),
    );
    expect(svg?.getAttribute('aria-label')).toBe(
      `Bar chart of sign-ins per day over 30 days: ${usage.totals.signIns} sign-ins, ${usage.totals.failures} failed; busiest day ${busiestName}.`,
    );
    await expectAccessible(chart);
  });

  it('switches to a table of the same numbers by keyboard, and back', async () => {
    const usage = sampleUsage();
    const chart = await mount((element) => {
      element.usage = usage;
    });
    const toggle = root(chart).querySelector<HTMLButtonElement>('[part="table-toggle"]');
    toggle?.focus();
    await userEvent.keyboard('{Enter}');
    expect(toggle?.getAttribute('aria-pressed')).toBe('true');
    expect(chart.table).toBe(true);
    expect(root(chart).querySelector('svg')).toBeNull();
    const rows = tableRows(chart);
    expect(rows).toHaveLength(30);
    expect(rows.map((row) => row.slice(1).map(Number))).toEqual(
      usage.days.map((day) => [day.signIns, day.failures, day.uniquePeople]),
    );
    expect(rows[0]?.[0]).toBe('November 8, 2026');
    expect(root(chart).querySelector('caption')?.textContent).toBe('Sign-ins, last 30 days');
    await expectAccessible(chart);
    await userEvent.keyboard(' ');
    expect(root(chart).querySelector('svg')).not.toBeNull();
  });

  it('runs time right to left under rtl, in French on the dark theme', async () => {
    const host = document.createElement('div');
    Object.assign(host, { className: 'ik-theme-dark', lang: 'fr', dir: 'rtl' });
    host.style.background = 'var(--ik-color-surface)';
    document.body.append(host);
    const chart = await mount((element) => {
      element.usage = sampleUsage();
    }, host);
    const drawn = bars(chart);
    expect(drawn[0]?.x).toBeGreaterThan(drawn.at(-1)?.x ?? 0);
    expect(root(chart).querySelector('h3')?.textContent).toBe('Connexions, 30 derniers jours');
    expect(Object.keys(totals(chart))).toEqual(['Connexions', 'Personnes distinctes', 'Connexions échouées']);
    await expectAccessible(chart);
  });

  it('draws hostile or broken usage safely: text stays text, bad counts are zero', async () => {
    delete window.__ikXss;
    const chart = await mount((element) => {
      element.usage = {
        appId: payloads[0] ?? '',
        days: payloads.map((payload, index) => ({
          date: payload,
          signIns: index === 0 ? Number.NaN : index === 1 ? -5 : index === 2 ? Number.POSITIVE_INFINITY : 3,
          failures: 0,
          uniquePeople: 1,
        })),
        totals: { signIns: Number.NaN, failures: -1, uniquePeople: 2 },
      };
      element.table = true;
    });
    expect(totals(chart)['Sign-ins']).toBe('0');
    expect(tableRows(chart).map((row) => row[1])).toEqual(['0', '0', '0', '3', '3', '3']);
    expect(tableRows(chart).map((row) => row[0])).toEqual(payloads.map((payload) => payload.slice(0, 10)));
    expect(root(chart).querySelectorAll('img, script, svg').length).toBe(0);
    chart.table = false;
    await chart.updateComplete;
    expect(root(chart).querySelectorAll('img, script').length).toBe(0);
    expect(window.__ikXss).toBeUndefined();
    await expectAccessible(chart);
  });
});
