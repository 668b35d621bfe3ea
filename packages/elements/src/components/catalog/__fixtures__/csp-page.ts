// Runs inside an iframe whose CSP is `default-src 'self'` (no unsafe-inline, no unsafe-eval):
// mounts the catalog, searches, opens details, and reports what rendered and any CSP violations.
import '../define.js';
import { createCatalog } from '../../../../../core/src/catalog/search/index.js';
import { memoryCatalogSource } from '../memory-source.js';
import { rawTestEntries } from './apps-data.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective}: ${event.blockedURI}`);
});

async function frames(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

async function main(): Promise<void> {
  const catalog = document.createElement('ik-catalog');
  catalog.source = memoryCatalogSource(createCatalog(rawTestEntries()));
  document.body.append(catalog);
  const root = catalog.shadowRoot as ShadowRoot;
  for (let i = 0; i < 100 && root.querySelector('.tile') === null; i++) await frames(1);
  const tiles = root.querySelectorAll('.tile').length;
  if (tiles === 0) {
    const grid = root.querySelector('.grid');
    throw new Error(`no tiles rendered: ${grid?.outerHTML}`);
  }
  const styled = getComputedStyle(root.querySelector('.tile') as Element).borderTopStyle;
  (root.querySelector('.tile') as HTMLElement).click();
  for (let i = 0; i < 100 && root.querySelector('#details-title') === null; i++) await frames(1);
  await frames(2);
  parent.postMessage(
    {
      type: 'ik-csp-report',
      tiles,
      styled,
      details: root.querySelector('#details-title')?.textContent ?? null,
      adopted: root.adoptedStyleSheets.length,
      violations,
    },
    '*',
  );
}

main().catch((error: unknown) => parent.postMessage({ type: 'ik-csp-report', error: String(error), violations }, '*'));
