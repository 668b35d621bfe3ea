// The reference server's entry: configuration from the environment, the portal bundle, then listen.
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { type PortalFile, startServer } from './app.js';
import { bundlePortal, processConditions } from './portal.js';

const port = Number(process.env.PORT ?? 4400);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('PORT must be a port number');
const rateLimit = Number(process.env.INTEGRAKIT_RATE_LIMIT ?? 6000);
if (!Number.isInteger(rateLimit) || rateLimit < 1) throw new Error('INTEGRAKIT_RATE_LIMIT must be a positive integer');
const authFailureLimit = Number(process.env.INTEGRAKIT_AUTH_FAILURE_LIMIT ?? 20);
if (!Number.isInteger(authFailureLimit) || authFailureLimit < 1) {
  throw new Error('INTEGRAKIT_AUTH_FAILURE_LIMIT must be a positive integer');
}
const publicOrigin = process.env.INTEGRAKIT_PUBLIC_ORIGIN;
const configured = process.env.INTEGRAKIT_API_TOKEN;
const apiToken = configured !== undefined && configured !== '' ? configured : randomBytes(24).toString('base64url');
const dataDir = resolve(process.env.INTEGRAKIT_DATA_DIR ?? '.data/');

// The page script is bundled with the same package conditions the server runs with: built `dist`
// under `pnpm start`, TypeScript sources under `--conditions=@integrakit/source`.
let files: Map<string, PortalFile> | undefined;
try {
  files = await bundlePortal({ conditions: processConditions() });
} catch (error) {
  const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  console.error(`portal unavailable (run \`pnpm build\` first): ${reason}`);
}

const server = await startServer({
  apiToken,
  dataDir,
  port,
  rateLimit,
  authFailureLimit,
  ...(publicOrigin ? { publicOrigin } : {}),
  host: process.env.HOST ?? '127.0.0.1',
  ...(files === undefined ? {} : { portal: { files } }),
});
const url = server.url.replace('127.0.0.1', 'localhost');
// The generated token is printed once so the operator can use it; a configured one is never echoed.
if (configured === undefined || configured === '') console.log(`API token (SSWS, generated): ${apiToken}`);
console.log(`data: ${dataDir}`);
console.log(`portal login (one-time): ${server.loginUrl?.replace('127.0.0.1', 'localhost')}`);
console.log(`listening on ${url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().finally(() => process.exit(0));
  });
}
