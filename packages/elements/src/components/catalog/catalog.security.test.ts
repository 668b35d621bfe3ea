import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectAccessible } from '../../test-utils/axe.js';
import { testSource } from './__fixtures__/apps.js';
import { createCatalog } from './__fixtures__/catalog-data.js';
import { hostileEntries, payloads } from './__fixtures__/hostile.js';
import { mountCatalog, part, resultsShown, shadow, suggestionsShown } from './__fixtures__/mount.js';
import { remoteCatalogSource } from './remote-source.js';

afterEach(() => {
  document.body.replaceChildren();
  for (const style of document.head.querySelectorAll('style[data-hostile]')) style.remove();
});

/** A server answering from a catalog of hostile entries, through the JSON wire like a real one. */
function hostileServer() {
  const catalog = createCatalog(
    hostileEntries().map((entry) => ({ ...entry, aliases: [], categories: [], popularity: 1 })) as never,
  );
  return remoteCatalogSource(async (path, params) => {
    const filters = {};
    const body =
      path === 'catalog/suggest'
        ? { hits: catalog.suggest(params.get('q') ?? '', { limit: Number(params.get('limit')), filters }) }
        : path === 'catalog/search'
          ? catalog.search(params.get('q') ?? '', {
              page: Number(params.get('page')),
              pageSize: Number(params.get('pageSize')),
              filters,
            })
          : catalog.get(decodeURIComponent(path.split('/').at(-1) ?? ''));
    return JSON.parse(JSON.stringify(body ?? null));
  });
}

