import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

setFlagsFromString('--expose-gc');
/** A full garbage collection, available without starting node with --expose-gc. */
export const collect = runInNewContext('gc') as () => void;

/**
 * Waits 300 ms: timers an engine left pending run (FlexSearch's encoder keeps its caches, about 8 MB at 10k, until
 * a 50 ms timer clears them), and background collector threads finish sweeping and returning memory.
 */
export const settle = () => new Promise<void>((done) => setTimeout(done, 300));

/** Heap in use after a full collection, in bytes. */
export function heapUsed(): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}

/** The value at quantile `q` of the samples. */
export function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** Minified and gzipped size in bytes of a bundle of `source` (an ES module importing the entry to size). */
export async function minGzipSize(source: string, resolveDir: string): Promise<{ bytes: number; text: string }> {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    conditions: ['@integrakit/source'],
    logLevel: 'silent',
  });
  const text = result.outputFiles[0]?.text ?? '';
  return { bytes: gzipSync(text, { level: 9 }).length, text };
}
