// The consumer test: packs the three packages, installs the tarballs into a fresh npm project
// outside the workspace, and uses them as a new user would — an ESM and a CommonJS script through
// every entry point (against the reference server and a scimmy SCIM server on loopback), `tsc`
// strict with `skipLibCheck: false` under `nodenext`, `bundler` and `node10`, the published
// dependency ranges, and the README's plain HTML page in Chromium. Runs after `pnpm build`; each check is reported, and any failure fails the run.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { checkReadmePage } from './readme-page.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const fixture = join(here, 'fixture');
const packages = ['protocols', 'core', 'elements'];
const work = mkdtempSync(join(tmpdir(), 'ik-consumer-'));
const project = join(work, 'project');
const failures = [];
// `--keep` leaves the installed project behind, to rerun a failing step by hand.
const keep = process.argv.includes('--keep');

async function check(name, run) {
  try {
    await run();
    console.log(`✓ ${name}`);
  } catch (error) {
    failures.push(name);
    const output = [error.stdout, error.stderr].filter(Boolean).join('\n').trim();
    console.error(`✗ ${name}\n${output || error.message}`);
  }
}

const run = (command, args, options = {}) =>
  execFileSync(command, args, { cwd: project, encoding: 'utf8', timeout: 180_000, ...options });

function packAll() {
  const tarballs = join(work, 'tarballs');
  mkdirSync(tarballs);
  for (const name of packages) {
    execFileSync('pnpm', ['pack', '--pack-destination', tarballs], {
      cwd: join(root, 'packages', name),
      stdio: 'ignore',
    });
  }
  return Object.fromEntries(
    readdirSync(tarballs).map((file) => [`@integrakit/${file.split('-')[1]}`, `file:${join(tarballs, file)}`]),
  );
}

function writeProject(dependencies) {
  mkdirSync(project);
  const versionOf = (path) => JSON.parse(readFileSync(join(root, path, 'package.json'), 'utf8')).version;
  // React's types are what a React host has; elements' `/react` entry is checked with them.
  const types = {
    '@types/node': versionOf('node_modules/@types/node'),
    '@types/react': versionOf('packages/elements/node_modules/@types/react'),
  };
  const manifest = { name: 'consumer', private: true, dependencies: { ...dependencies, ...types } };
  writeFileSync(join(project, 'package.json'), JSON.stringify(manifest, null, 2));
  for (const file of ['exercise.cjs', 'messages.cjs', 'esm.mjs', 'cjs.cjs'])
    copyFileSync(join(fixture, file), join(project, file));
  // One consumer source, three module kinds.
  for (const extension of ['mts', 'cts', 'ts']) {
    copyFileSync(join(fixture, 'consumer.ts'), join(project, `consumer.${extension}`));
  }
  copyFileSync(join(fixture, 'elements.ts'), join(project, 'elements.mts'));
  copyFileSync(join(fixture, 'elements.ts'), join(project, 'elements.ts'));
  const strict = { strict: true, skipLibCheck: false, noEmit: true, target: 'es2022', lib: ['es2022', 'dom'] };
  const tsconfig = (name, compilerOptions, files) =>
    writeFileSync(join(project, name), JSON.stringify({ compilerOptions: { ...strict, ...compilerOptions }, files }));
  tsconfig('tsconfig.nodenext.json', { module: 'nodenext', moduleResolution: 'nodenext' }, [
    'consumer.mts',
    'consumer.cts',
    'elements.mts',
  ]);
  tsconfig('tsconfig.bundler.json', { module: 'preserve', moduleResolution: 'bundler' }, [
    'consumer.ts',
    'elements.ts',
  ]);
  // node10 sees no `exports`: the subpaths' types come from `typesVersions` (elements is ESM only).
  // zod's own CommonJS declarations need esModuleInterop there, as `tsc --init` sets it.
  tsconfig('tsconfig.node10.json', { module: 'commonjs', moduleResolution: 'node10', esModuleInterop: true }, [
    'consumer.ts',
  ]);
}

/**
 * The installed manifests as npm published them: runtime dependencies are caret ranges (an exact
 * pin makes a consumer's own `jose ^6.2.19` a second copy), and each is imported by the built code.
 */
function checkManifests() {
  const problems = [];
  for (const name of packages) {
    const installed = join(project, 'node_modules/@integrakit', name);
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    const built = readdirSync(join(installed, 'dist'), { recursive: true })
      .filter((file) => /\.c?js$/.test(file))
      .map((file) => readFileSync(join(installed, 'dist', file), 'utf8'))
      .join('\n');
    for (const [dependency, range] of Object.entries(manifest.dependencies ?? {})) {
      if (!range.startsWith('^'))
        problems.push(`@integrakit/${name} pins ${dependency} to ${range}, not a caret range`);
      const specifier = new RegExp(`["'\`]${dependency.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(/[^"'\`]*)?["'\`]`);
      if (!specifier.test(built)) problems.push(`@integrakit/${name} depends on ${dependency} but never imports it`);
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

/** Starts the loopback peers; resolves with their addresses and a stop function. */
async function startPeers() {
  const child = spawn(
    process.execPath,
    ['--conditions=@integrakit/source', '--import', 'tsx', join(here, 'peers.ts')],
    { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const line = await new Promise((resolveLine, reject) => {
    const timer = setTimeout(() => reject(new Error('peers did not start within 60 s')), 60_000);
    child.once('exit', (code) => reject(new Error(`peers exited with ${code}`)));
    createInterface({ input: child.stdout }).once('line', (text) => {
      clearTimeout(timer);
      resolveLine(text);
    });
  });
  return { env: line, stop: () => child.stdin.end() };
}

const started = Date.now();
try {
  await check('pack and install the tarballs', () => {
    writeProject(packAll());
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { timeout: 300_000 });
  });
  const peers = await startPeers();
  try {
    const env = { ...process.env, CONSUMER_PEERS: peers.env };
    await check('ESM: every entry point', () => run(process.execPath, ['esm.mjs'], { env }));
    await check('CommonJS: every entry point', () => run(process.execPath, ['cjs.cjs'], { env }));
  } finally {
    peers.stop();
  }
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  await check('tsc nodenext (ESM and CJS), skipLibCheck: false', () =>
    run(process.execPath, [tsc, '-p', 'tsconfig.nodenext.json']),
  );
  await check('tsc bundler, skipLibCheck: false', () => run(process.execPath, [tsc, '-p', 'tsconfig.bundler.json']));
  await check('tsc node10 (typesVersions), skipLibCheck: false', () =>
    run(process.execPath, [tsc, '-p', 'tsconfig.node10.json']),
  );
  await check('runtime dependencies are caret ranges, each imported', checkManifests);
  await check("README's plain page (import map) in Chromium", () =>
    checkReadmePage(readFileSync(join(root, 'README.md'), 'utf8'), project),
  );
} finally {
  if (keep) console.log(`kept ${project}`);
  else rmSync(work, { recursive: true, force: true });
}

const seconds = Math.round((Date.now() - started) / 1000);
console.log(
  failures.length === 0 ? `\nConsumer test: all passed (${seconds} s)` : `\nConsumer test: ${failures.length} failed`,
);
process.exit(failures.length === 0 ? 0 : 1);
