import type { Db } from '../store/database.js';

/** Options of {@link createLockout}; see `SandboxOptions`. */
export interface LockoutOptions {
  readonly lockoutAfter: number;
  readonly lockoutMs: number;
  readonly failureDelayMs: number;
  readonly now?: () => number;
}

/** Where a login stands before a sign-in attempt. */
export type LockState = { readonly locked: false } | { readonly locked: true; readonly until: number };

// Caps the slow-down so a locked-out attacker cannot make the server hold many requests for long.
const MAX_DELAY_MS = 5_000;

/**
 * Failed sign-ins per login, in SQLite (a restart does not reset a lockout). Each failure slows the
 * next answer down (doubling from `failureDelayMs`); `lockoutAfter` failures in a row lock the login
 * for `lockoutMs`, as Okta's password policy does. A success clears the count.
 */
export function createLockout(db: Db, options: LockoutOptions) {
  db.exec(`CREATE TABLE IF NOT EXISTS sandbox_sign_in_failures (
    login_key TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    locked_until INTEGER NOT NULL
  )`);
  const now = options.now ?? Date.now;
  const get = db.prepare<[string], { failures: number; locked_until: number }>(
    'SELECT failures, locked_until FROM sandbox_sign_in_failures WHERE login_key = ?',
  );
  const put = db.prepare(
    `INSERT INTO sandbox_sign_in_failures (login_key, failures, locked_until) VALUES (?, ?, ?)
     ON CONFLICT (login_key) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until`,
  );
  const clear = db.prepare('DELETE FROM sandbox_sign_in_failures WHERE login_key = ?');
  const key = (login: string) => login.trim().toLowerCase();
  return {
    state(login: string): LockState {
      const row = get.get(key(login));
      return row !== undefined && row.locked_until > now()
        ? { locked: true, until: row.locked_until }
        : { locked: false };
    },
    /**
     * Counts a failure; returns how long to hold the answer and whether this failure locked the
     * login. A lock that ran out starts a fresh count.
     */
    fail(login: string): { delayMs: number; lockedNow: boolean } {
      const row = get.get(key(login));
      const expired = row !== undefined && row.locked_until !== 0 && row.locked_until <= now();
      const failures = (row === undefined || expired ? 0 : row.failures) + 1;
      const lockedNow = failures >= options.lockoutAfter;
      put.run(key(login), lockedNow ? 0 : failures, lockedNow ? now() + options.lockoutMs : 0);
      const delayMs = Math.min(options.failureDelayMs * 2 ** (failures - 1), MAX_DELAY_MS);
      return { delayMs, lockedNow };
    },
    succeed(login: string): void {
      clear.run(key(login));
    },
  };
}
