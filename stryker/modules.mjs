// @ts-check
import { fileURLToPath } from 'node:url';

/**
 * The modules under mutation test: the files mutated and the test files run against them. Each module runs
 * on its own, so a score belongs to one module, and only its tests run per mutant, so a run fits the time
 * budget on a busy two-core machine.
 */
export const modules = {
  security: {
    mutate: ['examples/server/src/security.ts'],
    tests: [
      'examples/server/src/security.test.ts',
      'examples/server/src/security.bearer.test.ts',
      'examples/server/src/security.limits.test.ts',
      'examples/server/src/malformed.test.ts',
      'examples/server/src/hostile.test.ts',
    ],
  },
  expression: {
    mutate: ['packages/core/src/assignment/expression/evaluate.ts'],
    tests: ['packages/core/src/assignment/expression/*.test.ts', 'packages/core/src/assignment/usernames.test.ts'],
  },
  rank: {
    mutate: ['packages/core/src/catalog/search/rank.ts'],
    tests: ['packages/core/src/catalog/search/rank.test.ts', 'packages/core/src/catalog/search/relevance.test.ts'],
  },
  oidc: {
    mutate: ['packages/protocols/src/oidc/rules.ts', 'packages/protocols/src/oidc/uris.ts'],
    tests: [
      'packages/protocols/src/oidc/define.test.ts',
      'packages/protocols/src/oidc/invalid.test.ts',
      'packages/protocols/src/oidc/client-metadata.test.ts',
      'packages/protocols/src/oidc/uris.test.ts',
      'packages/protocols/src/oidc/rules.test.ts',
    ],
    // Not provider-validation.test.ts: it checks that oidc-provider agrees with the rules (in the unit suite),
    // but loading and configuring oidc-provider took most of each run, and every rules.ts mutant is in a table
    // read at import, so each reruns all of the module's tests. The tests above assert each rule's error code.
  },
  jwt: {
    mutate: ['packages/protocols/src/jwt/verify.ts'],
    tests: ['packages/protocols/src/jwt/verify.test.ts', 'packages/protocols/src/jwt/verify-claims.test.ts'],
    // Per-test coverage loses track of code that runs after jose's awaits, so every test runs per mutant.
    coverageAnalysis: 'all',
  },
  // SAML in three modules: one run of all five files was 913 mutants, hours on this machine under load.
  'saml-checks': {
    mutate: ['packages/protocols/src/saml/inspect-assertion.ts', 'packages/protocols/src/saml/inspect-signatures.ts'],
    tests: [
      'packages/protocols/src/saml/inspect-assertion.test.ts',
      'packages/protocols/src/saml/inspect-signatures.test.ts',
    ],
    // Every test per mutant: its first run, per test, counted mutants that its tests do kill as survivors
    // (stryker-js issues 6073 and 6192 report the same of per-test coverage with vitest 4.1). The focused
    // tests are small enough that running all of them costs little.
    coverageAnalysis: 'all',
  },
  saml: {
    mutate: ['packages/protocols/src/saml/inspect.ts', 'packages/protocols/src/saml/inspect-read.ts'],
    // Small hand-written responses, one rule each, and the signed samples. Not inspect.hostile.test.ts (fresh
    // keys, signing, 10,000-element documents: most of a run's time, in the unit suite) or the real IdPs.
    tests: [
      'packages/protocols/src/saml/inspect.rules.test.ts',
      'packages/protocols/src/saml/inspect-read.test.ts',
      'packages/protocols/src/saml/inspect.test.ts',
    ],
    coverageAnalysis: 'all',
  },
  'sp-metadata': {
    mutate: ['packages/protocols/src/saml/sp-metadata.ts'],
    // Not sp-metadata.test.ts: it reads node-saml's and samlify's metadata and checks documents against the XSDs
    // with xmllint (in the unit suite); the rules file checks each rule on a small document of its own.
    tests: [
      'packages/protocols/src/saml/sp-metadata.rules.test.ts',
      'packages/protocols/src/saml/sp-metadata.hostile.test.ts',
    ],
    coverageAnalysis: 'all',
  },
  scim: {
    mutate: [
      'packages/protocols/src/scim/client/transport.ts',
      'packages/protocols/src/scim/client/fetch-bounded.ts',
      'packages/protocols/src/scim/client/read-body.ts',
      'packages/protocols/src/scim/client/redirects.ts',
      'packages/protocols/src/scim/client/retry.ts',
      'packages/protocols/src/scim/client/json-depth.ts',
      'packages/protocols/src/scim/client/network-failure.ts',
    ],
    // The transport against a loopback server that answers at once, and the helpers on their own. Not the
    // scimmy round trips, the hostile servers (endless bodies, gzip bombs, hangs) or the connector test against
    // broken and dead servers: they run in the unit suite, and took most of a minute per mutant.
    tests: [
      'packages/protocols/src/scim/client/transport.test.ts',
      'packages/protocols/src/scim/client/limits.test.ts',
    ],
    coverageAnalysis: 'all',
  },
};

/** Environment variable through which `stryker/vitest.config.ts` learns the module's test files. */
export const TESTS_VARIABLE = 'INTEGRAKIT_MUTATION_TESTS';

/**
 * Stryker options for one module. The sandbox is a copy of the repo inside `.stryker-tmp`, so the shared
 * reference data is passed by absolute path.
 * @param {keyof typeof modules} name
 * @returns {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export function moduleConfig(name) {
  process.env.INTEGRAKIT_REFERENCE_DIR ??= fileURLToPath(new URL('../../shared/reference', import.meta.url));
  // Stryker's test runner processes inherit this.
  process.env[TESTS_VARIABLE] = modules[name].tests.join(',');
  return {
    packageManager: 'pnpm',
    testRunner: 'vitest',
    // By path: under pnpm, Stryker's own default plugin lookup cannot see the runner package.
    plugins: [fileURLToPath(import.meta.resolve('@stryker-mutator/vitest-runner'))],
    vitest: { configFile: 'stryker/vitest.config.ts', related: false },
    coverageAnalysis: modules[name].coverageAnalysis ?? 'perTest',
    mutate: modules[name].mutate,
    // Two test runners by default, for a two-core machine shared with other work; lower it to run two modules at once.
    concurrency: Number(process.env.INTEGRAKIT_MUTATION_CONCURRENCY ?? 2),
    // Generous: on a loaded machine a slow run is not a hang, and a timed-out mutant counts as detected.
    timeoutMS: 20_000,
    timeoutFactor: 2,
    incremental: true,
    incrementalFile: `.tmp/stryker/${name}.incremental.json`,
    reporters: ['clear-text', 'progress', 'html', 'json'],
    htmlReporter: { fileName: `.tmp/stryker/${name}.html` },
    jsonReporter: { fileName: `.tmp/stryker/${name}.json` },
    tempDirName: `.stryker-tmp/${name}`,
    thresholds: { high: 90, low: 85, break: null },
    ignorePatterns: [
      '.stryker-tmp',
      'docs',
      // The root vitest config imports the browser project's node-side test commands.
      'packages/elements/*',
      '!packages/elements/test-commands',
      'examples/portal',
      'storybook-static',
      'dist',
      '.tmp',
    ],
  };
}
