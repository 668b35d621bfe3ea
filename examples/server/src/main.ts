// The reference server's entry: configuration from the environment, then listen.
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { startServer } from './app.js';

const port = Number(process.env.PORT ?? 4400);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('PORT must be a port number');
const configured = process.env.INTEGRAKIT_API_TOKEN;
const apiToken = configured !== undefined && configured !== '' ? configured : randomBytes(24).toString('base64url');
const dataDir = resolve(process.env.INTEGRAKIT_DATA_DIR ?? '.data/');

const server = await startServer({ apiToken, dataDir, port, host: process.env.HOST ?? '127.0.0.1' });
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
