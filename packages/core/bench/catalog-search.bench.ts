/**
 * Catalog search benchmark: Integrakit against Fuse.js, uFuzzy, MiniSearch and FlexSearch in one process,
 * in rotating rounds so machine noise hits every engine alike. Writes the "Catalog search" section of
 * docs/benchmarks.md. Run: `pnpm bench` from packages/core (see run.mjs).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CatalogEntry, CatalogEntrySchema } from '../src/catalog/entry.schema.js';
import { generateCatalog } from '../src/catalog/generate.js';
import { exampleEntries } from '../src/catalog-data/index.js';
import { collect, heapUsed, minGzipSize, quantile, settle } from './measure.js';
import { engines, entrySources, type Searcher } from './peers.js';
import { labelled, latencyQueries, type QueryClass } from './queries.js';

const here = dirname(fileURLToPath(import.meta.url));
const docsFile = resolve(here, '../../../docs/benchmarks.md');
const names = engines.map((engine) => engine.name);
/**
 * Latency trials per catalog size, whose median is reported. A class of 90 samples has its maximum for p99,
 * and about one trial in three at 10k catches a scheduler pause there; 9 trials outvote four such.
 */
const trials = (size: number) => (size >= 50_000 ? 5 : 9);
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

// Each build is timed on a settled, freshly collected heap holding only the entries: no other engine's index is
// alive, as in a host page, so one engine's heap does not slow another's collections.
async function measureBuilds(entries: CatalogEntry[], rounds: number) {
  const times = new Map<string, number[]>(names.map((name) => [name, []]));
  const heaps = new Map<string, number>();
  // Holds the index just built until its heap is measured (an array: nothing reads it); emptied per build.
  const alive: Searcher[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const engine of rotated(engines, round)) {
      alive.length = 0;
      await settle();
      const before = heapUsed();
      const start = performance.now();
      alive.push(engine.build(entries));
      times.get(engine.name)?.push(performance.now() - start);
      if (round === 0) heaps.set(engine.name, heapUsed() - before);
    }
  }
  alive.length = 0;
  return { times, heaps };
}

/**
 * Per-keystroke latency, measured engine by engine with only that engine's index alive (as in a host page:
 * at 50k the peers' indexes hold about 900 MB, whose collections otherwise land on whichever query runs
 * then). Each of `trials` builds a fresh index (so no engine answers from a cache filled in an earlier trial),
 * lets the collector settle, runs one untimed query per class, then times `rounds` passes over each class.
 * A class's p50 and p99 are the medians over trials: on this shared machine a query now and then waits out
 * a scheduler slice of about 4 ms, which with fewer than 300 samples per class would decide a p99 alone.
 */
async function measureLatency(size: number, entries: CatalogEntry[], trials: number, rounds: number) {
  const classes = latencyQueries(entries);
  // Per engine and class, one p50/p99 pair per trial.
  const figures = new Map<string, [number, number][]>();
  // Per class and trial, an engine stops being timed once its queries took this long (checked query by
  // query), so the slowest peers rest on fewer samples but every class is measured.
  const budget = size >= 50_000 ? 1_000 : 500;
  // Declared out here and emptied after use: a block-scoped index could stay reachable from a stale
  // interpreter register while the next engine is measured.
  let search: Searcher | undefined;
  for (let trial = 0; trial < trials; trial++) {
    for (const engine of rotated(engines, trial)) {
      search = engine.build(entries);
      collect();
      await settle();
      for (const [kind, queries] of Object.entries(classes)) {
        search(queries[0]?.query ?? '', queries[0]?.filters, 10);
        const samples: number[] = [];
        let spent = 0;
        for (let round = 0; round < rounds; round++) {
          for (const { query, filters } of queries) {
            if (spent > budget) break;
            const start = performance.now();
            search(query, filters, 10);
            const elapsed = performance.now() - start;
            spent += elapsed;
            samples.push(elapsed);
          }
        }
        const key = `${engine.name}|${kind}`;
        if (!figures.has(key)) figures.set(key, []);
        figures.get(key)?.push([quantile(samples, 0.5), quantile(samples, 0.99)]);
      }
      search = undefined;
    }
  }
  const median = (key: string, at: 0 | 1) =>
    quantile(
      (figures.get(key) ?? []).map((pair) => pair[at]),
      0.5,
    );
  return { classes: Object.keys(classes) as QueryClass[], median };
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
    `Measured by \`packages/core/bench/catalog-search.bench.ts\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} CPUs at load average ${loadavg()[0]?.toFixed(1)} when it started, one process. ` +
      'Integrakit runs as it ships, bundled by esbuild (`bench/run.mjs`); the peers run from their published files. ' +
      'The machine is shared and busy, so absolute times are noisy; ratios (peer ÷ Integrakit, above 1× means Integrakit is faster or smaller) are the figures to compare.',
  );
  log(
    'Peers index display name, aliases, categories and description (with field boosts where the library has them); filters are applied to their results. ' +
      'Builds are timed on a heap left to settle for 300 ms, then collected, with no other index alive (median of 5 at 10k, 3 at 50k, engines interleaved); ' +
      "the first build is each engine's first at that size: at 10k its first large build in the process, before its code is optimized, as on a page that builds one catalog. " +
      `Latency is measured engine by engine with only that engine's index alive, in ${trials(10_000)} trials at 10k and ${trials(50_000)} at 50k, each on a fresh index from a collected heap left to settle for 300 ms, after one untimed query per class; ` +
      'each trial times 9 passes over every class at 10k, 5 at 50k, and the table gives the median over trials of each p50 and p99.',
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
    const builds = await measureBuilds(entries, size >= 50_000 ? 3 : 5);
    collect();
    log(`### ${size / 1000}k synthetic entries (\`generateCatalog({ size: ${size}, seed: 42 })\`)`);
    log();
    header(['Engine', 'build ms (median)', 'first build ms', 'heap MB', 'build vs Integrakit', 'heap vs Integrakit']);
    const ourTime = quantile(builds.times.get('Integrakit') ?? [], 0.5);
    const ourHeap = builds.heaps.get('Integrakit') ?? 0;
    for (const name of names) {
      const time = quantile(builds.times.get(name) ?? [], 0.5);
      const heap = builds.heaps.get(name) ?? 0;
      const first = builds.times.get(name)?.[0] ?? Number.NaN;
      row([name, ms(time), ms(first), (heap / 1e6).toFixed(1), ratio(time, ourTime), ratio(heap, ourHeap)]);
    }
    log();
    const latency = await measureLatency(size, entries, trials(size), size >= 50_000 ? 5 : 9);
    log(`Per-keystroke latency, top 10 (ms, p50 / p99, medians of ${trials(size)} trials):`);
    log();
    header(['Query class', ...names, ...names.slice(1).map((name) => `p99 ${name} ÷ ours`)]);
    for (const kind of latency.classes) {
      const cells = names.map(
        (name) => `${ms(latency.median(`${name}|${kind}`, 0))} / ${ms(latency.median(`${name}|${kind}`, 1))}`,
      );
      const ours = latency.median(`Integrakit|${kind}`, 1);
      const ratios = names.slice(1).map((name) => ratio(latency.median(`${name}|${kind}`, 1), ours));
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
