// What the portal loads before its first screen is usable: the page's entry scripts, the landing
// page's chunk, and every script those import statically (a module runs only once all of them have
// loaded). Code behind `import()` loads on demand and is not part of it.
import { gzipSync } from 'node:zlib';

/** One output script: its static and dynamic imports (served names) and the module it is the entry of. */
export interface ScriptNode {
  readonly staticImports: readonly string[];
  readonly dynamicImports: readonly string[];
  /** The source module, relative to `examples/portal/`, when the script is an entry or an `import()` target. */
  readonly module: string | undefined;
}

/** The portal's scripts by served name. */
export type ScriptGraph = ReadonlyMap<string, ScriptNode>;

/** The scripts `index.html` loads itself (`<script src="/name.js">`), in page order. */
export function pageScripts(html: string): string[] {
  return Array.from(html.matchAll(/<script\b[^>]*\bsrc="\/([^"]+)"/g), (match) => match[1] ?? '');
}

/** The served script that is the chunk of `module` (e.g. `pages/applications.ts`). */
export function chunkOf(graph: ScriptGraph, module: string): string {
  for (const [name, node] of graph) if (node.module === module) return name;
  throw new Error(`no script is the chunk of ${module}`);
}

/** `start` and every script they import statically, transitively. */
export function staticClosure(graph: ScriptGraph, start: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const pending = [...start];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (seen.has(name)) continue;
    const node = graph.get(name);
    if (node === undefined) throw new Error(`${name} is not one of the portal's scripts`);
    seen.add(name);
    pending.push(...node.staticImports);
  }
  return seen;
}

/** The min+gzip size (gzip level 9) of each script in `names`, as served, and their sum. */
export function gzippedSizes(
  names: Iterable<string>,
  bodyOf: (name: string) => Uint8Array | undefined,
): { readonly total: number; readonly sizes: ReadonlyMap<string, number> } {
  const sizes = new Map<string, number>();
  for (const name of names) {
    const body = bodyOf(name);
    if (body === undefined) throw new Error(`${name} is not served`);
    sizes.set(name, gzipSync(body, { level: 9 }).length);
  }
  return { total: [...sizes.values()].reduce((sum, size) => sum + size, 0), sizes };
}
