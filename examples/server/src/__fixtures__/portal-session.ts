import { type Browser, type BrowserContext, chromium } from 'playwright';
import { type RunningServer, type ServerOptions, startServer } from '../app.js';
import { bundlePortal } from '../portal.js';

const chromiumScript = new URL('../../../../scripts/chromium.mjs', import.meta.url).href;
const { findChromium, chromiumArgs } = (await import(chromiumScript)) as {
  findChromium(): string | undefined;
  chromiumArgs: string[];
};

/** Chromium's path, when this machine has one (portal tests skip without it). */
export const chromiumPath = findChromium();

/** The real server with the portal, Chromium, and one browser session signed in with the login link. */
export interface PortalSession {
  readonly server: RunningServer;
  readonly token: string;
  readonly browser: Browser;
  readonly session: BrowserContext;
  close(): Promise<void>;
}

/** Starts a portal session, with any more server `options`; call only when {@link chromiumPath} is defined. */
export async function startPortalSession(options: Partial<ServerOptions> = {}): Promise<PortalSession> {
  const files = await bundlePortal({ conditions: ['@integrakit/source'] });
  const token = `portal-${crypto.randomUUID()}`;
  const server = await startServer({ apiToken: token, dataDir: ':memory:', port: 0, portal: { files }, ...options });
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
