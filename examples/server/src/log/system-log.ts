import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { Db } from '../store/database.js';
import { createEventQueue, type EventQueueOptions } from './event-queue.js';
import type { LogEntity, LogEvent, LogEventInput } from './log-event.js';
import { createLogStore, type LogQuery, type LogStore } from './log-store.js';

/** Who acts through the API token or the portal session: the org's one administrator. */
export const ADMIN_ACTOR: LogEntity = {
  id: '00uintegrakitadmin',
  type: 'User',
  alternateId: 'admin',
  displayName: 'Administrator',
};

/** Options of {@link createSystemLog}. */
export interface SystemLogOptions {
  /** Events older than this are deleted. @default 90 (Okta's retention) */
  readonly retentionDays?: number;
  /** @default () => new Date() */
  readonly now?: () => Date;
  /** Batching of the events that record no change ({@link SystemLog.recordUnchanged}). */
  readonly queue?: EventQueueOptions;
}

/**
 * The System Log: events recorded in the transaction of the change they describe, and events that
 * record no change (sign-ins) written in batches.
 */
export interface SystemLog {
  /** Writes an event for the change `c` is making; call inside that change's `withWrite`. */
  record(c: Context, input: LogEventInput): void;
  /**
   * Queues an event that records no store change (a sign-in), written with others in one
   * transaction shortly after (see `createEventQueue` for what a crash can lose). False when the
   * queue is full and cannot be written now: record it with {@link record} in a `withWrite` then.
   * `answer`, the response the handler is about to return, supplies the request id: reading `c.res`
   * before the handler returns makes Hono rebuild the answer as a stream, which costs more to send.
   */
  recordUnchanged(c: Context, input: LogEventInput, answer?: Response): boolean;
  /** Reads the log; queued events are written first. */
  query(query: LogQuery): ReturnType<LogStore['query']>;
  /** Applies the retention period; returns how many events were deleted. */
  purge(): number;
  readonly retentionDays: number;
}

const MAX_USER_AGENT = 512;

/** A System Log on the server's database. */
export function createSystemLog(db: Db, options: SystemLogOptions = {}): SystemLog {
  const store = createLogStore(db);
  const now = options.now ?? (() => new Date());
  const retentionDays = options.retentionDays ?? 90;
  const queue = createEventQueue(db, store.insert, options.queue);

  const eventOf = (c: Context, input: LogEventInput, answer?: Response): LogEvent => {
    const requestId = (answer ?? c.res).headers.get('X-Okta-Request-Id') ?? crypto.randomUUID();
    return {
      uuid: crypto.randomUUID(),
      published: now().toISOString(),
      eventType: input.eventType,
      version: '0',
      severity: input.severity ?? 'INFO',
      displayMessage: input.displayMessage,
      actor: input.actor ?? ADMIN_ACTOR,
      client: {
        ipAddress: remoteAddress(c),
        userAgent: { rawUserAgent: c.req.header('user-agent')?.slice(0, MAX_USER_AGENT) ?? null },
        zone: 'null',
      },
      outcome: input.outcome ?? { result: 'SUCCESS' },
      target: input.target,
      transaction: { type: 'WEB', id: requestId, detail: {} },
      debugContext: { debugData: { requestId, requestUri: new URL(c.req.url).pathname } },
      authenticationContext: { authenticationStep: 0, externalSessionId: 'unknown' },
    };
  };

  return {
    retentionDays,
    record: (c, input) => store.insert(eventOf(c, input)),
    recordUnchanged: (c, input, answer) => queue.add(eventOf(c, input, answer)),
    query: (query) => {
      db.flushQueues();
      return store.query(query);
    },
    purge: () => store.purge(new Date(now().getTime() - retentionDays * 86_400_000).toISOString()),
  };
}

function remoteAddress(c: Context): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null; // not served by @hono/node-server (app.request in tests)
  }
}
