import type { CatalogEntry } from '../src/catalog/entry.schema.js';
import { generateCatalog } from '../src/catalog/generate.js';
import { collect, heapUsed, quantile, settle } from './measure.js';
import { type EngineOptions, engines, highlightsRead, type Searcher } from './peers.js';
import { firstTimeClasses, latencyQueries, type QueryClass } from './queries.js';
import { loadNow } from './spread.mjs';

/** Catalog sizes measured, each from `generateCatalog({ size, seed: 42 })`. */
export const SIZES = [10_000, 50_000];

/** Per size: build rounds, latency trials (each on a fresh index) and passes over every class per trial. */
export const plan = (size: number) =>
  size >= 50_000
    ? { builds: 2, trials: 1, passes: 5, budget: 1_000 }
    : { builds: 3, trials: 2, passes: 9, budget: 500 };

/** One engine's latency for one query class in one run: quantiles over all its samples, and their count. */
export interface ClassLatency {
  p50: number;
  p99: number;
  samples: number;
}

/** What one run measured at one catalog size, per engine. */
export interface SizeResult {
  /** Median build time of the run's builds, its first build, and the heap its first index held. */
  builds: Record<string, { median: number; first: number; heap: number }>;
  latency: Record<string, Record<string, ClassLatency>>;
}

/** One run: the load average when it started, what it measured per size, and the highlight items read. */
export interface RunResult {
  load: number[];
  sizes: Record<string, SizeResult>;
  highlights: number;
}

// Every engine is measured as relevance is, with popularity where it takes it.
const options: EngineOptions = { popularity: true };

// Rotating the start engine each round spreads warm caches and background load evenly.
function rotated<T>(list: T[], round: number): T[] {
  return list.map((_, index) => list[(index + round) % list.length] as T);
}

// Each build is timed on a settled, freshly collected heap holding only the entries: no other engine's index is
// alive, as in a host page, so one engine's heap does not slow another's collections.
async function measureBuilds(entries: CatalogEntry[], rounds: number): Promise<SizeResult['builds']> {
  const times = new Map<string, number[]>(engines.map((engine) => [engine.name, []]));
  const heaps = new Map<string, number>();
  // Holds the index just built until its heap is measured (an array: nothing reads it); emptied per build.
  const alive: Searcher[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const engine of rotated(engines, round)) {
      alive.length = 0;
      await settle();
      const before = heapUsed();
      const start = performance.now();
      alive.push(engine.build(entries, options));
      times.get(engine.name)?.push(performance.now() - start);
      if (round === 0) heaps.set(engine.name, heapUsed() - before);
    }
  }
  alive.length = 0;
  return Object.fromEntries(
    engines.map(({ name }) => {
      const list = times.get(name) ?? [];
      return [name, { median: quantile(list, 0.5), first: list[0] ?? Number.NaN, heap: heaps.get(name) ?? 0 }];
    }),
  );
}

/**
 * Per-keystroke latency, measured engine by engine with only that engine's index alive (as in a host page:
 * at 50k the peers' indexes hold about 900 MB, whose collections otherwise land on whichever query runs
 * then). Each trial builds a fresh index per engine (so no engine answers from a cache filled in an earlier
 * trial), lets the collector settle, and per class runs one untimed query, then times `passes` passes
 * over the class; a class's samples from all trials are pooled. Per class and trial an engine stops being
 * timed once its queries took `budget` ms, so the slowest peers rest on fewer samples.
 */
async function measureLatency(entries: CatalogEntry[], size: number): Promise<SizeResult['latency']> {
  const { trials, passes, budget } = plan(size);
  const classes = latencyQueries(entries);
  const samples = new Map<string, number[]>();
  // Declared out here and emptied after use: a block-scoped index could stay reachable from a stale
  // interpreter register while the next engine is measured.
  let search: Searcher | undefined;
  for (let trial = 0; trial < trials; trial++) {
    console.log(`  ${size / 1000}k latency, trial ${trial + 1} of ${trials}`);
    for (const engine of rotated(engines, trial)) {
      search = engine.build(entries, options);
      collect();
      await settle();
      for (const [kind, queries] of Object.entries(classes) as [QueryClass, (typeof classes)[QueryClass]][]) {
        const once = firstTimeClasses.has(kind);
        if (!once) search(queries[0]?.query ?? '', queries[0]?.filters, 10);
        const key = `${engine.name}|${kind}`;
        const list = samples.get(key) ?? [];
        samples.set(key, list);
        let spent = 0;
        for (let pass = 0; pass < (once ? 1 : passes); pass++) {
          for (const { query, filters } of queries) {
            if (spent > budget) break;
            const start = performance.now();
            search(query, filters, 10);
            const elapsed = performance.now() - start;
            spent += elapsed;
            list.push(elapsed);
          }
        }
      }
      search = undefined;
    }
  }
  return Object.fromEntries(
    engines.map(({ name }) => [
      name,
      Object.fromEntries(
        Object.keys(classes).map((kind) => {
          const list = samples.get(`${name}|${kind}`) ?? [];
          return [kind, { p50: quantile(list, 0.5), p99: quantile(list, 0.99), samples: list.length }];
        }),
      ),
    ]),
  );
}

/** Measures builds and latency at every size, in this process. */
export async function oneRun(): Promise<RunResult> {
  const load = loadNow();
  const sizes: Record<string, SizeResult> = {};
  for (const size of SIZES) {
    const entries = generateCatalog({ size, seed: 42 });
    console.log(`  ${size / 1000}k builds`);
    const builds = await measureBuilds(entries, plan(size).builds);
    collect();
    sizes[size] = { builds, latency: await measureLatency(entries, size) };
  }
  return { load, sizes, highlights: highlightsRead() };
}
