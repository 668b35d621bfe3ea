// The page bench/add-integration.bench.mjs drives: <ik-add-integration> with Slack, timing user
// step changes (Next and Back between General Settings and Sign-On Options).
import { parseCatalogEntries } from '@integrakit/core/catalog';
import { exampleEntries } from '@integrakit/core/catalog-data';
import '../../src/components/add-integration/define.js';

const slack = parseCatalogEntries(exampleEntries).find((entry) => entry.name === 'slack');

/** Clicks `button` and resolves with the time until the wizard entered the next step (rendered, focused, laid out). */
function timeStepChange(element: HTMLElement, button: HTMLElement): Promise<number> {
  return new Promise((resolve) => {
    const start = performance.now();
    element.addEventListener(
      'ik-step-enter',
      () => {
        void element.offsetHeight;
        resolve(performance.now() - start);
      },
      { once: true },
    );
    button.click();
  });
}

declare global {
  interface Window {
    ikBench: { stepChanges(count: number): Promise<number[]> };
  }
}

window.ikBench = {
  async stepChanges(count) {
    const element = document.createElement('ik-add-integration');
    // No protocol modules: the two steps timed validate tenant settings only.
    element.protocols = {};
    element.entry = slack;
    document.getElementById('host')?.replaceChildren(element);
    await element.updateComplete;
    const input = element.shadowRoot?.getElementById('f-tenantSettings.subdomain') as HTMLInputElement;
    input.value = 'acme';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const times: number[] = [];
    for (let run = 0; run < count; run++) {
      const part = run % 2 === 0 ? 'next' : 'back';
      const button = element.shadowRoot?.querySelector<HTMLElement>(`[part="${part}"]`);
      if (button === null || button === undefined) throw new Error(`no ${part} button`);
      times.push(await timeStepChange(element, button));
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    }
    return times;
  },
};
