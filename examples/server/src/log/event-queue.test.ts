import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../store/database.js';
import { createEventQueue } from './event-queue.js';
import type { LogEvent } from './log-event.js';
import { createLogStore } from './log-store.js';
import { createSystemLog } from './system-log.js';

// A file database, read through a second connection: what another process (or a restart) sees is
// only what was committed.
const freshDir = () => mkdtempSync(join(tmpdir(), 'integrakit-event-queue-'));
const request = {
  req: { header: () => undefined, url: 'http://127.0.0.1/app/wiki/key/sso/saml' },
  res: { headers: new Headers() },
} as unknown as Parameters<ReturnType<typeof createSystemLog>['record']>[0];
const signIn = (who: string) => ({
  eventType: 'user.authentication.sso',
  displayMessage: 'User single sign on to app',
  actor: { id: who, type: 'User', alternateId: `${who}@example.com`, displayName: who },
  target: [{ id: 'wiki', type: 'AppInstance', alternateId: 'Wiki', displayName: 'Wiki' }],
});
/** The actors of the sign-in events committed to the database in `dir`, oldest first. */
const committed = (dir: string) => {
  const reader = new Database(join(dir, 'integrakit.db'), { readonly: true });
  try {
    return reader.prepare('SELECT actor_id FROM log_events ORDER BY seq').pluck().all() as string[];
  } finally {
    reader.close();
  }
};
/** A sign-in event as the System Log writes it (its uuid is unique in the table). */
const eventOf = (who: string): LogEvent => ({
  uuid: crypto.randomUUID(),
  published: new Date().toISOString(),
  version: '0',
  severity: 'INFO',
  client: { ipAddress: null, userAgent: { rawUserAgent: null }, zone: 'null' },
  outcome: { result: 'SUCCESS' },
  transaction: { type: 'WEB', id: who, detail: {} },
  debugContext: { debugData: { requestId: who, requestUri: '/app/wiki/key/sso/saml' } },
  authenticationContext: { authenticationStep: 0, externalSessionId: 'unknown' },
  ...signIn(who),
});
const people = (count: number) => Array.from({ length: count }, (_, index) => `person-${index}`);

afterEach(() => {
  vi.useRealTimers();
});

describe('the System Log queue of events that record no change', () => {
  it('writes many sign-ins in one transaction, each once, when the log is read', () => {
    const dir = freshDir();
    const db = openDatabase(dir);
    const log = createSystemLog(db, { queue: { flushMs: 60_000 } });
    const exec = vi.spyOn(db, 'exec');
    for (const who of people(40)) expect(log.recordUnchanged(request, signIn(who))).toBe(true);
    expect(committed(dir)).toEqual([]);
    const read = log.query({
      since: '2000-01-01T00:00:00Z',
      until: '2100-01-01T00:00:00Z',
      keywords: [],
      limit: 100,
      order: 'ASCENDING',
    });
    expect(read.map((row) => row.event.actor.id)).toEqual(people(40));
    expect(committed(dir)).toEqual(people(40));
    expect(exec.mock.calls.filter(([sql]) => sql === 'COMMIT')).toHaveLength(1);
    db.close();
  });

  it('writes the queue after flushMs without any read', () => {
    vi.useFakeTimers();
    const dir = freshDir();
    const db = openDatabase(dir);
    const log = createSystemLog(db, { queue: { flushMs: 25 } });
    log.recordUnchanged(request, signIn('ada'));
    log.recordUnchanged(request, signIn('bob'));
    vi.advanceTimersByTime(24);
    expect(committed(dir)).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(committed(dir)).toEqual(['ada', 'bob']);
    db.close();
  });

  it('writes what is queued when the database closes', () => {
    const dir = freshDir();
    const db = openDatabase(dir);
    const log = createSystemLog(db, { queue: { flushMs: 60_000 } });
    for (const who of people(5)) log.recordUnchanged(request, signIn(who));
    db.close();
    expect(committed(dir)).toEqual(people(5));
  });

  it('writes a full queue at once, and refuses more while a transaction keeps it from writing', () => {
    const dir = freshDir();
    const db = openDatabase(dir);
    const log = createSystemLog(db, { queue: { flushMs: 60_000, maxQueued: 3 } });
    for (const who of people(3)) expect(log.recordUnchanged(request, signIn(who))).toBe(true);
    expect(log.recordUnchanged(request, signIn('fourth'))).toBe(true);
    expect(committed(dir)).toEqual(people(3));

    // A change being written across an await: the queue never joins its transaction.
    db.exec('BEGIN IMMEDIATE');
    expect(log.recordUnchanged(request, signIn('fifth'))).toBe(true);
    expect(log.recordUnchanged(request, signIn('sixth'))).toBe(true);
    expect(log.recordUnchanged(request, signIn('seventh'))).toBe(false);
    db.exec('ROLLBACK');
    expect(committed(dir)).toEqual(people(3));
    expect(log.recordUnchanged(request, signIn('eighth'))).toBe(true);
    expect(committed(dir)).toEqual([...people(3), 'fourth', 'fifth', 'sixth']);
    db.close();
    expect(committed(dir)).toEqual([...people(3), 'fourth', 'fifth', 'sixth', 'eighth']);
  });

  it('keeps the events of a failed write queued and writes each once later', () => {
    const dir = freshDir();
    const db = openDatabase(dir);
    const store = createLogStore(db);
    // The second insert fails once: the first one's row must be rolled back with it, not kept.
    let inserts = 0;
    const queue = createEventQueue(
      db,
      (event) => {
        if (++inserts === 2) throw new Error('disk I/O error');
        store.insert(event);
      },
      { flushMs: 60_000 },
    );
    for (const who of people(3)) queue.add(eventOf(who));
    expect(() => queue.flush()).toThrow('disk I/O error');
    expect(committed(dir)).toEqual([]);
    expect(queue.size).toBe(3);
    expect(queue.flush()).toBe(true);
    expect(committed(dir)).toEqual(people(3));
    expect(queue.size).toBe(0);
    db.close();
  });
});
