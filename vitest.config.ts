import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import {
  referenceFetch,
  referenceFingerprints,
  referenceMetadataValidity,
  referenceRequest,
  startReferenceServer,
  stopReferenceServers,
} from './packages/elements/test-commands/reference-server.js';
import { runScimConnectorTest, startScimServer, stopScimServers } from './packages/elements/test-commands/scim.js';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';
import { propertyRuns } from './scripts/property-runs.js';

// Workspace packages resolve to their TypeScript sources, so tests never need a build first.
const source = '@integrakit/source';
const resolve = { conditions: [source, ...defaultClientConditions] };
const ssr = { resolve: { conditions: [source, ...defaultServerConditions] } };

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
              startReferenceServer,
              referenceRequest,
              referenceFingerprints,
              referenceMetadataValidity,
              referenceFetch,
              stopReferenceServers,
            },
          },
        },
      },
    ],
  },
});
