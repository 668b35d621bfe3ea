// Writes the declaration files of a package's re-export-only entries (see `dualPackageOptions`)
// from their source, pointing each `export *` at the built entry it names: `.d.ts` for import,
// `.d.cts` for require. Run in a package directory after tsup.
import { writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { entriesFromExports, reexportsOf } from './tsup-entries.js';

const entries = entriesFromExports();
const builtBySource = new Map(Object.entries(entries).map(([built, source]) => [join(source), built]));

for (const [built, source] of Object.entries(entries)) {
  const reexports = reexportsOf(source);
  if (reexports === undefined) continue;
  for (const extension of ['js', 'cjs']) {
    const lines = reexports.map(({ namespace, from }) => {
      const target = builtBySource.get(join(dirname(source), from.replace(/\.js$/, '.ts')));
      if (target === undefined) throw new Error(`${source}: ${from} is not a public entry of this package`);
      const specifier = `./${relative(dirname(built), target)}.${extension}`;
      return namespace === undefined
        ? `export * from '${specifier}';`
        : `export * as ${namespace} from '${specifier}';`;
    });
    writeFileSync(join('dist', `${built}.d.${extension === 'js' ? 'ts' : 'cts'}`), `${lines.join('\n')}\n`);
  }
}
