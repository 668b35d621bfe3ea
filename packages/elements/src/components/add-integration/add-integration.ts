import type { ProtocolRegistry } from '@integrakit/core';
import type { UserProfile } from '@integrakit/core/assignment';
import type { CatalogEntry } from '@integrakit/core/catalog';
import type { IntegrakitClient } from '@integrakit/core/client';
import { type AddFlowDraft, type AddFlowOptions, createAddFlow, nextInstanceLabel } from '@integrakit/core/flows';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { LocalizeController } from '../../controllers/localize.js';
import { IkIntegrationAddEvent } from '../../events/integration-add.js';
import { IkIntegrationCreatedEvent } from '../../events/integration-created.js';
import { IkIntegrationSavedEvent } from '../../events/integration-saved.js';
import { FlowController, issueText, renderWizard, serverIssues, wizardStyles } from '../../internal/wizard/index.js';
import { controlStyles } from '../../styles/controls.js';
import { baseStyles } from '../../styles/tokens.js';
import { withWizardTerms } from '../../translations/en-wizard.js';
import { renderLogo } from '../catalog/logo.js';
import { addIntegrationStyles } from './add-integration.styles.js';
import { addFlowPath, addFlowStep } from './server-fields.js';
import { type AddResult, renderDone } from './steps/done.js';
import { type GeneralStepExtras, renderGeneral } from './steps/general.js';
import { renderPasswordReveal } from './steps/password-reveal.js';
import { renderSignOn } from './steps/sign-on.js';
import type { AddStepContext } from './steps/step-context.js';
import { renderUsername } from './steps/username.js';
import { renderUsernameUpdate } from './steps/username-update.js';

/** The slice of core's API client the element uses: `apps.create` (`POST /api/v1/apps`). */
export type AddIntegrationClient = Pick<IntegrakitClient, 'apps'>;

/** The person the username preview is computed for, unless the host sets `samplePerson`. */
export const DEFAULT_SAMPLE_PERSON: UserProfile = {
  firstName: 'Isabella',
  lastName: 'Ramos',
  login: 'isabella.ramos@example.com',
  email: 'Isabella.Ramos@example.com',
  samAccountName: 'iramos',
  userName: 'iramos@corp.example.com',
  employeeID: '10442',
};

const steps: Readonly<Record<string, (c: AddStepContext, element: IkAddIntegration) => TemplateResult>> = {
  general: (c, element) => renderGeneral(c, element.generalExtras()),
  signOn: (c) => renderSignOn(c),
  username: (c, element) => renderUsername(c, element.samplePerson),
  usernameUpdate: (c) => renderUsernameUpdate(c),
  passwordReveal: (c) => renderPasswordReveal(c),
};

// Catalog items carry the entry's settings and templates when they come from core's catalog; the
// details view hands over only those that do.
const isAddable = (item: object): item is CatalogEntry =>
  Array.isArray((item as Partial<CatalogEntry>).settings) &&
  typeof (item as Partial<CatalogEntry>).templates === 'object';

/**
 * The add wizard for a prebuilt catalog integration: **General Settings** → **Sign-On Options** →
 * **Application username format** → **Update application username on** → **Password reveal** (SWA
 * only) → **Done**. Renders core's add flow (`createAddFlow`); every rule lives there. On Done it
 * fires `ik-integration-created` with the validated Okta payload and, given a `client`, creates
 * the app (`POST /api/v1/apps`) and shows the result; server errors land on their fields.
 *
 * @summary Add an app integration from the catalog.
 * @csspart wizard - The wizard wrapper.
 * @csspart title - The app's logo and name above the steps.
 * @csspart steps - The step indicator list.
 * @csspart step - One step in the indicator.
 * @csspart step-heading - The "Step 2 of 5: Sign-On Options" heading.
 * @csspart error-summary - The list of problems shown when Next is refused.
 * @csspart form - The step's form.
 * @csspart field - One field (label, hint, control, error).
 * @csspart label - A field label.
 * @csspart optional - The "Optional" mark of a label.
 * @csspart hint - A field's help text.
 * @csspart error - A field's error message.
 * @csspart note - An explained rule (SWA locked by Sync Password, username None with provisioning).
 * @csspart facts - Values the entry's template sets (read-only).
 * @csspart attributes - The template's attribute statements.
 * @csspart preview - The username preview.
 * @csspart expression-error - The part of a custom expression where its error starts.
 * @csspart suggestion - The button offering a free label ("Slack (2)").
 * @csspart nav - The Next/Done, Back and Cancel buttons.
 * @csspart next - The Next / Done button.
 * @csspart back - The Back button.
 * @csspart cancel - The Cancel button.
 * @csspart status - The status line (saving, result).
 * @csspart cancel-confirm - The dialog confirming Cancel.
 * @cssproperty --ik-add-integration-max-width - Widest the wizard grows. @default 48rem
 * @event ik-step-leave - Before a user step change; `detail: { from, to }`. Cancelable: keeps the step.
 * @event ik-step-enter - After a user step change; `detail.step` (`done` at the end).
 * @event ik-wizard-cancel - The user cancelled (after confirming, when values were entered).
 * @event ik-integration-created - Done passed validation; `detail: { integration, payload }`. Cancelable: the element then does not create the app.
 * @event ik-integration-saved - The `client` created the app; `detail.app` is the server's app.
 */
