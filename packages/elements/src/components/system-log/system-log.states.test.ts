import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../styles/themes/dark.css';
import { expectAccessible } from '../../test-utils/axe.js';
import { fr } from '../../translations/fr.js';
import { registerTranslation } from '../../translations/registry.js';
import {
  failingSource,
  hostileEvents,
  memorySource,
  pendingSource,
  retryingSource,
  sampleEvents,
} from './__fixtures__/events.js';
import { messages, mountLog, part } from './__fixtures__/mount.js';
import type { IkSystemLog } from './system-log.js';

registerTranslation(fr);

afterEach(() => {
  document.body.replaceChildren();
});

const toggles = (element: IkSystemLog) => [
  ...(element.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part="event-toggle"]') ?? []),
];
const focused = (element: IkSystemLog) => element.shadowRoot?.activeElement;

describe('<ik-system-log> states', () => {
  it('renders events with a failed sign-in marked, and is accessible', async () => {
    const element = await mountLog((log) => {
      log.source = memorySource(sampleEvents());
      log.live = false;
    });
    expect(messages(element)).toEqual([
      'User single sign on to app',
      'User single sign on to app',
      'Add user to application membership',
      'Create application',
    ]);
    const outcomes = [...(element.shadowRoot?.querySelectorAll('[part="outcome"]') ?? [])];
    expect(outcomes.map((node) => node.textContent)).toEqual(['Success', 'Failure', 'Success', 'Success']);
    expect(outcomes[1]?.classList.contains('failure')).toBe(true);
    expect(part(element, '[part="event-meta"]').textContent).toContain('by Ada Lovelace');
    await expectAccessible(element);
  });

  it('is accessible while loading, empty, failed and retrying', async () => {
    const loading = await mountLogWithout(pendingSource());
    expect(part(loading, '[part="status"]').textContent).toBe('Loading events…');
    await expectAccessible(loading);
    document.body.replaceChildren();

    const empty = await mountLog((log) => {
      log.source = memorySource([]);
    });
    expect(part(empty, '[part="empty"]').textContent).toBe('No events match these filters in this time range.');
    await expectAccessible(empty);
    document.body.replaceChildren();

    const failed = await mountLog((log) => {
      log.source = failingSource();
    });
    expect(part(failed, '[role="alert"]').textContent).toContain('The events could not be loaded.');
    await expectAccessible(failed);
    document.body.replaceChildren();

    const retrying = await mountLog((log) => {
      log.source = retryingSource(sampleEvents());
      log.wait = () => new Promise(() => {});
      log.pollInterval = 5000;
    });
    await expect.poll(() => part(retrying, '[part="status"]').textContent).toContain('Trying again in 10 s.');
    await expectAccessible(retrying);
  });

  it('expands and collapses an event with the keyboard (disclosure: Enter and Space)', async () => {
    const element = await mountLog((log) => {
      log.source = memorySource(sampleEvents());
      log.live = false;
    });
    const second = toggles(element)[1];
    if (second === undefined) throw new Error('no second event');
    second.focus();
    expect(second.getAttribute('aria-expanded')).toBe('false');
    const detail = element.shadowRoot?.getElementById(second.getAttribute('aria-controls') ?? '');
    expect(detail?.hidden).toBe(true);

    await userEvent.keyboard('{Enter}');
    expect(second.getAttribute('aria-expanded')).toBe('true');
    expect(detail?.hidden).toBe(false);
    const facts = Object.fromEntries(
      [...(detail?.querySelectorAll('.fact') ?? [])].map((fact) => [
        fact.querySelector('dt')?.textContent,
        fact.querySelector('dd')?.textContent?.trim(),
      ]),
    );
    expect(facts).toMatchObject({
      'Event type': 'user.authentication.sso',
      Outcome: 'Failure',
      Reason: 'User is not assigned to the app',
      Actor: 'Ada Lovelace (User)',
    });
    expect(JSON.parse(detail?.querySelector('[part="event-json"]')?.textContent ?? '')).toMatchObject({
      uuid: 'event-2',
    });
    expect(focused(element)).toBe(second);
    await expectAccessible(element);

    await userEvent.keyboard(' ');
    expect(second.getAttribute('aria-expanded')).toBe('false');
    expect(detail?.hidden).toBe(true);

    await userEvent.keyboard('{Tab}');
    expect(focused(element)).toBe(toggles(element)[2]);
  });

  it('keeps hostile strings inert in the list and in every expanded detail', async () => {
    delete window.__ikXss;
    const element = await mountLog((log) => {
      log.source = memorySource(hostileEvents());
      log.live = false;
    });
    for (const toggle of toggles(element)) toggle.click();
    await element.updateComplete;
    const root = element.shadowRoot;
    expect(root?.querySelectorAll('[part="event-detail"]:not([hidden])').length).toBe(hostileEvents().length);
    expect(root?.querySelectorAll('img, script, svg, style:not([data-lit])').length).toBe(0);
    expect(root?.textContent).toContain('<img src=x onerror=');
    expect(window.__ikXss).toBeUndefined();
    await expectAccessible(element);
  });

  it('reads right to left in French on the dark theme, without overflowing 320 px', async () => {
    const host = document.createElement('div');
    host.className = 'ik-theme-dark';
    host.lang = 'fr';
    host.dir = 'rtl';
    host.style.cssText = 'inline-size: 320px; background: var(--ik-color-surface)';
    document.body.append(host);
    const element = await mountLog((log) => {
      log.source = memorySource(sampleEvents());
      log.live = false;
    }, host);
    await page.viewport(320, 800);
    expect(part(element, '#heading').textContent).toBe('Journal système');
    expect(part(element, '[part="status"]').textContent).toBe(
      '4 événements. Les mises à jour en direct sont désactivées.',
    );
    toggles(element)[0]?.click();
    await element.updateComplete;
    expect(getComputedStyle(part(element, '.filters')).direction).toBe('rtl');
    expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
    await expectAccessible(element);
  });
});

/** Mounts without waiting for a load that never ends. */
async function mountLogWithout(source: IkSystemLog['source']): Promise<IkSystemLog> {
  const element = document.createElement('ik-system-log');
  element.source = source;
  document.body.append(element);
  await element.updateComplete;
  return element;
}
