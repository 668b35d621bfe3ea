import type { Db } from '../store/database.js';
import type { StoredUser } from '../store/directory.js';

/** Looks people up by login, as the sign-in form needs (the directory lists by prefix only). */
export function createPeople(db: Db) {
  const byLogin = db.prepare<[string], { data: string }>('SELECT data FROM users WHERE login_key = ?');
  const byId = db.prepare<[string], { data: string }>('SELECT data FROM users WHERE id = ?');
  const parse = (row: { data: string } | undefined) =>
    row === undefined ? undefined : (JSON.parse(row.data) as StoredUser);
  return {
    /** The person whose login is `login` (case-insensitive, as Okta's), if any. */
    byLogin: (login: string) => parse(byLogin.get(login.trim().toLowerCase())),
    byId: (id: string) => parse(byId.get(id)),
  };
}
