import { Client } from '@okta/okta-sdk-nodejs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningServer } from './app.js';
import { startTestServer } from './test-server.js';

let server: RunningServer;
let token: string;

beforeAll(async () => {
  ({ server, token } = await startTestServer());
});
afterAll(() => server.close());

it("Okta's own Node SDK reads the System Log (systemLogApi.listLogEvents)", async () => {
  // The SDK insists on https unless told it is a test; its types leave the `testing` switch out.
  const okta = new Client({ orgUrl: server.url, token, testing: { disableHttpsCheck: true } } as ConstructorParameters<
    typeof Client
  >[0]);
  const created = await okta.applicationApi.createApplication({
    application: {
      name: 'bookmark',
      label: 'Read by the Okta SDK',
      signOnMode: 'BOOKMARK',
      settings: { app: { url: 'https://example.com/', requestIntegration: false } },
    } as never,
  });
  const events = [];
  const collection = await okta.systemLogApi.listLogEvents({
    filter: `target.id eq "${created.id}"`,
    since: new Date(Date.now() - 60_000).toISOString(),
    until: new Date(Date.now() + 1_000).toISOString(),
  });
  for await (const event of collection) events.push(event);
  expect(events.map((event) => [event?.eventType, event?.target?.[0]?.displayName])).toEqual([
    ['application.lifecycle.create', 'Read by the Okta SDK'],
    ['application.lifecycle.activate', 'Read by the Okta SDK'],
  ]);
  expect(events[0]?.published).toBeInstanceOf(Date);
});
