import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Heavy or Node-only modules that must only be reached through `await import()`. */
const LAZY = ['xmlbuilder2', '@xmldom/xmldom', 'xml-crypto', 'node:crypto'];

/** Static (value) imports and re-exports of a source file; `import type` and `import()` are excluded. */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)';/gms)) {
    found.push(match[1] as string);
  }
  return found;
}

/** Every module reachable through static imports from `entry`, as source paths or package names. */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of staticImports(file)) {
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else seen.add(specifier);
    }
  };
  visit(entry);
  return seen;
}

// The wizard in @integrakit/elements calls `define` in the browser: the entries' initial graph
// must stay free of the XML libraries and node:crypto, which load on first use instead.
describe('browser story: lazy XML and crypto dependencies', () => {
  it.each(['saml/index.ts', 'wsfed/index.ts'])('%s reaches none of them statically', (entry) => {
    const graph = staticGraph(join(src, entry));
    expect(graph.size).toBeGreaterThan(5);
    expect(LAZY.filter((name) => graph.has(name))).toEqual([]);
  });

  it('the check can fail: the Node-only helpers do import them', () => {
    expect(staticGraph(join(src, 'xml/certificate.ts')).has('node:crypto')).toBe(true);
    expect(staticGraph(join(src, 'xml/parse.ts')).has('@xmldom/xmldom')).toBe(true);
  });
});
