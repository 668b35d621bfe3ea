import { defineConfig } from 'tsup';
import { entriesFromExports } from '../../scripts/tsup-entries.js';

export default defineConfig({
  entry: entriesFromExports(),
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
});
