import { defaultClientConditions, defineConfig } from 'vite';

// In this workspace the Integrakit packages resolve to their TypeScript sources; an app using the
// published packages needs no `resolve` section at all.
export default defineConfig({
  resolve: { conditions: ['@integrakit/source', ...defaultClientConditions] },
  oxc: { jsx: { runtime: 'automatic' } },
});
