// `pnpm bench`: a bounded load test of the reference server on loopback (a few seconds per case),
// written to the "## Reference server" section of docs/benchmarks.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type Options, type Result } from 'autocannon';
import { startChildServer } from '../src/child-server.js';
import { writeBenchmarkSection } from './doc-section.js';

const DURATION_S = 4;
const CONNECTIONS = 10;
const token = `bench-${crypto.randomUUID()}`;
const dataDir = mkdtempSync(join(tmpdir(), 'integrakit-bench-'));
// Type-ahead as people type it: prefixes, whole names, a typo, a category word.
const queries = ['sl', 'sla', 'slack', 'sales', 'salesfroce', 'zoom', 'git', 'micro', 'crm', 'hr', 'okta', 'box'];

interface Row {
  readonly name: string;
  readonly result: Result;
}

/** Rotates through `paths`, one per request. */
const rotating = (paths: readonly string[]) => {
  let next = 0;
  return [{ setupRequest: (request: object) => ({ ...request, path: paths[next++ % paths.length] ?? '/' }) }];
};

async function run(name: string, options: Omit<Options, 'url' | 'duration' | 'connections'>, url: string) {
  const result = await autocannon({ url, duration: DURATION_S, connections: CONNECTIONS, ...options });
  console.log(`${name}: ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms`);
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(`${name}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  return { name, result } satisfies Row;
}

const server = await startChildServer({
  dataDir,
  apiToken: token,
  // The bench measures the server, not its rate limiter.
  env: { INTEGRAKIT_RATE_LIMIT: String(1_000_000_000) },
});
const rows: Row[] = [];
try {
  const auth = { authorization: `SSWS ${token}` };
  const search = queries.map((q) => `/api/v1/catalog/apps?q=${encodeURIComponent(q)}&pageSize=20`);
  const suggest = queries.map((q) => `/api/v1/catalog/suggestions?q=${encodeURIComponent(q)}&limit=8`);
  // Warm-up: JIT and SQLite caches, not measured.
  await autocannon({
    url: server.url,
    duration: 1,
    connections: CONNECTIONS,
    headers: auth,
    requests: rotating(search),
  });

  rows.push(
    await run(
      'Catalog search (`GET /api/v1/catalog/apps`, 20 hits + facets)',
      { headers: auth, requests: rotating(search) },
      server.url,
    ),
  );
  rows.push(
    await run(
      'Catalog suggestions (`GET /api/v1/catalog/suggestions`, 8 hits)',
      { headers: auth, requests: rotating(suggest) },
      server.url,
    ),
  );
  let created = 0;
  rows.push(
    await run(
      'App creation (`POST /api/v1/apps`, bookmark app, SQLite WAL `synchronous=FULL`)',
      {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        requests: [
          {
            setupRequest: (request) => ({
              ...request,
              path: '/api/v1/apps',
              body: JSON.stringify({
                name: 'bookmark',
                label: `Bench app ${++created}`,
                signOnMode: 'BOOKMARK',
                settings: { app: { url: `https://example.com/${created}`, requestIntegration: false } },
              }),
            }),
          },
        ],
      },
      server.url,
    ),
  );
} finally {
  await server.stop('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}

const cpu = cpus();
const section = [
  '## Reference server',
  '',
  `\`pnpm bench\` (\`examples/server/bench/load.bench.ts\`): autocannon 8 against \`src/main.ts\` in its own`,
  `process on 127.0.0.1, ${CONNECTIONS} connections, ${DURATION_S} s per case after a 1 s warm-up; SSWS auth on`,
  `every request; a fresh SQLite data dir. Node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'};`,
  `client and server share the machine. Measured ${new Date().toISOString().slice(0, 10)}.`,
  '',
  '| Case | Requests/s (mean) | Latency p50 | Latency p99 | Max | Requests |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    ({ name, result }) =>
      `| ${name} | ${Math.round(result.requests.average)} | ${result.latency.p50} ms | ${result.latency.p99} ms | ${result.latency.max} ms | ${result['2xx']} |`,
  ),
  '',
].join('\n');

writeBenchmarkSection('reference-server', section);
