import type { CatalogEntry } from '@integrakit/core/catalog';
import { parseCatalogEntries } from '@integrakit/core/catalog';
import { exampleEntries } from '@integrakit/core/catalog-data';
import { defaultProtocols } from '@integrakit/core/protocols';
import { expect } from 'vitest';
import { page } from 'vitest/browser';
import '../define.js';
import type { IkAddIntegration } from '../add-integration.js';

/** Example catalog entries by key, parsed as a host would load them. */
export function exampleEntry(name: string): CatalogEntry {
  const entry = parseCatalogEntries(exampleEntries).find((item) => item.name === name);
  if (entry === undefined) throw new Error(`no example entry '${name}'`);
  return entry;
}

/** Adds an `<ik-add-integration>` for `entry` with every protocol module, and waits for its first step. */
export async function mountAdd(
  entry: CatalogEntry | undefined,
  setup: (element: IkAddIntegration) => void = () => {},
  width = 900,
): Promise<IkAddIntegration> {
  await page.viewport(width, 900);
  const element = document.createElement('ik-add-integration');
  element.protocols = defaultProtocols;
  element.entry = entry;
  setup(element);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

/** The element's shadow root. */
export function shadow(element: HTMLElement): ShadowRoot {
  if (element.shadowRoot === null) throw new Error('no shadow root');
  return element.shadowRoot;
}

/** One element of the shadow root, failing the test when it is missing. */
export function part<T extends Element = HTMLElement>(element: HTMLElement, selector: string): T {
  const found = shadow(element).querySelector<T>(selector);
  if (found === null) throw new Error(`${selector} not found`);
  return found;
}

/** The control for an issue path (`f-…` id). */
export function field<T extends Element = HTMLInputElement>(element: HTMLElement, id: string): T {
  const found = shadow(element).getElementById(id);
  if (found === null) throw new Error(`#${id} not found`);
  return found as unknown as T;
}

/** The focused element inside the shadow root, as its id. */
export function focusedId(element: HTMLElement): string | undefined {
  return shadow(element).activeElement?.id;
}

/** Waits for the step heading to read `text` and hold focus, and for the step's lazily loaded form. */
export async function expectStep(element: HTMLElement, text: string): Promise<void> {
  await expect.poll(() => part(element, '#step-heading').textContent?.trim()).toBe(text);
  await expect.poll(() => focusedId(element)).toBe('step-heading');
  await expect.poll(() => shadow(element).querySelector('[data-loading]')).toBeNull();
}

/** The error summary's link texts. */
export function summaryLinks(element: HTMLElement): string[] {
  return [...shadow(element).querySelectorAll('#error-summary a')].map((link) => link.textContent?.trim() ?? '');
}
