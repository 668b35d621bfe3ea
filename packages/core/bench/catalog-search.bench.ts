/**
 * Catalog search benchmark: Integrakit against Fuse.js, uFuzzy, MiniSearch and FlexSearch in one process,
 * interleaved so machine noise hits every engine alike. Writes the "Catalog search" section of
 * docs/benchmarks.md. Run: `pnpm exec tsx bench/catalog-search.bench.ts` from packages/core.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CatalogEntry, CatalogEntrySchema } from '../src/catalog/entry.schema.js';
import { generateCatalog } from '../src/catalog/generate.js';
import { exampleEntries } from '../src/catalog-data/index.js';
import { collect, heapUsed, minGzipSize, quantile } from './measure.js';
import { engines, entrySources, type Searcher } from './peers.js';
import { labelled, latencyQueries, type QueryClass } from './queries.js';

const here = dirname(fileURLToPath(import.meta.url));
const docsFile = resolve(here, '../../../docs/benchmarks.md');
const names = engines.map((engine) => engine.name);
const lines: string[] = [];
const log = (line = '') => {
  lines.push(line);
  console.log(line);
};
const ms = (value: number) => (value < 1 ? value.toFixed(3) : value < 100 ? value.toFixed(2) : value.toFixed(0));
const ratio = (peer: number, ours: number) => (ours > 0 ? `${(peer / ours).toFixed(peer / ours < 10 ? 1 : 0)}×` : '—');
const row = (cells: string[]) => log(`| ${cells.join(' | ')} |`);
const header = (cells: string[]) => {
  row(cells);
  row(cells.map(() => '---'));
};

// Rotating the start engine each round spreads warm caches and background load evenly.
function rotated<T>(list: T[], round: number): T[] {
  return list.map((_, index) => list[(index + round) % list.length] as T);
}

// Each build is timed on a freshly collected heap holding only the entries: no other engine's index is alive,
// as in a host page, so one engine's heap does not slow another's collections. Indexes used for latency are
// built afterwards, untimed, and the heap is collected once more before latency is measured.
function measureBuilds(entries: CatalogEntry[], rounds: number) {
  const times = new Map<string, number[]>(names.map((name) => [name, []]));
  const heaps = new Map<string, number>();
  // Holds the index just built until its heap is measured; emptied before the next build.
  const alive: Searcher[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const engine of rotated(engines, round)) {
      alive.length = 0;
      const before = heapUsed();
      const start = performance.now();
      alive.push(engine.build(entries));
      times.get(engine.name)?.push(performance.now() - start);
      if (round === 0) heaps.set(engine.name, heapUsed() - before);
    }
  }
  alive.length = 0;
  const searchers = new Map<string, Searcher>(engines.map((engine) => [engine.name, engine.build(entries)]));
  // Latency is measured on a settled heap, as in a page by the time someone types: otherwise the first
  // collections after five builds land on whichever engine's query happens to run then.
  collect();
  collect();
  return { times, heaps, searchers };
}

function measureLatency(size: number, searchers: Map<string, Searcher>, entries: CatalogEntry[], rounds: number) {
  const classes = latencyQueries(entries);
  const samples = new Map<string, number[]>();
  const spent = new Map<string, number>(names.map((name) => [name, 0]));
  // Engines slower than this in total stop early; their figures then rest on fewer samples.
  const budget = size >= 50_000 ? 12_000 : 8_000;
  for (const [kind, queries] of Object.entries(classes)) {
    for (const engine of engines) searchers.get(engine.name)?.(queries[0]?.query ?? '', queries[0]?.filters, 10);
    for (let round = 0; round < rounds; round++) {
      for (const { query, filters } of queries) {
        for (const engine of rotated(engines, round)) {
          if ((spent.get(engine.name) ?? 0) > budget) continue;
          const search = searchers.get(engine.name) as Searcher;
          const start = performance.now();
          search(query, filters, 10);
          const elapsed = performance.now() - start;
          spent.set(engine.name, (spent.get(engine.name) ?? 0) + elapsed);
          const key = `${engine.name}|${kind}`;
          if (!samples.has(key)) samples.set(key, []);
          samples.get(key)?.push(elapsed);
        }
      }
    }
  }
  return { classes: Object.keys(classes) as QueryClass[], samples };
}

function relevance(entries: CatalogEntry[]) {
  const keys = new Set(entries.map((entry) => entry.name));
  const usable = labelled.filter(([, key]) => keys.has(key));
  const results = new Map<string, { at1: number; at5: number; misses: string[] }>();
  for (const engine of engines) {
    const search = engine.build(entries);
    let at1 = 0;
    let at5 = 0;
    const misses: string[] = [];
    for (const [query, key] of usable) {
      const top = search(query, undefined, 5);
      if (top[0] === key) at1++;
      else misses.push(`${query} → ${top[0] ?? '∅'}`);
      if (top.includes(key)) at5++;
    }
    results.set(engine.name, { at1: at1 / usable.length, at5: at5 / usable.length, misses });
  }
  return { usable: usable.length, skipped: labelled.length - usable.length, results };
}

async function main() {
  const started = performance.now();
  const example = exampleEntries.flatMap((input) => {
    const parsed = CatalogEntrySchema.safeParse(input);
    return parsed.success ? [parsed.data] : [];
  });
  log('## Catalog search');
  log();
  log(
    `Measured by \`packages/core/bench/catalog-search.bench.ts\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} CPUs at load average ${loadavg()[0]?.toFixed(1)} when it started, one process, engines interleaved. ` +
      'The machine is shared and busy, so absolute times are noisy; ratios (peer ÷ Integrakit, above 1× means Integrakit is faster or smaller) are the figures to compare.',
  );
  log(
    'Peers index display name, aliases, categories and description (with field boosts where the library has them); filters are applied to their results. ' +
      'Builds are timed on a freshly collected heap with no other index alive (median of 5 at 10k, 3 at 50k); latency is measured afterwards with every index alive, starting from a collected heap.',
  );
  log();

  const rel = relevance(example);
  log(`### Relevance (example catalog: ${example.length} entries, ${rel.usable} labelled queries)`);
  log();
  header(['Engine', 'recall@1', 'recall@5']);
  for (const name of names) {
    const result = rel.results.get(name);
    row([name, (result?.at1 ?? 0).toFixed(3), (result?.at5 ?? 0).toFixed(3)]);
  }
  log();
  log(`Integrakit misses at 1: ${rel.results.get('Integrakit')?.misses.join('; ') || 'none'}.`);
  log();

  for (const size of [10_000, 50_000]) {
    const entries = generateCatalog({ size, seed: 42 });
    const builds = measureBuilds(entries, size >= 50_000 ? 3 : 5);
    log(`### ${size / 1000}k synthetic entries (\`generateCatalog({ size: ${size}, seed: 42 })\`)`);
    log();
    header(['Engine', 'build ms (median)', 'heap MB', 'build vs Integrakit', 'heap vs Integrakit']);
    const ourTime = quantile(builds.times.get('Integrakit') ?? [], 0.5);
    const ourHeap = builds.heaps.get('Integrakit') ?? 0;
    for (const name of names) {
      const time = quantile(builds.times.get(name) ?? [], 0.5);
      const heap = builds.heaps.get(name) ?? 0;
      row([name, ms(time), (heap / 1e6).toFixed(1), ratio(time, ourTime), ratio(heap, ourHeap)]);
    }
    log();
    const latency = measureLatency(size, builds.searchers, entries, size >= 50_000 ? 5 : 9);
    log('Per-keystroke latency, top 10 (ms, p50 / p99):');
    log();
    header(['Query class', ...names, ...names.slice(1).map((name) => `p99 ${name} ÷ ours`)]);
    for (const kind of latency.classes) {
      const cells = names.map((name) => {
        const samples = latency.samples.get(`${name}|${kind}`) ?? [];
        return samples.length === 0 ? 'skipped' : `${ms(quantile(samples, 0.5))} / ${ms(quantile(samples, 0.99))}`;
      });
      const ours = quantile(latency.samples.get(`Integrakit|${kind}`) ?? [], 0.99);
      const ratios = names.slice(1).map((name) => {
        const samples = latency.samples.get(`${name}|${kind}`) ?? [];
        return samples.length === 0 ? '—' : ratio(quantile(samples, 0.99), ours);
      });
      row([kind, ...cells, ...ratios]);
    }
    log();
  }

  log('### Search entry size (esbuild, minified, gzip -9)');
  log();
  // KiB, the unit of the issue's peer figures.
  header(['Engine', 'min+gzip KiB', 'bytes', 'vs Integrakit']);
  const sizes = new Map<string, number>();
  for (const name of names) sizes.set(name, (await minGzipSize(entrySources[name] ?? '', here)).bytes);
  for (const name of names) {
    const bytes = sizes.get(name) ?? 0;
    row([name, (bytes / 1024).toFixed(2), String(bytes), ratio(bytes, sizes.get('Integrakit') ?? 0)]);
  }
  log();
  log(`Benchmark run time: ${((performance.now() - started) / 1000).toFixed(0)} s.`);

  const section = `${lines.join('\n')}\n`;
  let doc = '';
  try {
    doc = readFileSync(docsFile, 'utf8');
  } catch {
    doc = '# Benchmarks\n\n';
  }
  const start = doc.indexOf('## Catalog search');
  // The section ends at the next heading or at another benchmark's start marker (`<!-- name:start -->`).
  const ends = ['\n## ', '\n<!-- '].map((marker) => doc.indexOf(marker, start + 1)).filter((at) => at !== -1);
  const next = start === -1 || ends.length === 0 ? -1 : Math.min(...ends);
  const updated =
    start === -1
      ? `${doc.trimEnd()}\n\n${section}`
      : `${doc.slice(0, start)}${section}${next === -1 ? '' : `\n${doc.slice(next + 1)}`}`;
  writeFileSync(docsFile, updated);
}

await main();
