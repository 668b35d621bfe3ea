import { readFile } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createMemoryStore, type IntegrationStore } from '@integrakit/core';
import { createAssignments } from '@integrakit/core/assignment';
import { createCatalog, parseCatalogEntries } from '@integrakit/core/catalog';
import { exampleEntries } from '@integrakit/core/catalog-data';
import { Hono } from 'hono';
import { protocols } from './apps/protocols.js';
import { createWriter, type ServerContext } from './context.js';
import { errorBody, OktaHttpError, toOktaHttpError } from './errors.js';
import { htmlErrors } from './html-errors.js';
import { createSystemLog } from './log/system-log.js';
import { appLinkRoutes } from './routes/app-links.js';
import { appRoutes } from './routes/apps.js';
import { assignmentRoutes } from './routes/assignments.js';
import { catalogRoutes } from './routes/catalog.js';
import { groupRoutes, userRoutes } from './routes/directory.js';
import { logRoutes } from './routes/logs.js';
import { signingKeyRoutes } from './routes/signing-keys.js';
import { usageRoutes } from './routes/usage.js';
import { createSandbox, type SandboxOptions } from './sandbox/index.js';
import { createSamlSandbox } from './sandbox/saml/index.js';
import { createSecurity, noStore, securityHeaders } from './security.js';
import { type SeedOptions, type SeedResult, seedOrg } from './seed.js';
import { openDatabase } from './store/database.js';
import { createDirectoryStore } from './store/directory.js';
import { createSigningKeyStore } from './store/signing-keys.js';
import { createSqliteStore } from './store/sqlite-store.js';

/** Options of {@link startServer}. */
export interface ServerOptions {
  /** The `SSWS` token API calls must present. */
  readonly apiToken: string;
  /** Directory of the SQLite database, or `':memory:'` (with core's in-memory integration store). */
  readonly dataDir: string;
  /** Requests per credential per window. @default 6000 */
  readonly rateLimit?: number;
  /** @default 60000 */
  readonly rateWindowMs?: number;
  /** Days the System Log keeps events. @default 90 */
  readonly logRetentionDays?: number;
  /** Seeds a new org with people and groups (see {@link seedOrg}); off when absent. */
  readonly seed?: SeedOptions;
  /** Failed authentications per source address per window before 429. @default 20 */
  readonly authFailureLimit?: number;
  /**
   * The origin written into `_links` and `Link` headers (the request's `Host` header is never
   * trusted for them). @default the URL the server listens on
   */
  readonly publicOrigin?: string;
  /** The sandbox identity provider's sign-in settings (lockout, slow-down, session length). */
  readonly sandbox?: SandboxOptions;
  /** Static pages: `/`, `/admin/*` and `/report/*` serve `index.html`, plus the listed files by name. */
  readonly portal?: { readonly files: ReadonlyMap<string, PortalFile> };
}

/** One static file of the portal: read from `path` on each request, or served from `body`. */
export type PortalFile = { readonly type: string } & (
  | { readonly path: string; readonly body?: never }
  | { readonly body: Uint8Array; readonly path?: never }
);

/** A running reference server. */
export interface RunningServer {
  readonly url: string;
  /** The one-time portal login URL (until used). */
  readonly loginUrl: string | undefined;
  /** What seeding added at this start, when it ran. */
  readonly seeded: SeedResult | undefined;
  /** Mints a fresh one-time login URL, replacing any unused one. */
  renewLoginUrl(): string;
  readonly store: IntegrationStore;
  close(): Promise<void>;
}

