import { chmodSync, lstatSync, unlinkSync } from 'node:fs';
import { createConnection, createServer, type Server } from 'node:net';
import { join } from 'node:path';

/**
 * The control socket in the data directory through which `pnpm login-link` asks the running server
 * for a fresh one-time login link. Only someone who can open the data directory (mode 0700, the
 * same people who can read the database) can connect, so no other secret is needed.
 */
export const loginSocketPath = (dataDir: string) => join(dataDir, 'login.sock');

/** Listens on `path`; each connection gets one freshly minted login URL and is closed. */
export async function serveLoginLinks(path: string, mint: () => string): Promise<Server> {
  // A server killed without cleanup leaves its socket file behind; nothing else is ever removed.
  if (lstatSync(path, { throwIfNoEntry: false })?.isSocket()) unlinkSync(path);
  const server = createServer((socket) => socket.end(`${mint()}\n`));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => resolve());
  });
  chmodSync(path, 0o600);
  return server;
}

/** Asks the server listening on `path` for a fresh login URL. */
export function requestLoginLink(path: string, timeoutMs = 5000): Promise<string> {
  return new Promise((resolve, reject) => {
    let reply = '';
    const socket = createConnection(path);
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      reply += chunk;
      if (reply.length > 4096) socket.destroy(new Error('reply too long'));
    });
    socket.on('error', reject);
    socket.on('end', () => resolve(reply.trim()));
  });
}
