import { userEvent } from 'vitest/browser';
import { shadow } from '../../add-integration/__fixtures__/mount.js';

/** Presses Tab until the focused element in `element`'s shadow root matches `selector` (at most 60 times). */
export async function tabTo(element: HTMLElement, selector: string): Promise<HTMLElement> {
  for (let i = 0; i < 60; i += 1) {
    const active = shadow(element).activeElement;
    if (active instanceof HTMLElement && active.matches(selector)) return active;
    await userEvent.tab();
  }
  throw new Error(`Tab never reached ${selector}`);
}