export class IkAddIntegration extends LitElement {
  static override styles = [baseStyles, controlStyles, wizardStyles, addIntegrationStyles];

  static override properties = {
    entry: { attribute: false },
    protocols: { attribute: false },
    client: { attribute: false },
    provisioning: { attribute: false },
    samplePerson: { attribute: false },
    for: { type: String },
    lang: { type: String, reflect: true },
    dir: { type: String, reflect: true },
    _result: { state: true },
    _suggestion: { state: true },
  };

  /** The catalog entry to add (core's `CatalogEntry`, with its settings and templates). */
  declare entry: CatalogEntry | undefined;
  /**
   * Protocol modules that validate the sign-on settings (core's `defaultProtocols`, or a registry
   * of just the modules you need). Without one, Sign-On Options reports each mode as unavailable.
   */
  declare protocols: ProtocolRegistry | undefined;
  /** Core's API client; with one, Done creates the app on the server. */
  declare client: AddIntegrationClient | undefined;
  /** Provisioning already configured (SWA is locked while Sync Password is on). @default { type: 'none' } */
  declare provisioning: AddFlowOptions['provisioning'];
  /** The person the username preview is computed for. */
  declare samplePerson: UserProfile;
  /** Id of an `<ik-catalog>` in the same document or shadow root whose **Add Integration** opens this wizard. */
  declare for: string | undefined;
  declare _result: AddResult | undefined;
  declare _suggestion: string | undefined;

  readonly #localize = new LocalizeController(this);
  readonly #wizard = new FlowController<AddFlowDraft>(this, { onDone: () => void this.#create() });
  #catalog: EventTarget | undefined;
  /** The entry's logo, drawn once per entry: a monogram computes its ink's contrast. */
  #logo: { readonly of: CatalogEntry; readonly template: TemplateResult } | undefined;

  constructor() {
    super();
    this.entry = undefined;
    this.protocols = undefined;
    this.client = undefined;
    this.provisioning = undefined;
    this.samplePerson = DEFAULT_SAMPLE_PERSON;
    this.for = undefined;
    this._result = undefined;
    this._suggestion = undefined;
  }

  /** The flow's state (plain JSON), e.g. to keep it across a reload; set it back with {@link resume}. */
  get state() {
    return this.#wizard.state;
  }

  /** Resumes a state saved from {@link state} for the current entry. */
  resume(state: NonNullable<IkAddIntegration['state']>): void {
    const flow = this.#wizard.flow;
    if (flow !== undefined) this.#wizard.start(flow, state);
  }

  /** Moves focus to the current step's heading, e.g. after the host shows the wizard. */
  override focus(options?: FocusOptions): void {
    const heading = this.shadowRoot?.getElementById('step-heading');
    if (heading === null || heading === undefined) super.focus(options);
    else heading.focus(options);
  }

  /** @internal What the General Settings step shows beyond the flow. */
  generalExtras(): GeneralStepExtras {
    return { suggestion: this._suggestion };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#listenToCatalog();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#listenToCatalog();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for')) this.#listenToCatalog();
    if (changed.has('entry') || changed.has('protocols') || changed.has('provisioning')) this.#start();
  }

