// What the sandbox IdP's benchmarks share: the API of the server under test, repeated autocannon
// runs summarised as medians with their spread and the load average, and their own section of
// docs/benchmarks.md.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import autocannon, { type Options, type Result } from 'autocannon';
import { startChildServer } from '../src/child-server.js';

/** Connections of every sandbox load run: the "10 concurrent". */
export const CONNECTIONS = 10;
/** Seconds of each measured run, after the warm-up. */
export const DURATION_S = 4;
/**
 * Seconds of load before the measured runs, not counted: the server's event loop and its signing
 * worker each compile their hot paths as they run (V8's tiers), and after 1 s the first run still
 * used a third more CPU per request than the third (6.0 → 4.5 ms on 8 December).
 */
export const WARMUP_S = 5;
/** Measured runs per case (`BENCH_RUNS` overrides): the machine is shared, so one run says little. */
export const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/**
 * Node options for the server under test, from `BENCH_SERVER_NODE_ARGS` (space-separated): e.g.
 * `--cpu-prof --cpu-prof-dir=/tmp/prof` profiles the server while it is measured.
 */
const SERVER_NODE_ARGS = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);

/** `src/main.ts` in its own process on `dataDir`, rate limit off, for a benchmark. */
export const startBenchServer = (dataDir: string, apiToken: string) =>
  startChildServer({
    dataDir,
    apiToken,
    env: { INTEGRAKIT_RATE_LIMIT: String(1_000_000_000) },
    // Generous: the machine is shared, and a loaded start takes far longer than the default.
    startTimeoutMs: 120_000,
    nodeArgs: SERVER_NODE_ARGS,
  });

/** The lines of a section that say where and when it was measured, and that the machine is shared. */
export function machineLines(): string[] {
  const cpu = cpus();
  return [
    `Node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, shared with other work: client and`,
    'server share the machine, and the 1-minute load average after each run is part of every number.',
    `Measured ${new Date().toISOString().slice(0, 10)}.`,
  ];
}

export const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** A JSON API caller for the server at `url` with the SSWS `token`. */
export function apiOf(url: string, token: string) {
  return async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: `SSWS ${token}`, accept: 'application/json', 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : text;
  };
}

/** One measured run, the 1-minute load average right after it, and the CPU time each side spent per request. */
export interface Run {
  readonly result: Result;
  readonly load: number;
  /** CPU time (user + system, all threads) of the server process per answered request. */
  readonly serverCpuMs: number;
  /** CPU time of the server's main thread (its event loop) per answered request. */
  readonly serverMainCpuMs: number;
  /** CPU time of this process (autocannon and anything the requests' setup does) per answered request. */
  readonly clientCpuMs: number;
}

/**
 * CPU time (user + system) used so far, from `/proc` (Linux), in ms: by the process `pid` (all its
 * threads), or by its main thread alone.
 */
