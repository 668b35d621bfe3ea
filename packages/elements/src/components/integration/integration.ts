import type { OktaApp, Versioned } from '@integrakit/core/client';
import type { Issue } from '@integrakit/core/flows';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { LocalizeController } from '../../controllers/localize.js';
import { IkIntegrationChangeEvent, type IntegrationChange } from '../../events/integration-change.js';
import { IkIntegrationDeletedEvent } from '../../events/integration-deleted.js';
import { IkIntegrationLoadedEvent } from '../../events/integration-loaded.js';
import { IkIntegrationTabEvent, type IntegrationTab } from '../../events/integration-tab.js';
import { IkIntegrationTestSignInEvent } from '../../events/integration-test-sign-in.js';
import { IkIntegrationUpdatedEvent } from '../../events/integration-updated.js';
import type { MetadataFetcher } from '../../internal/saml-setup/load.js';
import type { SamlSetupState } from '../../internal/saml-setup/saml-setup.js';
import { samlSetupStyles } from '../../internal/saml-setup/saml-setup.styles.js';
import { serverIssues } from '../../internal/wizard/server-issues.js';
import { wizardStyles } from '../../internal/wizard/wizard.styles.js';
import { controlStyles } from '../../styles/controls.js';
import { baseStyles } from '../../styles/tokens.js';
import { withIntegrationTerms } from '../../translations/integration-terms.js';
import { DEFAULT_PAGE_SIZE, type HandedLists, handLists } from '../assignments/lists-read.js';
import { generalValues, withGeneralValues } from './app-fields.js';
import { generalPath, renderGeneralTab } from './general-tab.js';
import { renderDeleteDialog, renderHeader } from './header.js';
import { integrationStyles } from './integration.styles.js';
import { renderPanel, renderTabs, TABS, tabForKey } from './tabs.js';
import type { CertificatesState, GeneralState, GeneralValues, IntegrationClient, Terms } from './view.js';

export type { IntegrationClient } from './view.js';

type LaterTabs = typeof import('./later-tabs.js');

type LoadState =
  | { readonly status: 'idle' | 'loading' | 'deleted' }
  | { readonly status: 'error'; readonly notFound: boolean }
  | { readonly status: 'done'; readonly app: Versioned<OktaApp> };

// Guards by the error's name and fields, so the client module (ky, zod) stays out of this bundle.
const apiError = (error: unknown): { status?: number; name?: string; errorSummary?: string } | undefined =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ERR_API'
    ? (error as { status?: number; name?: string; errorSummary?: string })
    : undefined;

/**
 * One app integration's own page, in tabs: the header (logo, label, sign-on mode, status with
 * **Activate** / **Deactivate**, **Delete** while inactive, the app id), **General** (settings
 * edited in place, saved with the version read so a stale save shows a conflict), **Sign On** (the
 * protocol's setup values and the signing certificates: current and next, expiry warnings,
 * generate and activate), **Provisioning**, and **Assignments** (`<ik-assignments>`, handed the
 * app; opened on that tab, the page reads its people and groups with the app and renders once, with
 * them). Talks to the server only through `client` (core's API client); every rule lives in core
 * and the server.
 *
 * @summary An app integration's page: General, Sign On, Provisioning and Assignments tabs.
 * @slot actions - Host buttons in the header, e.g. **View Logs**.
 * @csspart header - The header.
 * @csspart logo - The logo (or its initial).
 * @csspart label - The app label (a heading at `heading-level`).
 * @csspart facts - The sign-on mode, status and app id.
 * @csspart status-badge - The Active / Inactive badge.
 * @csspart app-id - The app id.
 * @csspart copy - A copy button.
 * @csspart actions - The header's buttons.
 * @csspart lifecycle - **Activate** or **Deactivate**.
 * @csspart delete - **Delete** (only while inactive).
 * @csspart test-sign-in - **Test sign-in** (with `test-sign-in`, only while active).
 * @csspart delete-confirm - The Delete confirmation dialog.
 * @csspart confirm-delete - The dialog's **Delete**.
 * @csspart cancel-delete - The dialog's **Cancel**.
 * @csspart tabs - The tab list.
 * @csspart tab - One tab.
 * @csspart panel - One tab panel.
 * @csspart section - A titled group of settings.
 * @csspart section-title - Its title.
 * @csspart settings - A read-only list of settings.
 * @csspart edit - **Edit** on General.
 * @csspart form - The General form.
 * @csspart field - One field.
 * @csspart label - A field label.
 * @csspart input - A text input.
 * @csspart error - A field error.
 * @csspart error-summary - The problems of a refused save.
 * @csspart conflict - The notice that someone else saved first.
 * @csspart reload - **Reload the latest settings**.
 * @csspart save - **Save**.
 * @csspart cancel - **Cancel** of the General form.
 * @csspart saml-setup - The SAML setup instructions.
 * @csspart client - The OIDC client id and authentication.
 * @csspart client-id - The OIDC client id.
 * @csspart secret-note - Why the client secret is not shown.
 * @csspart metadata-link - The WS-Fed federation metadata link.
 * @csspart certificates - The signing certificates table.
 * @csspart signing-certificate - One signing certificate row.
 * @csspart certificate - The PEM certificate of the SAML setup instructions.
 * @csspart expiry-warning - A certificate's expiry warning.
 * @csspart activate-key - **Activate** of the next certificate.
 * @csspart select - The validity select.
 * @csspart generate - **Generate new certificate**.
 * @csspart features - The enabled provisioning actions.
 * @csspart provisioning-off - The notice that provisioning is off.
 * @csspart status - The status line.
 * @cssproperty --ik-integration-max-width - Widest the page grows. @default 64rem
 * @event ik-integration-loaded - The app loaded; `detail.app`.
 * @event ik-integration-tab - The user opened a tab; `detail.tab`.
 * @event ik-integration-change - Before a change is sent; `detail: { appId, change }`. Cancelable: nothing is sent.
 * @event ik-integration-updated - The server saved a change; `detail.app`.
 * @event ik-integration-deleted - The server deleted the app; `detail.appId`.
 * @event ik-integration-test-sign-in - The user clicked **Test sign-in**; `detail.app`. The host runs the test.
 */
