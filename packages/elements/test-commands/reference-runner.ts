import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ChildServer, startChildServer } from '../../../examples/server/src/child-server.js';

const servers = new Map<string, { server: ChildServer; token: string }>();

/**
 * Starts the reference server as its own process (the browser project's Vite cannot load its
 * native and CommonJS dependencies) on a free loopback port, with a fresh data dir; returns its URL.
 */
export async function start(): Promise<{ url: string }> {
  const token = `elements-${crypto.randomUUID()}`;
  const server = await startChildServer({
    dataDir: mkdtempSync(join(tmpdir(), 'integrakit-elements-')),
    apiToken: token,
    startTimeoutMs: 60_000,
  });
  servers.set(new URL(server.url).origin, { server, token });
  return { url: server.url };
}

/** A request as the browser built it, in plain JSON. */
export interface ProxiedRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: string | null;
}

/**
 * Sends a browser request to one of these servers with its API token (the browser never holds it)
 * and returns the response as plain JSON. Only servers started here are reachable.
 */
export async function send(request: ProxiedRequest): Promise<{
  status: number;
  headers: [string, string][];
  body: string;
}> {
  const target = new URL(request.url);
  const entry = servers.get(target.origin);
  if (entry === undefined) throw new Error('url: not a server started here');
  const headers = new Headers(request.headers as [string, string][]);
  headers.set('authorization', `SSWS ${entry.token}`);
  const response = await fetch(target, {
    method: request.method,
    headers,
    ...(request.body === null ? {} : { body: request.body }),
    signal: AbortSignal.timeout(20_000),
  });
  return { status: response.status, headers: [...response.headers], body: await response.text() };
}

/** Stops every server started here. */
export async function stopAll(): Promise<void> {
  await Promise.all([...servers.values()].map(({ server }) => server.stop()));
  servers.clear();
}
