// Initial and lazy code per element, min+gzip: each define entry bundled by esbuild with code
// splitting, as a host's bundler would. "Initial" is the entry plus the chunks it imports
// statically (what loads before the element can render); "lazy" is every chunk reached only
// through import() (protocol modules, the XML parser, the SCIM client), reported one by one.
// Node built-ins stay external: only node-only code paths (signing, certificates) import them.
// Run: node bench/size/split.mjs
import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const components = readdirSync('src/components', { withFileTypes: true }).filter((entry) => entry.isDirectory());
const entryPoints = Object.fromEntries(components.map(({ name }) => [name, `src/components/${name}/define.ts`]));
const result = await build({
  entryPoints,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  minify: true,
  write: false,
  outdir: 'out',
  metafile: true,
  conditions: ['@integrakit/source', 'browser', 'import', 'default'],
  external: ['node:*', 'crypto', 'url', 'util', 'events', 'stream', 'buffer', 'zlib'],
  logLevel: 'error',
});
const sizes = new Map(
  result.outputFiles.map((file) => [file.path.replace(`${process.cwd()}/`, ''), gzipSync(file.contents).length]),
);
const outputs = result.metafile.outputs;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** Every output reachable from `starts`, through static imports only or (`all`) dynamic ones too. */
function closure(starts, all = false) {
  const seen = new Set();
  const queue = [...starts];
  while (queue.length > 0) {
    const path = queue.pop();
    if (seen.has(path)) continue;
    seen.add(path);
    for (const item of outputs[path]?.imports ?? []) {
      if (!item.external && (all || item.kind === 'import-statement')) queue.push(item.path);
    }
  }
  return seen;
}
const staticClosure = (starts) => closure(starts);
const allClosure = (starts) => closure(starts, true);
const sum = (paths) => [...paths].reduce((total, path) => total + (sizes.get(path) ?? 0), 0);
const entryOf = (name) => Object.keys(outputs).find((path) => outputs[path].entryPoint === entryPoints[name]);

for (const { name } of components) {
  const entry = entryOf(name);
  const initial = staticClosure([entry]);
  const lazy = [...allClosure([entry])].filter((path) => !initial.has(path));
  console.log(`${name}: initial ${kb(sum(initial))}, lazy ${kb(sum(lazy))} in ${lazy.length} chunks`);
}
const allEntries = components.map(({ name }) => entryOf(name));
const initialAll = staticClosure(allEntries);
console.log(`all elements together: initial ${kb(sum(initialAll))}`);
const lazyAll = [...allClosure(allEntries)].filter((path) => !initialAll.has(path));
const named = lazyAll
  .map((path) => {
    const inputs = Object.keys(outputs[path].inputs);
    const main = inputs.find((input) => /protocols\/src\/[a-z-]+\/index\.ts$/.test(input)) ?? inputs.at(-1);
    return { path, size: sizes.get(path) ?? 0, main };
  })
  .sort((a, b) => b.size - a.size);
for (const chunk of named.slice(0, 12)) console.log(`  lazy ${kb(chunk.size)}  ${chunk.main}`);

if (process.argv[2] !== undefined) {
  // `node bench/size/split.mjs <element>`: the largest inputs of that element's initial code.
  const initial = staticClosure([entryOf(process.argv[2])]);
  const byInput = new Map();
  for (const path of initial) {
    for (const [input, info] of Object.entries(outputs[path].inputs)) {
      const group = input
        .replace(/^.*node_modules\/\.pnpm\/([^/]+)\/.*$/, '$1')
        .replace(/^(\.\.\/[a-z]+\/src\/[a-z-]+)\/.*$/, '$1');
      byInput.set(group, (byInput.get(group) ?? 0) + info.bytesInOutput);
    }
  }
  for (const [group, bytes] of [...byInput].sort((a, b) => b[1] - a[1]).slice(0, 20))
    console.log(`  ${kb(bytes)} min  ${group}`);
}
