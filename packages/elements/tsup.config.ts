import { defineConfig } from 'tsup';

export default defineConfig({
  // One entry per public module so every component and its `define` file stay separate chunks.
  entry: ['src/components/*/*.ts', '!src/components/**/*.test.ts', '!src/components/**/*.stories.ts'],
  outDir: 'dist/components',
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'es2022',
  // Lit and our own packages are dependencies: never bundle them.
  external: [/^lit/, /^@lit/, /^@integrakit\//],
});
