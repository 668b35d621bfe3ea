// Bundle budgets, min+gzip with Lit counted (run `pnpm --filter @integrakit/elements size`).
// Entries resolve workspace packages to their sources, like the tests, so no build is needed.
const modifyEsbuildConfig = (config) => ({
  ...config,
  platform: 'browser',
  format: 'esm',
  conditions: ['@integrakit/source', 'browser', 'import', 'default'],
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
    name: 'ik-catalog + Lit + virtualizer + search engine',
    path: 'bench/size/catalog-embedded.ts',
    // 30 kB until issue 21's catalog polish (narrow-screen Filters button, stable filter order,
    // logo plate, Escape in details) added 0.57 kB; main was at 29.98 kB.
    limit: '30.6 kB',
    gzip: true,
    modifyEsbuildConfig,
  },
  {
    name: 'ik-catalog + Lit + virtualizer (remote source)',
    path: 'src/components/catalog/define.ts',
    limit: '25 kB',
    gzip: true,
    modifyEsbuildConfig,
  },
  {
    name: 'all elements, initial code (every define entry)',
    import: allDefines,
    limit: '70 kB',
    gzip: true,
    modifyEsbuildConfig,
  },
];
