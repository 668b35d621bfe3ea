// Browser tests cannot open sockets, so these commands run in the Vitest node process: they start
// the reference server (examples/server) on loopback and carry the browser's requests to it, so
// elements read a real System Log. Workspace code is loaded through the project's Vite server.
import { fileURLToPath } from 'node:url';
import type { BrowserCommand } from 'vitest/node';
import type * as Runner from './reference-runner.js';

type Context = Parameters<BrowserCommand<[]>>[0];

const runnerPath = fileURLToPath(new URL('./reference-runner.ts', import.meta.url));

async function runner(context: Context): Promise<typeof Runner> {
  return (await context.project.vite.ssrLoadModule(runnerPath)) as typeof Runner;
}

/** Starts an in-memory reference server on 127.0.0.1; returns its URL. */
export const startReferenceServer: BrowserCommand<[]> = async (context) => (await runner(context)).start();

/** Sends one request to a reference server started here, adding its API token. */
export const referenceFetch: BrowserCommand<[request: Runner.ProxiedRequest]> = async (context, request) =>
  (await runner(context)).send(request);

/** Stops every reference server these commands started. */
export const stopReferenceServers: BrowserCommand<[]> = async (context) => (await runner(context)).stopAll();