function expectInert(root: ShadowRoot): void {
  const elements = [...root.querySelectorAll('*')];
  const handlers = elements.flatMap((element) =>
    [...element.attributes].filter((attribute) => attribute.name.startsWith('on')),
  );
  expect(handlers.map((attribute) => attribute.name)).toEqual([]);
  expect(root.querySelectorAll('script, iframe, object, embed, style, foreignObject')).toHaveLength(0);
  for (const link of root.querySelectorAll('a[href]')) expect(link.getAttribute('href')).toMatch(/^https:\/\//);
  for (const image of root.querySelectorAll('img[src]'))
    expect(image.getAttribute('src')).toMatch(/^(https:|data:image\/)/);
  for (const element of elements) expect(element.hasAttribute('style') && !element.closest('.grid')).toBe(false);
  expect(window.__ikXss ?? 0).toBe(0);
}

const ACTIVE = /^(script|iframe|object|embed|style|foreignobject)$/;

/**
 * Records every element with an event-handler attribute, or of an active kind, that ever enters `root`, even
 * for a moment: what could run a payload later is caught when it appears, so no test has to wait and see.
 */
function watchInjections(root: ShadowRoot): () => string[] {
  const found: string[] = [];
  const inspect = (element: Element) => {
    if (ACTIVE.test(element.localName)) found.push(element.localName);
    for (const attribute of element.attributes) {
      if (attribute.name.startsWith('on')) found.push(`${element.localName}[${attribute.name}]`);
    }
  };
  const record = (records: MutationRecord[]) => {
    for (const change of records) {
      if (change.type === 'attributes' && change.target instanceof Element) inspect(change.target);
      for (const node of change.addedNodes) {
        if (node instanceof Element) for (const element of [node, ...node.querySelectorAll('*')]) inspect(element);
      }
    }
  };
  const observer = new MutationObserver(record);
  observer.observe(root, { subtree: true, childList: true, attributes: true });
  return () => {
    record(observer.takeRecords());
    observer.disconnect();
    return found;
  };
}

describe('<ik-catalog> with untrusted data', () => {
  it('renders payloads in every field as text, never as markup, attributes or links', async () => {
    window.__ikXss = 0;
    const catalog = await mountCatalog(hostileServer());
    const root = shadow(catalog);
    const injected = watchInjections(root);
    expect(root.querySelectorAll('.tile')).toHaveLength(payloads.length);
    for (const payload of payloads) expect(root.textContent).toContain(payload);
    expectInert(root);
    await expectAccessible(catalog);

    await userEvent.type(part(catalog, '#input'), 'evil');
    await suggestionsShown(catalog);
    expectInert(root);

    for (let index = 0; index < payloads.length; index++) {
      catalog.selected = `hostile_${index}`;
      await expect
        .poll(() => root.querySelector('#details-title')?.textContent)
        .toBe(`Evil${index} ${payloads[index]}`);
      expect(root.querySelector('[part="description"]')?.textContent).toBe(`Description ${payloads[index]}`);
      // javascript: and data: websites are not links at all.
      expect(root.querySelector('[part="website"]')).toBeNull();
      expectInert(root);
    }
    expect(injected()).toEqual([]);
    expect(window.__ikXss ?? 0).toBe(0);
  });

  it('drops malformed server hits instead of rendering them', async () => {
    const source = remoteCatalogSource(async () => ({
      total: 3,
      hits: [
        { entry: { name: 'x', displayName: 7 } },
        'nonsense',
        { entry: hostileEntries()[0], matches: [{ field: 'displayName', ranges: [[0, 4]] }] },
      ],
      facets: {
        useCases: [
          { value: 'A', count: -1 },
          { value: 'B', count: 2 },
        ],
        industries: 'no',
      },
    }));
    const page = await source.search('', { filters: {}, page: 0, pageSize: 10, signal: new AbortController().signal });
    expect(page.hits.map((hit) => hit.entry.name)).toEqual(['hostile_0']);
    expect(page.hits[0]?.nameMatches).toEqual([{ start: 0, end: 4 }]);
    expect(page.facets).toEqual({ useCases: [{ value: 'B', count: 2 }], functionality: [], industries: [] });
  });
});

describe('<ik-catalog> on a hostile page', () => {
  it('keeps its look under aggressive global CSS and leaks none of its own', async () => {
    const probe = document.createElement('button');
    probe.className = 'primary tile';
    document.body.append(probe);

    const style = document.createElement('style');
    style.dataset.hostile = '';
    style.textContent = `
      body, body * { font-size: 40px !important; letter-spacing: 12px !important; line-height: 6 !important;
          text-transform: uppercase !important; visibility: visible; color: red !important; }
      button, input, div, span, section, fieldset, label, mark, svg, ul, li, h2, p { display: none !important; }
      [role="grid"], [part], .tile, .grid, #input, .listbox { display: none !important; background: red !important; }
    `;
    document.head.append(style);
    const before = [getComputedStyle(probe).backgroundColor, getComputedStyle(probe).borderTopStyle];
    const catalog = await mountCatalog(testSource());
    const tileName = part(catalog, '.tile-name');
    expect(getComputedStyle(tileName).fontSize).toBe('14px');
    expect(getComputedStyle(tileName).letterSpacing).toBe('normal');
    expect(getComputedStyle(tileName).textTransform).toBe('none');
    expect(getComputedStyle(tileName).color).not.toBe('rgb(255, 0, 0)');
    const tile = part(catalog, '.tile').getBoundingClientRect();
    expect(tile.width).toBeGreaterThan(100);
    expect(part(catalog, '#input').getBoundingClientRect().height).toBeGreaterThan(10);
    await userEvent.type(part(catalog, '#input'), 'sla{Enter}');
    await resultsShown(catalog);
    expect(part(catalog, '.tile-name').textContent).toBe('Slack');
    expect([getComputedStyle(probe).backgroundColor, getComputedStyle(probe).borderTopStyle]).toEqual(before);
  });
});

describe('<ik-catalog> under a strict Content-Security-Policy', () => {
  it("works with default-src 'self' and no unsafe-inline or unsafe-eval", async () => {
    const frame = document.createElement('iframe');
    const page = new URL('./__fixtures__/csp-page.ts', import.meta.url).href;
    const report = new Promise<Record<string, unknown>>((resolve) => {
      window.addEventListener('message', function listen(event: MessageEvent) {
        if (event.data?.type !== 'ik-csp-report') return;
        window.removeEventListener('message', listen);
        resolve(event.data);
      });
    });
    frame.srcdoc = `<!doctype html><html><head>
      <meta http-equiv="Content-Security-Policy" content="default-src 'self'; base-uri 'none'; object-src 'none'">
      </head><body><script type="module" src="${page}"></script></body></html>`;
    frame.width = '900';
    frame.height = '700';
    document.body.append(frame);
    const result = await report;
    expect(result.error).toBeUndefined();
    expect(result.violations).toEqual([]);
    expect(result.tiles).toBeGreaterThan(0);
    expect(result.styled).toBe('solid');
    expect(result.adopted).toBeGreaterThan(0);
    expect(result.details).toBe('Salesforce');
    // The policy really is enforced in that frame: an inline script is refused.
    const doc = frame.contentDocument as Document;
    const blocked = new Promise<string>((resolve) =>
      doc.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), { once: true }),
    );
    const inline = doc.createElement('script');
    inline.textContent = 'window.__ikXss = 99';
    doc.body.append(inline);
    expect(await blocked).toMatch(/^script-src/);
    expect(window.__ikXss ?? 0).not.toBe(99);
  });
});
