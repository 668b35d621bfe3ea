// The loopback peers the packed packages are exercised against: the reference Okta-compatible
// server (in memory) and a scimmy SCIM server. Prints one JSON line with their addresses, then
// runs until stdin closes (the parent exits or ends the run).
import { randomUUID } from 'node:crypto';
import { startServer } from '../../examples/server/src/app.js';
import { startScimmyPeer } from '../../packages/protocols/src/scim/__fixtures__/scimmy-server.js';

const apiToken = `consumer-${randomUUID()}`;
const scimToken = `scim-${randomUUID()}`;
const server = await startServer({ apiToken, dataDir: ':memory:', port: 0 });
const scim = await startScimmyPeer({
  token: scimToken,
  basic: { username: 'consumer', password: randomUUID() },
  oauth: { clientId: 'consumer', clientSecret: randomUUID() },
});

console.log(JSON.stringify({ orgUrl: server.url, apiToken, scimUrl: scim.baseUrl, scimToken }));

process.stdin.resume();
process.stdin.on('end', async () => {
  await Promise.all([server.close(), scim.close()]);
  process.exit(0);
});
