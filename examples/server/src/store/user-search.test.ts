import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { propertyRuns } from '../../../../scripts/property-runs.js';
import { type Db, openDatabase } from './database.js';
import { createDirectoryStore, type StoredUser, USER_SEARCH_SQL } from './directory.js';
import { prefixEnd } from './prefix-range.js';

const SEARCH_INDEXES = ['users_email_search', 'users_first_name_search', 'users_last_name_search'];

const open: Db[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function database(dataDir: string | ':memory:' = ':memory:'): Db {
  const db = openDatabase(dataDir);
  open.push(db);
  return db;
}

let made = 0;
const user = (profile: { firstName: string; lastName: string; email: string }, login?: string): StoredUser => {
  made += 1;
  const time = new Date(0).toISOString();
  return {
    id: `00u${String(made).padStart(17, '0')}`,
    status: 'ACTIVE',
    created: time,
    lastUpdated: time,
    activated: time,
    statusChanged: time,
    profile: { ...profile, login: login ?? `person${made}@example.com` },
  };
};

/** Okta's `q` as the search has always read it: the lowercased login, email, first or last name starts with the text lowercased (SQLite's `lower` folds ASCII letters only). */
function reference(users: readonly StoredUser[], text: string, limit: number): string[] {
  const ascii = (value: unknown) => String(value).replace(/[A-Z]/g, (letter) => letter.toLowerCase());
  const q = text.toLowerCase();
  return users
    .filter(({ profile }) =>
      [profile.login.toLowerCase(), ascii(profile.email), ascii(profile.firstName), ascii(profile.lastName)].some(
        (key) => key.startsWith(q),
      ),
    )
    .slice(0, limit)
    .map((found) => found.id);
}

const plan = (db: Db, q: string) =>
  db
    .prepare(`EXPLAIN QUERY PLAN ${USER_SEARCH_SQL}`)
    .all({ after: 0, q, end: prefixEnd(q), limit: 21 })
    .map((row) => (row as { detail: string }).detail);

describe('the people search (q) on the users table', () => {
  it('finds what a prefix match on login, email, first and last name finds, page by page', () => {
    const letter = fc.constantFrom('a', 'A', 'b', 'é', 'É', 'ß', '😀', '.', '@', '\u{10FFFF}');
    const word = fc.string({ unit: letter, minLength: 0, maxLength: 5 });
    const person = fc.record({ firstName: word, lastName: word, email: word });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(person, word), { maxLength: 25 }),
        word,
        fc.integer({ min: 1, max: 4 }),
        (people, text, limit) => {
          const db = openDatabase(':memory:');
          try {
            const store = createDirectoryStore(db);
            const stored = people
              .map(([profile, login]) => user(profile, `${login}-${made}`))
              .filter((one) => store.insertUser(one));
            // Walks every page as the route does, the cursor being the last seq seen.
            const found: string[] = [];
            for (let after = 0; ; ) {
              const page = store.users(after, limit, text);
              found.push(...page.map((row) => row.user.id));
              const last = page.at(-1);
              if (page.length < limit || last === undefined) break;
              after = last.seq;
            }
            expect(found).toEqual(reference(stored, text, stored.length));
          } finally {
            db.close();
          }
        },
      ),
      { numRuns: propertyRuns(200) },
    );
  });

  it('reads the indexes on the searched fields, never every row', () => {
    const details = plan(database(), 'okafor');
    for (const index of ['sqlite_autoindex_users_2', ...SEARCH_INDEXES])
      expect(details).toContain(
        `SEARCH users USING COVERING INDEX ${index} (${index.startsWith('sqlite') ? 'login_key>? AND login_key<?' : '<expr>>? AND <expr><?'})`,
      );
    expect(details.filter((detail) => detail.startsWith('SCAN users'))).toEqual([]);
  });

  it('adds the indexes to a database made before them when it is next opened', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ik-user-search-'));
    dirs.push(dir);
    const before = openDatabase(dir);
    const ada = user({ firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' });
    createDirectoryStore(before).insertUser(ada);
    for (const index of SEARCH_INDEXES) before.exec(`DROP INDEX ${index}`);
    before.close();

    const db = database(dir);
    const indexes = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'users'")
      .all()
      .map((row) => (row as { name: string }).name);
    expect(indexes).toEqual(expect.arrayContaining(SEARCH_INDEXES));
    expect(plan(db, 'love').filter((detail) => detail.startsWith('SCAN users'))).toEqual([]);
    expect(
      createDirectoryStore(db)
        .users(0, 20, 'LOVE')
        .map((row) => row.user.id),
    ).toEqual([ada.id]);
  });

  it('follows a change to a person in the same write', () => {
    const db = database();
    const store = createDirectoryStore(db);
    const grace = user({ firstName: 'Grace', lastName: 'Hopper', email: 'grace@example.com' });
    store.insertUser(grace);
    expect(store.users(0, 20, 'hop').map((row) => row.user.id)).toEqual([grace.id]);
    // The server has no profile update route yet; any write to the row keeps the indexes current.
    db.transaction(() => {
      db.prepare("UPDATE users SET data = json_set(data, '$.profile.lastName', 'Murray') WHERE id = ?").run(grace.id);
    })();
    expect(store.users(0, 20, 'hop')).toEqual([]);
    expect(store.users(0, 20, 'mur').map((row) => row.user.id)).toEqual([grace.id]);
  });
});

describe('prefixEnd', () => {
  it('is the bound just above every string with the prefix, in the order SQLite compares text', () => {
    const unit = fc.constantFrom('a', 'z', '\u{D7FF}', '\u{E000}', '\u{FFFF}', '😀', '\u{10FFFF}');
    const text = fc.string({ unit, minLength: 1, maxLength: 4 });
    const db = database();
    const between = db.prepare<{ value: string; prefix: string; end: string | Buffer }, { inside: number }>(
      'SELECT @value >= @prefix AND @value < @end AS inside',
    );
    const inside = (value: string, prefix: string) => between.get({ value, prefix, end: prefixEnd(prefix) })?.inside;
    fc.assert(
      fc.property(text, fc.string({ unit, maxLength: 3 }), (prefix, value) => {
        // A string starting with the prefix lies in the range; one that does not, outside it.
        expect(inside(prefix + value, prefix)).toBe(1);
        if (!value.startsWith(prefix)) expect(inside(value, prefix)).toBe(0);
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});
