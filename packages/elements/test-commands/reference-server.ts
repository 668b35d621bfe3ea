// Browser tests cannot open sockets, and the reference server has no CORS, so these commands run in
// the Vitest node process: they start the server in a child process, and forward the element's
// API calls to it over loopback with the test's SSWS token (which never reaches the page).
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { BrowserCommand } from 'vitest/node';

const runnerPath = fileURLToPath(new URL('./reference-server-runner.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

interface Running {
  readonly url: string;
  readonly token: string;
  readonly child: ChildProcess;
}
let running: Promise<Running> | undefined;

function start(): Promise<Running> {
  const token = randomBytes(24).toString('base64url');
  const child = spawn(process.execPath, ['--conditions=@integrakit/source', '--import', 'tsx', runnerPath], {
    cwd: repoRoot,
    env: { ...process.env, INTEGRAKIT_API_TOKEN: token },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // One server for the whole run, shared by the test files: it ends with the Vitest process.
  process.once('exit', () => child.kill('SIGKILL'));
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`reference server did not start:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /listening (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1] === undefined) return;
      clearTimeout(timer);
      // Nothing more is read: the pipes and the child must not keep Vitest from exiting.
      child.removeAllListeners('exit');
      child.stdout?.destroy();
      child.stderr?.destroy();
      child.unref();
      resolve({ url: match[1], token, child });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error(`reference server exited:\n${output}`));
    });
  });
}

/** Starts the reference server once per test run (files share it: use unique names); resolves to its URL. */
export const startReferenceServer: BrowserCommand<[]> = async () => {
  running ??= start();
  return { url: (await running).url };
};

/** One API call to the reference server, with the token added here: `{ status, headers, body }`. */
export const referenceServerFetch: BrowserCommand<
  [request: { method: string; url: string; body?: string | undefined }]
> = async (_context, request) => {
  if (running === undefined) throw new Error('start the reference server first');
  const { url, token } = await running;
  const target = new URL(request.url);
  if (target.origin !== url) throw new Error('url: only the reference server started here');
  const response = await fetch(target, {
    method: request.method,
    headers: { authorization: `SSWS ${token}`, accept: 'application/json', 'content-type': 'application/json' },
    ...(request.body === undefined ? {} : { body: request.body }),
    signal: AbortSignal.timeout(30_000),
  });
  const headers: Record<string, string> = {};
  for (const name of ['content-type', 'link', 'x-okta-request-id', 'etag']) {
    const value = response.headers.get(name);
    if (value !== null) headers[name] = value;
  }
  return { status: response.status, headers, body: await response.text() };
};