/** Builds the Hono app and its stores; `origin` is the public origin, known once listening. */
function createServer(options: ServerOptions, origin: () => string) {
  const db = openDatabase(options.dataDir === ':memory:' ? ':memory:' : options.dataDir);
  const store =
    options.dataDir === ':memory:'
      ? createMemoryStore({ protocols, policy: 'okta' })
      : createSqliteStore({ db, protocols });
  const directory = createDirectoryStore(db);
  const ctx: ServerContext = {
    store,
    directory,
    assignments: createAssignments({ store, directory }),
    catalog: createCatalog(parseCatalogEntries(exampleEntries)),
    keys: createSigningKeyStore(db),
    log: createSystemLog(db, options.logRetentionDays === undefined ? {} : { retentionDays: options.logRetentionDays }),
    withWrite: createWriter(db),
  };
  ctx.log.purge();
  const sandbox = createSandbox(ctx, db, options.sandbox);
  const security = createSecurity({
    bearer: sandbox.verifyBearer,
    apiToken: options.apiToken,
    rateLimit: options.rateLimit ?? 6000,
    rateWindowMs: options.rateWindowMs ?? 60_000,
    ...(options.authFailureLimit === undefined ? {} : { authFailureLimit: options.authFailureLimit }),
  });

  const app = new Hono();
  app.use('*', securityHeaders);
  app.use('*', async (c, next) => {
    c.set('origin', origin());
    await next();
  });
  app.use('*', htmlErrors);
  app.onError((error, c) => {
    const okta = toOktaHttpError(error);
    return c.json(errorBody(okta), okta.status as 400);
  });
  app.get('/login/:code', security.login);
  const saml = createSamlSandbox(ctx, sandbox, options.sandbox?.signingWorkers);
  app.route('/', sandbox.routes);
  app.route('/', saml.routes);
  app.use('/api/*', noStore);
  app.use('/api/*', security.api);
  app.route('/api/v1/apps', appRoutes(ctx));
  app.route('/api/v1/apps', assignmentRoutes(ctx));
  app.route('/api/v1/apps', signingKeyRoutes(ctx));
  app.route('/api/v1/users', appLinkRoutes(ctx));
  app.route('/api/v1/logs', logRoutes(ctx));
  app.route('/api/v1/apps', usageRoutes(ctx, db));
  app.route('/api/v1/users', userRoutes(ctx, db));
  app.route('/api/v1/groups', groupRoutes(ctx));
  app.route('/api/v1/catalog', catalogRoutes(ctx));
  app.route('/api/v1/apps', saml.testSignInApi);
  app.all('/api/*', () => {
    throw new OktaHttpError(404, 'E0000022', 'The endpoint does not support the provided HTTP method or path');
  });
  for (const [name, file] of options.portal?.files ?? []) {
    // The portal routes pages in the browser: its index answers every Admin Console path, so a
    // reload or a shared link lands on the page the URL names.
    const paths = name === 'index.html' ? ['/', '/admin/*', '/report/*'] : [`/${name}`];
    for (const path of paths) {
      app.get(path, async (c) => {
        c.header('Content-Type', file.type);
        c.header('Cache-Control', 'no-cache');
        const body = file.body ?? (await readFile(file.path));
        return c.body(new Uint8Array(body));
      });
    }
  }
  return { app, db, store, security, directory, closeSigners: saml.close };
}

/** Starts the server on `127.0.0.1:port` (0 picks a free port) and resolves once it listens. */
export async function startServer(
  options: ServerOptions & { readonly port: number; readonly host?: string },
): Promise<RunningServer> {
  let origin = '';
  const { app, db, store, security, directory, closeSigners } = createServer(options, () => origin);
  const seeded = options.seed === undefined ? undefined : await seedOrg(db, directory, options.seed);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve(
      { fetch: app.fetch, port: options.port, hostname: options.host ?? '127.0.0.1', createServer: createHttpServer },
      () => resolve(started),
    );
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host === '0.0.0.0' || options.host === undefined ? '127.0.0.1' : options.host}:${port}`;
  origin = options.publicOrigin === undefined ? url : new URL(options.publicOrigin).origin;
  return {
    url,
    get loginUrl() {
      const path = security.loginPath;
      return path === undefined ? undefined : `${url}${path}`;
    },
    seeded,
    renewLoginUrl: () => `${url}${security.renewLoginPath()}`,
    store,
    close: async () => {
      try {
        await new Promise<void>((resolve, reject) => {
          server.close((error) => {
            db.close();
            if (error) reject(error);
            else resolve();
          });
          (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        });
      } finally {
        await closeSigners();
      }
    },
  };
}
