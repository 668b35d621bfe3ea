// Runs the catalog search benchmark on Integrakit's code as it ships: bundled by esbuild, as tsup bundles the
// published build. Run through tsx instead, every function would carry the name wrapper tsx adds (`keepNames`),
// which made our builds about 10 % slower, while the peers load their published files untouched.
import { rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

// Next to the source, so the bundle's own paths (docs/benchmarks.md, the entries it sizes) resolve the same.
const outfile = fileURLToPath(new URL('./catalog-search.bench.bundle.mjs', import.meta.url));

await build({
  entryPoints: [fileURLToPath(new URL('./catalog-search.bench.ts', import.meta.url))],
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outfile,
  conditions: ['@integrakit/source'],
  external: ['@leeoniya/ufuzzy', 'esbuild', 'flexsearch', 'fuse.js', 'minisearch'],
  logLevel: 'warning',
});
try {
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(outfile, { force: true });
}
