import type { Db } from '../store/database.js';
import type { CompiledFilter } from './filter.js';
import type { LogEvent } from './log-event.js';

/** A query of the log: bounds on `published`, a filter, keywords, a cursor and an order. */
export interface LogQuery {
  readonly since: string;
  readonly until: string;
  readonly filter?: CompiledFilter;
  /** Lower-cased keywords, each of which must appear in the event. */
  readonly keywords: readonly string[];
  /** Sequence number of the last event already returned. */
  readonly after?: number;
  readonly limit: number;
  readonly order: 'ASCENDING' | 'DESCENDING';
}

/** Events written to the `log_events` table, with their targets indexed for `target.id` filters and usage. */
export interface LogStore {
  insert(event: LogEvent): void;
  /** The page of events matching `query`, each with its sequence number (the paging cursor). */
  query(query: LogQuery): { seq: number; event: LogEvent }[];
  /** Deletes events published before `cutoff`; returns how many. */
  purge(cutoff: string): number;
}

type Row = { seq: number; data: string };

/** {@link LogStore} on the server's database; `insert` joins the caller's transaction. */
export function createLogStore(db: Db): LogStore {
  const insertEvent = db.prepare(
    `INSERT INTO log_events (uuid, published, event_type, severity, outcome_result, actor_id, app_id, search, data)
     VALUES (@uuid, @published, @eventType, @severity, @outcome, @actorId, @appId, @search, @data)`,
  );
  const insertTarget = db.prepare('INSERT INTO log_targets (event_seq, id, type) VALUES (?, ?, ?)');
  const purge = db.prepare('DELETE FROM log_events WHERE published < ?');
  return {
    insert(event) {
      const appTarget = event.target.find((target) => target.type === 'AppInstance');
      const { lastInsertRowid } = insertEvent.run({
        uuid: event.uuid,
        published: event.published,
        eventType: event.eventType,
        severity: event.severity,
        outcome: event.outcome.result,
        actorId: event.actor.id,
        appId: appTarget?.id ?? null,
        search: searchText(event),
        data: JSON.stringify(event),
      });
      for (const target of event.target) insertTarget.run(lastInsertRowid, target.id, target.type);
    },
    query(query) {
      const where = ['e.published >= ?', 'e.published < ?'];
      const params: (string | number)[] = [query.since, query.until];
      if (query.filter !== undefined) {
        where.push(query.filter.sql);
        params.push(...query.filter.params);
      }
      for (const keyword of query.keywords) {
        where.push('instr(e.search, ?) > 0');
        params.push(keyword);
      }
      if (query.after !== undefined) {
        where.push(query.order === 'ASCENDING' ? 'e.seq > ?' : 'e.seq < ?');
        params.push(query.after);
      }
      const direction = query.order === 'ASCENDING' ? 'ASC' : 'DESC';
      const rows = db
        .prepare<(string | number)[], Row>(
          `SELECT e.seq, e.data FROM log_events e WHERE ${where.join(' AND ')} ORDER BY e.seq ${direction} LIMIT ?`,
        )
        .all(...params, query.limit);
      return rows.map((row) => ({ seq: row.seq, event: JSON.parse(row.data) as LogEvent }));
    },
    purge: (cutoff) => purge.run(cutoff).changes,
  };
}

// Okta's `q` matches keywords in the event's text: its message, type and who and what it names.
function searchText(event: LogEvent): string {
  return [
    event.eventType,
    event.displayMessage,
    event.outcome.reason ?? '',
    event.actor.alternateId,
    event.actor.displayName,
    ...event.target.flatMap((target) => [target.id, target.alternateId, target.displayName]),
  ]
    .join(' ')
    .toLowerCase();
}
