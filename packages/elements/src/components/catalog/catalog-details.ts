import { html, nothing, type TemplateResult } from 'lit';
import type { TaskState } from '../../controllers/latest-task.js';
import type { Translation } from '../../translations/en.js';
import { renderBadges, renderVerified } from './catalog-tile.js';
import { renderLogo } from './logo.js';
import { safeWebsite } from './safe.js';
import type { CatalogItem } from './source.js';

function list(values: readonly string[] | undefined, t: Translation): TemplateResult {
  const items = Array.isArray(values) ? values : [];
  if (items.length === 0) return html`${t.catalogNone}`;
  return html`<ul class="values">
    ${items.map((value) => html`<li>${value}</li>`)}
  </ul>`;
}

/** The facts of one entry and its **Add Integration** button. */
export function renderDetails(
  entry: CatalogItem,
  options: { t: Translation; onAdd: (entry: CatalogItem) => void },
): TemplateResult {
  const { t } = options;
  const website = safeWebsite(entry.website);
  const functionality = entry.functionality;
  return html`<header class="details-header">
      ${renderLogo(entry.logo, entry.displayName)}
      <div class="details-title-block">
        <h2 id="details-title" part="details-title" class="details-title" tabindex="-1">${entry.displayName}</h2>
        ${renderBadges(entry, t)}
      </div>
      ${renderVerified(entry, t)}
    </header>
    <p part="description" class="description">${entry.description}</p>
    <dl part="facts" class="facts">
      <div>
        <dt>${t.catalogUseCases}</dt>
        <dd>${list(entry.useCases, t)}</dd>
      </div>
      <div>
        <dt>${t.catalogSignOn}</dt>
        <dd>${list(functionality?.signOn, t)}</dd>
      </div>
      <div>
        <dt>${t.catalogProvisioningFeatures}</dt>
        <dd>${list(functionality?.provisioning, t)}</dd>
      </div>
      <div>
        <dt>${t.catalogApiService}</dt>
        <dd>${functionality?.apiService === true ? t.catalogYes : t.catalogNone}</dd>
      </div>
      <div>
        <dt>${t.catalogIndustries}</dt>
        <dd>${list(entry.industries, t)}</dd>
      </div>
      <div>
        <dt>${t.catalogVerification}</dt>
        <dd>${entry.verificationStatus === 'OKTA_VERIFIED' ? t.catalogVerified : t.catalogCommunity}</dd>
      </div>
      ${
        website === undefined
          ? nothing
          : html`<div>
            <dt>${t.catalogWebsite}</dt>
            <dd>
              <a part="website" href=${website} target="_blank" rel="noopener noreferrer nofollow">${website}</a>
            </dd>
          </div>`
      }
    </dl>
    <button part="add-button" class="primary" type="button" @click=${() => options.onAdd(entry)}>
      ${t.catalogAdd}
    </button>`;
}

/** What {@link renderDetailsView} shows and where its events go. */
export interface DetailsViewSpec {
  readonly state: TaskState;
  /** The entry; null when the source has none by that name, undefined while loading. */
  readonly entry: CatalogItem | null | undefined;
  readonly t: Translation;
  readonly onAdd: (entry: CatalogItem) => void;
  readonly onBack: () => void;
  readonly onKey: (event: KeyboardEvent) => void;
}

/** The details view: **Back to results**, then the entry's facts, or loading, not found or an error. */
export function renderDetailsView(spec: DetailsViewSpec): TemplateResult {
  const { t, entry } = spec;
  let body: TemplateResult;
  if (spec.state === 'error') {
    body = html`<p part="message" class="message error">${t.catalogError}</p>`;
  } else if (spec.state === 'pending' || entry === undefined) {
    body = html`<p part="message" class="message">${t.catalogLoading}</p>`;
  } else if (entry === null) {
    body = html`<p part="message" class="message">${t.catalogNotFound}</p>`;
  } else {
    body = renderDetails(entry, { t, onAdd: spec.onAdd });
  }
  return html`<section
    part="details"
    class="details"
    aria-labelledby=${entry ? 'details-title' : nothing}
    @keydown=${spec.onKey}
  >
    <button part="back" type="button" class="link back" @click=${spec.onBack}>${t.catalogBack}</button>
    ${body}
  </section>`;
}