function processCpuMs(pid: number, thread: 'all' | 'main' = 'all'): number {
  const path = thread === 'all' ? `/proc/${pid}/stat` : `/proc/${pid}/task/${pid}/stat`;
  // Fields after the parenthesised command name: state is 3rd, utime 14th and stime 15th of the line.
  const fields = readFileSync(path, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}
/** `getconf CLK_TCK` on Linux. */
const CLOCK_TICKS = 100;

/**
 * A {@link WARMUP_S} s warm-up (returned, not counted), then {@link RUNS} measured runs of `options` against the
 * server process `serverPid`; any non-2xx, error or timeout fails the bench.
 */
export async function measure(
  name: string,
  serverPid: number,
  options: Omit<Options, 'duration' | 'connections'>,
): Promise<{ readonly warmup: Result; readonly runs: Run[] }> {
  const warmup = await autocannon({ ...options, duration: WARMUP_S, connections: CONNECTIONS });
  console.log(`${name} warm-up (not counted): p50 ${warmup.latency.p50} ms, p99 ${warmup.latency.p99} ms`);
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    const server = processCpuMs(serverPid);
    const serverMain = processCpuMs(serverPid, 'main');
    const client = process.cpuUsage();
    const result = await autocannon({ ...options, duration: DURATION_S, connections: CONNECTIONS });
    const clientUsage = process.cpuUsage(client);
    if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
      throw new Error(`${name}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
    }
    const answered = Math.max(result['2xx'], 1);
    runs.push({
      result,
      load: loadavg()[0] ?? Number.NaN,
      serverCpuMs: (processCpuMs(serverPid) - server) / answered,
      serverMainCpuMs: (processCpuMs(serverPid, 'main') - serverMain) / answered,
      clientCpuMs: (clientUsage.user + clientUsage.system) / 1000 / answered,
    });
    const run = runs[runs.length - 1] as Run;
    console.log(
      `${name} run ${i + 1}: ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, CPU per request: server ${run.serverCpuMs.toFixed(2)} ms (main thread ${run.serverMainCpuMs.toFixed(2)} ms), client ${run.clientCpuMs.toFixed(2)} ms, load ${run.load.toFixed(1)}`,
    );
  }
  return { warmup, runs };
}

const spread = (values: readonly number[], digits = 0) =>
  `${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;

/** The table of a case's runs: medians with min–max, the requests counted and the load averages. */
export function runsTable(label: string, runs: readonly Run[]): string[] {
  const of = (pick: (result: Result) => number) => runs.map((run) => pick(run.result));
  const loads = runs.map((run) => run.load.toFixed(1)).join(', ');
  const cpu = (pick: (run: Run) => number) => spread(runs.map(pick), 1);
  return [
    '| Case | Runs | Requests/s, median (min–max) | p50 ms | p99 ms | Max ms | Server CPU ms per request (main thread) | Client CPU ms per request | Requests (all runs) | Load average after each run |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    `| ${label} | ${runs.length} | ${spread(of((r) => r.requests.average))} | ${spread(of((r) => r.latency.p50))} | ${spread(of((r) => r.latency.p99))} | ${spread(of((r) => r.latency.max))} | ${cpu((r) => r.serverCpuMs)} (${cpu((r) => r.serverMainCpuMs)}) | ${cpu((r) => r.clientCpuMs)} | ${of((r) => r['2xx']).reduce((a, b) => a + b, 0)} | ${loads} |`,
  ];
}

/** `value` in ms as a section writes it. */
export const ms = (value: number, digits = 1) => `${value.toFixed(digits)} ms`;

/**
 * The closed-loop arithmetic of a section, from its runs' medians: the mean latency {@link CONNECTIONS}
 * connections imply (Little's law), the throughput a p99 of `budgetMs` needs, and the most the
 * measured CPU per request allows on one event loop and on the machine's cores.
 */
export function closedLoopLines(runs: readonly Run[], budgetMs: number, clientName: string): string[] {
  const of = (pick: (run: Run) => number) => median(runs.map(pick));
  const rate = of((run) => run.result.requests.average);
  const server = of((run) => run.serverCpuMs);
  const main = of((run) => run.serverMainCpuMs);
  const client = of((run) => run.clientCpuMs);
  const mean = (CONNECTIONS / rate) * 1000;
  // The tail as the runs had it: a p99 of `budgetMs` at the same ratio needs this mean, and so this rate.
  const tail = of((run) => run.result.latency.p99) / mean;
  const needed = (CONNECTIONS * 1000 * tail) / budgetMs;
  const cores = cpus().length;
  return [
    `${CONNECTIONS} connections in a closed loop keep ${CONNECTIONS} requests in the server at all times, so the mean`,
    `latency is ${CONNECTIONS} ÷ throughput (Little’s law): ${CONNECTIONS} ÷ ${rate.toFixed(0)} req/s = ${ms(mean, 0)}, against a measured`,
    `p50 of ${ms(
      of((run) => run.result.latency.p50),
      0,
    )}. The p99 was ${tail.toFixed(1)} times that mean; with that tail, a p99 of ${budgetMs} ms needs a mean of ${ms(budgetMs / tail, 0)}, so ${needed.toFixed(0)} req/s: under`,
    `${ms(1000 / needed, 0)} per request for the whole path. The server uses ${ms(server)} of CPU per request (${ms(main)} on its`,
    `main thread, the rest is garbage collection and other helper threads), ${clientName} ${ms(client)}. One event`,
    `loop serves at most 1000 ÷ ${main.toFixed(1)} ≈ ${(1000 / main).toFixed(0)} req/s, and the ${cores} cores given to this bench alone at most`,
    `${cores * 1000} ÷ ${(server + client).toFixed(1)} ≈ ${((cores * 1000) / (server + client)).toFixed(0)} req/s; they are shared with other work.`,
  ];
}
