import type { Db } from '../store/database.js';
import type { LogEvent } from './log-event.js';

/** Options of {@link createEventQueue}. */
export interface EventQueueOptions {
  /** How long the first queued event waits for others before they are written together. @default 25 */
  readonly flushMs?: number;
  /** Events queued at most; a full queue is written at once, or refuses more while it cannot be. @default 1000 */
  readonly maxQueued?: number;
}

/** Events that record no change, written in batches: one transaction and one fsync for many. */
export interface EventQueue {
  /**
   * Queues `event`; false when the queue is full and cannot be written now (a transaction is open):
   * the caller then writes the event itself.
   */
  add(event: LogEvent): boolean;
  /** Writes every queued event in one transaction, unless one is open; false when events wait. */
  flush(): boolean;
  /** Events waiting to be written. */
  readonly size: number;
}

/**
 * A group commit for events that record no store change (a sign-in): each one in its own fsynced
 * transaction kept the event loop waiting on the disk once per request, with every other request
 * waiting behind it. They are queued and written together after `flushMs`, when the queue is full,
 * before every read of the log, and when the database closes. An open transaction (a change being
 * written across an await) is never joined: the flush waits for the next turn.
 *
 * What a crash can lose: the events queued at that moment (at most `flushMs` of sign-ins, or more
 * while a transaction stays open), whose requests were already answered. A sign-in changes nothing
 * that another request reads, so losing its record loses no state; events that record a change are
 * never queued (they share the change's transaction).
 */
export function createEventQueue(
  db: Db,
  insert: (event: LogEvent) => void,
  options: EventQueueOptions = {},
): EventQueue {
  const flushMs = options.flushMs ?? 25;
  const maxQueued = options.maxQueued ?? 1000;
  let queue: LogEvent[] = [];
  let timer: NodeJS.Timeout | undefined;

  const arm = () => {
    if (timer !== undefined) return;
    timer = setTimeout(onTimer, flushMs);
    // Queued events must not keep a finished process alive; closing the database writes them.
    timer.unref();
  };

  const flush = (): boolean => {
    clearTimeout(timer);
    timer = undefined;
    if (queue.length === 0) return true;
    if (!db.open) throw new Error(`the database closed with ${queue.length} log events queued`);
    if (db.inTransaction) {
      arm();
      return false;
    }
    const batch = queue;
    queue = [];
    try {
      db.exec('BEGIN IMMEDIATE');
      for (const event of batch) insert(event);
      db.exec('COMMIT');
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      // Kept, in order, for the next attempt: an event is written once, or is still queued.
      queue = batch;
      arm();
      throw error;
    }
    return true;
  };

  const report = (count: number, why: string) =>
    console.error(`System Log: ${count} queued events not written: ${why}`);

  // No request waits for these flushes: a failure is reported, not thrown (the events stay queued).
  function onTimer() {
    timer = undefined;
    const count = queue.length;
    try {
      flush();
    } catch (error) {
      report(count, `${(error as Error).message} (retried)`);
    }
  }

  db.addQueue((closing) => {
    const count = queue.length;
    try {
      if (!flush() && closing) report(count, 'the database closed during a transaction');
    } catch (error) {
      report(count, (error as Error).message);
    }
  });

  return {
    add(event) {
      if (queue.length >= maxQueued && !flush()) return false;
      queue.push(event);
      arm();
      return true;
    },
    flush,
    get size() {
      return queue.length;
    },
  };
}
