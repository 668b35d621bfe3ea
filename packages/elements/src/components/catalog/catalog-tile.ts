import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../../translations/en.js';
import { highlight } from './highlight.js';
import { renderLogo } from './logo.js';
import type { CatalogHit, CatalogItem } from './source.js';

/** Sign-on protocol and provisioning badges shared by tiles and details. */
export function renderBadges(entry: CatalogItem, t: Translation): TemplateResult {
  const signOn = Array.isArray(entry.functionality?.signOn) ? entry.functionality.signOn : [];
  const provisioning = Array.isArray(entry.functionality?.provisioning) ? entry.functionality.provisioning : [];
  return html`<span part="badges" class="badges">
    ${signOn.map((protocol) => html`<span part="badge" class="badge">${protocol}</span>`)}
    ${provisioning.length > 0 ? html`<span part="badge" class="badge provisioning">${t.catalogProvisioning}</span>` : nothing}
  </span>`;
}

/** The verified mark, with its meaning as text for assistive technology. */
export function renderVerified(entry: CatalogItem, t: Translation): TemplateResult | typeof nothing {
  if (entry.verificationStatus !== 'OKTA_VERIFIED') return nothing;
  return html`<span part="verified" class="verified"
    ><svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"
      ><circle cx="8" cy="8" r="8" fill="currentColor"></circle><path d="M4.5 8.2l2.3 2.3 4.7-4.8" stroke="#fff" stroke-width="1.6" fill="none"></path></svg
    ><span class="visually-hidden">${t.catalogVerified}</span></span
  >`;
}

/** One tile of the result grid: a button whose accessible name starts with the app name. */
export function renderTile(
  hit: CatalogHit,
  index: number,
  options: { focused: boolean; t: Translation; onOpen: (entry: CatalogItem, index: number) => void },
): TemplateResult {
  const { entry } = hit;
  return html`<button
    part="tile"
    class="tile"
    type="button"
    data-index=${index}
    tabindex=${options.focused ? '0' : '-1'}
    @click=${() => options.onOpen(entry, index)}
  >
    ${renderLogo(entry.logo, entry.displayName)}
    <span class="tile-text">
      <span part="tile-name" class="tile-name" dir="auto">${highlight(String(entry.displayName), hit.nameMatches)}</span>
      ${renderBadges(entry, options.t)}
    </span>
    ${renderVerified(entry, options.t)}
  </button>`;
}
