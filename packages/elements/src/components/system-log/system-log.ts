import {
  isLogTimeRange,
  type LogEventCategory,
  type LogOutcome,
  type LogTimeRange,
  type LogView,
  toLogSearch,
} from '@integrakit/core/logs';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { LocalizeController } from '../../controllers/localize.js';
import { IkLogViewChangeEvent } from '../../events/log-view-change.js';
import { controlStyles } from '../../styles/controls.js';
import { baseStyles } from '../../styles/tokens.js';
import { renderEvent } from './log-event.js';
import { LogFeed, type LogSource } from './log-feed.js';
import { renderFilters } from './log-filters.js';
import { systemLogStyles } from './system-log.styles.js';
import { type SystemLogTerms, systemLogTerms } from './terms.js';

/**
 * Okta's System Log for an org or one app: events newest first with time range, event-type,
 * outcome and keyword filters, live updates by polling (paused while the page is hidden, backing off
 * after failures), and an expandable detail per event. Every value from an event is rendered as
 * text, never as markup.
 *
 * @summary The System Log: filterable, live, with event details.
 * @csspart heading - The "System Log" heading.
 * @csspart filters - The filter form (`role="search"`).
 * @csspart range - The time range select.
 * @csspart outcome-filter - The outcome select.
 * @csspart categories - The event-type checkboxes.
 * @csspart search - The keyword input.
 * @csspart apply - The button that applies the keywords.
 * @csspart live-toggle - The live updates switch (`aria-pressed`).
 * @csspart status - The polite status line (counts, live state, retries).
 * @csspart events - The list of events.
 * @csspart event - One event.
 * @csspart event-toggle - The disclosure button naming an event.
 * @csspart event-meta - Time, actor, outcome and type of an event.
 * @csspart outcome - An event's outcome badge.
 * @csspart event-detail - The expanded details.
 * @csspart event-fields - The details as a description list.
 * @csspart event-json - The event as JSON.
 * @csspart load-older - The button that loads older events.
 * @csspart error - The load failure message with a retry.
 * @cssproperty --ik-system-log-failure - Colour of failure outcomes.
 * @event ik-log-view-change - The user changed a filter; `detail.view` is the new `LogView`.
 */
export class IkSystemLog extends LitElement {
  static override styles = [baseStyles, controlStyles, systemLogStyles];

  static override properties = {
    source: { attribute: false },
    appId: { type: String, attribute: 'app-id', reflect: true },
    range: { type: String, reflect: true },
    categories: { attribute: false },
    outcome: { type: String, reflect: true },
    q: { type: String },
    live: { type: Boolean, reflect: true },
    pollInterval: { type: Number, attribute: 'poll-interval' },
    pageSize: { type: Number, attribute: 'page-size' },
    wait: { attribute: false },
    _expanded: { state: true },
  };

  /** Where events come from: core's `client.logs` (`createClient(...).logs`). */
  declare source: LogSource | undefined;
  /** Shows only events with this app among their targets (the integration page's **View Logs**). */
  declare appId: string;
  /** How far back to look. @default '24h' */
  declare range: LogTimeRange;
  /** Event-type groups to show; empty shows every type. @default [] */
  declare categories: readonly LogEventCategory[];
  /** Only this outcome; empty for any. @default '' */
  declare outcome: LogOutcome | '';
  /** Keywords (Okta's `q`). @default '' */
  declare q: string;
  /** Whether new events appear as they happen (polling). @default true */
  declare live: boolean;
  /** Milliseconds between polls that found nothing (the wait doubles after failures). @default 10000 */
  declare pollInterval: number;
  /** Events per page; **Load older events** fetches the next page. @default 50 */
  declare pageSize: number;
  /**
   * How the element waits between polls, rejecting when the signal aborts. Replace it to drive
   * polling from another clock (tests, a shared scheduler). @default real timers
   */
  declare wait: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
  declare _expanded: ReadonlySet<string>;

  readonly #localize = new LocalizeController(this);
  readonly #feed = new LogFeed(this);

  constructor() {
    super();
    this.source = undefined;
    this.appId = '';
    this.range = '24h';
    this.categories = [];
    this.outcome = '';
    this.q = '';
    this.live = true;
    this.pollInterval = 10_000;
    this.pageSize = 50;
    this.wait = undefined;
    this._expanded = new Set();
  }

