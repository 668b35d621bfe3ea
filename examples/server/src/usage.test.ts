import { describe, expect, it } from 'vitest';
import { createSystemLog } from './log/system-log.js';
import { createUsage, SIGN_IN_EVENT } from './log/usage.js';
import { openDatabase } from './store/database.js';

const request = {
  req: { header: () => undefined, url: 'http://127.0.0.1/app/x/sso/saml' },
  res: { headers: new Headers() },
} as unknown as Parameters<ReturnType<typeof createSystemLog>['record']>[0];
const person = (id: string) => ({ id, type: 'User', alternateId: `${id}@example.com`, displayName: id });
const app = (id: string) => ({ id, type: 'AppInstance', alternateId: id, displayName: id });

describe('app usage from the System Log', () => {
  it('counts sign-ins, failures and unique people per day over the window, through the app index', () => {
    const db = openDatabase(':memory:');
    let now = new Date('2026-12-01T10:00:00Z');
    const log = createSystemLog(db, { now: () => now });
    const signIn = (at: string, who: string, target: string, result: 'SUCCESS' | 'FAILURE' = 'SUCCESS') => {
      now = new Date(at);
      log.record(request, {
        eventType: SIGN_IN_EVENT,
        displayMessage: 'User single sign on to app',
        actor: person(who),
        target: [app(target)],
        outcome: result === 'SUCCESS' ? { result } : { result, reason: 'VERIFICATION_ERROR' },
      });
    };
    signIn('2026-10-01T09:00:00Z', 'old', 'wiki'); // outside the 30 days
    signIn('2026-11-30T09:00:00Z', 'ada', 'wiki');
    signIn('2026-11-30T11:00:00Z', 'ada', 'wiki');
    signIn('2026-11-30T12:00:00Z', 'bob', 'wiki', 'FAILURE');
    signIn('2026-12-01T08:00:00Z', 'bob', 'wiki');
    signIn('2026-12-01T08:30:00Z', 'cyd', 'crm'); // another app
    log.record(request, { eventType: 'application.lifecycle.update', displayMessage: 'Update', target: [app('wiki')] });

    const usage = createUsage(db)('wiki', new Date('2026-12-01T23:00:00Z'));
    expect(usage.days).toHaveLength(30);
    expect(usage.days[0]?.date).toBe('2026-11-02');
    expect(usage.days.at(-1)).toEqual({ date: '2026-12-01', signIns: 1, failures: 0, uniquePeople: 1 });
    expect(usage.days.at(-2)).toEqual({ date: '2026-11-30', signIns: 2, failures: 1, uniquePeople: 1 });
    expect(usage.totals).toEqual({ signIns: 3, failures: 1, uniquePeople: 2 });
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT COUNT(*) FROM log_events WHERE app_id = ? AND event_type = ? AND published >= ? AND published < ?`,
      )
      .all('wiki', SIGN_IN_EVENT, '2026-11-01', '2026-12-02') as { detail: string }[];
    expect(plan.map((row) => row.detail).join(' ')).toMatch(/USING (COVERING )?INDEX log_events_app/);
  });
});
