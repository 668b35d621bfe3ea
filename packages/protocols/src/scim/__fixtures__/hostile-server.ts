import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

/**
 * What the hostile server does, by the first path segment after `/scim/v2`:
 * - `endless`: a 200 SCIM body that never ends (64 KiB chunks until the client leaves);
 * - `bomb`: `Content-Encoding: gzip`, 1 MiB on the wire that inflates to 1 GiB;
 * - `big`: a 50 MB body with its `Content-Length`;
 * - `trickle`: headers at once, then one byte every 50 ms, forever;
 * - `hang`: accepts the request and never answers;
 * - `redirect`: 307 to {@link HostileServer.redirectTo};
 * - anything else: a small valid SCIM ListResponse.
 */
export type HostileMode = 'endless' | 'bomb' | 'big' | 'trickle' | 'hang' | 'redirect';

/** A running hostile server. */
export interface HostileServer {
  readonly baseUrl: string;
  /** Resolves when the client has closed the connection of the `n`th request (1-based) in `mode`. */
  closed(mode: string, n?: number): Promise<void>;
  /** Requests received, as `METHOD /mode` plus the body length. */
  readonly requests: { readonly method: string; readonly path: string; readonly bodyBytes: number }[];
  /** Bytes the server managed to write, per mode. */
  readonly written: Map<string, number>;
  /** Where `redirect` points. */
  redirectTo: string;
  close(): Promise<void>;
}

const CHUNK = Buffer.alloc(64 * 1024, 0x20);
// Concatenated gzip members are one valid gzip stream: 1,024 members of 1 MiB of spaces each.
const BOMB_MEMBER = gzipSync(Buffer.alloc(1024 * 1024, 0x20), { level: 9 });
const BOMB_MEMBERS = 1024;

/** Starts the hostile server on 127.0.0.1. */
export async function startHostileServer(): Promise<HostileServer> {
  const requests: HostileServer['requests'][number][] = [];
  const written = new Map<string, number>();
  const closes = new Map<string, { count: number; waiters: { n: number; resolve: () => void }[] }>();
  const closeState = (mode: string) => {
    let state = closes.get(mode);
    if (state === undefined) {
      state = { count: 0, waiters: [] };
      closes.set(mode, state);
    }
    return state;
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const mode = url.pathname.replace(/^\/scim\/v2\/?/, '').split('/')[0] ?? '';
    let bodyBytes = 0;
    req.on('data', (chunk: Buffer) => {
      bodyBytes += chunk.length;
    });
    req.on('end', () => {
      requests.push({ method: req.method ?? '', path: `/${mode}`, bodyBytes });
      respond(mode, hostile.redirectTo, res, (bytes) => written.set(mode, (written.get(mode) ?? 0) + bytes));
    });
    res.on('close', () => {
      const state = closeState(mode);
      state.count += 1;
      for (const waiter of state.waiters.filter((w) => w.n <= state.count)) waiter.resolve();
    });
  });
  server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const hostile: HostileServer = {
    baseUrl: `http://127.0.0.1:${port}/scim/v2`,
    redirectTo: '/',
    requests,
    written,
    closed: (mode, n = 1) =>
      new Promise((resolve) => {
        const state = closeState(mode);
        if (state.count >= n) resolve();
        else state.waiters.push({ n, resolve });
      }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return hostile;
}

function respond(mode: string, redirectTo: string, res: ServerResponse, count: (bytes: number) => void): void {
  const scim = { 'content-type': 'application/scim+json' };
  const pump = (next: () => Buffer | undefined) => {
    const write = () => {
      for (;;) {
        if (res.destroyed) return;
        const chunk = next();
        if (chunk === undefined) return void res.end();
        count(chunk.length);
        if (!res.write(chunk)) return void res.once('drain', write);
      }
    };
    write();
  };
  switch (mode) {
    case 'endless':
      res.writeHead(200, scim);
      pump(() => CHUNK);
      return;
    case 'bomb': {
      res.writeHead(200, { ...scim, 'content-encoding': 'gzip' });
      let sent = 0;
      pump(() => (sent++ < BOMB_MEMBERS ? BOMB_MEMBER : undefined));
      return;
    }
    case 'big': {
      const total = 50 * 1000 * 1000;
      res.writeHead(200, { ...scim, 'content-length': String(total) });
      let sent = 0;
      pump(() => {
        if (sent >= total) return undefined;
        const chunk = CHUNK.subarray(0, Math.min(CHUNK.length, total - sent));
        sent += chunk.length;
        return chunk;
      });
      return;
    }
    case 'trickle': {
      res.writeHead(200, scim);
      const timer = setInterval(() => {
        if (res.destroyed) return clearInterval(timer);
        count(1);
        res.write(' ');
      }, 50);
      res.on('close', () => clearInterval(timer));
      return;
    }
    case 'hang':
      return;
    case 'redirect':
      res.writeHead(307, { location: redirectTo });
      return void res.end();
    default:
      res.writeHead(200, scim);
      res.end(
        JSON.stringify({
          schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
          totalResults: 0,
          Resources: [],
        }),
      );
  }
}
