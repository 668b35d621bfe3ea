import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../store/database.js';

/** A signed-in person's IdP session. */
export interface IdpSession {
  readonly userId: string;
  /** When the person signed in (ISO 8601), for `auth_time` and `AuthnInstant`. */
  readonly authenticatedAt: string;
  readonly expiresAt: number;
}

// Only a hash of the cookie value is stored, so a copy of the database cannot be replayed as a cookie.
const digest = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * IdP sessions in SQLite, so a restart keeps people signed in. `now` is injectable so expiry can be
 * tested without waiting.
 */
export function createSessionStore(db: Db, now: () => number = Date.now) {
  db.exec(`CREATE TABLE IF NOT EXISTS sandbox_sessions (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    authenticated_at TEXT NOT NULL,
    expires_at INTEGER NOT NULL
  )`);
  const insert = db.prepare(
    'INSERT INTO sandbox_sessions (token_hash, user_id, authenticated_at, expires_at) VALUES (?, ?, ?, ?)',
  );
  const find = db.prepare<[string, number], { user_id: string; authenticated_at: string; expires_at: number }>(
    'SELECT user_id, authenticated_at, expires_at FROM sandbox_sessions WHERE token_hash = ? AND expires_at > ?',
  );
  const remove = db.prepare('DELETE FROM sandbox_sessions WHERE token_hash = ?');
  const purge = db.prepare('DELETE FROM sandbox_sessions WHERE expires_at <= ?');
  return {
    /** Starts a session for `userId`; returns the cookie value (never stored in clear). */
    start(userId: string, ttlMs: number): string {
      purge.run(now());
      const token = randomBytes(32).toString('base64url');
      insert.run(digest(token), userId, new Date(now()).toISOString(), now() + ttlMs);
      return token;
    },
    find(token: string): IdpSession | undefined {
      const row = find.get(digest(token), now());
      return row === undefined
        ? undefined
        : { userId: row.user_id, authenticatedAt: row.authenticated_at, expiresAt: row.expires_at };
    },
    end(token: string): void {
      remove.run(digest(token));
    },
  };
}

/** The sandbox's IdP session store. */
export type SessionStore = ReturnType<typeof createSessionStore>;
