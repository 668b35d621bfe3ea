// Writes one section of docs/benchmarks.md, between its markers; the rest of the file belongs to
// other benchmarks.
import { readFileSync, writeFileSync } from 'node:fs';

const benchmarks = new URL('../../../docs/benchmarks.md', import.meta.url);

/** Replaces the section marked `<!-- {name}:start -->` … `<!-- {name}:end -->`, or appends it. */
export function writeBenchmarkSection(name: string, section: string): void {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const current = readFileSync(benchmarks, 'utf8');
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const block = `${start}\n${section}${end}`;
  const next =
    from !== -1 && to > from
      ? `${current.slice(0, from)}${block}${current.slice(to + end.length)}`
      : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(benchmarks, next);
  console.log(`wrote the "${name}" section of ${benchmarks.pathname}`);
}
