import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { inspectorFixtures } from './packages/elements/test-commands/fixtures.js';
import {
  referenceFetch,
  referenceFingerprints,
  referenceMetadataValidity,
  referenceRequest,
  startReferenceServer,
  stopReferenceServer,
} from './packages/elements/test-commands/reference-server.js';
import { runScimConnectorTest, startScimServer, stopScimServers } from './packages/elements/test-commands/scim.js';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';
import { propertyRuns } from './scripts/property-runs.js';

// Workspace packages resolve to their TypeScript sources, so tests never need a build first.
const source = '@integrakit/source';
const resolve = { conditions: [source, ...defaultClientConditions] };
const ssr = { resolve: { conditions: [source, ...defaultServerConditions] } };

/**
 * `expect.poll` waits up to 10 s, not vitest's 1 s: a lazy chunk or a loopback answer can take
 * seconds on a loaded 2-core CI machine; a poll that succeeds returns as soon as it does.
 */
const POLL = { timeout: 10_000 };

const nodeProject = (name: string, root: string): TestProjectInlineConfiguration => ({
  resolve,
  ssr,
  // Timeouts catch hangs, not slowness (benchmarks measure speed): property tests over 10k entries take
  // tens of seconds on a shared two-core machine.
  test: {
    name,
    root,
    include: ['src/**/*.test.ts'],
    environment: 'node',
    setupFiles: [fileURLToPath(new URL('./scripts/property-runs.setup.ts', import.meta.url))],
    // FC_RUNS_FACTOR scales every property's runs, so it scales the timeout too.
    testTimeout: propertyRuns(60_000),
    expect: { poll: POLL },
  },
});

/** The unit-test projects, which run in Node (also the ones mutation testing runs). */
export const nodeProjects = [
  nodeProject('core', 'packages/core'),
  nodeProject('protocols', 'packages/protocols'),
  nodeProject('server', 'examples/server'),
];

export default defineConfig({
  test: {
    projects: [
      ...nodeProjects,
      {
        resolve,
        ssr,
        test: {
          name: 'elements',
          root: 'packages/elements',
          include: ['src/**/*.test.ts'],
          setupFiles: ['src/test-utils/quiet-lit.ts'],
          expect: { poll: POLL },
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: { executablePath: findChromium() ?? '/usr/bin/chromium', args: chromiumArgs },
            }),
            instances: [{ browser: 'chromium' }],
            commands: {
              startScimServer,
              runScimConnectorTest,
              stopScimServers,
              inspectorFixtures,
              startReferenceServer,
              referenceRequest,
              referenceFingerprints,
              referenceMetadataValidity,
              referenceFetch,
              stopReferenceServer,
            },
          },
        },
      },
    ],
  },
});
