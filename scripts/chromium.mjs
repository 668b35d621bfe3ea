// Finds the Chromium the browser tests drive: $CHROME_PATH first, then Debian's /usr/bin/chromium.
import { accessSync, constants } from 'node:fs';

export const chromiumCandidates = () =>
  [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

export function findChromium() {
  for (const candidate of chromiumCandidates()) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {}
  }
  return undefined;
}

/** Flags for a headless Chromium on a machine whose only network is loopback. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
