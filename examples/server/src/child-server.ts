import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

/** The reference server running as its own process (`src/main.ts`), for crash and load tests. */
export interface ChildServer {
  /** `http://127.0.0.1:PORT`, from the `listening on` line. */
  readonly url: string;
  readonly process: ChildProcess;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  /** Ends the process with `signal` and waits for it to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Options of {@link startChildServer}. */
export interface ChildServerOptions {
  readonly dataDir: string;
  readonly apiToken: string;
  /** Extra environment, e.g. `INTEGRAKIT_RATE_LIMIT`. */
  readonly env?: Readonly<Record<string, string>>;
  /** A child compiles the server's TypeScript as it starts, which takes long on a loaded machine. @default 60000 */
  readonly startTimeoutMs?: number;
  /** Extra Node options before the script, e.g. `--cpu-prof` to profile the server under load. */
  readonly nodeArgs?: readonly string[];
}

const serverRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * Starts `src/main.ts` with plain `node --import tsx` (one process, so `SIGKILL` really kills the
 * server) resolving workspace packages to source, on a free loopback port, and resolves once it
 * prints `listening on http://127.0.0.1:PORT`.
 */
export async function startChildServer(options: ChildServerOptions): Promise<ChildServer> {
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), '--conditions=@integrakit/source', '--import', 'tsx', 'src/main.ts'],
    {
      cwd: serverRoot,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        INTEGRAKIT_DATA_DIR: options.dataDir,
        INTEGRAKIT_API_TOKEN: options.apiToken,
        // Crash and load tests need no seeded people (and not the cost of hashing their passwords).
        INTEGRAKIT_SEED: 'false',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  const exited = once(child, 'exit');
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`server did not start in time:\n${output}`));
    }, options.startTimeoutMs ?? 60_000);
    const onData = () => {
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match === null) return;
      cleanup();
      resolve(`http://127.0.0.1:${match[1]}`);
    };
    const onExit = () => {
      cleanup();
      reject(new Error(`server exited before listening:\n${output}`));
    };
    const cleanup = () => {
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.off('exit', onExit);
    };
    child.stdout.on('data', onData);
    child.once('exit', onExit);
  }).catch(async (error: unknown) => {
    await stop('SIGKILL');
    throw error;
  });

  return { url, process: child, output: () => output, stop };
}
