import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import type { PortalFile } from './app.js';
import type { ScriptGraph, ScriptNode } from './portal-initial.js';

/** `examples/portal/`: the page, its stylesheet and its (unbundled) script. */
export const portalDir = fileURLToPath(new URL('../../portal/', import.meta.url));
// The portal has no package of its own: its imports resolve through the server's dependencies, and
// `zod` through core's, so the page configures the very zod instance the client uses.
const moduleDirs = [
  fileURLToPath(new URL('../node_modules/', import.meta.url)),
  fileURLToPath(new URL('../../../packages/core/node_modules/', import.meta.url)),
];

/** Options of {@link bundlePortal}. */
export interface BundlePortalOptions {
  /**
   * Extra package export conditions. Without any, workspace packages resolve to their built `dist`
   * (run `pnpm build` first); with `['@integrakit/source']` they resolve to TypeScript sources.
   * @default []
   */
  readonly conditions?: readonly string[];
}

// Node built-ins that protocol code reaches only through `import()` (XML signing, certificate
// parsing): they stay out of the page's bundle and would only fail if that code ever ran in it.
const lazyNodeOnly = ['node:*', 'crypto', 'events', 'url', 'util'];

/** The portal's files and how its scripts import each other. */
export interface PortalBundle {
  readonly files: Map<string, PortalFile>;
  readonly graph: ScriptGraph;
}

/**
 * Bundles `examples/portal/app.ts` (the elements, the client, the protocol modules and Lit) into ES
 * modules in memory, code loaded with `import()` split into its own chunks, and returns the
 * portal's files for {@link startServer}: `index.html` at `/`, `theme.js` (a classic script),
 * `app.js`, its chunks, `styles.css` (with the elements' light and dark themes), `test-sign-in-report.js` (the sandbox's Test sign-in report page) and
 * `user-home.js` (the sandbox's End-User Dashboard).
 */
export async function bundlePortal(options: BundlePortalOptions = {}): Promise<Map<string, PortalFile>> {
  return (await buildPortal(options)).files;
}

/** {@link bundlePortal}, with the script graph that measures what the page loads first. */
export async function buildPortal(options: BundlePortalOptions = {}): Promise<PortalBundle> {
  const shared = {
    bundle: true,
    platform: 'browser' as const,
    target: 'es2022',
    minify: true,
    write: false as const,
    outdir: 'portal',
    absWorkingDir: portalDir, // metafile paths, entry modules among them, relative to examples/portal/
    entryNames: '[name]',
    conditions: [...(options.conditions ?? [])],
    nodePaths: moduleDirs,
    logLevel: 'silent' as const,
    legalComments: 'none' as const,
    metafile: true as const,
  };
  const [modules, classic, styles] = await Promise.all([
    build({
      ...shared,
      entryPoints: ['app.ts', 'test-sign-in-report.ts', 'user-home.ts'],
      splitting: true,
      format: 'esm' as const,
      chunkNames: '[name]-[hash]',
      external: lazyNodeOnly,
    }),
    // theme.js runs in <head> before the first paint, which only a classic (blocking) script does.
    build({ ...shared, entryPoints: ['theme.ts'], format: 'iife' as const }),
    // The elements' theme files, imported by styles.css, are inlined into it.
    build({ ...shared, entryPoints: ['styles.css'] }),
  ]);
  const scripts = [...modules.outputFiles, ...classic.outputFiles].map(
    (file) => [basename(file.path), file.contents] as const,
  );
  if (!scripts.some(([name]) => name === 'app.js')) throw new Error('esbuild produced no app.js');
  const stylesheet = styles.outputFiles.find((file) => basename(file.path) === 'styles.css');
  if (stylesheet === undefined) throw new Error('esbuild produced no styles.css');
  const files = new Map<string, PortalFile>([
    ['index.html', { type: 'text/html; charset=utf-8', body: await readFile(`${portalDir}index.html`) }],
    ['styles.css', { type: 'text/css; charset=utf-8', body: stylesheet.contents }],
    ...scripts.map(([name, body]): [string, PortalFile] => [name, { type: 'text/javascript; charset=utf-8', body }]),
    ['favicon.svg', { type: 'image/svg+xml', body: await readFile(`${portalDir}favicon.svg`) }],
  ]);
  return { files, graph: scriptGraph([modules.metafile, classic.metafile]) };
}

/** Each output script's static and dynamic imports, by served name, and the module it is the entry of. */
function scriptGraph(metafiles: readonly Metafile[]): ScriptGraph {
  const graph = new Map<string, ScriptNode>();
  const importsOf = (output: Metafile['outputs'][string], kind: string) =>
    output.imports.filter((entry) => entry.kind === kind && !entry.external).map((entry) => basename(entry.path));
  for (const [path, output] of metafiles.flatMap((metafile) => Object.entries(metafile.outputs))) {
    if (!path.endsWith('.js')) continue;
    graph.set(basename(path), {
      staticImports: importsOf(output, 'import-statement'),
      dynamicImports: importsOf(output, 'dynamic-import'),
      module: output.entryPoint,
    });
  }
  return graph;
}

/** The export conditions this Node process was started with (`--conditions=…` / `-C …`). */
export function processConditions(argv: readonly string[] = [...process.execArgv, ...nodeOptions()]): string[] {
  const out: string[] = [];
  argv.forEach((arg, index) => {
    const inline = /^(?:--conditions|-C)=(.+)$/.exec(arg);
    if (inline?.[1] !== undefined) out.push(inline[1]);
    else if ((arg === '--conditions' || arg === '-C') && argv[index + 1] !== undefined) out.push(argv[index + 1] ?? '');
  });
  return out;
}

const nodeOptions = () => (process.env.NODE_OPTIONS ?? '').split(/\s+/).filter(Boolean);
