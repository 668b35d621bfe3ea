import { createServer as createHttpsServer } from 'node:https';
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { makeCertificate } from '../../xml/__fixtures__/certs.js';
import { bearerConfig } from '../__fixtures__/config.js';
import { type HostileServer, startHostileServer } from '../__fixtures__/hostile-server.js';
import { createClient } from '../client/client.js';
import type { ConnectorReport } from './report.js';
import { testConnector } from './test-connector.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

const listen = async <S extends Server>(server: S): Promise<number> => {
  server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  closers.push(
    () =>
      new Promise((resolve) => {
        server.close(() => resolve());
      }),
  );
  const address = server.address();
  return typeof address === 'object' && address !== null ? address.port : 0;
};

/** A loopback port on which nothing listens: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address !== null ? address.port : 0;
}

const connector = (baseUrl: string, options: { timeout?: number; deadline?: number } = {}) =>
  testConnector(bearerConfig(baseUrl, 'dead-server-token'), { retries: 0, timeout: 2000, ...options });
const firstCheck = (report: ConnectorReport) => report.checks[0];

describe('testConnector says why a dead server is dead', () => {
  it('connection refused', async () => {
    const report = await connector(`http://127.0.0.1:${await closedPort()}/scim/v2`);
    expect(firstCheck(report)).toMatchObject({
      id: 'discovery.serviceProviderConfig',
      ok: false,
      message: 'GET /ServiceProviderConfig failed: connection refused (ECONNREFUSED): nothing listens there',
    });
    expect(firstCheck(report)?.evidence[0]?.excerpt).toBe('connection refused (ECONNREFUSED): nothing listens there');
  });

  it('DNS: a name that cannot resolve (.invalid, RFC 6761)', async () => {
    const report = await connector('https://scim.integrakit.invalid/scim/v2');
    expect(firstCheck(report)?.message).toMatch(
      /^GET \/ServiceProviderConfig failed: DNS lookup failed \((ENOTFOUND|EAI_AGAIN)\): the host name does not resolve$/,
    );
  });

  it('TLS: a certificate the client cannot trust', async () => {
    const certificate = makeCertificate({ cn: '127.0.0.1' });
    const server = createHttpsServer({ key: certificate.privateKeyPem, cert: certificate.pem }, (_req, res) => {
      res.end('{}');
    });
    const port = await listen(server);
    const report = await connector(`https://127.0.0.1:${port}/scim/v2`);
    expect(firstCheck(report)?.message).toBe(
      'GET /ServiceProviderConfig failed: TLS handshake failed (DEPTH_ZERO_SELF_SIGNED_CERT)',
    );
    const error = await createClient(bearerConfig(`https://127.0.0.1:${port}/scim/v2`, 'dead-server-token'), {
      retries: 0,
    })
      .users.list()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ERR_SCIM_NETWORK', failure: 'tls' });
  });

  it('reset: a server that drops the connection when the request arrives', async () => {
    const server = createServer((socket) => socket.once('data', () => socket.destroy()));
    const port = await listen(server);
    const report = await connector(`http://127.0.0.1:${port}/scim/v2`);
    expect(firstCheck(report)?.message).toMatch(
      /^GET \/ServiceProviderConfig failed: the server closed the connection \((ECONNRESET|EPIPE|UND_ERR_SOCKET)\)$/,
    );
  });

  it('timeout: a server that accepts and never answers', async () => {
    const server = await startHostileServer();
    closers.push(() => server.close());
    const report = await connector(`${server.baseUrl}/hang`, { timeout: 200 });
    expect(firstCheck(report)?.message).toBe('GET /ServiceProviderConfig timed out (no response within 200 ms)');
  });
});

describe('testConnector deadline', () => {
  let server: HostileServer;

  it('stops at the deadline, aborts what is in flight and says so', async () => {
    server = await startHostileServer();
    closers.push(() => server.close());
    const report = await connector(`${server.baseUrl}/hang`, { timeout: 60_000, deadline: 300 });
    expect(report.ok).toBe(false);
    expect(report.checks.at(-1)).toMatchObject({
      id: 'deadline',
      ok: false,
      message: "the connector test's deadline of 300 ms passed: later requests were not sent",
    });
    expect(firstCheck(report)?.message).toBe(
      "GET /ServiceProviderConfig failed: the connector test's deadline of 300 ms passed",
    );
    // Only the request in flight at the deadline reached the server, and its socket was closed.
    expect(server.requests).toHaveLength(1);
    await server.closed('hang');
  });
});
