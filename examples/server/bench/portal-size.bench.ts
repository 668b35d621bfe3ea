// `pnpm bench`: the portal's JavaScript, as the budget test measures it (portal-budget.test.ts),
// for each page as the first screen and for each view loaded on demand; written to the
// "## Portal: first-screen JavaScript" section of docs/benchmarks.md.
import { loadavg } from 'node:os';
import { buildPortal } from '../src/portal.js';
import { chunkOf, gzippedSizes, pageScripts, type ScriptGraph, staticClosure } from '../src/portal-initial.js';
import { writeBenchmarkSection } from './doc-section.js';

const BUDGET_KB = 90;
// A record, not a result: the same measure on main at 176942d (2026-12-07), before every page,
// dialog and wizard loaded on demand. The old budget test measured app.js alone (41.9 kB).
const BEFORE = [
  'Before on-demand loading (main at 176942d, same method, measured 2026-12-07): every page statically imported the',
  'Applications page with the catalog, both wizards and the protocol modules, so the first screen of the Applications',
  'page was 44 files, 543.7 kB minified, **181.2 kB** min+gzip (integration page 193.0 kB, System Log 188.3 kB,',
  'Dashboards 182.2 kB, a dashboard 184.2 kB). The budget test then measured `app.js` alone (41.9 kB), not what loads.',
];
const { files, graph } = await buildPortal({ conditions: ['@integrakit/source'] });
const bodyOf = (name: string) => files.get(name)?.body;
const entries = pageScripts(bodyOf('index.html')?.toString() ?? '');
const firstScreen = (page: string) => staticClosure(graph, [...entries, chunkOf(graph, page)]);
/** What `modules` add to what is already loaded. */
const added = (loaded: ReadonlySet<string>, modules: readonly string[]) =>
  [...staticClosure(graph, [...loaded, ...modules.map((module) => chunkOf(graph, module))])].filter(
    (name) => !loaded.has(name),
  );

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const row = (label: string, names: Iterable<string>) => {
  const list = [...names];
  const minified = list.reduce((sum, name) => sum + (bodyOf(name)?.length ?? 0), 0);
  return `| ${label} | ${list.length} | ${kB(minified)} kB | ${kB(gzippedSizes(list, bodyOf).total)} kB |`;
};
const pages = (scripts: ScriptGraph) =>
  (scripts.get('app.js')?.dynamicImports ?? [])
    .map((name) => scripts.get(name)?.module)
    .filter((module): module is string => module?.startsWith('pages/') === true);

const applications = firstScreen('pages/applications.ts');
const withCatalog = new Set([...applications, ...added(applications, ['catalog-dialog.ts'])]);
const integration = firstScreen('pages/integration.ts');
const section = [
  '## Portal: first-screen JavaScript',
  '',
  `\`pnpm bench\` (\`examples/server/bench/portal-size.bench.ts\`), ${new Date().toISOString().slice(0, 10)}, 1-minute load average ${loadavg()[0]?.toFixed(1)} (sizes do not depend on load). The portal is bundled exactly as \`pnpm start\` serves it (\`buildPortal\`: esbuild, minified, code splitting, sources via \`@integrakit/source\`). A page's **first screen** is the scripts \`index.html\` loads (${entries.map((name) => `\`${name}\``).join(', ')}), the page's own chunk (the router's \`import()\`), and every script those import statically, transitively: a module runs only when all of them have loaded. Each file is gzipped on its own (level 9, as served) and the sizes summed. \`portal-budget.test.ts\` fails when any page's first screen is above ${BUDGET_KB} kB; \`portal.first-screen.test.ts\` checks in Chromium that the Applications page fetches exactly this set.`,
  '',
  '| First screen | Files | Minified | Min+gzip |',
  '| --- | ---: | ---: | ---: |',
  row('shell alone (entry scripts and their imports)', staticClosure(graph, entries)),
  ...pages(graph).map((page) => row(`\`${page}\``, firstScreen(page))),
  '',
  'Loaded on demand, on top of what is already loaded:',
  '',
  '| View | Files | Minified | Min+gzip |',
  '| --- | ---: | ---: | ---: |',
  row(
    '**Browse App Catalog** (catalog element), over the Applications page',
    added(applications, ['catalog-dialog.ts']),
  ),
  row(
    'first **Add Integration** (add wizard, protocol forms), over the catalog',
    added(withCatalog, ['add-wizard.ts']),
  ),
  row('**Create App Integration** (create wizard), over the Applications page', added(applications, ['create-app.ts'])),
  row(
    "an app page's Activity section (usage chart), after the app has loaded",
    added(integration, ['pages/app-activity.ts']),
  ),
  '',
  ...BEFORE,
  '',
].join('\n');

writeBenchmarkSection('portal-first-screen', section);
