import { type PollOptions, type PollUpdate, pollPages } from '../logs/poll.js';
import type { LogSearch } from '../logs/query.js';
import { isApiError } from './errors.js';
import type { CallOptions, Http } from './http.js';
import { type AppUsage, AppUsageSchema, type LogEvent, LogEventSchema } from './log-wire.js';
import type { Page } from './pagination.js';
import { lister, params, seg, signalOf } from './resource.js';

/** Options of {@link LogsApi.list} and {@link LogsApi.page}: Okta's `GET /api/v1/logs` parameters. */
export interface ListLogsOptions extends LogSearch, CallOptions {
  /**
   * Events per page, at most 1000.
   * @default 100 (the server's)
   */
  readonly limit?: number;
  /**
   * `ASCENDING` (oldest first) or `DESCENDING`.
   * @default 'ASCENDING' (the server's)
   */
  readonly sortOrder?: 'ASCENDING' | 'DESCENDING';
}

/** Options of {@link LogsApi.poll}. */
export interface PollLogsOptions extends Omit<ListLogsOptions, 'until' | 'sortOrder'>, Omit<PollOptions, 'retryable'> {
  /** A `next` link a previous poll reported: resumes there instead of starting at `since`. */
  readonly resume?: string;
}

/** Options of {@link LogsApi.usage}. */
export interface UsageOptions extends CallOptions {
  /**
   * How many days back, 1 to 90.
   * @default 30
   */
  readonly days?: number;
}

/** `/api/v1/logs`: Okta's System Log, and the reference server's per-app usage built on it. */
export interface LogsApi {
  /** Every matching event across pages, fetched lazily. A polling query (ascending, no `until`) ends at the newest event. */
  list(options?: ListLogsOptions): AsyncGenerator<LogEvent, void, undefined>;
  /** One page: the first of a query, or the one a previous page's `next` link names. */
  page(from: ListLogsOptions | { readonly next: string; readonly signal?: AbortSignal }): Promise<Page<LogEvent>>;
  /**
   * Okta's polling: an ascending query from `since` whose `next` link is followed for as long as
   * `signal` allows, waiting `interval` after an empty page and backing off after failures. Client
   * errors other than 429 end the poll after they are reported, since repeating cannot fix them.
   *
   * @example
   * for await (const update of client.logs.poll({ since, filter: 'eventType sw "user."', signal }))
   *   if (update.kind === 'events') show(update.events);
   */
  poll(options?: PollLogsOptions): AsyncGenerator<PollUpdate<LogEvent>, void, undefined>;
  /** `GET /api/v1/apps/{appId}/usage`: sign-ins per day, unique people and failures (not an Okta API). */
  usage(appId: string, options?: UsageOptions): Promise<AppUsage>;
}

const searchParams = (options: ListLogsOptions): URLSearchParams =>
  params({
    since: options.since,
    until: options.until,
    filter: options.filter,
    q: options.q,
    limit: options.limit,
    sortOrder: options.sortOrder,
  });

// A 4xx other than 429 says the query itself is wrong (or access is gone): asking again cannot help.
const retryable = (error: unknown) => !isApiError(error) || error.status === 429 || error.status >= 500;

export function logsApi(http: Http): LogsApi {
  const following = (signal: CallOptions) => (url: string) => http.page(url, LogEventSchema, signal);
  return {
    list: (options = {}) => lister(http, 'logs', LogEventSchema, searchParams(options), options),
    page: (from) =>
      'next' in from
        ? following(signalOf(from))(from.next)
        : http.page('logs', LogEventSchema, { ...signalOf(from), searchParams: searchParams(from) }),
    poll: (options = {}) => {
      const call = signalOf(options);
      const { resume } = options;
      const first =
        resume === undefined
          ? () => http.page('logs', LogEventSchema, { ...call, searchParams: searchParams(options) })
          : () => following(call)(resume);
      return pollPages(first, following(call), { ...options, retryable });
    },
    usage: (appId, options = {}) =>
      http.json('GET', `apps/${seg(appId)}/usage`, AppUsageSchema, {
        ...signalOf(options),
        searchParams: params({ days: options.days }),
      }),
  };
}
