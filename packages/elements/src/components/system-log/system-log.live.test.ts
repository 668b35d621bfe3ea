import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { commands } from 'vitest/browser';
import { expectAccessible } from '../../test-utils/axe.js';
import { eventTypes, mountLog, part } from './__fixtures__/mount.js';
import {
  bookmark,
  type ManualClock,
  manualClock,
  type ReferenceServer,
  startReference,
} from './__fixtures__/server.js';
import type { IkSystemLog } from './system-log.js';

// beforeAll starts the reference server as a process: seconds on a loaded machine.
vi.setConfig({ hookTimeout: 90_000, testTimeout: 60_000 });

let reference: ReferenceServer;

beforeAll(async () => {
  reference = await startReference();
});
afterEach(() => {
  reference.offline = false;
  setVisibility('visible');
  document.body.replaceChildren();
});
afterAll(async () => {
  await commands.stopReferenceServers();
});

/** Makes the document report `state` and tells listeners, as switching tabs does. */
function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

const status = (element: IkSystemLog) => part(element, '[part="status"]').textContent ?? '';
const logRequests = () => reference.requests.filter((url) => url.pathname === '/api/v1/logs').length;

/** A live log of one new app's events, polling on `clock`. */
async function liveLog(clock: ManualClock, label: string) {
  const app = await reference.client.apps.create(bookmark(label));
  const element = await mountLog((log) => {
    log.source = reference.client.logs;
    log.wait = clock.wait;
    log.pollInterval = 4000;
    log.setAttribute('app-id', app.id);
  });
  // The first poll reads from the newest event shown, then waits the interval.
  await expect.poll(() => clock.waits).toEqual([4000]);
  return { element, app };
}

describe('<ik-system-log> live updates against the reference server', () => {
  it('shows an event made while it waits after the next poll, newest first, and says how many are new', async () => {
    const clock = manualClock();
    const { element, app } = await liveLog(clock, 'Live wiki');
    expect(eventTypes(element)).toEqual(['application.lifecycle.activate', 'application.lifecycle.create']);
    expect(status(element)).toBe('2 events. Live: checking for new events.');
    expect(part(element, '[part="live-toggle"]').getAttribute('aria-pressed')).toBe('true');

    await reference.client.apps.deactivate(app.id);
    clock.tick();
    await expect.poll(() => eventTypes(element)[0]).toBe('application.lifecycle.deactivate');
    expect(eventTypes(element)).toHaveLength(3);
    expect(status(element)).toBe('1 new event. Live: checking for new events.');
    await expectAccessible(element);
  });

  it('backs off after failures, saying when it retries, and recovers', async () => {
    const clock = manualClock();
    const { element, app } = await liveLog(clock, 'Flaky wiki');
    reference.offline = true;
    clock.tick();
    await expect.poll(() => status(element)).toBe('2 events. New events could not be fetched. Trying again in 8 s.');
    await expect.poll(() => clock.waits).toEqual([4000, 8000]);
    clock.tick();
    await expect.poll(() => clock.waits).toEqual([4000, 8000, 16000]);
    expect(status(element)).toContain('Trying again in 16 s.');
    await expectAccessible(element);

    reference.offline = false;
    await reference.client.apps.deactivate(app.id);
    clock.tick();
    await expect.poll(() => eventTypes(element)[0]).toBe('application.lifecycle.deactivate');
    expect(status(element)).toBe('1 new event. Live: checking for new events.');
  });

  it('pauses while the page is hidden, asking nothing, and catches up when shown', async () => {
    const clock = manualClock();
    const { element, app } = await liveLog(clock, 'Hidden wiki');
    setVisibility('hidden');
    await expect.poll(() => status(element)).toBe('2 events. Live updates pause while this page is hidden.');
    const asked = logRequests();
    await reference.client.apps.deactivate(app.id);
    clock.tick();
    expect(clock.waits).toEqual([4000]);
    expect(logRequests()).toBe(asked);

    setVisibility('visible');
    await expect.poll(() => eventTypes(element)[0]).toBe('application.lifecycle.deactivate');
    expect(status(element)).toBe('1 new event. Live: checking for new events.');
  });

  it('stops and restarts polling with the Live updates switch', async () => {
    const clock = manualClock();
    const { element, app } = await liveLog(clock, 'Switched wiki');
    part(element, '[part="live-toggle"]').click();
    await expect.poll(() => status(element)).toBe('2 events. Live updates are off.');
    expect(element.live).toBe(false);
    expect(element.hasAttribute('live')).toBe(false);
    await reference.client.apps.deactivate(app.id);
    clock.tick();
    expect(eventTypes(element)).toHaveLength(2);

    part(element, '[part="live-toggle"]').click();
    await expect.poll(() => eventTypes(element)[0]).toBe('application.lifecycle.deactivate');
  });

  it('stops for good when the server refuses the poll query', async () => {
    const clock = manualClock();
    const element = await mountLog((log) => {
      log.source = {
        page: (from) => reference.client.logs.page(from),
        // A query the server refuses: polling cannot fix it, so it stops instead of retrying.
        poll: (options) => reference.client.logs.poll({ ...options, filter: 'password eq "x"' }),
      };
      log.wait = clock.wait;
    });
    await expect.poll(() => status(element)).toMatch(/Live updates stopped: the server refused the query\.$/);
    expect(clock.waits).toEqual([]);
  });
});
