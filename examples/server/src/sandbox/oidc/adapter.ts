import type { Adapter, AdapterPayload } from 'oidc-provider';
import type { Db } from '../../store/database.js';

/** How often writes sweep expired rows. */
export const PURGE_EVERY_MS = 60_000;

/** Reads an OAuth client's metadata from the store, or `undefined` for unknown or inactive apps. */
export type ClientSource = (clientId: string) => Promise<AdapterPayload | undefined>;

/**
 * oidc-provider's storage on SQLite: sessions, interactions, codes, tokens and grants survive a
 * restart. Clients are never stored here; they are read from the app store on every lookup, so a
 * change to an app applies to the next request.
 */
export function sqliteAdapter(db: Db, clients: ClientSource, now: () => number = Date.now) {
  db.exec(`CREATE TABLE IF NOT EXISTS sandbox_oidc (
    model TEXT NOT NULL,
    id TEXT NOT NULL,
    payload TEXT NOT NULL,
    grant_id TEXT,
    uid TEXT,
    user_code TEXT,
    expires_at INTEGER,
    PRIMARY KEY (model, id)
  );
  CREATE INDEX IF NOT EXISTS sandbox_oidc_grant ON sandbox_oidc (grant_id);
  CREATE INDEX IF NOT EXISTS sandbox_oidc_uid ON sandbox_oidc (uid);
  CREATE INDEX IF NOT EXISTS sandbox_oidc_expiry ON sandbox_oidc (expires_at);`);
  const live = 'AND (expires_at IS NULL OR expires_at > ?)';
  const q = {
    upsert: db.prepare(`INSERT INTO sandbox_oidc (model, id, payload, grant_id, uid, user_code, expires_at)
      VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (model, id) DO UPDATE SET payload = excluded.payload, grant_id = excluded.grant_id,
        uid = excluded.uid, user_code = excluded.user_code, expires_at = excluded.expires_at`),
    find: db.prepare<[string, string, number], { payload: string }>(
      `SELECT payload FROM sandbox_oidc WHERE model = ? AND id = ? ${live}`,
    ),
    byUid: db.prepare<[string, string, number], { payload: string }>(
      `SELECT payload FROM sandbox_oidc WHERE model = ? AND uid = ? ${live}`,
    ),
    byUserCode: db.prepare<[string, string, number], { payload: string }>(
      `SELECT payload FROM sandbox_oidc WHERE model = ? AND user_code = ? ${live}`,
    ),
    consume: db.prepare(
      "UPDATE sandbox_oidc SET payload = json_set(payload, '$.consumed', ?) WHERE model = ? AND id = ?",
    ),
    destroy: db.prepare('DELETE FROM sandbox_oidc WHERE model = ? AND id = ?'),
    revokeByGrant: db.prepare('DELETE FROM sandbox_oidc WHERE grant_id = ?'),
    purge: db.prepare('DELETE FROM sandbox_oidc WHERE expires_at IS NOT NULL AND expires_at <= ?'),
  };
  // Reads already skip expired rows, so the sweep is only housekeeping: once a minute at most, not a
  // second committed (fsynced) statement on every token, code and replay record written.
  let lastPurge = Number.NEGATIVE_INFINITY;
  const purgeExpired = () => {
    if (now() - lastPurge < PURGE_EVERY_MS) return;
    lastPurge = now();
    q.purge.run(lastPurge);
  };
  const parse = (row: { payload: string } | undefined) =>
    row === undefined ? undefined : (JSON.parse(row.payload) as AdapterPayload);

  return class SqliteAdapter implements Adapter {
    readonly model: string;
    constructor(model: string) {
      this.model = model;
    }
    async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
      // oidc-provider never deletes expired rows itself: writes sweep them.
      purgeExpired();
      q.upsert.run(
        this.model,
        id,
        JSON.stringify(payload),
        payload.grantId ?? null,
        payload.uid ?? null,
        payload.userCode ?? null,
        expiresIn ? now() + expiresIn * 1000 : null,
      );
    }
    async find(id: string): Promise<AdapterPayload | undefined> {
      if (this.model === 'Client') return clients(id);
      return parse(q.find.get(this.model, id, now()));
    }
    async findByUid(uid: string): Promise<AdapterPayload | undefined> {
      return parse(q.byUid.get(this.model, uid, now()));
    }
    async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
      return parse(q.byUserCode.get(this.model, userCode, now()));
    }
    async consume(id: string): Promise<void> {
      q.consume.run(Math.floor(now() / 1000), this.model, id);
    }
    async destroy(id: string): Promise<void> {
      q.destroy.run(this.model, id);
    }
    async revokeByGrantId(grantId: string): Promise<void> {
      q.revokeByGrant.run(grantId);
    }
  };
}
