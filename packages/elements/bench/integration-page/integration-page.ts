// The page bench/integration.bench.ts drives, against the reference server (same origin: the bench
// forwards /api/ with its token): opening <ik-integration> on an app with 1,000 assignments, and the
// people picker of <ik-assignments> answering keystrokes over 10,000 people.
import { createClient } from '@integrakit/core/client';
import type { IkAssignments } from '../../src/components/assignments/assignments.js';
import type { IntegrationTab } from '../../src/events/integration-tab.js';
import '../../src/components/integration/define.js';

const client = createClient({ orgUrl: location.origin, session: true, maxRetries: 0, timeout: 30_000 });
const host = document.getElementById('host') as HTMLElement;

/**
 * Resolves once `ready()` holds, checked after each batch of DOM changes under the host, in every
 * shadow root (a MutationObserver, at the microtask after the change). Polling between tasks, as
 * this page did first, cost more main-thread time per open than the elements under test (about 139
 * ms at 4x) and competed with them. A 50 ms timer checks too, for a state reached without a DOM
 * change (a request's timing entry).
 */
function until(ready: () => boolean): Promise<void> {
  if (ready()) return Promise.resolve();
  return new Promise((resolve) => {
    const watched = new WeakSet<Node>();
    const options = { subtree: true, childList: true, attributes: true, characterData: true };
    const watch = (root: Node) => {
      if (!watched.has(root)) {
        watched.add(root);
        observer.observe(root, options);
      }
      for (const element of (root as ParentNode).querySelectorAll('*')) {
        if (element.shadowRoot !== null) watch(element.shadowRoot);
      }
    };
    const check = () => {
      if (!ready()) return false;
      observer.disconnect();
      clearInterval(timer);
      resolve();
      return true;
    };
    const observer = new MutationObserver(() => {
      if (!check()) watch(host);
    });
    const timer = setInterval(check, 50);
    watch(host);
  });
}

const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Milliseconds during which at least one /api/ request was in flight after `since`. */
function serverTime(since: number): number {
  const spans = performance
    .getEntriesByType('resource')
    .filter((entry) => entry.name.includes('/api/') && entry.startTime >= since)
    .map((entry) => [entry.startTime, (entry as PerformanceResourceTiming).responseEnd] as const)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -1;
  for (const [start, stop] of spans) {
    if (stop <= end) continue;
    total += stop - Math.max(start, end);
    end = stop;
  }
  return total;
}

const inShadow = (element: Element | null | undefined, selector: string) =>
  element?.shadowRoot?.querySelector(selector) ?? null;

/** What "rendered" means per tab: the tab's content in the DOM (for Assignments, the first person rows). */
const rendered: Record<'general' | 'assignments', (element: Element) => boolean> = {
  general: (element) => inShadow(element, '#general-edit') !== null,
  assignments: (element) => inShadow(inShadow(element, 'ik-assignments'), '[part="person"]') !== null,
};

declare global {
  interface Window {
    ikBench: {
      open(appId: string, tab: 'general' | 'assignments', count: number): Promise<{ total: number; server: number }[]>;
      keystrokes(appId: string, queries: readonly string[]): Promise<{ answer: number; keystroke: number }[]>;
    };
  }
}

window.ikBench = {
  async open(appId, tab, count) {
    const samples: { total: number; server: number }[] = [];
    for (let run = 0; run < count; run++) {
      performance.clearResourceTimings();
      const element = document.createElement('ik-integration');
      element.client = client;
      element.appId = appId;
      element.tab = tab as IntegrationTab;
      const start = performance.now();
      host.replaceChildren(element);
      await until(() => rendered[tab](element));
      void element.offsetHeight;
      samples.push({ total: performance.now() - start, server: serverTime(start) });
      await settle();
    }
    host.replaceChildren();
    return samples;
  },

  async keystrokes(appId, queries) {
    // Registered as <ik-integration> does when its Assignments tab opens.
    await import('../../src/components/assignments/define.js');
    const element = document.createElement('ik-assignments') as IkAssignments;
    element.client = client;
    element.appId = appId;
    host.replaceChildren(element);
    await until(() => inShadow(element, '[part="people"]') !== null);
    (inShadow(element, '[part="assign-people"]') as HTMLElement).click();
    await until(() => inShadow(element, '#people-input') !== null);
    const input = inShadow(element, '#people-input') as HTMLInputElement;
    const listbox = inShadow(element, '#people-listbox') as HTMLElement;
    const samples: { answer: number; keystroke: number }[] = [];
    for (const query of queries) {
      performance.clearResourceTimings();
      const typed = performance.now();
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      // The search for this text went out (after the picker's debounce) and its options are rendered.
      const sent = () =>
        performance
          .getEntriesByType('resource')
          .find(
            (entry) => entry.name.includes('/api/v1/users?') && new URL(entry.name).searchParams.get('q') === query,
          );
      await until(() => sent() !== undefined && listbox.getAttribute('aria-busy') === 'false');
      void element.offsetHeight;
      const end = performance.now();
      samples.push({ answer: end - (sent()?.startTime ?? typed), keystroke: end - typed });
      await settle();
    }
    host.replaceChildren();
    return samples;
  },
};
