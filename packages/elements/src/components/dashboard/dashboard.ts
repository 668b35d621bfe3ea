import type { AppLink, AppLinksApi } from '@integrakit/core/client';
import { html, LitElement, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { LatestTask } from '../../controllers/latest-task.js';
import { LocalizeController } from '../../controllers/localize.js';
import { baseStyles } from '../../styles/tokens.js';
import { dashboardStyles } from './dashboard.styles.js';
import { type DashboardTerms, dashboardTerms } from './terms.js';
import { type Tile, visibleTiles } from './tiles.js';

/** What the dashboard needs of core's client: `client.appLinks`, or anything with the same call. */
export interface DashboardClient {
  readonly appLinks: Pick<AppLinksApi, 'list'>;
}

/**
 * A person's End-User Dashboard: their assigned apps as tiles (logo and label), hidden ones left
 * out as the apps' visibility settings say. Each tile is a link to the app's launch URL (the
 * AppLink's `linkUrl`), which signs the person in the app's way: SAML IdP-initiated, OIDC
 * initiate-login, SWA, or the bookmark. Give it `client` and `user-id` to load
 * `GET /api/v1/users/{userId}/appLinks`, or set `links` directly.
 *
 * @summary A person's assigned apps as launchable tiles.
 * @csspart heading - The **My Apps** heading (left out with `no-heading`).
 * @csspart tiles - The list of tiles.
 * @csspart tile - One app: a link, or plain text when its launch URL is unusable.
 * @csspart logo - The app's logo image.
 * @csspart monogram - The label's first letter, drawn when the app has no usable logo.
 * @csspart label - The app's label.
 * @csspart status - Loading and failure messages.
 * @csspart empty - The message shown when no app is assigned.
 * @cssproperty --ik-dashboard-tile-size - Smallest width of a tile. @default 8.5rem
 * @cssproperty --ik-dashboard-tile-background - Background of a tile.
 */
export class IkDashboard extends LitElement {
  static override styles = [baseStyles, dashboardStyles];

  static override properties = {
    links: { attribute: false },
    client: { attribute: false },
    userId: { type: String, attribute: 'user-id', reflect: true },
    target: { type: String, reflect: true },
    noHeading: { type: Boolean, attribute: 'no-heading', reflect: true },
  };

  /** App links to show when there is no `client` (e.g. the host fetched them). */
  declare links: readonly AppLink[] | undefined;
  /** Where app links come from: core's client (`client.appLinks`). */
  declare client: DashboardClient | undefined;
  /** The person whose apps to load from `client`. */
  declare userId: string;
  /** Browsing context the tiles open apps in, as `<a target>` (e.g. `_blank`). @default '' (this page) */
  declare target: string;
  /**
   * Leaves out the element's own **My Apps** heading, for a host page whose heading already names
   * it; the section and the tile list keep that name for assistive technology. @default false
   */
  declare noHeading: boolean;

  readonly #localize = new LocalizeController(this);
  readonly #load = new LatestTask(
    this,
    async ([client, userId], signal) => {
      if (client === undefined || userId === '') return undefined;
      return client.appLinks.list(userId, { signal });
    },
    () => [this.client, this.userId] as const,
  );

  constructor() {
    super();
    this.links = undefined;
    this.client = undefined;
    this.userId = '';
    this.target = '';
    this.noHeading = false;
  }

  override render() {
    const t = dashboardTerms(this.#localize.term());
    const remote = this.client !== undefined;
    const links = remote ? this.#load.value : this.links;
    const state = this.#load.state;
    // Without its heading, the section and the list are named by label rather than by reference.
    const named = this.noHeading ? t.dashboardHeading : nothing;
    return html`<section aria-labelledby=${this.noHeading ? nothing : 'heading'} aria-label=${named}>
      ${this.noHeading ? nothing : html`<h2 id="heading" part="heading">${t.dashboardHeading}</h2>`}
      ${
        remote && state === 'pending' && links === undefined
          ? html`<p part="status" class="status" role="status">${t.dashboardLoading}</p>`
          : nothing
      }
      ${
        remote && state === 'error'
          ? html`<div part="status" role="alert">
              <p>${t.dashboardFailed}</p>
              <button type="button" @click=${() => this.#load.run()}>${t.dashboardRetry}</button>
            </div>`
          : nothing
      }
      ${links === undefined ? nothing : this.#renderTiles(links, t)}
    </section>`;
  }

  #renderTiles(links: readonly AppLink[], t: DashboardTerms) {
    const { tiles, total } = visibleTiles(links);
    if (tiles.length === 0) return html`<p part="empty" class="status">${t.dashboardEmpty}</p>`;
    return html`<ul part="tiles" class="tiles" aria-labelledby=${this.noHeading ? nothing : 'heading'}
        aria-label=${this.noHeading ? t.dashboardHeading : nothing}>
        ${repeat(
          tiles,
          (tile) => tile.key,
          (tile) => html`<li>${this.#renderTile(tile, t)}</li>`,
        )}
      </ul>
      ${total > tiles.length ? html`<p class="note status">${t.dashboardMore(tiles.length, total)}</p>` : nothing}`;
  }

  #renderTile(tile: Tile, t: DashboardTerms) {
    const face = html`${
      tile.logo === undefined
        ? html`<span part="monogram" class="monogram" aria-hidden="true">${tile.monogram}</span>`
        : html`<img part="logo" class="logo" src=${tile.logo} alt="" loading="lazy" />`
    }<span part="label" class="label">${tile.label}</span>`;
    if (tile.href === undefined) {
      return html`<span part="tile" class="tile unavailable"
        >${face}<span class="note">${t.dashboardUnavailable}</span></span
      >`;
    }
    return html`<a part="tile" class="tile" href=${tile.href} target=${this.target || nothing}
      rel=${this.target === '' || this.target === '_self' ? nothing : 'noopener'}>${face}</a>`;
  }
}
