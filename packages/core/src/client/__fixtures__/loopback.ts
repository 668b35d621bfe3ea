import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';

/** A request as the loopback server saw it. */
export interface SeenRequest {
  readonly method: string;
  /** Path and query. */
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
  /** `Date.now()` when the request arrived. */
  readonly at: number;
}

/** Answers one request; may hold it open (never calling `res.end`) to test timeouts. */
export type Handler = (request: SeenRequest, res: ServerResponse) => unknown;

/** A real HTTP server on 127.0.0.1 with a free port, recording every request. */
export interface Loopback {
  readonly url: string;
  readonly requests: SeenRequest[];
  /** Requests whose connection closed before a response was sent (aborted or timed out). */
  readonly closedEarly: SeenRequest[];
  close(): Promise<void>;
}

export async function startLoopback(handler: Handler): Promise<Loopback> {
  const requests: SeenRequest[] = [];
  const closedEarly: SeenRequest[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const seen: SeenRequest = {
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
      at: Date.now(),
    };
    requests.push(seen);
    res.on('close', () => {
      if (!res.writableEnded) closedEarly.push(seen);
    });
    try {
      await handler(seen, res);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    closedEarly,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Sends `body` as JSON with `status` and extra headers. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

/** Every way an error is commonly turned into text: message, stack, JSON, `util.inspect`, `String`. */
export function renderings(error: unknown): string {
  const json = (() => {
    try {
      return JSON.stringify(error, Object.getOwnPropertyNames(error ?? {}));
    } catch {
      return '';
    }
  })();
  const cause = error instanceof Error && error.cause !== undefined ? renderings(error.cause) : '';
  return [String(error), (error as Error | undefined)?.stack ?? '', json, inspect(error, { depth: 8 }), cause].join(
    '\n',
  );
}

/** A minimal Okta app, as the wire schema requires. */
export const oktaApp = (id: string, label = `App ${id}`) => ({
  id,
  label,
  name: 'bookmark',
  status: 'ACTIVE',
  signOnMode: 'BOOKMARK',
  created: '2024-01-01T00:00:00.000Z',
  lastUpdated: '2024-01-01T00:00:00.000Z',
});
