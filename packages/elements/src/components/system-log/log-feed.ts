import type { LogEvent, LogsApi } from '@integrakit/core/client';
import type { LogSearch } from '@integrakit/core/logs';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the log needs of core's client: `client.logs`, or anything with the same two calls. */
export type LogSource = Pick<LogsApi, 'page' | 'poll'>;

/** How live updates stand: off, polling, paused while the page is hidden, retrying after a failure, or stopped. */
export type LiveState = 'off' | 'on' | 'hidden' | 'retrying' | 'stopped';

/** Options of one {@link LogFeed.load}. */
export interface FeedOptions {
  readonly live: boolean;
  readonly interval: number;
  readonly wait: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
  /** Events per page, newest first. */
  readonly pageSize: number;
}

// The list is bounded: a page left open on a busy org must not grow without end.
const MAX_EVENTS = 500;

/**
 * Loads a System Log query newest first, pages back through `next` links, and polls for new events
 * (Okta's ascending `since` query) while live, pausing while the document is hidden. Events are
 * deduplicated by `uuid`: the poll starts at the newest event shown, which the server returns again.
 */
export class LogFeed implements ReactiveController {
  events: LogEvent[] = [];
  state: 'initial' | 'loading' | 'ready' | 'error' = 'initial';
  live: LiveState = 'off';
  /** Seconds until the next attempt while {@link live} is `retrying`. */
  retryIn = 0;
  /** How many events the last poll added. */
  fresh = 0;
  olderLink: string | undefined;
  readonly #host: ReactiveControllerHost;
  #source: LogSource | undefined;
  #search: LogSearch = {};
  #options: FeedOptions = { live: false, interval: 10_000, wait: undefined, pageSize: 50 };
  #resume: string | undefined;
  #seen = new Set<string>();
  #load: AbortController | undefined;
  #poll: AbortController | undefined;
  readonly #visibility = () => this.#onVisibility();

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#visibility);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#visibility);
    this.#load?.abort();
    this.#stopPolling();
  }

  /** Starts over with `search`: the newest page, then polling if `options.live`. */
  async load(source: LogSource, search: LogSearch, options: FeedOptions): Promise<void> {
    this.#load?.abort();
    this.#stopPolling();
    const controller = new AbortController();
    this.#load = controller;
    this.#source = source;
    this.#search = search;
    this.#options = options;
    this.#resume = undefined;
    this.state = 'loading';
    this.#host.requestUpdate();
    try {
      const page = await source.page({
        ...search,
        sortOrder: 'DESCENDING',
        limit: options.pageSize,
        signal: controller.signal,
      });
      if (controller.signal.aborted) return;
      this.#seen = new Set();
      this.events = this.#unseen(page.items);
      this.olderLink = page.next;
      this.fresh = 0;
      this.state = 'ready';
      this.#startPolling();
    } catch {
      if (controller.signal.aborted) return;
      this.state = 'error';
      this.live = 'off';
    }
    this.#host.requestUpdate();
  }

  /** Appends the next older page. */
  async loadOlder(): Promise<void> {
    const link = this.olderLink;
    if (this.#source === undefined || link === undefined) return;
    const page = await this.#source.page({ next: link });
    // Ignore a page that belongs to a query replaced meanwhile.
    if (this.olderLink !== link) return;
    this.events = [...this.events, ...this.#unseen(page.items)].slice(0, MAX_EVENTS);
    this.olderLink = this.events.length >= MAX_EVENTS ? undefined : page.next;
    this.#host.requestUpdate();
  }

  /** Turns polling on or off for the current query. */
  setLive(live: boolean): void {
    this.#options = { ...this.#options, live };
    if (!live) {
      this.#stopPolling();
      this.live = 'off';
      this.#host.requestUpdate();
    } else if (this.state === 'ready') this.#startPolling();
  }

  #unseen(items: readonly LogEvent[]): LogEvent[] {
    const fresh = items.filter((event) => !this.#seen.has(event.uuid));
    for (const event of fresh) this.#seen.add(event.uuid);
    return fresh;
  }

  #startPolling(): void {
    this.#stopPolling();
    if (!this.#options.live || this.#source === undefined) {
      this.live = 'off';
      return;
    }
    if (document.visibilityState === 'hidden') {
      this.live = 'hidden';
      return;
    }
    const controller = new AbortController();
    this.#poll = controller;
    this.live = 'on';
    void this.#pollLoop(this.#source, controller);
  }

  #stopPolling(): void {
    this.#poll?.abort();
    this.#poll = undefined;
  }

  async #pollLoop(source: LogSource, controller: AbortController): Promise<void> {
    const { interval, wait } = this.#options;
    const since = this.events[0]?.published ?? this.#search.since;
    const updates = source.poll({
      ...(this.#resume === undefined
        ? { ...this.#search, ...(since === undefined ? {} : { since }) }
        : { resume: this.#resume }),
      interval,
      ...(wait === undefined ? {} : { wait }),
      signal: controller.signal,
    });
    for await (const update of updates) {
      if (controller.signal.aborted) return;
      if (update.next !== undefined) this.#resume = update.next;
      if (update.kind === 'events') {
        // The poll is oldest first; the list is newest first.
        const added = this.#unseen(update.events).reverse();
        if (added.length > 0) {
          this.fresh = added.length;
          this.events = [...added, ...this.events].slice(0, MAX_EVENTS);
        }
        this.live = 'on';
      } else if (update.retryIn === undefined) {
        this.live = 'stopped';
      } else {
        this.live = 'retrying';
        this.retryIn = Math.ceil(update.retryIn / 1000);
      }
      this.#host.requestUpdate();
    }
  }

  #onVisibility(): void {
    if (this.state !== 'ready' || !this.#options.live) return;
    if (document.visibilityState === 'hidden') {
      this.#stopPolling();
      this.live = 'hidden';
      this.#host.requestUpdate();
    } else if (this.live === 'hidden') {
      this.#startPolling();
      this.#host.requestUpdate();
    }
  }
}
