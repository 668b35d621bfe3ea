import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { PortalFile } from './app.js';

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

/**
 * Bundles `examples/portal/app.ts` (the element, the client and Lit) into one ES module in memory
 * and returns the portal's files for {@link startServer}: `index.html` at `/`, `app.js`, `styles.css`.
 */
export async function bundlePortal(options: BundlePortalOptions = {}): Promise<Map<string, PortalFile>> {
  const result = await build({
    entryPoints: [`${portalDir}app.ts`],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    outfile: 'app.js',
    conditions: [...(options.conditions ?? [])],
    nodePaths: moduleDirs,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const script = result.outputFiles.find((file) => file.path.endsWith('app.js'));
  if (script === undefined) throw new Error('esbuild produced no app.js');
  return new Map<string, PortalFile>([
    ['index.html', { type: 'text/html; charset=utf-8', body: await readFile(`${portalDir}index.html`) }],
    ['styles.css', { type: 'text/css; charset=utf-8', body: await readFile(`${portalDir}styles.css`) }],
    ['app.js', { type: 'text/javascript; charset=utf-8', body: script.contents }],
    ['favicon.svg', { type: 'image/svg+xml', body: await readFile(`${portalDir}favicon.svg`) }],
  ]);
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
