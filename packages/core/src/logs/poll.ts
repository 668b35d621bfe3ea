import type { Page } from '../client/pagination.js';
import { type PollTiming, pollDelay } from './backoff.js';

/** What a poll reports: new events (possibly none) with the link to poll next, or a failure. */
export type PollUpdate<T> =
  | {
      readonly kind: 'events';
      readonly events: readonly T[];
      /** The link to poll next (resume from it later); absent when the feed ended. */
      readonly next?: string;
    }
  | {
      readonly kind: 'error';
      readonly error: unknown;
      /** Milliseconds until the next attempt; absent when polling stopped because retrying cannot help. */
      readonly retryIn?: number;
      /** The link the next attempt fetches, for resuming later; absent before the first success. */
      readonly next?: string;
    };

/** Options of {@link pollPages}. */
export interface PollOptions extends PollTiming {
  /** Stops polling; the generator then returns. */
  readonly signal?: AbortSignal;
  /**
   * Waits `ms` milliseconds, rejecting when `signal` aborts. Replace it to drive polling from
   * another clock.
   * @default a `setTimeout` wait
   */
  readonly wait?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /**
   * Whether a failure is worth retrying; a `false` ends polling after reporting it.
   * @default () => true
   */
  readonly retryable?: (error: unknown) => boolean;
}

/** A `setTimeout` wait that rejects with the signal's reason when it aborts. */
export function timerWait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', stop, { once: true });
  });
}

/**
 * Polls a feed that always links to its next page (Okta's System Log with `since` and no
 * `until`): fetches the next link at once while pages bring events, waits the interval after an
 * empty page, and backs off exponentially after failures, reporting each. Ends when `signal` aborts
 * or the server stops linking a next page.
 */
export async function* pollPages<T>(
  first: () => Promise<Page<T>>,
  following: (url: string) => Promise<Page<T>>,
  options: PollOptions = {},
): AsyncGenerator<PollUpdate<T>, void, undefined> {
  const wait = options.wait ?? timerWait;
  const retryable = options.retryable ?? (() => true);
  let next: string | undefined;
  let failures = 0;
  // A function, not a narrowed property read: the signal can abort during any await below.
  const stopped = () => options.signal?.aborted === true;
  while (!stopped()) {
    let delay: number;
    try {
      const page = next === undefined ? await first() : await following(next);
      failures = 0;
      if (page.next === undefined) {
        yield { kind: 'events', events: page.items };
        return;
      }
      next = page.next;
      yield { kind: 'events', events: page.items, next };
      delay = page.items.length > 0 ? 0 : pollDelay(0, options);
    } catch (error) {
      if (stopped()) return;
      if (!retryable(error)) {
        yield { kind: 'error', error, ...(next === undefined ? {} : { next }) };
        return;
      }
      failures += 1;
      delay = pollDelay(failures, options);
      yield { kind: 'error', error, retryIn: delay, ...(next === undefined ? {} : { next }) };
    }
    if (delay > 0) {
      try {
        await wait(delay, options.signal);
      } catch {
        return;
      }
    }
  }
}
