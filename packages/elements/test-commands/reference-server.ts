// Browser tests cannot open sockets, so these commands run in the Vitest node process: they start the
// reference server and forward the page's API requests to it with its token, so elements talk to the
// real server and store. Workspace code is loaded through the project's Vite server, like scim.ts.
import { fileURLToPath } from 'node:url';
import type { BrowserCommand } from 'vitest/node';
import type * as Runner from './reference-runner.js';

type Context = Parameters<BrowserCommand<[]>>[0];
type RequestInput = Parameters<typeof Runner.request>[0];

const runnerPath = fileURLToPath(new URL('./reference-runner.ts', import.meta.url));

async function runner(context: Context): Promise<typeof Runner> {
  return (await context.project.vite.ssrLoadModule(runnerPath)) as typeof Runner;
}

/** Starts the reference server in memory on 127.0.0.1; returns its URL. */
export const startReferenceServer: BrowserCommand<[]> = async (context) => (await runner(context)).start();

/** Sends one API request to a started reference server, authenticated with its token. */
export const referenceRequest: BrowserCommand<[input: RequestInput]> = async (context, input) =>
  (await runner(context)).request(input);

/** Sends any request the page's fetch made to a started reference server; returns the whole response. */
export const referenceFetch: BrowserCommand<[input: Runner.ProxiedRequest]> = async (context, input) =>
  (await runner(context)).send(input);

/** The fingerprints of an app's active signing certificate, computed in node. */
export const referenceFingerprints: BrowserCommand<[input: { url: string; appId: string }]> = async (context, input) =>
  (await runner(context)).fingerprints(input);

/** Checks an app's IdP metadata against the SAML metadata XSD (xmllint, in node); returns its certificates too. */
export const referenceMetadataValidity: BrowserCommand<[input: { url: string; appId: string }]> = async (
  context,
  input,
) => (await runner(context)).metadataValidity(input);

/** Stops every reference server these commands started. */
export const stopReferenceServers: BrowserCommand<[]> = async (context) => (await runner(context)).stopAll();
