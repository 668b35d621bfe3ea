/**
 * Catalog search benchmark: Integrakit against Fuse.js, uFuzzy, MiniSearch and FlexSearch. Relevance and entry
 * sizes are measured once (they do not vary); timings in `RUNS` runs, each a fresh process of this file, whose
 * medians and spread are reported. Writes the "Catalog search" section of docs/benchmarks.md.
 * Run: `pnpm bench` from packages/core (see run.mjs).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CatalogEntrySchema } from '../src/catalog/entry.schema.js';
import { exampleEntries } from '../src/catalog-data/index.js';
import { minGzipSize } from './measure.js';
import { oneRun, type RunResult } from './one-run.js';
import { engines, entrySources } from './peers.js';
import { relevance } from './relevance.js';
import { catalogSearchSection } from './report.js';
import { RUNS } from './spread.mjs';

const self = fileURLToPath(import.meta.url);
const here = dirname(self);
const docsFile = resolve(here, '../../../docs/benchmarks.md');
const CHILD = '--one-run';

/** Runs `RUNS` timing runs one after another, each in a new process (fresh JIT, heap and caches). */
function timingRuns(): RunResult[] {
  const dir = mkdtempSync(join(tmpdir(), 'ik-catalog-search-'));
  try {
    return Array.from({ length: RUNS }, (_, run) => {
      const out = join(dir, `run-${run}.json`);
      console.log(`Timing run ${run + 1} of ${RUNS}…`);
      const child = spawnSync(process.execPath, [self, CHILD, out], { stdio: 'inherit' });
      if (child.status !== 0) throw new Error(`timing run ${run + 1} failed (${child.status ?? child.signal})`);
      return JSON.parse(readFileSync(out, 'utf8')) as RunResult;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Replaces the "Catalog search" section, which ends at the next heading or another benchmark's start marker. */
function writeSection(section: string) {
  let doc = '';
  try {
    doc = readFileSync(docsFile, 'utf8');
  } catch {
    doc = '# Benchmarks\n\n';
  }
  const start = doc.indexOf('## Catalog search');
  const ends = ['\n## ', '\n<!-- '].map((marker) => doc.indexOf(marker, start + 1)).filter((at) => at !== -1);
  const next = start === -1 || ends.length === 0 ? -1 : Math.min(...ends);
  writeFileSync(
    docsFile,
    start === -1
      ? `${doc.trimEnd()}\n\n${section}`
      : `${doc.slice(0, start)}${section}${next === -1 ? '' : `\n${doc.slice(next + 1)}`}`,
  );
}

async function main() {
  const started = performance.now();
  const example = exampleEntries.flatMap((input) => {
    const parsed = CatalogEntrySchema.safeParse(input);
    return parsed.success ? [parsed.data] : [];
  });
  console.log('Relevance…');
  const rel = relevance(example);
  const runs = timingRuns();
  const sizes = new Map<string, number>();
  for (const { name } of engines) sizes.set(name, (await minGzipSize(entrySources[name] ?? '', here)).bytes);
  const section = catalogSearchSection({
    entries: example.length,
    relevance: rel,
    runs,
    sizes,
    seconds: (performance.now() - started) / 1000,
  });
  console.log(section);
  writeSection(section);
}

const child = process.argv.indexOf(CHILD);
if (child === -1) await main();
else writeFileSync(process.argv[child + 1] as string, JSON.stringify(await oneRun()));
