// `pnpm login-link`: prints a fresh one-time portal login link from the running server, so a used
// link, a second browser or a lost cookie needs no restart.
import { resolve } from 'node:path';
import { loginSocketPath, requestLoginLink } from './login-socket.js';

const dataDir = resolve(process.env.INTEGRAKIT_DATA_DIR ?? '.data/');
try {
  console.log(`portal login (one-time): ${await requestLoginLink(loginSocketPath(dataDir))}`);
} catch (error) {
  const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  console.error(`No server is answering for ${dataDir} (${reason}). Start it with \`pnpm start\`.`);
  process.exitCode = 1;
}
