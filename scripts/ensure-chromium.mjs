// Makes sure a Chromium is there before the browser tests: never downloads a browser build,
// installs Debian's package when running as root on Debian, otherwise explains what to do.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const found = findChromium();
if (found) {
  console.log(`Chromium: ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/etc/debian_version')) {
  console.log('Chromium not found: installing Debian package "chromium" with apt-get (root on Debian)...');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const installed = findChromium();
  if (installed) {
    console.log(`Chromium: ${installed}`);
    process.exit(0);
  }
}

console.error(
  [
    'No Chromium found for the browser tests.',
    'Install one and try again, for example:',
    '  Debian/Ubuntu: sudo apt-get install chromium',
    '  macOS:        brew install --cask chromium',
    'or point CHROME_PATH at an existing Chrome/Chromium binary.',
  ].join('\n'),
);
process.exit(1);
