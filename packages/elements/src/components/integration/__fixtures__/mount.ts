import type { OktaApp } from '@integrakit/core/client';
import { expect } from 'vitest';
import { referenceClient, referenceMetadata } from '../../../test-utils/reference-server.js';
import type { IkIntegration } from '../integration.js';
import '../define.js';

/** The element's shadow root. */
export const shadow = (element: IkIntegration): ShadowRoot => {
  if (element.shadowRoot === null) throw new Error('no shadow root');
  return element.shadowRoot;
};

/** The element matching `selector` in the shadow root. */
export function part<T extends Element = HTMLElement>(element: IkIntegration, selector: string): T {
  const found = shadow(element).querySelector<T>(selector);
  if (found === null) throw new Error(`${selector} is not rendered`);
  return found;
}

/** An `<ik-integration>` for `app` on the reference server at `url`, loaded. */
export async function mountIntegration(url: string, app: OktaApp, setup?: (element: IkIntegration) => void) {
  const element = document.createElement('ik-integration');
  element.client = referenceClient(url);
  element.fetchMetadata = referenceMetadata;
  element.appId = app.id;
  setup?.(element);
  document.body.append(element);
  await expect.poll(() => element.app?.id, { timeout: 20_000 }).toBe(app.id);
  await element.updateComplete;
  return element;
}

/** The status line's text. */
export const statusText = (element: IkIntegration) => part(element, '[part="status"]').textContent ?? '';

/** Opens a tab by clicking it, and waits for its lazily loaded content. */
export async function openTab(element: IkIntegration, tab: string): Promise<void> {
  part(element, `#tab-${tab}`).click();
  await element.updateComplete;
  await expect.poll(() => shadow(element).querySelector('[data-loading]')).toBeNull();
}
