import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type IntegrakitClient, type OktaApp, OktaAppSchema } from '@integrakit/core/client';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { type ChildServer, startChildServer } from './child-server.js';

// The server as its own process on a temp data dir: the only honest way to test `kill -9`. Each test has its
// own data dir, so no test sees another's apps whatever order they run in.
const token = `durability-${crypto.randomUUID()}`;
const running: ChildServer[] = [];
const freshDataDir = () => mkdtempSync(join(tmpdir(), 'integrakit-durability-'));

const start = async (dataDir: string) => {
  // Seeding hashes passwords with scrypt (128 MiB, ~0.3 s each), which these tests do not need.
  const server = await startChildServer({ dataDir, apiToken: token, env: { INTEGRAKIT_SEED: 'false' } });
  running.push(server);
  return server;
};
// Generous timeouts: these tests prove what is stored, not how fast; a loaded machine queues 50 writes.
const clientFor = (server: ChildServer) => createClient({ orgUrl: server.url, token, timeout: 60_000, maxRetries: 0 });
const bookmark = (label: string) => ({
  name: 'bookmark',
  label,
  signOnMode: 'BOOKMARK',
  settings: { app: { url: `https://example.com/${encodeURIComponent(label)}`, requestIntegration: false } },
});

/** Runs `count` tasks with at most `limit` in flight; stops starting new ones once `stop()` is true. */
async function pool(count: number, limit: number, task: (index: number) => Promise<void>, stop = () => false) {
  let next = 0;
  const worker = async () => {
    while (next < count && !stop()) await task(next++);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

async function listAll(client: IntegrakitClient): Promise<OktaApp[]> {
  const apps: OktaApp[] = [];
  for await (const app of client.apps.list({ limit: 200 })) apps.push(app);
  return apps;
}

afterAll(async () => {
  await Promise.all(running.map((server) => server.stop('SIGKILL')));
});

describe('durability of the SQLite store (server in a child process)', () => {
  it('keeps every acknowledged create across kill -9, and nothing half-written', async () => {
    const sent = new Set<string>();
    const acknowledged = new Map<string, string>();
    const dataDir = freshDataDir();
    const first = await start(dataDir);
    const client = clientFor(first);
    let killed = false;
    const failures: unknown[] = [];
    await pool(
      2000,
      16,
      async (index) => {
        const label = `Burst ${index}`;
        sent.add(label);
        try {
          const app = await client.apps.create(bookmark(label));
          acknowledged.set(app.id, label);
          // Kill mid-burst: 16 requests are in flight at this moment.
          if (acknowledged.size === 150 && !killed) {
            killed = true;
            first.process.kill('SIGKILL');
          }
        } catch (error) {
          if (!killed) throw error;
          failures.push(error);
        }
      },
      () => killed,
    );
    await first.stop('SIGKILL');
    expect(first.process.signalCode).toBe('SIGKILL');
    expect(acknowledged.size).toBeGreaterThanOrEqual(150);
    expect(failures.length).toBeGreaterThan(0);

    // The database file is consistent before the server even opens it again.
    const db = new Database(join(dataDir, 'integrakit.db'), { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      // Each change and its System Log event share a transaction: every stored app has exactly one
      // create event, and no create event names an app that is not stored.
      const orphans = db
        .prepare(
          `SELECT COUNT(*) AS n FROM log_events e JOIN log_targets t ON t.event_seq = e.seq AND t.type = 'AppInstance'
           WHERE e.event_type = 'application.lifecycle.create' AND t.id NOT IN (SELECT id FROM integrations)`,
        )
        .get() as { n: number };
      const unlogged = db
        .prepare(
          `SELECT i.id, (SELECT COUNT(*) FROM log_targets t JOIN log_events e ON e.seq = t.event_seq
             WHERE t.id = i.id AND e.event_type = 'application.lifecycle.create') AS events FROM integrations i`,
        )
        .all() as { id: string; events: number }[];
      expect(orphans.n).toBe(0);
      expect(unlogged.length).toBeGreaterThanOrEqual(acknowledged.size);
      for (const row of unlogged) expect(row.events, row.id).toBe(1);
    } finally {
      db.close();
    }

    const second = await start(dataDir);
    const apps = await listAll(clientFor(second));
    const byId = new Map(apps.map((app) => [app.id, app]));
    for (const [id, label] of acknowledged) expect(byId.get(id)?.label, id).toBe(label);
    // Whatever else is there came from a request in flight at the kill, and is whole.
    expect(apps.length - acknowledged.size).toBeLessThanOrEqual(16);
    for (const app of apps) {
      expect(sent.has(app.label), app.label).toBe(true);
      const read = OktaAppSchema.parse(await clientFor(second).apps.get(app.id));
      expect(read).toMatchObject({ label: app.label, signOnMode: 'BOOKMARK', status: 'ACTIVE' });
      expect(read.settings).toMatchObject({ app: { url: `https://example.com/${encodeURIComponent(app.label)}` } });
    }
    expect(new Set(apps.map((app) => app.label)).size).toBe(apps.length);
  }, 120_000);

  it('stores 1,000 concurrent creates exactly once each', async () => {
    const server = await start(freshDataDir());
    const client = clientFor(server);
    const before = await listAll(client);
    const created = new Map<string, string>();
    await pool(1000, 50, async (index) => {
      const app = await client.apps.create(bookmark(`Concurrent ${index}`));
      created.set(app.id, app.label);
    });
    expect(created.size).toBe(1000);
    const after = await listAll(client);
    expect(after).toHaveLength(before.length + 1000);
    const labels = new Map(after.map((app) => [app.id, app.label]));
    const counts = new Map<string, number>();
    for (const app of after) counts.set(app.id, (counts.get(app.id) ?? 0) + 1);
    for (const [id, label] of created) {
      expect(counts.get(id), id).toBe(1);
      expect(labels.get(id)).toBe(label);
    }
    expect(new Set(after.map((app) => app.label)).size).toBe(after.length);
  }, 120_000);
});