export class IkIntegration extends LitElement {
  static override styles = [baseStyles, controlStyles, wizardStyles, samlSetupStyles, integrationStyles];

  static override properties = {
    client: { attribute: false },
    appId: { type: String, attribute: 'app-id' },
    tab: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    testSignIn: { type: Boolean, attribute: 'test-sign-in' },
    fetchMetadata: { attribute: false },
    now: { attribute: false },
    lang: { type: String, reflect: true },
    dir: { type: String, reflect: true },
    _load: { state: true },
    _busy: { state: true },
    _general: { state: true },
    _certificates: { state: true },
    _setup: { state: true },
    _laterTabs: { state: true },
    _validity: { state: true },
  };

  /** Core's API client (`createClient`), or any object with its `apps`, `appKeys`, `appUsers`, `appGroups` and `assignments`. */
  declare client: IntegrationClient | undefined;
  /** The app to show. */
  declare appId: string;
  /** The open tab. @default 'general' */
  declare tab: IntegrationTab;
  /** The heading level of the app label. @default 2 */
  declare headingLevel: number;
  /**
   * Shows **Test sign-in** in the header while the app is active; a click fires
   * `ik-integration-test-sign-in` and the host runs the test (the element never does). @default false
   */
  declare testSignIn: boolean;
  /** Fetches the SAML IdP metadata; unset, a same-origin `GET` with the session cookie. */
  declare fetchMetadata: MetadataFetcher | undefined;
  /** The time certificate expiry warnings are computed at; unset, the current time. */
  declare now: Date | undefined;
  declare _load: LoadState;
  declare _busy: boolean;
  declare _general: GeneralState;
  declare _certificates: CertificatesState;
  declare _setup: SamlSetupState | undefined;
  declare _laterTabs: LaterTabs | undefined;
  declare _validity: number;

  readonly #localize = new LocalizeController(this);
  #loads: AbortController | undefined;
  #laterTabsImport: Promise<LaterTabs | undefined> | undefined;
  /** The Assignments tab's lists, read with the app when the page opens on that tab; handed down once. */
  #handedLists: HandedLists | undefined;
  #focus: string | undefined;

  constructor() {
    super();
    this.client = undefined;
    this.appId = '';
    this.tab = 'general';
    this.headingLevel = 2;
    this.testSignIn = false;
    this.fetchMetadata = undefined;
    this.now = undefined;
    this._load = { status: 'idle' };
    this._busy = false;
    this._general = { mode: 'read' };
    this._certificates = { status: 'loading' };
    this._setup = undefined;
    this._laterTabs = undefined;
    this._validity = 10;
  }

  /** The app as last read from the server. */
  get app(): OktaApp | undefined {
    return this._load.status === 'done' ? this._load.app.value : undefined;
  }

