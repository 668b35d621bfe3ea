import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../store/database.js';
import { PURGE_EVERY_MS, sqliteAdapter } from './adapter.js';

describe('the provider storage on SQLite', () => {
  it('never returns an expired row, and sweeps expired rows at most once a minute', async () => {
    const db = openDatabase(':memory:');
    let clock = 1_000_000;
    const Adapter = sqliteAdapter(
      db,
      async () => undefined,
      () => clock,
    );
    const tokens = new Adapter('AccessToken');
    const rows = () => (db.prepare('SELECT COUNT(*) AS n FROM sandbox_oidc').get() as { n: number }).n;

    await tokens.upsert('short', { jti: 'short' }, 1);
    await tokens.upsert('long', { jti: 'long' }, 3600);
    clock += 2000;
    expect(await tokens.find('short')).toBeUndefined();
    expect(await tokens.find('long')).toMatchObject({ jti: 'long' });
    // Within the minute a write leaves the expired row (reads skip it already)…
    await tokens.upsert('another', { jti: 'another' }, 3600);
    expect(rows()).toBe(3);
    // …and the first write after it sweeps.
    clock += PURGE_EVERY_MS;
    await tokens.upsert('later', { jti: 'later' }, 3600);
    expect(rows()).toBe(3);
    expect(await tokens.find('short')).toBeUndefined();
    expect(await tokens.find('long')).toMatchObject({ jti: 'long' });
    db.close();
  });
});
