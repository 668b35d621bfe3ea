import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/** The reference server's tables; `seq` keeps list order stable and makes cursors cheap. */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS integrations (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  label_key TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL,
  kind TEXT NOT NULL,
  protocol TEXT NOT NULL,
  label TEXT NOT NULL,
  data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS assignments (
  integration_id TEXT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
  type TEXT NOT NULL,
  target_id TEXT NOT NULL,
  priority INTEGER,
  seq INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (integration_id, type, target_id)
);
CREATE TABLE IF NOT EXISTS users (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  login_key TEXT NOT NULL UNIQUE,
  data TEXT NOT NULL
);
-- The people search (q): prefix ranges on the lowercased profile fields read these, not every row.
-- IF NOT EXISTS: a database made before them gets them when it is next opened.
CREATE INDEX IF NOT EXISTS users_email_search ON users (lower(json_extract(data, '$.profile.email')));
CREATE INDEX IF NOT EXISTS users_first_name_search ON users (lower(json_extract(data, '$.profile.firstName')));
CREATE INDEX IF NOT EXISTS users_last_name_search ON users (lower(json_extract(data, '$.profile.lastName')));
CREATE TABLE IF NOT EXISTS groups (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS members (
  group_id TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  PRIMARY KEY (group_id, user_id)
);
CREATE TABLE IF NOT EXISTS grants (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  app_id TEXT NOT NULL,
  scope_key TEXT NOT NULL,
  data TEXT NOT NULL,
  UNIQUE (app_id, scope_key)
);
CREATE TABLE IF NOT EXISTS signing_keys (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  app_id TEXT NOT NULL,
  kid TEXT NOT NULL UNIQUE,
  active INTEGER NOT NULL,
  created TEXT NOT NULL,
  last_updated TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  certificate TEXT NOT NULL,
  private_key TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS signing_keys_app ON signing_keys (app_id, seq);
CREATE TABLE IF NOT EXISTS log_events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  published TEXT NOT NULL,
  event_type TEXT NOT NULL,
  severity TEXT NOT NULL,
  outcome_result TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  app_id TEXT,
  search TEXT NOT NULL,
  data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS log_events_published ON log_events (published);
CREATE INDEX IF NOT EXISTS log_events_type ON log_events (event_type, seq);
CREATE INDEX IF NOT EXISTS log_events_app ON log_events (app_id, event_type, published);
CREATE TABLE IF NOT EXISTS log_targets (
  event_seq INTEGER NOT NULL REFERENCES log_events(seq) ON DELETE CASCADE,
  id TEXT NOT NULL,
  type TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS log_targets_event ON log_targets (event_seq);
CREATE INDEX IF NOT EXISTS log_targets_id ON log_targets (id, event_seq);
`;

/**
 * A database handle with the schema in place, and the queues of writes that wait to be batched (the
 * System Log's events that record no change): reads that must see them flush them, and so does
 * `close`, so closing does not lose them.
 */
export class ServerDatabase extends Database {
  readonly #queues: ((closing: boolean) => void)[] = [];

  /** Registers a queue's flush; `closing` is true when it is the queue's last chance. */
  addQueue(flush: (closing: boolean) => void): void {
    this.#queues.push(flush);
  }

  /** Writes what the queues hold (a queue waits while a transaction is open). */
  flushQueues(): void {
    for (const flush of this.#queues) flush(false);
  }

  override close(): this {
    try {
      if (this.open) for (const flush of this.#queues) flush(true);
    } finally {
      super.close();
    }
    return this;
  }
}

/** The server's database handle. */
export type Db = ServerDatabase;

/**
 * Opens `integrakit.db` in `dataDir` (created if missing), or an in-memory database for `':memory:'`.
 * WAL with `synchronous=FULL`: a transaction acknowledged to a client survives a crash of the process
 * and of the machine.
 */
export function openDatabase(dataDir: string | ':memory:'): Db {
  let file = ':memory:';
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    file = join(dataDir, 'integrakit.db');
  }
  const db = new ServerDatabase(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  return db;
}