  /** Reads the app again (and the open tab's data), discarding unsaved edits. */
  reload(): Promise<void> {
    return this.#loadApp();
  }

  /** Activates the app (`POST …/lifecycle/activate`). */
  activate(): Promise<void> {
    return this.#lifecycle('activate');
  }

  /** Deactivates the app (`POST …/lifecycle/deactivate`). */
  deactivate(): Promise<void> {
    return this.#lifecycle('deactivate');
  }

  /** Deletes the app without asking; the server refuses an active app (deactivate first). */
  async delete(): Promise<void> {
    const app = this.app;
    if (app === undefined || this.client === undefined || !this.#allowed({ action: 'delete' })) return;
    await this.#run(async (client) => {
      await client.apps.delete(app.id);
      this._load = { status: 'deleted' };
      this.dispatchEvent(new IkIntegrationDeletedEvent(app.id));
    });
  }

  #terms(): Terms {
    return withIntegrationTerms(this.#localize.term());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A tab's code loads while the app is read, not after. The Assignments tab needs only
    // `<ik-assignments>`: importing the Sign On and Provisioning module there cost an extra update.
    if (changed.has('tab') && (this.tab === 'sign-on' || this.tab === 'provisioning')) void this.#importLaterTabs();
    if (changed.has('tab') && this.tab === 'assignments') void this.#loadAssignments();
    if (changed.has('client') || changed.has('appId')) void this.#loadApp();
    else if (changed.has('tab')) this.#loadTab();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.#focus === undefined ? null : this.shadowRoot?.getElementById(this.#focus);
    if (target) {
      this.#focus = undefined;
      target.focus();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#loads?.abort();
  }

  async #loadApp(): Promise<void> {
    const client = this.client;
    this.#loads?.abort();
    if (client === undefined || this.appId === '') {
      this._load = { status: 'idle' };
      return;
    }
    const loads = new AbortController();
    this.#loads = loads;
    this._load = { status: 'loading' };
    this._general = { mode: 'read' };
    const read = client.apps.read(this.appId, { signal: loads.signal });
    // Opening on Assignments: its lists are read with the app, not after the tab renders, and the
    // page renders once with them (one update, style and layout) rather than in two steps.
    const lists =
      this.tab === 'assignments' ? handLists(client, this.appId, DEFAULT_PAGE_SIZE, loads.signal) : undefined;
    try {
      const app = await read;
      const handed = await lists;
      if (loads.signal.aborted) return;
      // Only while still on the tab: opened later, it reads afresh.
      this.#handedLists = this.tab === 'assignments' ? handed : undefined;
      this._load = { status: 'done', app };
      this.dispatchEvent(new IkIntegrationLoadedEvent(app.value));
      this.#loadTab();
    } catch (error) {
      if (loads.signal.aborted) return;
      this._load = { status: 'error', notFound: apiError(error)?.status === 404 };
    }
  }

  /** Loads what the open tab shows beyond the app itself. */
  #loadTab(): void {
    if (this.tab === 'sign-on') {
      void this.#loadCertificates();
      void this.#loadSetup();
    }
  }

  /** The Sign On and Provisioning tabs' module, imported once; `undefined` (said in the status line) when it failed. */
  #importLaterTabs(): Promise<LaterTabs | undefined> {
    this.#laterTabsImport ??= import('./later-tabs.js').then(
      (tabs) => {
        this._laterTabs = tabs;
        return tabs;
      },
      () => {
        // Opening the tab again tries again.
        this.#laterTabsImport = undefined;
        this.#say(this.#terms().intLoadFailed, true);
        return undefined;
      },
    );
    return this.#laterTabsImport;
  }

  /** Registers `<ik-assignments>` when its tab opens, so the assignment rules stay out of the page's first load. */
  async #loadAssignments(): Promise<void> {
    try {
      await import('../assignments/define.js');
    } catch {
      this.#say(this.#terms().intLoadFailed, true);
    }
  }

  async #loadCertificates(): Promise<void> {
    const app = this.app;
    const client = this.client;
    if (app === undefined || client === undefined || typeof app.credentials?.signing !== 'object') return;
    const signal = this.#loads?.signal;
    this._certificates = { status: 'loading' };
    try {
      const certificates = await client.appKeys.certificates(app, {
        ...(signal === undefined ? {} : { signal }),
        ...(this.now === undefined ? {} : { now: this.now }),
      });
      if (!signal?.aborted) this._certificates = { status: 'done', certificates };
    } catch {
      if (!signal?.aborted) this._certificates = { status: 'error' };
    }
  }

  /** The SAML setup instructions from the IdP metadata (XML and WebCrypto code load lazily). */
  async #loadSetup(): Promise<void> {
    const app = this.app;
    const href = app === undefined ? undefined : this.client?.appKeys.metadataUrl(app);
    if (app?.signOnMode !== 'SAML_2_0' || href === undefined) return;
    const signal = this.#loads?.signal ?? new AbortController().signal;
    this._setup = { status: 'loading' };
    const tabs = await this.#importLaterTabs();
    if (tabs === undefined) return;
    const state = await tabs.samlSetupState(href, this.fetchMetadata, signal, this.#terms());
    if (state !== undefined) this._setup = state;
  }

  /** Fires the cancelable change event; says so when the host vetoed it. */
  #allowed(change: IntegrationChange): boolean {
    const allowed = this.dispatchEvent(new IkIntegrationChangeEvent(this.appId, change));
    if (!allowed) this.#say(this.#terms().intVetoed);
    return allowed;
  }

  /** Runs one server call at a time, putting a refusal in the status line. */
  async #run(call: (client: IntegrationClient) => Promise<void>): Promise<boolean> {
    const client = this.client;
    if (client === undefined || this._busy) return false;
    this._busy = true;
    try {
      await call(client);
      return true;
    } catch (error) {
      const refused = apiError(error);
      this.#say(this.#terms().intFailed(refused?.errorSummary ?? String((error as Error).message)), true);
      return false;
    } finally {
      this._busy = false;
    }
  }

  async #lifecycle(action: 'activate' | 'deactivate'): Promise<void> {
    const app = this.app;
    if (app === undefined || !this.#allowed({ action })) return;
    const t = this.#terms();
    await this.#run(async (client) => {
      await client.apps[action](app.id);
      await this.#saved(await client.apps.read(app.id));
      this.#say(action === 'activate' ? t.intActivated : t.intDeactivated);
      this.#focus = 'lifecycle';
    });
  }

  async #saved(app: Versioned<OktaApp>): Promise<void> {
    this._load = { status: 'done', app };
    this.dispatchEvent(new IkIntegrationUpdatedEvent(app.value));
  }

  #askDelete(): void {
    this.shadowRoot?.querySelector<HTMLDialogElement>('#delete-confirm')?.showModal();
  }

  #closeDelete(): void {
    this.shadowRoot?.querySelector<HTMLDialogElement>('#delete-confirm')?.close();
  }

  async #copy(value: string, what: string): Promise<void> {
    const t = this.#terms();
    try {
      await navigator.clipboard.writeText(value);
      this.#say(t.intCopied(what));
    } catch {
      this.#say(t.intCopyFailed, true);
    }
  }

  #say(text: string, error = false): void {
    const status = this.shadowRoot?.querySelector('[part="status"]');
    if (!status) return;
    status.textContent = text;
    status.classList.toggle('error-line', error);
  }

  #openTab(tab: IntegrationTab): void {
    if (tab === this.tab) return;
    this.tab = tab;
    this.dispatchEvent(new IkIntegrationTabEvent(tab));
  }

  #tabKey(event: KeyboardEvent): void {
    const current = (event.target as HTMLElement).dataset.tab as IntegrationTab | undefined;
    const next = current === undefined ? undefined : tabForKey(event.key, current, this.#localize.dir());
    if (next === undefined) return;
    event.preventDefault();
    this.shadowRoot?.getElementById(`tab-${next}`)?.focus();
  }

  // General tab: edit in place, save against the version read.
  #edit(): void {
    const app = this.app;
    if (app === undefined) return;
    this._general = { mode: 'edit', values: generalValues(app), issues: [], conflict: false, saving: false };
    this.#focus = 'f-label';
  }

  #change(patch: Partial<GeneralValues>): void {
    if (this._general.mode !== 'edit') return;
    this._general = { ...this._general, values: { ...this._general.values, ...patch } };
  }

  #cancelEdit(): void {
    this._general = { mode: 'read' };
    this.#focus = 'general-edit';
  }

  async #save(): Promise<void> {
    const general = this._general;
    if (this._load.status !== 'done' || general.mode !== 'edit' || general.saving) return;
    const read = this._load.app;
    const body = withGeneralValues(read.value, general.values);
    if (!this.#allowed({ action: 'save', body })) return;
    const client = this.client;
    if (client === undefined) return;
    this._general = { ...general, saving: true };
    try {
      const saved = await client.apps.update(read.value.id, body, { ifMatch: read.etag });
      await this.#saved(saved);
      this._general = { mode: 'read' };
      this.#focus = 'general-edit';
      this.#say(this.#terms().intSaved);
    } catch (error) {
      const refused = apiError(error);
      if (refused === undefined) throw error;
      const conflict = refused.name === 'ConflictError';
      const issues: Issue[] = conflict ? [] : serverIssues(refused, generalPath);
      this._general = { ...general, saving: false, conflict, issues };
      this.#focus = conflict ? 'conflict' : 'error-summary';
    }
  }

  /** After a conflict: the latest settings, still in edit mode, so the admin can apply the change again. */
  async #reloadForEdit(): Promise<void> {
    await this.#loadApp();
    this.#edit();
  }

  override render(): TemplateResult {
    const t = this.#terms();
    const load = this._load;
    const status = html`<p part="status" class="status" role="status" aria-live="polite"></p>`;
    if (load.status !== 'done') {
      const message =
        load.status === 'error'
          ? html`<p part="error" class="error-line" role="alert">${load.notFound ? t.intNotFound : t.intLoadFailed}</p>`
          : load.status === 'loading'
            ? html`<p class="hint">${t.intLoading}</p>`
            : nothing;
      return html`<div class="page">${message}${status}</div>`;
    }
    const app = load.app.value;
    const view = {
      app,
      t,
      busy: this._busy,
      general: this._general,
      certificates: this._certificates,
      setup: this._setup,
      metadataUrl: this.client?.appKeys.metadataUrl(app),
      validityYears: this._validity,
      now: this.now ?? new Date(),
    };
    const later = this._laterTabs;
    const loading = html`<p class="hint" role="status" data-loading>${t.createLoading}</p>`;
    const panels: Record<IntegrationTab, () => TemplateResult> = {
      general: () =>
        renderGeneralTab(generalValues(app), this._general, t, this.shadowRoot, {
          edit: () => this.#edit(),
          change: (patch) => this.#change(patch),
          save: () => void this.#save(),
          cancel: () => this.#cancelEdit(),
          reload: () => void this.#reloadForEdit(),
        }),
      'sign-on': () =>
        later === undefined
          ? loading
          : later.renderSignOnTab(view, {
              copy: (value, what) => void this.#copy(value, what),
              generate: () => void this.#generateKey(),
              validity: (years) => {
                this._validity = years;
              },
              activateKey: (kid) => void this.#activateKey(kid),
            }),
      provisioning: () => (later === undefined ? loading : later.renderProvisioningTab(app, t)),
      assignments: () => {
        const handed = this.#handedLists;
        this.#handedLists = undefined;
        return html`<ik-assignments
          .client=${this.client}
          .app=${app}
          ._handedLists=${handed}
          app-id=${app.id}
        ></ik-assignments>`;
      },
    };
    return html`<div class="page">
      ${renderHeader(app, t, this.headingLevel, this._busy, {
        lifecycle: (action) => void this.#lifecycle(action),
        askDelete: () => this.#askDelete(),
        copyId: () => void this.#copy(app.id, t.intAppId),
        testSignIn: this.testSignIn ? () => this.dispatchEvent(new IkIntegrationTestSignInEvent(app)) : undefined,
      })}
      ${status}
      ${renderTabs(
        this.tab,
        t,
        (tab) => this.#openTab(tab),
        (event) => this.#tabKey(event),
      )}
      ${TABS.map((tab) => renderPanel(tab, this.tab, panels[tab]))}
      ${renderDeleteDialog(
        app,
        t,
        () => {
          this.#closeDelete();
          void this.delete();
        },
        () => this.#closeDelete(),
      )}
    </div>`;
  }

  async #generateKey(): Promise<void> {
    const app = this.app;
    const validityYears = this._validity;
    if (app === undefined || !this.#allowed({ action: 'generate-key', validityYears })) return;
    const t = this.#terms();
    const done = await this.#run(async (client) => {
      await client.appKeys.generate(app.id, { validityYears });
    });
    if (!done) return;
    await Promise.all([this.#loadCertificates(), this.#loadSetup()]);
    this.#say(t.intGenerated);
  }

  async #activateKey(kid: string): Promise<void> {
    const app = this.app;
    if (app === undefined || !this.#allowed({ action: 'activate-key', kid })) return;
    const t = this.#terms();
    const done = await this.#run(async (client) => {
      await this.#saved(await client.appKeys.activate(app.id, kid));
    });
    if (!done) return;
    await Promise.all([this.#loadCertificates(), this.#loadSetup()]);
    this.#say(t.intKeyActivated);
  }
}
