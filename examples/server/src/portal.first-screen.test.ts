import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchPage } from './__fixtures__/page-problems.js';
import { chromiumPath, type PortalSession, startPortalSession } from './__fixtures__/portal-session.js';
import { buildPortal, type PortalBundle } from './portal.js';
import { chunkOf, pageScripts, staticClosure } from './portal-initial.js';

// The budget test (portal-budget.test.ts) sums the scripts the script graph says the first screen
// loads. Here real Chromium checks that graph: the Applications page fetches exactly those scripts,
// and the catalog's elements only when Browse App Catalog is clicked (the add wizard's only when an
// entry is added: portal.test.ts walks that).
let portal: PortalSession;
let bundle: PortalBundle;

beforeAll(async () => {
  if (chromiumPath === undefined) return;
  bundle = await buildPortal({ conditions: ['@integrakit/source'] });
  portal = await startPortalSession({ portal: { files: bundle.files } });
}, 60_000);
afterAll(async () => {
  await portal?.close();
});

describe.skipIf(chromiumPath === undefined)('portal first screen', () => {
  it('loads the shell and the Applications page only, and the catalog on demand, without the wizards', async () => {
    const { files, graph } = bundle;
    const page = await portal.session.newPage();
    const problems = await watchPage(page);
    const fetched: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.endsWith('.js')) fetched.push(pathname.slice(1));
    });
    await page.goto(`${portal.server.url}/admin/apps`);
    const browse = page.getByRole('button', { name: 'Browse App Catalog' });
    await expect.poll(() => browse.isEnabled(), { timeout: 15_000 }).toBe(true);
    const entries = pageScripts(files.get('index.html')?.body?.toString() ?? '');
    const firstScreen = staticClosure(graph, [...entries, chunkOf(graph, 'pages/applications.ts')]);
    expect(new Set(fetched)).toEqual(firstScreen);
    expect(await page.evaluate(() => customElements.get('ik-catalog'))).toBeUndefined();

    await browse.click();
    await expect.poll(() => page.locator('#catalog-dialog').isVisible(), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => page.getByRole('gridcell').count(), { timeout: 15_000 }).toBeGreaterThan(3);
    expect(fetched).toContain(chunkOf(graph, 'catalog-dialog.ts'));
    for (const wizard of ['ik-add-integration', 'ik-create-integration']) {
      expect(await page.evaluate((name) => customElements.get(name), wizard)).toBeUndefined();
    }
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
