import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { runScimConnectorTest, startScimServer, stopScimServers } from './packages/elements/test-commands/scim.js';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';

// Workspace packages resolve to their TypeScript sources, so tests never need a build first.
const source = '@integrakit/source';
const resolve = { conditions: [source, ...defaultClientConditions] };
const ssr = { resolve: { conditions: [source, ...defaultServerConditions] } };

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        ssr,
        test: { name: 'core', root: 'packages/core', include: ['src/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve,
        ssr,
        test: { name: 'protocols', root: 'packages/protocols', include: ['src/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve,
        ssr,
        test: { name: 'server', root: 'examples/server', include: ['src/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve,
        ssr,
        test: {
          name: 'elements',
          root: 'packages/elements',
          include: ['src/**/*.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: { executablePath: findChromium() ?? '/usr/bin/chromium', args: chromiumArgs },
            }),
            instances: [{ browser: 'chromium' }],
            commands: { startScimServer, runScimConnectorTest, stopScimServers },
          },
        },
      },
    ],
  },
});
