// API reference (TypeDoc, from the TSDoc in the sources) for every public entry point. The entry
// points are read from each package's exports map (its `@integrakit/source` targets), which is the
// one list of public entry points, so a new subpath shows up here without editing this file.
import { readFileSync } from 'node:fs';

const packages = ['core', 'protocols', 'elements'];
const entryPoints = packages.flatMap((name) => {
  const { exports } = JSON.parse(readFileSync(`../packages/${name}/package.json`, 'utf8'));
  return Object.values(exports)
    .map((target) => (typeof target === 'object' ? target['@integrakit/source'] : undefined))
    .filter((source) => typeof source === 'string' && source.endsWith('.ts'))
    .map((source) => `../packages/${name}/${source.slice(2)}`);
});

import { OptionDefaults } from 'typedoc';

/** @type {Partial<import('typedoc').TypeDocOptions>} */
export default {
  name: 'Integrakit API',
  entryPoints,
  tsconfig: './tsconfig.typedoc.json',
  // Served by the docs site as static files under /api/.
  out: './public/api',
  excludePrivate: true,
  // The custom-elements-manifest tags (also shown in Storybook's docs pages).
  blockTags: [...OptionDefaults.blockTags, '@summary', '@csspart', '@cssproperty', '@event'],
  externalSymbolLinkMappings: { '@lit/reactive-element': { '*': 'https://lit.dev/docs/api/' } },
  excludeInternal: true,
  // The packages' own `tsc` runs already type-check; here only the documentation is wanted.
  skipErrorChecking: true,
  readme: 'none',
  githubPages: false,
  hideGenerator: true,
  logLevel: 'Warn',
};
