// Everything each element can load, min+gzip with Lit counted, bundled without code splitting, so
// lazily imported code (protocol modules, XML, SCIM client, tabs) counts too: a guard on the total a
// page with every element may fetch. Initial code per element, the all-elements initial budget and
// the catalog's budget are checked by bench/size/split.mjs (run after this by the `size` script),
// which bundles with code splitting as a host's bundler does: one number per element, there.
// Entries resolve workspace packages to their sources, like the tests, so no build is needed.
const modifyEsbuildConfig = (config) => ({
  ...config,
  platform: 'browser',
  format: 'esm',
  conditions: ['@integrakit/source', 'browser', 'import', 'default'],
  // Node built-ins are reached only through protocol code loaded with import() (signing, certificates).
  external: ['node:*', 'crypto', 'url', 'util', 'events', 'stream', 'buffer', 'zlib'],
});

const { readdirSync } = require('node:fs');

// Every component's define entry (each exports its class, `ik-foo-bar` → `IkFooBar`), bundled together.
const allDefines = Object.fromEntries(
  readdirSync('src/components', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map(({ name }) => [
      `src/components/${name}/define.ts`,
      `{ Ik${name.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase())} }`,
    ]),
);

module.exports = [
  {
    name: 'all elements, initial and import()ed code (initial alone: bench/size/split.mjs)',
    import: allDefines,
    limit: '301 kB',
    gzip: true,
    modifyEsbuildConfig,
  },
];
