// Runs the reference server (examples/server) in memory on a free loopback port for the elements'
// server-backed tests; prints `listening <url>` once it accepts requests. Started by
// reference-server.ts in a plain node child (better-sqlite3 and hono are not for Vite's SSR runner).
import { startServer } from '../../../examples/server/src/app.js';

const apiToken = process.env.INTEGRAKIT_API_TOKEN;
if (apiToken === undefined || apiToken.length < 16) throw new Error('INTEGRAKIT_API_TOKEN: at least 16 characters');
const server = await startServer({ apiToken, dataDir: ':memory:', port: 0, rateLimit: 1_000_000 });
process.stdout.write(`listening ${server.url}\n`);
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
