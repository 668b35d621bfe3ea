// Initially loaded code vs lazy chunks, min+gzip, per element and for all elements together.
// size-limit's esbuild bundles without splitting, so `import()`ed code counts in its totals; here
// esbuild splits, and the initial size is the entry plus every chunk it imports statically.
import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const BUDGETS = { 'all elements': 70 * 1000, 'ik-catalog': 30 * 1000 };

const defines = readdirSync('src/components', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map(({ name }) => name);

async function measure(label, contents) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), sourcefile: 'entry.ts', loader: 'ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    write: false,
    outdir: 'out',
    metafile: true,
    conditions: ['@integrakit/source', 'browser', 'import', 'default'],
    logLevel: 'error',
  });
  const gzip = new Map(result.outputFiles.map((file) => [file.path, gzipSync(file.contents).length]));
  const outputs = result.metafile.outputs;
  const absolute = (path) => result.outputFiles.find((file) => file.path.endsWith(path.replace(/^out\//, '/')))?.path;
  const entry = Object.keys(outputs).find((path) => outputs[path].entryPoint !== undefined);
  const initial = new Set();
  const visit = (path) => {
    if (initial.has(path)) return;
    initial.add(path);
    for (const item of outputs[path].imports) if (item.kind === 'import-statement') visit(item.path);
  };
  visit(entry);
  const size = (paths) => paths.reduce((sum, path) => sum + (gzip.get(absolute(path)) ?? 0), 0);
  const lazy = Object.keys(outputs).filter((path) => !initial.has(path));
  const initialBytes = size([...initial]);
  const budget = BUDGETS[label];
  const verdict =
    budget === undefined
      ? ''
      : initialBytes <= budget
        ? ` (budget ${budget / 1000} kB: ok)`
        : ` (budget ${budget / 1000} kB: OVER)`;
  console.log(
    `${label}: initial ${(initialBytes / 1000).toFixed(1)} kB${verdict}, lazy ${(size(lazy) / 1000).toFixed(1)} kB in ${lazy.length} chunk(s)`,
  );
  return budget === undefined || initialBytes <= budget;
}

let ok = true;
for (const name of defines)
  ok = (await measure(`ik-${name}`, `export * from './src/components/${name}/define.ts';`)) && ok;
ok =
  (await measure(
    'all elements',
    defines.map((name) => `export * from './src/components/${name}/define.ts';`).join('\n'),
  )) && ok;
if (!ok) process.exitCode = 1;
