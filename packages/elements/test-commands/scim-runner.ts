import { connectorConfig, createCustomFlow, runConnectorTest } from '@integrakit/core/flows';
import { defaultProtocols } from '@integrakit/core/protocols';
import { type BrokenServer, startBrokenServer } from '../../protocols/src/scim/__fixtures__/broken-server.js';

const servers = new Set<BrokenServer>();
const validation = { protocols: defaultProtocols };

/** Starts a loopback SCIM server accepting `token`. */
export async function start(token: unknown): Promise<{ baseUrl: string }> {
  if (typeof token !== 'string' || token.length < 16 || token.length > 200) throw new Error('token: 16–200 characters');
  const server = await startBrokenServer(token);
  servers.add(server);
  return { baseUrl: server.baseUrl };
}

/** Core's connector test of a bearer-token connection to one of these servers, as plain JSON. */
export async function test(connection: { baseUrl: unknown; token: unknown }): Promise<unknown> {
  const { baseUrl, token } = connection;
  if (![...servers].some((server) => server.baseUrl === baseUrl)) throw new Error('baseUrl: not a server started here');
  const start = createCustomFlow(validation).start();
  const draft = {
    ...start.draft,
    provisioning: {
      enabled: true,
      connection: { baseUrl, auth: { type: 'bearer', token } },
      features: { ...start.draft.provisioning.features, create: true, update: true },
    },
  };
  const config = connectorConfig(draft, validation);
  if ('issues' in config) return { issues: config.issues };
  return JSON.parse(JSON.stringify(await runConnectorTest(config.config, { timeout: 5000 })));
}

/** Stops every server started here. */
export async function stopAll(): Promise<void> {
  await Promise.all([...servers].map((server) => server.close()));
  servers.clear();
}
