// Package gates on the built packages: publint --strict and arethetypeswrong on the packed tarball,
// so what is checked is exactly what npm would publish.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const packages = [
  // strict: node10 too, so `typesVersions` must cover every subpath of the exports map.
  { dir: 'packages/core', profile: 'strict' },
  { dir: 'packages/protocols', profile: 'strict' },
  // ESM only: Lit and custom elements have no CommonJS story.
  { dir: 'packages/elements', profile: 'esm-only' },
];

const bin = (name) => resolve('node_modules/.bin', name);
let failed = 0;

for (const { dir, profile } of packages) {
  const out = mkdtempSync(join(tmpdir(), 'ik-pack-'));
  try {
    console.log(`\n── ${dir}`);
    execFileSync('pnpm', ['pack', '--pack-destination', out], { cwd: dir, stdio: 'ignore' });
    const tarball = join(
      out,
      readdirSync(out).find((file) => file.endsWith('.tgz')),
    );
    for (const [name, args] of [
      ['publint', ['--strict', tarball]],
      ['attw', [tarball, '--profile', profile, '--format', 'table-flipped']],
    ]) {
      try {
        execFileSync(bin(name), args, { cwd: dir, stdio: 'inherit' });
      } catch {
        failed += 1;
        console.error(`✗ ${name} failed for ${dir}`);
      }
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

console.log(failed === 0 ? '\nPackage gates: all passed' : `\nPackage gates: ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