  /** The view the filters describe. */
  get view(): LogView {
    return {
      range: isLogTimeRange(this.range) ? this.range : '24h',
      ...(this.categories.length === 0 ? {} : { categories: [...this.categories] }),
      ...(this.outcome === '' ? {} : { outcome: this.outcome }),
      ...(this.appId === '' ? {} : { targetId: this.appId }),
      ...(this.q.trim() === '' ? {} : { q: this.q.trim() }),
    };
  }

  /** Loads the current view again from the newest event. */
  refresh(): Promise<void> {
    if (this.source === undefined) return Promise.resolve();
    this._expanded = new Set();
    return this.#feed.load(this.source, toLogSearch(this.view, new Date()), {
      live: this.live,
      interval: this.pollInterval,
      wait: this.wait,
      pageSize: Math.min(1000, Math.max(1, Math.trunc(this.pageSize) || 50)),
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const query = [
      'source',
      'appId',
      'range',
      'categories',
      'outcome',
      'q',
      'pollInterval',
      'pageSize',
      'wait',
    ] as const;
    if (query.some((key) => changed.has(key))) void this.refresh();
    else if (changed.has('live')) this.#feed.setLive(this.live);
  }

  override render() {
    const t = systemLogTerms(this.#localize.term());
    const feed = this.#feed;
    return html`<section class="log" aria-labelledby="heading">
      <h2 id="heading" part="heading">${t.logHeading}</h2>
      ${this.appId === '' ? nothing : html`<p class="scope">${t.logAppScope}</p>`}
      ${renderFilters(this.view, t, {
        onRange: (range) => this.#change({ range }),
        onCategory: (category, checked) =>
          this.#change({
            categories: checked ? [...this.categories, category] : this.categories.filter((item) => item !== category),
          }),
        onOutcome: (outcome) => this.#change({ outcome: outcome ?? '' }),
        onSearch: (q) => this.#change({ q }),
      })}
      <div class="toolbar">
        <button
          part="live-toggle"
          type="button"
          aria-pressed=${this.live ? 'true' : 'false'}
          @click=${() => this.#toggleLive()}
        >
          ${t.logLive}
        </button>
        <p part="status" class="status" role="status">${this.#status(t)}</p>
      </div>
      ${
        feed.state === 'error'
          ? html`<div part="error" class="error" role="alert">
            <p>${t.logLoadFailed}</p>
            <button type="button" @click=${() => this.refresh()}>${t.logRetry}</button>
          </div>`
          : nothing
      }
      ${feed.state === 'ready' && feed.events.length === 0 ? html`<p part="empty" class="empty">${t.logEmpty}</p>` : nothing}
      ${
        feed.events.length === 0
          ? nothing
          : html`<ol part="events" class="events" aria-label=${t.logEvents} aria-busy=${feed.state === 'loading' ? 'true' : 'false'}>
            ${repeat(
              feed.events,
              (event) => event.uuid,
              (event, index) =>
                renderEvent(event, index, {
                  t,
                  lang: this.#localize.lang(),
                  expanded: this._expanded.has(event.uuid),
                  onToggle: (uuid) => this.#toggle(uuid),
                }),
            )}
          </ol>`
      }
      ${
        feed.olderLink !== undefined && feed.state === 'ready'
          ? html`<button part="load-older" type="button" class="older" @click=${() => feed.loadOlder()}>
            ${t.logLoadOlder}
          </button>`
          : nothing
      }
    </section>`;
  }

  #status(t: SystemLogTerms): string {
    const feed = this.#feed;
    if (feed.state === 'loading') return t.logLoading;
    if (feed.state !== 'ready') return '';
    const live = {
      off: t.logLiveOff,
      on: t.logLiveOn,
      hidden: t.logLiveHidden,
      retrying: t.logRetrying(feed.retryIn),
      stopped: t.logLiveStopped,
    }[feed.live];
    const count = feed.fresh > 0 ? t.logFresh(feed.fresh) : t.logShown(feed.events.length);
    return `${count}. ${live}`;
  }

  #change(patch: Partial<Pick<IkSystemLog, 'range' | 'categories' | 'outcome' | 'q'>>): void {
    Object.assign(this, patch);
    this.dispatchEvent(new IkLogViewChangeEvent(this.view));
  }

  #toggle(uuid: string): void {
    const next = new Set(this._expanded);
    if (!next.delete(uuid)) next.add(uuid);
    this._expanded = next;
  }

  #toggleLive(): void {
    this.live = !this.live;
  }
}
