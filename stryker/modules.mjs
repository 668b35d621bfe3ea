// @ts-check
import { fileURLToPath } from 'node:url';

/**
 * The modules under mutation test, each run on its own so a score belongs to one module and a run
 * fits the time budget on a busy two-core machine.
 */
export const modules = {
  security: ['examples/server/src/security.ts'],
  expression: ['packages/core/src/assignment/expression/evaluate.ts'],
  rank: ['packages/core/src/catalog/search/rank.ts'],
  oidc: ['packages/protocols/src/oidc/rules.ts', 'packages/protocols/src/oidc/uris.ts'],
  jwt: ['packages/protocols/src/jwt/verify.ts'],
  saml: [
    'packages/protocols/src/saml/inspect.ts',
    'packages/protocols/src/saml/inspect-read.ts',
    'packages/protocols/src/saml/sp-metadata.ts',
  ],
  scim: ['packages/protocols/src/scim/client/transport.ts'],
};

/**
 * Stryker options for one module. The sandbox is a copy of the repo inside `.stryker-tmp`, so the
 * shared reference data is passed by absolute path.
 * @param {keyof typeof modules} name
 * @returns {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export function moduleConfig(name) {
  process.env.INTEGRAKIT_REFERENCE_DIR ??= fileURLToPath(new URL('../../shared/reference', import.meta.url));
  return {
    packageManager: 'pnpm',
    testRunner: 'vitest',
    // By path: under pnpm, Stryker's own default plugin lookup cannot see the runner package.
    plugins: [fileURLToPath(import.meta.resolve('@stryker-mutator/vitest-runner'))],
    vitest: { configFile: 'stryker/vitest.config.ts', related: true },
    coverageAnalysis: 'perTest',
    mutate: modules[name],
    concurrency: 2,
    timeoutMS: 10_000,
    incremental: true,
    incrementalFile: `.tmp/stryker/${name}.incremental.json`,
    reporters: ['clear-text', 'progress', 'html', 'json'],
    htmlReporter: { fileName: `.tmp/stryker/${name}.html` },
    jsonReporter: { fileName: `.tmp/stryker/${name}.json` },
    tempDirName: `.stryker-tmp/${name}`,
    thresholds: { high: 90, low: 85, break: null },
    ignorePatterns: ['docs', 'packages/elements', 'examples/portal', 'storybook-static', 'dist', '.tmp'],
  };
}
