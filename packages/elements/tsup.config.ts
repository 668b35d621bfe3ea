import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

// Two public entries per component folder: the side-effect-free class and its `define` file.
const components = readdirSync('src/components', { withFileTypes: true }).filter((entry) => entry.isDirectory());
const entry = Object.fromEntries(
  components.flatMap(({ name }) => [
    [`components/${name}/${name}`, `src/components/${name}/${name}.ts`],
    [`components/${name}/define`, `src/components/${name}/define.ts`],
  ]),
);

export default defineConfig({
  entry,
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'es2022',
  // Lit and our own packages are dependencies: never bundle them.
  external: [/^lit/, /^@lit/, /^@integrakit\//],
});
