// The machine's Chromium for the server's browser tests (scripts/chromium.mjs finds it; tests skip without one).
const chromiumScript = new URL('../../../../scripts/chromium.mjs', import.meta.url).href;
const found = (await import(chromiumScript)) as { findChromium(): string | undefined; chromiumArgs: string[] };

/** Chromium's path, or `undefined` when this machine has none. */
export const chromiumPath = found.findChromium();
/** The launch arguments Chromium needs here (no sandbox, no GPU). */
export const chromiumArgs = found.chromiumArgs;
