import { afterEach, describe, expect, it } from 'vitest';
import { type BrokenServer, type Faults, startBrokenServer } from '../__fixtures__/broken-server.js';
import { bearerConfig } from '../__fixtures__/config.js';
import type { ConnectorReport } from './report.js';
import { testConnector } from './test-connector.js';

const token = `tok-${crypto.randomUUID()}`;
let server: BrokenServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function run(
  faults: Faults,
  options: { timeout?: number; retries?: number; seed?: number } = {},
): Promise<ConnectorReport> {
  server = await startBrokenServer(token, faults, options.seed);
  return testConnector(bearerConfig(server.baseUrl, token, { actions: ['pushNewUsers', 'pushUserDeactivation'] }), {
    timeout: options.timeout ?? 500,
    retries: options.retries ?? 2,
    maxRetryAfter: 200,
    probeUser: true,
  });
}

const failed = (report: ConnectorReport) =>
  Object.fromEntries(report.checks.filter((c) => !c.ok).map((c) => [c.id, c.message]));

describe('testConnector against deliberately broken servers', () => {
  it('passes the unbroken baseline server', async () => {
    const report = await run({});
    expect(failed(report)).toEqual({});
    expect(report.ok).toBe(true);
  });

  it('names the wrong content type', async () => {
    const report = await run({ contentType: 'text/html; charset=utf-8' });
    expect(report.ok).toBe(false);
    expect(failed(report)['discovery.serviceProviderConfig']).toBe(
      'GET /ServiceProviderConfig answered Content-Type text/html; charset=utf-8, expected application/scim+json',
    );
    expect(failed(report)['http.contentType']).toMatch(
      /^responses not application\/scim\+json: GET \/ServiceProviderConfig → text\/html/,
    );
  });

  it('names missing schemas', async () => {
    const report = await run({ omitSchemas: true });
    expect(failed(report)['users.list']).toBe(
      'GET /Users?count=1&startIndex=1 answered a body without "schemas" (RFC 7643 §3 requires it)',
    );
    expect(failed(report)['probe.create']).toBe(
      'POST /Users answered a body without "schemas" (RFC 7643 §3 requires it)',
    );
    expect(failed(report)['auth.refused']).toMatch(/body without "schemas"/);
  });

  it('detects paging that ignores startIndex', async () => {
    const report = await run({ ignoreStartIndex: true });
    expect(failed(report)).toEqual({
      'users.paging':
        'startIndex=2 answered startIndex 1; startIndex=2 returned the same user as startIndex=1: the server ignores startIndex',
    });
    expect(report.actions.find((a) => a.action === 'pushNewUsers')?.supported).toBe(true);
  });

  it('detects PATCH unsupported although ServiceProviderConfig claims it', async () => {
    const report = await run({ patchUnsupported: true });
    expect(failed(report)['probe.patch']).toMatch(
      /^ServiceProviderConfig claims patch\.supported=true, but PATCH \/Users\/[\w-]+ answered 501, expected 200 or 204: PATCH is not implemented$/,
    );
    expect(report.actions.find((a) => a.action === 'pushUserDeactivation')).toMatchObject({ supported: false });
  });

  it('reports 500s with the failing request', async () => {
    const report = await run({ failPath: '/Users' });
    expect(failed(report)['users.list']).toBe(
      'GET /Users?count=1&startIndex=1 answered 500, expected 200: internal error',
    );
    expect(report.checks.find((c) => c.id === 'users.list')?.evidence[0]).toMatchObject({ status: 500, method: 'GET' });
  });

  it('retries a 429 honouring Retry-After, and then succeeds', async () => {
    const report = await run({ rateLimit: { times: 2, retryAfter: '0.05' } });
    const first = report.checks[0];
    expect(first).toMatchObject({ id: 'discovery.serviceProviderConfig', ok: true });
    expect(first?.evidence[0]?.attempts).toBe(3);
    expect(report.ok).toBe(true);
  });

  it('gives up on a persistent 429 after the bounded retries and says so', async () => {
    const report = await run({ rateLimit: { times: 1000, retryAfter: '0.02' } }, { retries: 1 });
    expect(failed(report)['discovery.serviceProviderConfig']).toBe(
      'GET /ServiceProviderConfig answered 429 after 2 attempts (Retry-After: 0.02), expected 200: slow down',
    );
    expect(report.ok).toBe(false);
  });

  it('times out slow responses instead of hanging, closing the connection', async () => {
    const report = await run({ delayMs: 700 }, { timeout: 300 });
    expect(failed(report)['users.list']).toBe('GET /Users?count=1&startIndex=1 timed out (no response within 300 ms)');
    expect(report.checks.find((c) => c.id === 'users.list')?.evidence[0]).toMatchObject({
      status: 0,
      excerpt: 'no response within 300 ms',
    });
    // The client gave up rather than waited: the server saw the connection closed unanswered.
    expect(server?.abandoned).toContain('GET /Users');
  });

  it('fails users.filter.match on a server that ignores filter, even when the probe is its only user', async () => {
    const report = await run({ ignoreFilter: true }, { seed: 0 });
    expect(failed(report)['users.filter.match']).toBe('the filter returned 2 users');
    expect(report.checks.find((c) => c.id === 'users.paging')).toMatchObject({ ok: true, skipped: false });
  });

  it('pages over the two probe users on an otherwise empty server, and deletes both', async () => {
    const report = await run({}, { seed: 0 });
    expect(failed(report)).toEqual({});
    for (const id of ['probe.second.create', 'users.filter.match', 'users.paging', 'probe.second.delete']) {
      expect(
        report.checks.find((c) => c.id === id),
        id,
      ).toMatchObject({ ok: true, skipped: false });
    }
    expect(server?.userNames()).toEqual([]);
  });

  it('passes Okta-style checks but warns when userName matching is case-sensitive', async () => {
    const report = await run({ caseSensitive: true });
    expect(report.ok).toBe(true);
    expect(report.checks.find((c) => c.id === 'users.filter.caseInsensitive')).toMatchObject({
      ok: false,
      severity: 'warning',
    });
  });
});
