import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type IntegrakitClient } from '@integrakit/core/client';
import { type RunningServer, startServer } from './app.js';

/** A server on a free loopback port with its own data dir (or in memory), and a client for it. */
export async function startTestServer(
  options: { memory?: boolean; rateLimit?: number; rateWindowMs?: number } = {},
): Promise<{
  server: RunningServer;
  client: IntegrakitClient;
  token: string;
}> {
  const token = `test-${crypto.randomUUID()}`;
  const dataDir = options.memory ? ':memory:' : mkdtempSync(join(tmpdir(), 'integrakit-server-'));
  const server = await startServer({
    apiToken: token,
    dataDir,
    port: 0,
    ...(options.rateLimit === undefined ? {} : { rateLimit: options.rateLimit }),
    ...(options.rateWindowMs === undefined ? {} : { rateWindowMs: options.rateWindowMs }),
  });
  return { server, client: createClient({ orgUrl: server.url, token, timeout: 10_000 }), token };
}
