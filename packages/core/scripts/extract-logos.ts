// Writes src/catalog-data/logos.generated.ts with only the simple-icons path data the example
// catalog uses. Run from packages/core: `pnpm exec tsx scripts/extract-logos.ts`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as simpleIcons from 'simple-icons';
import { exampleEntryData } from '../src/catalog-data/entries.js';
import { buildLogos, renderLogosModule, type SimpleIcon } from './build-logos.js';
import { iconSlugs } from './icon-slugs.js';

const require = createRequire(import.meta.url);
const { version } = JSON.parse(
  readFileSync(join(dirname(require.resolve('simple-icons')), 'package.json'), 'utf8'),
) as {
  version: string;
};
const icons = Object.values(simpleIcons) as SimpleIcon[];
const build = buildLogos(exampleEntryData, iconSlugs, icons);
const target = fileURLToPath(new URL('../src/catalog-data/logos.generated.ts', import.meta.url));
writeFileSync(target, renderLogosModule(build, version));
// Format with the repository's Biome so regenerating an unchanged catalog leaves no diff.
execFileSync(process.execPath, [require.resolve('@biomejs/biome/bin/biome'), 'format', '--write', target], {
  stdio: 'inherit',
});
const svgCount = Object.values(build.logos).filter((logo) => logo.kind === 'svg').length;
process.stdout.write(
  `wrote ${target}: ${svgCount} brand logos (${build.icons.size} distinct icons), ${Object.keys(build.logos).length - svgCount} monograms\n`,
);
