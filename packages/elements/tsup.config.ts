import { defineConfig } from 'tsup';
import { entriesFromExports } from '../../scripts/tsup-entries.js';

export default defineConfig({
  // One entry per public subpath, so every component and its `define` file stay separate modules.
  entry: entriesFromExports(),
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'es2022',
  // Lit, React and our own packages are dependencies: never bundle them.
  external: [/^lit/, /^@lit/, /^@integrakit\//, /^react/],
});
