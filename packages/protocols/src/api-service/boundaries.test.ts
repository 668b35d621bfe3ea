import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Every module reachable from `entry` through relative imports, with its bare (package) imports. */
function importGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/g)) {
      const specifier = match[1] as string;
      if (match[0].includes('import type') || match[0].includes('export type')) continue;
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else
        packages.add(
          specifier
            .split('/')
            .slice(0, specifier.startsWith('@') ? 2 : 1)
            .join('/'),
        );
    }
  };
  visit(resolve(src, entry));
  return { files, packages };
}

describe('entry points stay lean', () => {
  it.each(['oidc/index.ts', 'api-service/index.ts', 'jwt/index.ts'])(
    '%s never reaches xmlbuilder2 or xmldom',
    (entry) => {
      const { files, packages } = importGraph(entry);
      expect(files.size).toBeGreaterThan(3);
      expect([...packages].sort()).toEqual(expect.arrayContaining(['jose']));
      for (const forbidden of ['xmlbuilder2', '@xmldom/xmldom', 'oidc-provider', 'openid-client', 'ajv', 'yaml']) {
        expect(packages).not.toContain(forbidden);
      }
    },
  );
});
