import { type Browser, type BrowserContext, chromium } from 'playwright';
import { afterAll, beforeAll } from 'vitest';
import { type RunningServer, type ServerOptions, startServer } from '../app.js';
import { bundlePortal } from '../portal.js';
import { chromiumArgs, chromiumPath } from './chromium.js';

export { chromiumPath };

/** The real server with the portal, Chromium, and one browser session signed in with the login link. */
export interface PortalSession {
  readonly server: RunningServer;
  readonly token: string;
  readonly browser: Browser;
  readonly session: BrowserContext;
  close(): Promise<void>;
}

/**
 * Starts a portal session, with any more server `options`; call only when {@link chromiumPath} is
 * defined. With `seedPassword`, the org is seeded (ada@example.com, grace@…) and those people sign in
 * to the sandbox with it.
 */
export async function startPortalSession(
  options: Partial<ServerOptions> & { readonly seedPassword?: string } = {},
): Promise<PortalSession> {
  const { seedPassword, ...serverOptions } = options;
  const files = serverOptions.portal?.files ?? (await bundlePortal({ conditions: ['@integrakit/source'] }));
  const token = `portal-${crypto.randomUUID()}`;
  const seed = seedPassword === undefined ? {} : { seed: { password: seedPassword } };
  const server = await startServer({
    apiToken: token,
    dataDir: ':memory:',
    port: 0,
    portal: { files },
    ...seed,
    ...serverOptions,
  });
  const browser = await chromium.launch({ executablePath: chromiumPath ?? '', args: chromiumArgs });
  const session = await browser.newContext();
  const login = await session.newPage();
  await login.goto(server.loginUrl ?? '');
  await login.close();
  return {
    server,
    token,
    browser,
    session,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * One portal session for the calling test file: started before its tests when Chromium is there,
 * closed after them. Returns a getter for it; the file's tests skip without Chromium.
 */
export function portalSessionForThisFile(options?: Parameters<typeof startPortalSession>[0]): () => PortalSession {
  let portal: PortalSession | undefined;
  beforeAll(async () => {
    if (chromiumPath !== undefined) portal = await startPortalSession(options);
  }, 60_000);
  afterAll(async () => {
    await portal?.close();
  });
  return () => {
    if (portal === undefined)
      throw new Error('no portal session: Chromium is missing, so this test should have been skipped');
    return portal;
  };
}
