// Values the inspector tests paste, made by real signers (node:crypto, the protocols' SAML response
// builder and XSW fixture), which browser code cannot run. xmldom and xml-crypto are CommonJS that
// the browser project's Vite server cannot evaluate, so the fixtures are made in a plain node child.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { BrowserCommand } from 'vitest/node';

const run = promisify(execFile);
const runnerPath = fileURLToPath(new URL('./fixtures-runner.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** Tokens, SAML responses (base64) and the apps they are meant for, as plain JSON. */
export const inspectorFixtures: BrowserCommand<[]> = async () => {
  const { stdout } = await run(process.execPath, ['--conditions=@integrakit/source', '--import', 'tsx', runnerPath], {
    cwd: repoRoot,
    timeout: 60_000,
    maxBuffer: 4 * 1024 * 1024,
  });
  return JSON.parse(stdout) as unknown;
};
