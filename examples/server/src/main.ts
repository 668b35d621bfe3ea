// The reference server's entry: configuration from the environment, the portal bundle, then listen.
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import type { PortalFile } from './app.js';
import { loginSocketPath, serveLoginLinks } from './login-socket.js';
import { bundlePortal, processConditions } from './portal.js';

const port = Number(process.env.PORT ?? 4400);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('PORT must be a port number');
const rateLimit = Number(process.env.INTEGRAKIT_RATE_LIMIT ?? 6000);
if (!Number.isInteger(rateLimit) || rateLimit < 1) throw new Error('INTEGRAKIT_RATE_LIMIT must be a positive integer');
const authFailureLimit = Number(process.env.INTEGRAKIT_AUTH_FAILURE_LIMIT ?? 20);
if (!Number.isInteger(authFailureLimit) || authFailureLimit < 1) {
  throw new Error('INTEGRAKIT_AUTH_FAILURE_LIMIT must be a positive integer');
}
// Worker threads signing SAML responses (0: on the main thread); the pool's default when unset.
const signingWorkers =
  process.env.INTEGRAKIT_SIGNING_WORKERS === undefined ? undefined : Number(process.env.INTEGRAKIT_SIGNING_WORKERS);
const publicOrigin = process.env.INTEGRAKIT_PUBLIC_ORIGIN;
const configured = process.env.INTEGRAKIT_API_TOKEN;
const apiToken = configured !== undefined && configured !== '' ? configured : randomBytes(24).toString('base64url');
const dataDir = resolve(process.env.INTEGRAKIT_DATA_DIR ?? '.data/');
// A new org gets people and groups unless `--no-seed` or `INTEGRAKIT_SEED=false`.
const seed = !process.argv.includes('--no-seed') && !/^(false|0|no)$/i.test(process.env.INTEGRAKIT_SEED ?? '');
const configuredPassword = process.env.INTEGRAKIT_SEED_PASSWORD;
const seedPassword =
  configuredPassword !== undefined && configuredPassword !== ''
    ? configuredPassword
    : randomBytes(9).toString('base64url');

// The page script is bundled with the same package conditions the server runs with: TypeScript
// sources under `pnpm start` (`--conditions=@integrakit/source`, so no build is needed), built
// `dist` without the condition. esbuild works in its own process, so the bundle is made while
// this one loads the server's modules.
const portalFiles = bundlePortal({ conditions: processConditions() }).catch((error: unknown) => {
  const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  console.error(`portal unavailable: ${reason}`);
  return undefined;
});
const { startServer } = await import('./app.js');
const files: Map<string, PortalFile> | undefined = await portalFiles;

const server = await startServer({
  apiToken,
  dataDir,
  port,
  rateLimit,
  authFailureLimit,
  ...(publicOrigin ? { publicOrigin } : {}),
  ...(signingWorkers === undefined ? {} : { sandbox: { signingWorkers } }),
  host: process.env.HOST ?? '127.0.0.1',
  ...(seed ? { seed: { password: seedPassword } } : {}),
  ...(files === undefined ? {} : { portal: { files } }),
});
// Printed as the server names itself: its links (metadata, paging, Test sign-in) use this origin, and
// a page opened on `localhost` would be another origin to them (the strict CSP refuses the fetches).
const { url } = server;
const loginLinks = await serveLoginLinks(loginSocketPath(dataDir), () => server.renewLoginUrl());
// The generated token is printed once so the operator can use it; a configured one is never echoed.
if (configured === undefined || configured === '') console.log(`API token (SSWS, generated): ${apiToken}`);
console.log(`data: ${dataDir}`);
if (server.seeded !== undefined) {
  const { people, groups } = server.seeded;
  // Like the token: a generated password is printed this once, a configured one never.
  const password = seedPassword === configuredPassword ? 'from INTEGRAKIT_SEED_PASSWORD' : seedPassword;
  console.log(`seeded ${people} people (ada@example.com, …; password ${password}) and ${groups} groups`);
}
// The URL and the login link come last, so they are what the terminal shows.
console.log(`listening on ${url}`);
console.log(`portal login (one-time; \`pnpm login-link\` prints another): ${server.loginUrl}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    loginLinks.close();
    void server.close().finally(() => process.exit(0));
  });
}
