import { describe, expect, it } from 'vitest';
import type { Page } from '../client/pagination.js';
import { pollDelay } from './backoff.js';
import { type PollUpdate, pollPages, timerWait } from './poll.js';

/** A clock whose waits pass at once, recording how long each asked for. */
function instantClock() {
  const waits: number[] = [];
  return {
    waits,
    wait: async (ms: number) => {
      waits.push(ms);
    },
  };
}

/** A wait that never passes, rejecting when its signal aborts. */
const endlessWait = (_ms: number, signal?: AbortSignal) =>
  new Promise<void>((_resolve, reject) => {
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });

type Answer = Page<number> | Error;

/** A feed answering from a script; records the URLs asked for. */
function feed(answers: Answer[]) {
  const asked: string[] = [];
  const answer = async (url: string) => {
    asked.push(url);
    const next = answers.shift();
    if (next === undefined) throw new Error('no more answers');
    if (next instanceof Error) throw next;
    return next;
  };
  return { asked, first: () => answer('first'), following: answer };
}

async function take<T>(source: AsyncGenerator<PollUpdate<T>>, count: number) {
  const seen: PollUpdate<T>[] = [];
  for await (const update of source) {
    seen.push(update);
    if (seen.length === count) break;
  }
  return seen;
}

describe('pollPages', () => {
  it('follows next links at once while pages bring events, and waits the interval after an empty one', async () => {
    const clock = instantClock();
    const { asked, first, following } = feed([
      { items: [1, 2], next: 'n1' },
      { items: [3], next: 'n2' },
      { items: [], next: 'n3' },
      { items: [4], next: 'n4' },
    ]);
    const updates = await take(pollPages(first, following, { wait: clock.wait, interval: 5000 }), 4);
    expect(updates.map((update) => (update.kind === 'events' ? update.events : []))).toEqual([[1, 2], [3], [], [4]]);
    expect(asked).toEqual(['first', 'n1', 'n2', 'n3']);
    expect(updates.at(-1)).toMatchObject({ next: 'n4' });
    expect(clock.waits).toEqual([5000]);
  });

  it('backs off exponentially on failures, reports each, retries the same link and resets after a success', async () => {
    const clock = instantClock();
    const { asked, first, following } = feed([
      { items: [], next: 'n1' },
      new Error('down'),
      new Error('down'),
      { items: [1], next: 'n2' },
      { items: [], next: 'n3' },
    ]);
    const updates = await take(pollPages(first, following, { wait: clock.wait, interval: 1000 }), 5);
    expect(updates.map((update) => update.kind)).toEqual(['events', 'error', 'error', 'events', 'events']);
    expect(updates[1]).toMatchObject({ retryIn: pollDelay(1, { interval: 1000 }), next: 'n1' });
    expect(updates[2]).toMatchObject({ retryIn: pollDelay(2, { interval: 1000 }) });
    expect(clock.waits).toEqual([1000, 2000, 4000]);
    expect(asked).toEqual(['first', 'n1', 'n1', 'n1', 'n2']);
  });

  it('stops after a failure that retrying cannot fix, reporting it without a retry time', async () => {
    const { first, following } = feed([new Error('bad filter')]);
    const updates = await take(pollPages(first, following, { retryable: () => false }), 10);
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ kind: 'error' });
    expect(updates[0]).not.toHaveProperty('retryIn');
  });

  it('ends when the signal aborts during a wait, and when the feed stops linking', async () => {
    const controller = new AbortController();
    const { first, following } = feed([{ items: [], next: 'n1' }]);
    const poll = pollPages(first, following, { wait: endlessWait, signal: controller.signal });
    expect((await poll.next()).value).toMatchObject({ kind: 'events', next: 'n1' });
    const pending = poll.next();
    controller.abort();
    expect(await pending).toEqual({ done: true, value: undefined });

    const ended = feed([{ items: [7] }]);
    expect(await take(pollPages(ended.first, ended.following), 5)).toEqual([{ kind: 'events', events: [7] }]);
  });

  it('caps the backoff at maxInterval and never waits less than the interval', () => {
    expect(pollDelay(0)).toBe(10_000);
    expect(pollDelay(3, { interval: 1000, maxInterval: 5000 })).toBe(5000);
    expect(pollDelay(1e9, { interval: 1000 })).toBe(300_000);
    expect(pollDelay(1, { interval: 1000, maxInterval: 10 })).toBe(1000);
  });

  it('timerWait resolves after the time and rejects at once when aborted', async () => {
    await expect(timerWait(1)).resolves.toBeUndefined();
    const controller = new AbortController();
    const pending = timerWait(60_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(pending).rejects.toThrow('stop');
    await expect(timerWait(1, controller.signal)).rejects.toThrow('stop');
  });
});
