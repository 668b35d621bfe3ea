import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const folder = fileURLToPath(new URL('.', import.meta.url));
const sources = readdirSync(folder).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));

describe('catalog-data module', () => {
  it('never imports zod or the schema at runtime, so hosts can load it lazily in the browser', () => {
    const runtimeImports = sources.flatMap((file) =>
      [...readFileSync(`${folder}/${file}`, 'utf8').matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)]
        .map((match) => match[1] ?? '')
        .filter((specifier) => !specifier.startsWith('./'))
        .map((specifier) => `${file}: ${specifier}`),
    );
    expect(runtimeImports).toEqual([]);
  });

  it('keeps every data file small', () => {
    const long = sources.filter((file) => readFileSync(`${folder}/${file}`, 'utf8').split('\n').length > 1500);
    expect(long).toEqual([]);
  });
});
