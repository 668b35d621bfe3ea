// Builds the example server's native SQLite binding (better-sqlite3) after `pnpm install`.
// pnpm 12 runs dependency build scripts without npm's config, so node-gyp would try to download
// Node's headers; offline that fails. Here the package's own build command runs with
// `npm_config_nodedir` pointing at the headers that ship with the running Node when they exist.
// The compiler's output (pages of warnings, a failed prebuilt download) is kept and shown only if
// the build fails, so a healthy install stays short.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join, resolve } from 'node:path';

const serverRequire = createRequire(resolve('examples/server/package.json'));
let packageDir;
try {
  packageDir = dirname(serverRequire.resolve('better-sqlite3/package.json'));
} catch {
  process.exit(0); // not installed (e.g. a filtered install): nothing to build
}

const binding = join(packageDir, 'build', 'Release', 'better_sqlite3.node');
if (existsSync(binding)) process.exit(0);

const env = { ...process.env };
const prefix = dirname(dirname(process.execPath));
if (!env.npm_config_nodedir && existsSync(join(prefix, 'include', 'node', 'common.gypi'))) {
  env.npm_config_nodedir = prefix;
}
const bins = [
  join(packageDir, 'node_modules', '.bin'),
  join(dirname(packageDir), '.bin'),
  resolve('node_modules/.bin'),
];
env.PATH = [...bins, env.PATH].join(delimiter);

console.log('Building the SQLite binding (better-sqlite3) for the example server, about 2 minutes...');
const started = Date.now();
const build = spawnSync('prebuild-install || node-gyp rebuild --release', {
  cwd: packageDir,
  env,
  shell: true,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (build.status !== 0 || !existsSync(binding)) {
  console.error(`${build.stdout ?? ''}${build.stderr ?? ''}${build.error?.message ?? ''}`);
  console.error(`better-sqlite3 did not build in ${packageDir}: the example server needs it (output above).`);
  process.exit(1);
}
console.log(`SQLite binding built in ${Math.round((Date.now() - started) / 1000)} s.`);
