import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { bearerConfig } from '../__fixtures__/config.js';
import { createClient } from '../client/client.js';
import { testConnector } from './test-connector.js';

// A hostile server that echoes every request header, credentials included, in a 500 body.
let server: Server;
let baseUrl: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    res.writeHead(500, { 'content-type': 'application/scim+json' });
    res.end(
      JSON.stringify({
        schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
        status: '500',
        detail: JSON.stringify(req.headers),
      }),
    );
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/scim`;
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);

it('keeps secrets out of reports, errors and logs even when the server echoes them', async () => {
  const token = `tok-${crypto.randomUUID()}`;
  const password = `pw-${crypto.randomUUID()}`;
  const logged: string[] = [];
  const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      logged.push(args.map((arg) => inspect(arg, { depth: 10 })).join(' '));
    }),
  );
  try {
    const outputs: string[] = [];
    for (const auth of [
      { type: 'bearer', token },
      { type: 'basic', username: 'u', password },
    ] as const) {
      const config = bearerConfig(baseUrl, token, { auth });
      const report = await testConnector(config, { timeout: 500, retries: 0, probeUser: true, profiles: ['okta'] });
      outputs.push(
        JSON.stringify(report),
        inspect(report, { depth: 20 }),
        inspect(config, { depth: 10 }),
        JSON.stringify(config),
      );
      const client = createClient(config, {
        timeout: 500,
        retries: 0,
        onExchange: (exchange) => logged.push(inspect(exchange, { depth: 10 })),
      });
      const error = await client.users.get('x').catch((e: unknown) => e);
      outputs.push(String(error), inspect(error, { depth: 10 }), JSON.stringify(error), (error as Error).message);
      expect((error as Error).message).toContain('[redacted]');
    }
    outputs.push(...logged);
    expect(logged.length).toBeGreaterThan(0);
    for (const text of outputs) {
      expect(text).not.toContain(token);
      expect(text).not.toContain(password);
      expect(text).not.toContain(Buffer.from(`u:${password}`).toString('base64'));
    }
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
});
