import { vi } from 'vitest';
import { page } from 'vitest/browser';
import '../define.js';
import type { IkCatalog } from '../catalog.js';
import type { CatalogSource } from '../source.js';

/** Adds an `<ik-catalog>` to the page and waits for its first results. */
export async function mountCatalog(
  source: CatalogSource | undefined,
  setup: (element: IkCatalog) => void = () => {},
  parent: HTMLElement = document.body,
): Promise<IkCatalog> {
  // A desktop-sized frame, so the filters sit beside the grid and the grid starts in view.
  await page.viewport(1200, 900);
  const element = document.createElement('ik-catalog');
  element.source = source;
  setup(element);
  parent.append(element);
  await element.updateComplete;
  if (source !== undefined) await resultsShown(element);
  return element;
}

/** The element's shadow root. */
export function shadow(element: IkCatalog): ShadowRoot {
  if (element.shadowRoot === null) throw new Error('no shadow root');
  return element.shadowRoot;
}

/** One element of the shadow root, failing the test when it is missing. */
export function part<T extends Element = HTMLElement>(element: IkCatalog, selector: string): T {
  const found = shadow(element).querySelector<T>(selector);
  if (found === null) throw new Error(`no ${selector} in <ik-catalog>`);
  return found;
}

/** Waits until the grid or a message shows and nothing is loading. */
export async function resultsShown(element: IkCatalog): Promise<void> {
  await vi.waitFor(
    () => {
      const root = shadow(element);
      const results = root.querySelector('[part="results"]');
      if (results?.getAttribute('aria-busy') !== 'false') throw new Error('results pending');
      if (root.querySelector('.grid .tile:not(.placeholder), [part="message"]') === null)
        throw new Error('nothing rendered');
    },
    { timeout: 3000, interval: 10 },
  );
  await element.updateComplete;
}

/** Text a screen reader gets from `node`'s content: `aria-hidden` subtrees left out, spaces collapsed. */
export function accessibleText(node: Node): string {
  const collect = (current: Node): string => {
    if (current.nodeType === Node.TEXT_NODE) return current.textContent ?? '';
    if (current instanceof Element && current.getAttribute('aria-hidden') === 'true') return '';
    return [...current.childNodes].map(collect).join('');
  };
  return collect(node).replace(/\s+/g, ' ').trim();
}

/** Names of the suggestions shown, See All Results included, as their accessible text. */
export function optionTexts(element: IkCatalog): string[] {
  return [...shadow(element).querySelectorAll('[role="option"]')].map(accessibleText);
}

/** Waits until the suggestion list is open with at least one app suggestion. */
export async function suggestionsShown(element: IkCatalog): Promise<void> {
  await vi.waitFor(
    () => {
      if (shadow(element).querySelector('[role="option"]:not(.see-all)') === null) throw new Error('no suggestions');
    },
    { timeout: 3000, interval: 10 },
  );
}

/** Display names of the tiles currently rendered, in DOM order. */
export function tileNames(element: IkCatalog): string[] {
  return [...shadow(element).querySelectorAll('.tile-name')].map((name) => name.textContent?.trim() ?? '');
}
