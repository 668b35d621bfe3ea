import type { GeneratedSigningKey } from '../apps/signing-key.js';
import type { Db } from './database.js';

/** A stored app signing key. `privateKey` is for signing inside the server only. */
export interface SigningKey extends GeneratedSigningKey {
  readonly appId: string;
  readonly active: boolean;
  readonly lastUpdated: string;
}

type Row = {
  app_id: string;
  kid: string;
  active: number;
  created: string;
  last_updated: string;
  expires_at: string;
  certificate: string;
  private_key: string;
};

const fromRow = (row: Row): SigningKey => ({
  appId: row.app_id,
  kid: row.kid,
  active: row.active === 1,
  created: row.created,
  lastUpdated: row.last_updated,
  expiresAt: row.expires_at,
  certificate: row.certificate,
  privateKey: row.private_key,
});

/** Per-app signing keys (Okta's app key credentials), oldest first. Writes run inside the caller's transaction. */
export interface SigningKeyStore {
  list(appId: string): SigningKey[];
  get(appId: string, kid: string): SigningKey | undefined;
  active(appId: string): SigningKey | undefined;
  /**
   * The newest unexpired key generated after the active one: the next key, published beside the
   * active one in metadata until it is activated.
   */
  next(appId: string, now: Date): SigningKey | undefined;
  add(appId: string, key: GeneratedSigningKey, options: { readonly active: boolean }): SigningKey;
  /** Makes `kid` the app's only active key. */
  activate(appId: string, kid: string, now: string): void;
  removeAll(appId: string): void;
}

/** {@link SigningKeyStore} on the server's database. */
export function createSigningKeyStore(db: Db): SigningKeyStore {
  const list = db.prepare<[string], Row>('SELECT * FROM signing_keys WHERE app_id = ? ORDER BY seq');
  const get = db.prepare<[string, string], Row>('SELECT * FROM signing_keys WHERE app_id = ? AND kid = ?');
  const insert = db.prepare(
    `INSERT INTO signing_keys (app_id, kid, active, created, last_updated, expires_at, certificate, private_key)
     VALUES (@appId, @kid, @active, @created, @created, @expiresAt, @certificate, @privateKey)`,
  );
  const setActive = db.prepare(
    `UPDATE signing_keys SET active = (kid = @kid),
       last_updated = CASE WHEN active <> (kid = @kid) THEN @now ELSE last_updated END
     WHERE app_id = @appId`,
  );
  const remove = db.prepare('DELETE FROM signing_keys WHERE app_id = ?');

  const store: SigningKeyStore = {
    list: (appId) => list.all(appId).map(fromRow),
    get(appId, kid) {
      const row = get.get(appId, kid);
      return row === undefined ? undefined : fromRow(row);
    },
    active: (appId) => store.list(appId).find((key) => key.active),
    next(appId, now) {
      const keys = store.list(appId);
      const current = keys.findIndex((key) => key.active);
      return keys
        .slice(current + 1)
        .filter((key) => Date.parse(key.expiresAt) > now.getTime())
        .at(-1);
    },
    add(appId, key, options) {
      insert.run({ appId, ...key, active: options.active ? 1 : 0 });
      return { appId, ...key, active: options.active, lastUpdated: key.created };
    },
    activate(appId, kid, now) {
      setActive.run({ appId, kid, now });
    },
    removeAll(appId) {
      remove.run(appId);
    },
  };
  return store;
}
