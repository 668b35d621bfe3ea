import { isApiError } from '@integrakit/core/client';
import { logFilter, toLogSearch } from '@integrakit/core/logs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bookmarkApp } from './__fixtures__/api-call.js';
import type { RunningServer } from './app.js';
import { startTestServer } from './test-server.js';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

let server: RunningServer;
let client: Awaited<ReturnType<typeof startTestServer>>['client'];
const apps = { wiki: '', crm: '' };

beforeAll(async () => {
  ({ server, client } = await startTestServer({ memory: true }));
  apps.wiki = (await client.apps.create(bookmarkApp('Client wiki'))).id;
  apps.crm = (await client.apps.create(bookmarkApp('Client crm'))).id;
  await client.apps.deactivate(apps.wiki);
  await client.apps.activate(apps.wiki);
});
afterAll(() => server.close());

const hour = () => toLogSearch({ range: '1h' }, new Date());

describe("core's System Log client against the reference server", () => {
  it('lists across pages with a view filter: only that app, oldest first', async () => {
    const types: string[] = [];
    const filter = logFilter({ targetId: apps.wiki });
    for await (const event of client.logs.list({ ...hour(), ...(filter ? { filter } : {}), limit: 1 }))
      types.push(event.eventType);
    // An app created active records its activation too, as Okta does.
    expect(types).toEqual([
      'application.lifecycle.create',
      'application.lifecycle.activate',
      'application.lifecycle.deactivate',
      'application.lifecycle.activate',
    ]);
  });

  it('reads one page at a time, newest first, following the next link', async () => {
    // The wiki app changes only in beforeAll, so this holds in any test order.
    const filter = logFilter({ categories: ['appLifecycle'], targetId: apps.wiki }) ?? '';
    const first = await client.logs.page({ ...hour(), filter, sortOrder: 'DESCENDING', limit: 2 });
    expect(first.items.map((event) => event.eventType)).toEqual([
      'application.lifecycle.activate',
      'application.lifecycle.deactivate',
    ]);
    expect(first.next).toBeDefined();
    const second = await client.logs.page({ next: first.next ?? '' });
    expect(second.items.map((event) => event.eventType)).toEqual([
      'application.lifecycle.activate',
      'application.lifecycle.create',
    ]);
    expect(second.items[0]?.target?.[0]).toMatchObject({ id: apps.wiki, type: 'AppInstance' });
  });

  it('polls: reports what is there, then a change made while it waits, then resumes from its link', async () => {
    let release = () => {};
    const waits: number[] = [];
    const wait = (ms: number) => {
      waits.push(ms);
      return new Promise<void>((resolve) => {
        release = resolve;
      });
    };
    const controller = new AbortController();
    const filter = logFilter({ targetId: apps.crm }) ?? '';
    const poll = client.logs.poll({ ...hour(), filter, interval: 2000, wait, signal: controller.signal });
    const seen = (await poll.next()).value;
    expect(seen).toMatchObject({ kind: 'events' });
    expect(seen?.kind === 'events' && seen.events.map((event) => event.eventType)).toEqual([
      'application.lifecycle.create',
      'application.lifecycle.activate',
    ]);
    expect((await poll.next()).value).toMatchObject({ kind: 'events', events: [] });
    const waiting = poll.next();
    await client.apps.deactivate(apps.crm);
    release();
    const update = (await waiting).value;
    expect(update?.kind === 'events' && update.events.map((event) => event.eventType)).toEqual([
      'application.lifecycle.deactivate',
    ]);
    expect(waits).toEqual([2000]);
    controller.abort();
    await poll.return();

    const resumeFrom = update?.next ?? '';
    await client.apps.activate(apps.crm);
    const resumed = client.logs.poll({ resume: resumeFrom, wait });
    const after = (await resumed.next()).value;
    expect(after?.kind === 'events' && after.events.map((event) => event.eventType)).toEqual([
      'application.lifecycle.activate',
    ]);
    await resumed.return();
  });

  it('ends a poll whose filter the server refuses, reporting the 400 without a retry', async () => {
    const updates = [];
    for await (const update of client.logs.poll({ ...hour(), filter: 'password eq "x"' })) updates.push(update);
    expect(updates).toHaveLength(1);
    const [update] = updates;
    expect(update?.kind).toBe('error');
    expect(update).not.toHaveProperty('retryIn');
    const error = update?.kind === 'error' ? update.error : undefined;
    expect(isApiError(error) && error.status === 400 && error.errorCode).toBe('E0000001');
  });

  it("reads an app's usage: 30 days, oldest first, and 404 for an unknown app", async () => {
    const usage = await client.logs.usage(apps.wiki);
    expect(usage.appId).toBe(apps.wiki);
    expect(usage.days).toHaveLength(30);
    expect(usage.days.at(-1)?.date).toBe(new Date().toISOString().slice(0, 10));
    expect(usage.totals).toEqual({ signIns: 0, failures: 0, uniquePeople: 0 });
    expect((await client.logs.usage(apps.wiki, { days: 7 })).days).toHaveLength(7);
    await expect(client.logs.usage('0oaunknown')).rejects.toMatchObject({ status: 404 });
  });
});
