// `pnpm bench`: the sandbox's token endpoint, client credentials with private_key_jwt (an API
// service app, as the budget names), 10 connections on loopback, written to the
// "Sandbox IdP: token endpoint" section of docs/benchmarks.md.
import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBenchmarkSection } from './doc-section.js';
import {
  apiOf,
  CONNECTIONS,
  closedLoopLines,
  DURATION_S,
  machineLines,
  measure,
  type Run,
  runsTable,
  startBenchServer,
  WARMUP_S,
} from './sandbox-bench.js';

const token = `bench-${randomUUID()}`;
const dataDir = mkdtempSync(join(tmpdir(), 'integrakit-bench-token-'));
const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const KID = 'bench-key-1';
const SCOPE = 'okta.apps.read';

const segment = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A fresh ES256 client assertion (new `jti`: the provider refuses a replayed one). */
function clientAssertion(clientId: string, audience: string): string {
  const now = Math.floor(Date.now() / 1000);
  const input = `${segment({ alg: 'ES256', kid: KID, typ: 'JWT' })}.${segment({ iss: clientId, sub: clientId, aud: audience, jti: randomUUID(), iat: now, exp: now + 60 })}`;
  return `${input}.${sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
}

/** Creates an API service app (private_key_jwt, the bench's public key) granted {@link SCOPE}; its client id. */
async function createServiceApp(url: string): Promise<string> {
  const api = apiOf(url, token);
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: KID, alg: 'ES256', use: 'sig' };
  const app = await api('POST', '/api/v1/apps', {
    name: 'oidc_client',
    label: 'Bench API service',
    signOnMode: 'OPENID_CONNECT',
    credentials: { oauthClient: { token_endpoint_auth_method: 'private_key_jwt' } },
    settings: {
      oauthClient: {
        application_type: 'service',
        grant_types: ['client_credentials'],
        response_types: ['token'],
        redirect_uris: [],
        jwks: { keys: [jwk] },
      },
    },
  });
  await api('POST', `/api/v1/apps/${app.id}/grants`, { issuer: url, scopeId: SCOPE });
  return app.credentials.oauthClient.client_id;
}

const tokenBody = (clientId: string, endpoint: string) =>
  new URLSearchParams({
    grant_type: 'client_credentials',
    scope: SCOPE,
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: clientAssertion(clientId, endpoint),
  }).toString();

const server = await startBenchServer(dataDir, token);
let runs: Run[];
try {
  const clientId = await createServiceApp(server.url);
  const endpoint = `${server.url}/oauth2/v1/token`;
  const headers = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
  // One request first: the bench measures tokens issued, so it stops here if none is.
  const first = await fetch(endpoint, { method: 'POST', headers, body: tokenBody(clientId, endpoint) });
  const issued = (await first.json()) as { access_token?: string; scope?: string };
  if (first.status !== 200 || typeof issued.access_token !== 'string' || issued.scope !== SCOPE) {
    throw new Error(`no token issued: ${first.status} ${JSON.stringify(issued)}`);
  }
  const requests = [
    {
      method: 'POST',
      path: '/oauth2/v1/token',
      headers,
      setupRequest: (request: object) => ({ ...request, body: tokenBody(clientId, endpoint) }),
    },
  ];
  ({ runs } = await measure('token endpoint', server.process.pid as number, { url: server.url, requests }));
} finally {
  await server.stop('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}

writeBenchmarkSection(
  'sandbox-token',
  [
    '## Sandbox IdP: token endpoint (client credentials)',
    '',
    '`pnpm bench` (`examples/server/bench/token.bench.ts`): autocannon 8 against `src/main.ts` in its own',
    `process on 127.0.0.1, ${CONNECTIONS} connections, ${runs.length} runs of ${DURATION_S} s after a ${WARMUP_S} s warm-up. Each request is`,
    '`POST /oauth2/v1/token` with `grant_type=client_credentials` for an API service app authenticating',
    'with `private_key_jwt` (a fresh ES256 client assertion per request, signed by the client in the same',
    'process as autocannon); the answer is an RS256 access token with the granted `okta.apps.read` scope.',
    'Budget: p99 ≤ 50 ms.',
    ...machineLines(),
    '',
    ...runsTable('Token endpoint, client credentials + private_key_jwt', runs),
    '',
    'Where the time goes (CPU profile of the server under this bench, `BENCH_SERVER_NODE_ARGS`, 2026-12-07,',
    "load average about 20): the top cost was the provider's SQLite storage, which on every write (the",
    "access token, and the client assertion's `jti` kept against replay) first swept expired rows as a",
    'separate committed, fsynced statement scanning the whole table. It now sweeps at most once a minute,',
    "on an index (reads already skip expired rows). What remains per request: the System Log write's",
    "fsynced `COMMIT`, the ES256 client assertion's verification, the RS256 access token's signature, and",
    'the client lookup in the app store.',
    '',
    ...closedLoopLines(runs, 50, 'the client (autocannon and the ES256 client assertions)'),
    '',
  ].join('\n'),
);
