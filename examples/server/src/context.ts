import type { IntegrationStore } from '@integrakit/core';
import type { Assignments } from '@integrakit/core/assignment';
import type { Catalog } from '@integrakit/core/catalog';
import type { Context } from 'hono';
import type { SystemLog } from './log/system-log.js';
import type { Db } from './store/database.js';
import type { DirectoryStore } from './store/directory.js';
import type { SigningKeyStore } from './store/signing-keys.js';

/** What the route handlers share. */
export interface ServerContext {
  readonly store: IntegrationStore;
  readonly directory: DirectoryStore;
  readonly assignments: Assignments;
  readonly catalog: Catalog;
  /** Per-app signing keys; private keys never leave the server. */
  readonly keys: SigningKeyStore;
  /** Okta's System Log; record each change inside its `withWrite`. */
  readonly log: SystemLog;
  /** Runs `work` alone, in one SQLite transaction: all of it is written, or none. */
  withWrite<T>(work: () => Promise<T>): Promise<T>;
}

declare module 'hono' {
  interface ContextVariableMap {
    /** The configured public origin (never taken from the request's `Host` header). */
    origin: string;
  }
}

/** The server's own configured origin, for `_links` and `Link` headers. */
export const baseUrl = (c: Context) => c.get('origin');

/** Serializes writes and wraps each in `BEGIN IMMEDIATE … COMMIT`, rolling back on any error. */
export function createWriter(db: Db): ServerContext['withWrite'] {
  let tail: Promise<unknown> = Promise.resolve();
  return (work) => {
    const run = async () => {
      db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work();
        db.exec('COMMIT');
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      }
    };
    const result = tail.then(run, run);
    tail = result.catch(() => undefined);
    return result;
  };
}

/** A `Link` header with `self` and, when more remain, `next`, on the configured origin. */
export function linkHeader(c: Context, next: Record<string, string> | undefined): string {
  const requested = new URL(c.req.url);
  const url = new URL(`${requested.pathname}${requested.search}`, baseUrl(c));
  const self = `<${url.href}>; rel="self"`;
  if (next === undefined) return self;
  for (const [key, value] of Object.entries(next)) url.searchParams.set(key, value);
  return `${self}, <${url.href}>; rel="next"`;
}
