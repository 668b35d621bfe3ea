// Browser tests cannot open sockets, so these commands run in the Vitest node process: they start the
// SCIM protocol tests' loopback server and run core's connector test against it, so that the
// `<ik-create-integration>` tests render a real report. Workspace code is loaded through the
// project's Vite server, which resolves packages to their sources as the tests do.
import { fileURLToPath } from 'node:url';
import type { BrowserCommand } from 'vitest/node';
import type * as Runner from './scim-runner.js';

type Context = Parameters<BrowserCommand<[]>>[0];

const runnerPath = fileURLToPath(new URL('./scim-runner.ts', import.meta.url));

async function runner(context: Context): Promise<typeof Runner> {
  return (await context.project.vite.ssrLoadModule(runnerPath)) as typeof Runner;
}

/** Starts a small, correct SCIM server on 127.0.0.1 that accepts `token`; returns its base URL. */
export const startScimServer: BrowserCommand<[token: string]> = async (context, token) =>
  (await runner(context)).start(token);

/** Runs the connector test of a connection the element's form built, in node. */
export const runScimConnectorTest: BrowserCommand<[connection: { baseUrl: string; token: string }]> = async (
  context,
  connection,
) => (await runner(context)).test(connection);

/** Stops every server these commands started. */
export const stopScimServers: BrowserCommand<[]> = async (context) => (await runner(context)).stopAll();