  override render(): TemplateResult | typeof nothing {
    const entry = this.entry;
    const state = this.#wizard.state;
    if (entry === undefined || state === undefined) return nothing;
    const t = withWizardTerms(this.#localize.term());
    const context: AddStepContext = {
      entry,
      draft: state.draft,
      t,
      errorAt: (path) => {
        const [first] = this.#wizard.errorsAt(path);
        return first === undefined ? undefined : issueText(first, t);
      },
      update: (patch) => this.#update(patch),
    };
    const body = this.#wizard.done
      ? renderDone(this._result ?? { kind: 'pending' }, t, () => void this.#create())
      : (steps[state.step]?.(context, this) ?? nothing);
    return html`<div class="shell">
      <p part="title" class="title">${this.#logoOf(entry)}<span>${t.addTitle(entry.displayName)}</span></p>
      ${renderWizard(this.#wizard, this.shadowRoot, t, {
        body,
        doneHeading:
          this._result?.kind === 'created' ? t.addCreated(String(this._result.app.label ?? '')) : t.addDoneHeading,
        status: this._result?.kind === 'created' ? t.addCreated(String(this._result.app.label ?? '')) : '',
      })}
    </div>`;
  }

  #logoOf(entry: CatalogEntry): TemplateResult {
    if (this.#logo?.of !== entry) this.#logo = { of: entry, template: renderLogo(entry.logo, entry.displayName) };
    return this.#logo.template;
  }

  #start(): void {
    this._result = undefined;
    this._suggestion = undefined;
    if (this.entry === undefined) return;
    const options: AddFlowOptions = {
      protocols: this.protocols ?? {},
      ...(this.provisioning === undefined ? {} : { provisioning: this.provisioning }),
    };
    this.#wizard.start(createAddFlow(this.entry, options));
  }

  #update(patch: unknown): void {
    if (this._suggestion !== undefined && typeof patch === 'object' && patch !== null && 'label' in patch) {
      this._suggestion = undefined;
    }
    this.#wizard.update(patch);
  }

  async #create(): Promise<void> {
    const { flow, state } = this.#wizard;
    const protocols = this.protocols;
    if (flow === undefined || state === undefined || protocols === undefined) return;
    this._result = { kind: 'pending' };
    await this.#wizard.submit(async () => {
      const { oktaPayload, revealForRequest } = await import('./okta-payload.js');
      const integration = flow.result(state);
      const payload = oktaPayload(integration, protocols);
      if (!this.dispatchEvent(new IkIntegrationCreatedEvent(integration, payload)) || this.client === undefined) {
        this._result = { kind: 'handled' };
        return;
      }
      try {
        const app = await this.client.apps.create(
          revealForRequest(payload) as Parameters<AddIntegrationClient['apps']['create']>[0],
        );
        this._result = { kind: 'created', app };
        this.dispatchEvent(new IkIntegrationSavedEvent(app));
      } catch (error) {
        this.#serverRefused(error);
      }
    });
  }

  #serverRefused(error: unknown): void {
    const t = withWizardTerms(this.#localize.term());
    const okta = error as { name?: unknown; status?: unknown; errorCauses?: unknown };
    // Okta refused the payload (4xx with its error JSON): back to the fields it names.
    if (okta.name === 'ApiError' && typeof okta.status === 'number' && okta.status < 500) {
      const issues = serverIssues(okta as Parameters<typeof serverIssues>[0], addFlowPath);
      const label = this.#wizard.state?.draft.general.label ?? '';
      this._suggestion = issues.some((item) => item.code === 'duplicate_label') ? nextInstanceLabel(label) : undefined;
      this._result = undefined;
      this.#wizard.showIssues(issues, addFlowStep);
      return;
    }
    this._result = { kind: 'failed', message: t.addFailed };
  }

  #listenToCatalog(): void {
    const root = this.getRootNode() as Document | ShadowRoot;
    const id = this.isConnected ? this.for : undefined;
    const catalog = (id ? root.getElementById?.(id) : undefined) ?? undefined;
    if (catalog === this.#catalog) return;
    this.#catalog?.removeEventListener(IkIntegrationAddEvent.type, this.#onCatalogAdd);
    this.#catalog = catalog;
    catalog?.addEventListener(IkIntegrationAddEvent.type, this.#onCatalogAdd);
  }

  // The catalog's details view hands over: a user action, so the first step's heading takes focus.
  readonly #onCatalogAdd = (event: Event): void => {
    const { entry } = (event as IkIntegrationAddEvent).detail;
    if (!isAddable(entry)) return;
    this.entry = entry;
    void this.updateComplete.then(() => this.focus());
  };
}

export type { AddFlowDraft } from '@integrakit/core/flows';
