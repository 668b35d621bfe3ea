import { expect, it } from 'vitest';
import { buildPortal } from './portal.js';
import { chunkOf, gzippedSizes, pageScripts, staticClosure } from './portal-initial.js';

// docs/portal-budget.md: everything the portal loads before its first screen is usable, with every
// element that screen shows, min+gzip. Other views and dialogs load on demand and have no budget here.
const BUDGET_BYTES = 90_000;

it('keeps the first screen of every portal page within its min+gzip budget', async () => {
  const { files, graph } = await buildPortal({ conditions: ['@integrakit/source'] });
  const html = files.get('index.html')?.body?.toString() ?? '';
  const entries = pageScripts(html);
  expect(entries).toContain('app.js');
  // Each page the router loads with import() can be the first screen (a reload, a shared link).
  const pages = (graph.get('app.js')?.dynamicImports ?? []).filter((name) =>
    graph.get(name)?.module?.startsWith('pages/'),
  );
  expect(pages).toContain(chunkOf(graph, 'pages/applications.ts'));
  const shell = gzippedSizes(staticClosure(graph, entries), (name) => files.get(name)?.body);
  expect(shell.total).toBeGreaterThan(10_000); // a real bundle, not an empty one
  for (const pageChunk of pages) {
    const initial = gzippedSizes(staticClosure(graph, [...entries, pageChunk]), (name) => files.get(name)?.body);
    expect({ page: graph.get(pageChunk)?.module, bytes: initial.total }).toEqual({
      page: graph.get(pageChunk)?.module,
      bytes: expect.toSatisfy((bytes: number) => bytes <= BUDGET_BYTES),
    });
  }
}, 60_000);
