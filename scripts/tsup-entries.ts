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

const reexport = /^export \* (?:as (\w+) )?from '(\.[^']+)';$/;

/**
 * The statements of an entry whose source only re-exports other entries (`export * as oidc from
 * './oidc/index.js'`), or `undefined` for any other entry.
 */
export function reexportsOf(source: string): { namespace?: string; from: string }[] | undefined {
  const lines = readFileSync(source, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'));
  const matches = lines.map((line) => reexport.exec(line));
  if (matches.length === 0 || matches.some((match) => match === null)) return undefined;
  return matches.map((match) => ({
    ...(match?.[1] === undefined ? {} : { namespace: match[1] }),
    from: match?.[2] ?? '',
  }));
}

/**
 * Shared build settings. Shared code is split into chunks in both formats, so every entry point
 * uses one copy of each class (`instanceof` holds across entries). ky ships ESM only, so the
 * CommonJS build bundles it (a `require` of ky would get no `default`); ESM keeps it a dependency.
 * Declarations of re-export-only entries are written by `scripts/reexport-declarations.ts` instead:
 * rollup-plugin-dts turns types that namespace re-exports take from other chunks into values (TS2693).
 */
export const dualPackageOptions = (): Options[] => {
  const entry = entriesFromExports();
  const declared = Object.fromEntries(Object.entries(entry).filter(([, source]) => reexportsOf(source) === undefined));
  const common: Options = { entry, dts: { entry: declared }, splitting: true, target: 'es2022' };
  return [
    { ...common, format: ['esm'], clean: true },
    { ...common, format: ['cjs'], noExternal: ['ky'] },
  ];
};
