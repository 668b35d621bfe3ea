// tsup entries derived from a package's exports map, so the map stays the one list of public
// entry points: each subpath's `@integrakit/source` file builds to the name its `import` points at.
import { readFileSync } from 'node:fs';
import type { Options } from 'tsup';

type ExportTarget = string | { '@integrakit/source'?: string; import?: { default: string }; default?: string };

export function entriesFromExports(packageJsonPath = 'package.json'): Record<string, string> {
  const { exports } = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as { exports: Record<string, ExportTarget> };
  const entries: Record<string, string> = {};
  for (const target of Object.values(exports)) {
    if (typeof target === 'string') continue;
    const source = target['@integrakit/source'];
    const built = target.import?.default ?? target.default;
    if (source === undefined || built === undefined) continue;
    entries[built.replace(/^\.\/dist\//, '').replace(/\.js$/, '')] = source;
  }
  return entries;
}

/** The build of a package Node backends also `require`: ESM + CommonJS with types, one entry per subpath. */
export const dualPackageOptions = (): Options => ({
  entry: entriesFromExports(),
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
});
