import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSandboxServer } from '../__fixtures__/sandbox-server.js';
import { samlAppBody } from '../saml/__fixtures__/saml-peers.js';

// Test sign-in tickets live in memory until used or expired: a flood of starts must meet a bound
// (Okta's 429), never grow memory, and never push out a ticket that is still live.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

/** The bound and lifetime the server promises (not read from its code: a changed bound must fail here). */
const MAX_TICKETS = 1000;
const TICKET_LIFETIME_MS = 10 * 60_000;
/** Starts sent at once while filling: enough to be quick on loopback, few enough for a loaded machine. */
const AT_ONCE = 20;

let sandbox: Awaited<ReturnType<typeof startSandboxServer>>;
let appId: string;

beforeAll(async () => {
  sandbox = await startSandboxServer();
  appId = (await sandbox.call('POST', '/api/v1/apps', samlAppBody('Ticket flood'))).json.id;
});
afterAll(async () => {
  await sandbox?.close();
});
afterEach(() => {
  vi.useRealTimers();
});

const start = () => sandbox.call('POST', `/api/v1/apps/${appId}/test-sign-in`);

describe('Test sign-in tickets, started in a flood', () => {
  it('refuses past the bound with Okta’s 429, keeps live tickets, and takes new ones once they expire', async () => {
    const fillingFrom = Date.now();
    const first = await start();
    expect(first.status).toBe(201);
    for (let issued = 1; issued < MAX_TICKETS; issued += AT_ONCE) {
      const batch = await Promise.all(Array.from({ length: Math.min(AT_ONCE, MAX_TICKETS - issued) }, start));
      expect(batch.map((response) => response.status)).toEqual(batch.map(() => 201));
    }

    const filledBy = Date.now();

    const refused = await start();
    expect(refused.status).toBe(429);
    expect(refused.json).toMatchObject({
      errorCode: 'E0000047',
      errorSummary: 'API call exceeded rate limit due to too many requests.',
      errorCauses: [],
    });
    expect(refused.json.errorId).toMatch(/^oae/);
    // Full means refusing new tickets, not forgetting old ones: the first still opens its run.
    const firstPage = await fetch(first.json.url, { redirect: 'manual' });
    expect(firstPage.status).toBe(303);
    expect(firstPage.headers.get('location')).toContain('/signin');

    // Only the clock moves (no real waiting): just before the tickets expire, still full…
    vi.useFakeTimers({ toFake: ['Date'], now: fillingFrom + TICKET_LIFETIME_MS - 60_000 });
    expect((await start()).status).toBe(429);

    // …and once they have expired, room again, while an expired ticket opens nothing.
    vi.setSystemTime(filledBy + TICKET_LIFETIME_MS + 1000);
    const after = await start();
    expect(after.status).toBe(201);
    expect(new URL(after.json.url).pathname).toMatch(/^\/sandbox\/test-sign-in\/[\w-]+$/);
    const expired = await fetch(first.json.url, { redirect: 'manual' });
    expect(expired.status).toBe(400);
    expect(await expired.text()).toContain('Test sign-in expired');
  });
});
