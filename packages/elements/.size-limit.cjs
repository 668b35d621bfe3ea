// Bundle budgets, min+gzip with Lit counted (run `pnpm --filter @integrakit/elements size`).
// Entries resolve workspace packages to their sources, like the tests, so no build is needed.
const modifyEsbuildConfig = (config) => ({
  ...config,
  platform: 'browser',
  format: 'esm',
  conditions: ['@integrakit/source', 'browser', 'import', 'default'],
});

module.exports = [
  {
    name: 'ik-catalog + Lit + virtualizer + search engine',
    path: 'bench/size/catalog-embedded.ts',
    limit: '30 kB',
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
    path: 'src/components/*/define.ts',
    limit: '70 kB',
    gzip: true,
    modifyEsbuildConfig,
  },
];
