import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('./index.ts', import.meta.url));

describe('search entry bundle', () => {
  // The budget is 6 kB in the unit of the peer figures (uFuzzy 4.2, MiniSearch 5.7, Fuse.js 9.4,
  // FlexSearch 17), which are KiB: their bundles weigh 4,282, 5,870, 9,623 and 17,291 bytes.
  it('pulls in neither zod nor protocol code, and stays within 6 KiB min+gzip', async () => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      conditions: ['@integrakit/source'],
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((path) => path.includes('search/engine.ts'))).toBe(true);
    expect(inputs.filter((path) => /zod|protocols|entry\.schema/.test(path))).toEqual([]);
    const text = result.outputFiles[0]?.text ?? '';
    expect(text).not.toMatch(/zod/i);
    const size = gzipSync(text, { level: 9 }).length;
    expect(size).toBeLessThanOrEqual(6 * 1024);
  }, 30_000);
});
