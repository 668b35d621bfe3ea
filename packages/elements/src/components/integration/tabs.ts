import { html, type TemplateResult } from 'lit';
import type { IntegrationTab } from '../../events/integration-tab.js';
import type { Terms } from './view.js';

/** The tabs in the Admin Console's order. */
export const TABS: readonly IntegrationTab[] = ['general', 'sign-on', 'provisioning', 'assignments'];

/** The tab a key moves to from `current` (Left/Right swap under rtl; Home/End), or `undefined`. */
export function tabForKey(key: string, current: IntegrationTab, dir: 'ltr' | 'rtl'): IntegrationTab | undefined {
  const index = TABS.indexOf(current);
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward) return TABS[(index + 1) % TABS.length];
  if (key === back) return TABS[(index - 1 + TABS.length) % TABS.length];
  if (key === 'Home') return TABS[0];
  if (key === 'End') return TABS.at(-1);
  return undefined;
}

/**
 * The ARIA tablist with manual activation (APG): arrows move focus only, Enter/Space (a click)
 * opens, since a tab can hold unsaved edits that arrowing must not discard.
 */
export function renderTabs(
  selected: IntegrationTab,
  t: Terms,
  open: (tab: IntegrationTab) => void,
  onKey: (event: KeyboardEvent) => void,
): TemplateResult {
  return html`<div part="tabs" class="tabs" role="tablist" aria-label=${t.intTabs} @keydown=${onKey}>
    ${TABS.map(
      (tab) => html`<button
        type="button"
        role="tab"
        part="tab"
        id="tab-${tab}"
        data-tab=${tab}
        aria-controls="panel-${tab}"
        aria-selected=${tab === selected ? 'true' : 'false'}
        tabindex=${tab === selected ? 0 : -1}
        @click=${() => open(tab)}
      >
        ${t.intTab[tab]}
      </button>`,
    )}
  </div>`;
}

/** One tab panel; inactive panels stay as empty hidden shells so every `aria-controls` resolves. */
export function renderPanel(tab: IntegrationTab, selected: IntegrationTab, body: () => TemplateResult): TemplateResult {
  return html`<div
    role="tabpanel"
    part="panel"
    class="panel"
    id="panel-${tab}"
    aria-labelledby="tab-${tab}"
    tabindex="0"
    ?hidden=${tab !== selected}
  >
    ${tab === selected ? body() : ''}
  </div>`;
}
