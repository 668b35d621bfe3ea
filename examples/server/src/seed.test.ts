import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@integrakit/core/client';
import { describe, expect, it } from 'vitest';
import { startServer } from './app.js';
import { startChildServer } from './child-server.js';
import { openDatabase } from './store/database.js';
import { verifyPassword } from './store/passwords.js';

const token = `seed-${crypto.randomUUID()}`;
const password = `pw-${crypto.randomUUID()}`;
const newDataDir = () => mkdtempSync(join(tmpdir(), 'integrakit-seed-'));

async function directoryOf(url: string) {
  const client = createClient({ orgUrl: url, token, timeout: 10_000 });
  const users = [];
  for await (const user of client.users.list()) users.push(user);
  const groups = [];
  for await (const group of client.groups.list()) groups.push(group);
  return { client, users, groups };
}

describe('the seeded org', () => {
  it('gives a new org people (scrypt-hashed passwords, never on the wire) and groups, once', async () => {
    const dataDir = newDataDir();
    const first = await startServer({ apiToken: token, dataDir, port: 0, seed: { password } });
    expect(first.seeded).toEqual({ people: 6, groups: 4 });
    const { client, users, groups } = await directoryOf(first.url);
    expect(users.map((user) => user.profile.login)).toContain('ada@example.com');
    expect(users).toHaveLength(6);
    expect(groups.map((group) => group.profile.name)).toEqual(['Engineering', 'Finance', 'Marketing', 'Contractors']);
    const engineering = groups[0]?.id ?? '';
    const members = [];
    for await (const user of client.groups.members(engineering)) members.push(user.profile.login);
    expect(members).toEqual(['ada@example.com', 'grace@example.com', 'alan@example.com', 'margaret@example.com']);
    expect(JSON.stringify(users)).not.toMatch(/scrypt|password/i);
    await first.close();

    const db = openDatabase(dataDir);
    const hashes = db.prepare<[], { hash: string }>('SELECT hash FROM passwords').all();
    db.close();
    expect(hashes).toHaveLength(6);
    expect(new Set(hashes.map((row) => row.hash)).size).toBe(6); // one salt each
    for (const { hash } of hashes) {
      expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
      expect(hash).not.toContain(password);
    }
    expect(await verifyPassword(password, hashes[0]?.hash ?? '')).toBe(true);
    expect(await verifyPassword(`${password}x`, hashes[0]?.hash ?? '')).toBe(false);

    // A restart leaves the org as it is.
    const second = await startServer({ apiToken: token, dataDir, port: 0, seed: { password } });
    expect(second.seeded).toBeUndefined();
    expect((await directoryOf(second.url)).users).toHaveLength(6);
    await second.close();
  }, 30_000);

  it('leaves an org that already has people alone', async () => {
    const dataDir = newDataDir();
    const bare = await startServer({ apiToken: token, dataDir, port: 0 });
    expect(bare.seeded).toBeUndefined();
    const client = createClient({ orgUrl: bare.url, token, timeout: 10_000 });
    await client.users.create({
      profile: { login: 'own@example.org', email: 'own@example.org', firstName: 'Own', lastName: 'User' },
    });
    await bare.close();
    const again = await startServer({ apiToken: token, dataDir, port: 0, seed: { password } });
    expect(again.seeded).toBeUndefined();
    expect((await directoryOf(again.url)).users.map((user) => user.profile.login)).toEqual(['own@example.org']);
    await again.close();
  }, 30_000);

  it('`pnpm start` seeds and says so before the URL and login link; INTEGRAKIT_SEED=false skips it', async () => {
    const seeded = await startChildServer({
      dataDir: newDataDir(),
      apiToken: token,
      env: { INTEGRAKIT_SEED: 'true' },
    });
    await expect.poll(() => seeded.output()).toMatch(/portal login .*\n$/);
    const lines = seeded.output().trimEnd().split('\n');
    expect(lines.find((line) => line.startsWith('seeded'))).toMatch(/^seeded 6 people .*password \S+\) and 4 groups$/);
    expect(lines.at(-2)).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+$/);
    expect(lines.at(-1)).toMatch(/^portal login .*: http:\/\/127\.0\.0\.1:\d+\/login\/\S+$/);
    expect(seeded.output()).not.toContain(token);
    await seeded.stop();

    const unseeded = await startChildServer({
      dataDir: newDataDir(),
      apiToken: token,
      env: { INTEGRAKIT_SEED: 'false' },
    });
    expect(unseeded.output()).not.toContain('seeded');
    expect((await directoryOf(unseeded.url)).users).toEqual([]);
    await unseeded.stop();
  }, 150_000);
});
