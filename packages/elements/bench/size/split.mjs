// Initial and lazy code per element, min+gzip, and the size budgets (exits 1 when one is exceeded;
// `pnpm --filter @integrakit/elements size` runs it, and so `pnpm gates` and `pnpm test` do).
// Each define entry is bundled by esbuild with code splitting, as a host's bundler would: "initial"
// is the entry plus the chunks it imports statically (what loads before the element can render),
// "lazy" is every chunk reached only through import() (protocol modules and forms, the XML parser,
// the SCIM client, tabs), each output gzipped on its own. One element's number is measured with that
// element alone (what a page with only it loads); "all elements together" bundles every entry at once
// and counts each initial chunk once (Lit and zod once). Node built-ins stay external: only
// node-only code paths (signing, certificates) import them.
// Run: node bench/size/split.mjs [element]   (with an element: its largest initial inputs)
import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * Budgets in kB (1000 bytes) min+gzip of initial code, each a little above its measure so a real
 * regression fails. Issue 17's target is 70 kB for all elements together; docs/benchmarks.md
 * ("Element size") says what keeps it above that.
 */
const BUDGETS = {
  'all elements together': 113.9,
  // Issue 17's limit is 30 kB: the catalog's grid windows its rows itself (internal/row-window.ts).
  'catalog + core search engine (bench/size/catalog-embedded.ts)': 23.6,
  'add-integration': 45.8,
  assignments: 18.5,
  catalog: 17.5,
  'create-integration': 52.1,
  dashboard: 10.7,
  inspector: 12.9,
  integration: 22.8,
  'secret-field': 8.0,
  'system-log': 14.7,
  'usage-chart': 10.4,
};

const components = readdirSync('src/components', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map(({ name }) => name);
const defineOf = (name) => `src/components/${name}/define.ts`;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** Bundles `entryPoints` with splitting; returns each output's gzip size and the metafile's outputs. */
async function bundle(entryPoints) {
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
  /** Every output reachable from `starts`, through static imports only or (`all`) dynamic ones too. */
  const closure = (starts, all = false) => {
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
  };
  const entryOf = (source) => Object.keys(outputs).find((path) => outputs[path].entryPoint === source);
  const sum = (paths) => [...paths].reduce((total, path) => total + (sizes.get(path) ?? 0), 0);
  const split = (sources) => {
    const entries = sources.map(entryOf);
    const initial = closure(entries);
    const lazy = [...closure(entries, true)].filter((path) => !initial.has(path));
    return { initial, lazy, initialBytes: sum(initial), lazyBytes: sum(lazy) };
  };
  return { outputs, sizes, split };
}

const measured = new Map();
for (const name of components) {
  const { split } = await bundle([defineOf(name)]);
  const { initialBytes, lazy, lazyBytes } = split([defineOf(name)]);
  measured.set(name, initialBytes);
  console.log(`${name}: initial ${kb(initialBytes)}, lazy ${kb(lazyBytes)} in ${lazy.length} chunks`);
}
const embedded = 'bench/size/catalog-embedded.ts';
const embeddedBytes = (await bundle([embedded])).split([embedded]).initialBytes;
measured.set('catalog + core search engine (bench/size/catalog-embedded.ts)', embeddedBytes);
console.log(`catalog + core search engine: initial ${kb(embeddedBytes)}`);

const together = await bundle(components.map(defineOf));
const all = together.split(components.map(defineOf));
measured.set('all elements together', all.initialBytes);
console.log(`all elements together: initial ${kb(all.initialBytes)}, lazy ${kb(all.lazyBytes)}`);
const named = all.lazy
  .map((path) => {
    const inputs = Object.keys(together.outputs[path].inputs);
    const main = inputs.find((input) => /protocols\/src\/[a-z-]+\/index\.ts$/.test(input)) ?? inputs.at(-1);
    return { size: together.sizes.get(path) ?? 0, main };
  })
  .sort((a, b) => b.size - a.size);
for (const chunk of named.slice(0, 12)) console.log(`  lazy ${kb(chunk.size)}  ${chunk.main}`);

const element = process.argv[2];
if (element !== undefined) {
  // `node bench/size/split.mjs <element>`: the largest inputs of that element's initial code.
  const alone = await bundle([defineOf(element)]);
  const byInput = new Map();
  for (const path of alone.split([defineOf(element)]).initial) {
    for (const [input, info] of Object.entries(alone.outputs[path].inputs)) {
      const group = input
        .replace(/^.*node_modules\/\.pnpm\/([^/]+)\/.*$/, '$1')
        .replace(/^(\.\.\/[a-z]+\/src\/[a-z-]+)\/.*$/, '$1');
      byInput.set(group, (byInput.get(group) ?? 0) + info.bytesInOutput);
    }
  }
  console.log(`${element}, largest initial inputs:`);
  for (const [group, bytes] of [...byInput].sort((a, b) => b[1] - a[1]).slice(0, 20))
    console.log(`  ${kb(bytes)} min  ${group}`);
}

const over = Object.entries(BUDGETS).filter(([name, limit]) => (measured.get(name) ?? Infinity) > limit * 1000);
for (const [name, limit] of over) console.error(`over budget: ${name} ${kb(measured.get(name) ?? 0)} > ${limit} kB`);
if (over.length > 0) process.exitCode = 1;
