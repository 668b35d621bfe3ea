// Builds the example server's native SQLite binding (better-sqlite3) after `pnpm install`.
// pnpm 12 runs dependency build scripts without npm's config, so node-gyp would try to download
// Node's headers; offline that fails. Here the package's own build command runs with
// `npm_config_nodedir` pointing at the headers that ship with the running Node when they exist.
import { execSync } from 'node:child_process';
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

console.log(`Building better-sqlite3 (native SQLite) in ${packageDir} — about two minutes the first time...`);
execSync('prebuild-install || node-gyp rebuild --release', { cwd: packageDir, env, stdio: 'inherit' });
if (!existsSync(binding)) {
  console.error('better-sqlite3 did not build: the example server needs it (see the output above).');
  process.exit(1);
}
