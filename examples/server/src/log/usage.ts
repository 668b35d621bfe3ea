import type { Db } from '../store/database.js';

/** The event a person's sign-in to an app records (Okta's). */
export const SIGN_IN_EVENT = 'user.authentication.sso';

/** One day of an app's sign-ins. */
export interface UsageDay {
  /** `YYYY-MM-DD`, UTC. */
  readonly date: string;
  readonly signIns: number;
  readonly failures: number;
  readonly uniquePeople: number;
}

/** An app's usage over the last `days` days, oldest day first, every day present. */
export interface AppUsage {
  readonly appId: string;
  readonly days: readonly UsageDay[];
  readonly totals: { readonly signIns: number; readonly failures: number; readonly uniquePeople: number };
}

/**
 * Sign-ins per day from the System Log, read through the `(app_id, event_type, published)` index —
 * one range scan per query, not a scan of the log.
 */
export function createUsage(db: Db) {
  const perDay = db.prepare<
    [string, string, string, string],
    { day: string; ok: number; failed: number; people: number }
  >(
    `SELECT substr(published, 1, 10) AS day,
            SUM(outcome_result = 'SUCCESS') AS ok, SUM(outcome_result <> 'SUCCESS') AS failed,
            COUNT(DISTINCT CASE WHEN outcome_result = 'SUCCESS' THEN actor_id END) AS people
     FROM log_events WHERE app_id = ? AND event_type = ? AND published >= ? AND published < ?
     GROUP BY day`,
  );
  const overall = db.prepare<[string, string, string, string], { people: number }>(
    `SELECT COUNT(DISTINCT actor_id) AS people FROM log_events
     WHERE app_id = ? AND event_type = ? AND published >= ? AND published < ? AND outcome_result = 'SUCCESS'`,
  );
  return (appId: string, now: Date, days = 30): AppUsage => {
    // Sign-ins are queued before they are written (see `createEventQueue`).
    db.flushQueues();
    const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
    const start = new Date(end.getTime() - days * 86_400_000);
    const range = [appId, SIGN_IN_EVENT, start.toISOString(), end.toISOString()] as const;
    const rows = new Map(perDay.all(...range).map((row) => [row.day, row]));
    const list = Array.from({ length: days }, (_, index) => {
      const date = new Date(start.getTime() + index * 86_400_000).toISOString().slice(0, 10);
      const row = rows.get(date);
      return { date, signIns: row?.ok ?? 0, failures: row?.failed ?? 0, uniquePeople: row?.people ?? 0 };
    });
    return {
      appId,
      days: list,
      totals: {
        signIns: list.reduce((sum, day) => sum + day.signIns, 0),
        failures: list.reduce((sum, day) => sum + day.failures, 0),
        uniquePeople: overall.get(...range)?.people ?? 0,
      },
    };
  };
}
