import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';
import type { Db } from './database.js';

// scrypt's interactive-login cost (N = 2^15, r = 8, p = 1): about 32 MiB and tens of milliseconds
// per hash, so a stolen database is slow to guess from.
const COST = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const KEY_BYTES = 32;

const derive = (password: string, salt: Buffer, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key)));
  });

/** Hashes a password as `scrypt$N$r$p$salt$key` (base64url), with a fresh 16-byte salt. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Whether `password` matches a {@link hashPassword} hash; compared in constant time. */
export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = hash.split('$');
  if (scheme !== 'scrypt' || salt === undefined || key === undefined) return false;
  const expected = Buffer.from(key, 'base64url');
  const options = { N: Number(n), r: Number(r), p: Number(p), maxmem: COST.maxmem };
  const actual = await derive(password, Buffer.from(salt, 'base64url'), options);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * Password hashes of directory users, in their own table so no user JSON the API returns can ever
 * carry one. Callers hold the transaction.
 */
export function createPasswordStore(db: Db) {
  db.exec(`CREATE TABLE IF NOT EXISTS passwords (
    user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    hash TEXT NOT NULL
  )`);
  const set = db.prepare('INSERT OR REPLACE INTO passwords (user_id, hash) VALUES (?, ?)');
  const get = db.prepare<[string], { hash: string }>('SELECT hash FROM passwords WHERE user_id = ?');
  return {
    set: (userId: string, hash: string) => {
      set.run(userId, hash);
    },
    hashOf: (userId: string): string | undefined => get.get(userId)?.hash,
  };
}
