import { vi } from 'vitest';
import { page } from 'vitest/browser';
import '../define.js';
import type { IkSystemLog } from '../system-log.js';

/** Adds an `<ik-system-log>` to the page and waits until its first load settles. */
export async function mountLog(
  setup: (element: IkSystemLog) => void,
  parent: HTMLElement = document.body,
): Promise<IkSystemLog> {
  await page.viewport(1000, 800);
  const element = document.createElement('ik-system-log');
  setup(element);
  parent.append(element);
  await settled(element);
  return element;
}

/** Waits until the element is not loading. */
export async function settled(element: IkSystemLog): Promise<void> {
  await vi.waitFor(() => {
    const root = element.shadowRoot;
    if (root?.querySelector('[part="events"][aria-busy="false"], [part="empty"], [part="error"]') == null)
      throw new Error('still loading');
  });
  await element.updateComplete;
}

/** One element of the shadow root, failing the test when it is missing. */
export function part<T extends HTMLElement = HTMLElement>(element: IkSystemLog, selector: string): T {
  const found = element.shadowRoot?.querySelector<T>(selector);
  if (found === null || found === undefined) throw new Error(`no ${selector} in <ik-system-log>`);
  return found;
}

/** The messages of the events shown, in order. */
export const messages = (element: IkSystemLog) =>
  [...(element.shadowRoot?.querySelectorAll('[part="event-toggle"] .message') ?? [])].map((node) => node.textContent);

/** The event types shown, in order. */
export const eventTypes = (element: IkSystemLog) =>
  [...(element.shadowRoot?.querySelectorAll<HTMLElement>('[part="event"]') ?? [])].map(
    (node) => node.dataset.eventType,
  );
