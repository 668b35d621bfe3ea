import type { Issue, ProtocolRegistry } from '@integrakit/core';
import type { UserProfile } from '@integrakit/core/assignment';
import type { IntegrakitClient } from '@integrakit/core/client';
import {
  accessAssignments,
  type ConnectorReport,
  type CustomFlowChoices,
  type CustomFlowDraft,
  type CustomMethod,
  connectorConfig,
  createCustomFlow,
  EVERYONE_GROUP,
  findEveryoneGroup,
  hasControlledAccess,
  importSpMetadata,
  loadCustomFlowChoices,
  loadMethodProtocols,
  runConnectorTest,
} from '@integrakit/core/flows';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { LatestTask } from '../../controllers/latest-task.js';
import { LocalizeController } from '../../controllers/localize.js';
import { IkIntegrationCreatedEvent } from '../../events/integration-created.js';
import { IkIntegrationSavedEvent } from '../../events/integration-saved.js';
import type { MetadataImportState } from '../../internal/forms/saml-metadata.js';
import type { ConnectorTestState } from '../../internal/forms/scim.js';
import type { MetadataFetcher } from '../../internal/saml-setup/load.js';
import { renderSamlSetup, type SamlSetupState, samlSetupState } from '../../internal/saml-setup/saml-setup.js';
import { samlSetupStyles } from '../../internal/saml-setup/saml-setup.styles.js';
import { FlowController, issueText, renderWizard, serverIssues, wizardStyles } from '../../internal/wizard/index.js';
import { controlStyles } from '../../styles/controls.js';
import { baseStyles } from '../../styles/tokens.js';
import { type FormsTerms, withFormsTerms } from '../../translations/forms-terms.js';
import { DEFAULT_SAMPLE_PERSON } from '../add-integration/add-integration.js';
import { createIntegrationStyles } from './create-integration.styles.js';
import { createFlowPath, createFlowStep } from './server-fields.js';
import { type AccessGroup, type AccessGroupsState, renderAccess } from './steps/access.js';
import { type CreateResult, renderDone } from './steps/done.js';
import { renderGeneral } from './steps/general.js';
import { renderMethod } from './steps/method.js';
import { type CreateStepContext, renderLoading } from './steps/step-context.js';
import { renderUsername } from './steps/username.js';

/**
 * The slice of core's API client the element uses: `apps.create` (`POST /api/v1/apps`) and, for an
 * OIDC app's controlled access, `groups.list` and `appGroups.assign`.
 */
export type CreateIntegrationClient = Pick<IntegrakitClient, 'apps'> &
  Partial<Pick<IntegrakitClient, 'groups' | 'appGroups'>>;

/** Runs "Test Connector Configuration"; core's `runConnectorTest` unless the host runs it (e.g. server-side). */
export type ConnectorTester = (config: Parameters<typeof runConnectorTest>[0]) => Promise<ConnectorReport>;

type ProtocolSteps = typeof import('./steps/protocol-steps.js');

type Registry = Partial<Record<keyof ProtocolRegistry, NonNullable<ProtocolRegistry[keyof ProtocolRegistry]>>>;

const withoutSecret = (app: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> => {
  const credentials = app.credentials as { oauthClient?: Record<string, unknown> } | undefined;
  if (credentials?.oauthClient?.client_secret === undefined) return app;
  const { client_secret: _secret, ...oauthClient } = credentials.oauthClient;
  return { ...app, credentials: { ...credentials, oauthClient } };
};

const secretOf = (app: Readonly<Record<string, unknown>>): string | undefined => {
  const secret = (app.credentials as { oauthClient?: { client_secret?: unknown } } | undefined)?.oauthClient
    ?.client_secret;
  return typeof secret === 'string' ? secret : undefined;
};

/** A SAML app's IdP metadata URL (`_links.metadata.href`), which the setup instructions are read from. */
const metadataHref = (app: Readonly<Record<string, unknown>>): string | undefined => {
  if (app.signOnMode !== 'SAML_2_0') return undefined;
  const href = (app._links as { metadata?: { href?: unknown } } | undefined)?.metadata?.href;
  return typeof href === 'string' ? href : undefined;
};

/**
 * The App Integration Wizard: **Create a new app integration** (OIDC with its application type,
 * SAML 2.0, SWA, WS-Federation, API Services) → **General Settings** → the protocol's settings →
 * **Application username** (SAML, SWA, WS-Fed) → **Provisioning** (SAML, SWA, OIDC web) → Done; API Services
 * go through **Okta API scopes** and **Client authentication**. Renders core's custom flow
 * (`createCustomFlow`); every rule lives there. The chosen method's protocol module loads when the
 * method is chosen. On Done it fires `ik-integration-created`, creates the app with `client`, and
 * shows the Client ID and, once, the client secret.
 *
 * @summary Create a custom app integration (OIDC, SAML 2.0, SWA, WS-Fed, API Services).
 * @csspart wizard - The wizard wrapper.
 * @csspart steps - The step indicator list.
 * @csspart step - One step in the indicator.
 * @csspart step-heading - The "Step 2 of 5: General Settings" heading.
 * @csspart error-summary - The list of problems shown when Next is refused.
 * @csspart form - The step's form.
 * @csspart section - A titled group of fields.
 * @csspart section-title - The title of a group of fields.
 * @csspart field - One field (label, hint, control, error).
 * @csspart fieldset - A group of radio buttons or checkboxes.
 * @csspart label - A field label or legend.
 * @csspart optional - The "Optional" mark of a label.
 * @csspart hint - A field's help text.
 * @csspart error - A field's error message.
 * @csspart input - A text input.
 * @csspart select - A select.
 * @csspart option - One radio button or checkbox with its label.
 * @csspart list-editor - A URI list editor.
 * @csspart add - An **Add URI** / **Add Another** button.
 * @csspart remove - A remove button of a URI list.
 * @csspart statements - An attribute statements editor.
 * @csspart statement - One attribute statement row.
 * @csspart import - The SP metadata **Import** button.
 * @csspart file - The SP metadata file input.
 * @csspart metadata-status - What the SP metadata import filled and could not.
 * @csspart metadata-filled - The list of fields the metadata filled.
 * @csspart metadata-not-filled - What the metadata declared that the config cannot hold.
 * @csspart scopes - The Okta API scopes picker.
 * @csspart hints - The least-privilege hints.
 * @csspart test-connector - The **Test Connector Configuration** button.
 * @csspart connector-report - The connector test report.
 * @csspart connector-check - One check of the report.
 * @csspart evidence - The HTTP evidence of a check (a `<details>`).
 * @csspart facts - The created app's facts.
 * @csspart client-id - The Client ID.
 * @csspart secret-panel - The once-only client secret with its warning.
 * @csspart warning - The "shown only once" warning.
 * @csspart secret - The `<ik-secret-field>` holding the client secret.
 * @csspart copy - The copy button of the client secret.
 * @csspart dismiss-secret - The button that hides the client secret for good.
 * @csspart saml-setup - The SAML setup instructions of a created SAML app.
 * @csspart setup-value - A read-only setup value (SSO URL, issuer, metadata URL) with its copy button.
 * @csspart certificate - The X.509 certificate (PEM).
 * @csspart download-certificate - The certificate download link.
 * @csspart fingerprints - The certificate's SHA-1 and SHA-256 fingerprints.
 * @csspart sha1 - The SHA-1 fingerprint.
 * @csspart sha256 - The SHA-256 fingerprint.
 * @csspart download-metadata - The IdP metadata download link.
 * @csspart nav - The Next/Done, Back and Cancel buttons.
 * @csspart next - The Next / Done button.
 * @csspart back - The Back button.
 * @csspart cancel - The Cancel button.
 * @csspart status - The status line.
 * @csspart cancel-confirm - The dialog confirming Cancel.
 * @cssproperty --ik-create-integration-max-width - Widest the wizard grows. @default 48rem
 * @event ik-step-leave - Before a user step change; `detail: { from, to }`. Cancelable: keeps the step.
 * @event ik-step-enter - After a user step change; `detail.step` (`done` at the end).
 * @event ik-wizard-cancel - The user cancelled (after confirming, when values were entered).
 * @event ik-integration-created - Done passed validation; `detail: { integration, payload }`. Cancelable: the element then does not create the app.
 * @event ik-integration-saved - The `client` created the app; `detail.app` is the server's app, without the client secret.
 */
export class IkCreateIntegration extends LitElement {
  static override styles = [baseStyles, controlStyles, wizardStyles, createIntegrationStyles, samlSetupStyles];

  static override properties = {
    protocols: { attribute: false },
    client: { attribute: false },
    samplePerson: { attribute: false },
    testConnector: { attribute: false },
    fetchMetadata: { attribute: false },
    lang: { type: String, reflect: true },
    dir: { type: String, reflect: true },
    _result: { state: true },
    _metadata: { state: true },
    _connector: { state: true },
    _scopeQuery: { state: true },
    _choices: { state: true },
    _setup: { state: true },
    _groupQuery: { state: true },
    _groups: { state: true },
    _protocolSteps: { state: true },
  };

  /**
   * Protocol modules that validate the settings (core's `defaultProtocols`, or your own registry).
   * Unset, the element loads the chosen method's module on demand (`loadMethodProtocols`).
   */
  declare protocols: ProtocolRegistry | undefined;
  /** Core's API client; with one, Done creates the app on the server. */
  declare client: CreateIntegrationClient | undefined;
  /** The person the username preview is computed for. */
  declare samplePerson: UserProfile;
  /** Runs the connector test; set it to run the test on your server instead of in the browser. */
  declare testConnector: ConnectorTester | undefined;
  /**
   * Fetches a created SAML app's IdP metadata (`_links.metadata.href`) for the setup instructions.
   * Unset, a same-origin `GET` with the page's session cookie; set it when the API needs a token.
   */
  declare fetchMetadata: MetadataFetcher | undefined;
  declare _result: CreateResult | undefined;
  declare _metadata: MetadataImportState;
  declare _connector: ConnectorTestState;
  declare _scopeQuery: string;
  declare _choices: CustomFlowChoices | undefined;
  declare _setup: SamlSetupState | undefined;
  declare _groupQuery: string;
  declare _groups: AccessGroupsState;
  declare _protocolSteps: ProtocolSteps | undefined;

  readonly #localize = new LocalizeController(this);
  readonly #terms = (): FormsTerms => withFormsTerms(this.#localize.term());
  readonly #wizard: FlowController<CustomFlowDraft> = new FlowController<CustomFlowDraft>(this, {
    onDone: () => void this.#create(),
    // Core's flow says which steps validate without the protocol module (method, General Settings).
    ready: (): Promise<void> | undefined =>
      this.#wizard.current()?.needsProtocolModule === false ? undefined : this.#methodModules(),
  });
  // The flow validates through this object; modules are added to it as methods are chosen.
  #registry: Registry = {};
  // Each method's module load, shared by the task and Next; a failed load is dropped so Next retries.
  readonly #moduleLoads = new Map<CustomMethod, ReturnType<typeof loadMethodProtocols>>();
  #setupLoad: AbortController | undefined;
  // Names of the groups picked for controlled access, for when a search no longer shows them.
  readonly #groupNames = new Map<string, string>();
  #titled: { readonly from: FormsTerms; readonly title: string; readonly terms: FormsTerms } | undefined;

  constructor() {
    super();
    this.protocols = undefined;
    this.client = undefined;
    this.samplePerson = DEFAULT_SAMPLE_PERSON;
    this.testConnector = undefined;
    this.fetchMetadata = undefined;
    this._setup = undefined;
    this._groupQuery = '';
    this._groups = { status: 'idle' };
    this._result = undefined;
    this._metadata = { status: 'idle' };
    this._connector = { status: 'idle' };
    this._scopeQuery = '';
    this._choices = undefined;
    this._protocolSteps = undefined;
    // Registered on the host; when the method changes it loads, together, the protocol forms' steps
    // (once), the OIDC grants and scope catalog (with OIDC and API services) and the method's module.
    new LatestTask(
      this,
      async ([protocol]): Promise<void> => {
        if (protocol === undefined) return;
        const [steps, choices] = await Promise.all([
          this._protocolSteps ?? import('./steps/protocol-steps.js'),
          (protocol === 'oidc' || protocol === 'api-service') && this._choices === undefined
            ? loadCustomFlowChoices()
            : this._choices,
          this.#methodModules(),
        ]);
        this._protocolSteps = steps;
        this._choices = choices;
      },
      () => [this.#wizard.state?.draft.method.protocol as CustomMethod | undefined, this.protocols] as const,
    );
    // Lists groups for "Limit access to selected groups" as the admin searches.
    new LatestTask(
      this,
      async ([mode, query, groups], signal): Promise<void> => {
        if (mode !== 'groups') return;
        if (groups === undefined) {
          this._groups = { status: 'unavailable' };
          return;
        }
        this._groups = { status: 'loading' };
        try {
          const found: AccessGroup[] = [];
          const q = query.trim();
          for await (const group of groups.list({ ...(q === '' ? {} : { q }), limit: 20, signal })) {
            found.push({ id: group.id, name: String(group.profile.name) });
            if (found.length === 20) break;
          }
          if (!signal.aborted) this._groups = { status: 'done', groups: found };
        } catch {
          if (!signal.aborted) this._groups = { status: 'error' };
        }
      },
      () => [this.#wizard.state?.draft.access.mode, this._groupQuery, this.client?.groups] as const,
    );
  }

  /** The flow's state (plain JSON, secrets as entered: keep it out of logs). */
  get state() {
    return this.#wizard.state;
  }

  /** Starts over with an empty wizard. */
  reset(): void {
    this.#start();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('protocols') || this.#wizard.flow === undefined) this.#start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#setupLoad?.abort();
    // The secret is shown once: leaving the page (closing the dialog) forgets it.
    if (this._result?.kind === 'created' && this._result.secret !== undefined) this.#dismissSecret();
  }

  override render(): TemplateResult | typeof nothing {
    const state = this.#wizard.state;
    if (state === undefined) return nothing;
    const t = this.#stepTerms(state.draft);
    const context: CreateStepContext = {
      draft: state.draft,
      t,
      errorAt: (path) => {
        const [first] = this.#wizard.errorsAt(path);
        return first === undefined ? this.#liveError(path) : issueText(first, t);
      },
      shownAt: (path) => this.#wizard.errorsAt(path),
      update: (patch, field) => this.#wizard.update(patch, field),
      current: () => this.#wizard.state?.draft ?? state.draft,
    };
    const body = this.#wizard.done
      ? html`${renderDone(this._result ?? { kind: 'pending' }, t, {
          copy: () => void this.#copySecret(),
          dismiss: () => this.#dismissSecret(),
          retry: () => void this.#create(),
        })}
        ${this._setup === undefined ? nothing : renderSamlSetup(this._setup, t, (value, what) => void this.#copy(value, what))}`
      : this.#renderStep(state.step, context);
    const created = this._result?.kind === 'created' ? t.createCreated(String(this._result.app.label ?? '')) : '';
    return html`<div class="shell">
      <p part="title" class="title">${t.createTitle}</p>
      ${renderWizard(this.#wizard, this.shadowRoot, t, {
        body,
        doneHeading: created || t.createDoneHeading,
        status: created,
      })}
    </div>`;
  }

  /**
   * The dictionary with the settings step named for the chosen method ("Configure SAML"); the same
   * object while language and method stay, so rows guarded on it skip re-rendering.
   */
  #stepTerms(draft: CustomFlowDraft): FormsTerms {
    const t = this.#terms();
    const title = t.createSettingsTitles[draft.method.protocol ?? ''];
    if (title === undefined) return t;
    const last = this.#titled;
    if (last?.from === t && last.title === title) return last.terms;
    const terms = { ...t, wizardStepTitles: { ...t.wizardStepTitles, settings: title } };
    this.#titled = { from: t, title, terms };
    return terms;
  }

  #renderStep(step: string, c: CreateStepContext): TemplateResult | typeof nothing {
    const t = c.t;
    if (step === 'method') return renderMethod(c);
    if (step === 'general') return renderGeneral(c);
    if (step === 'username') return renderUsername(c, this.samplePerson);
    const steps = this._protocolSteps;
    // The protocol's steps come after the method is chosen; they are usually here long before.
    if (steps === undefined) return renderLoading(t);
    const { renderClientAuth, renderProvisioning, renderScopes, renderSettings, renderSpMetadataImport } = steps;
    switch (step) {
      case 'settings':
        return renderSettings(
          c,
          {
            metadata: renderSpMetadataImport(this._metadata, t, {
              onImport: (xml) => void this.#importMetadata(xml),
              onRefused: (message) => {
                this._metadata = { status: 'error', message };
              },
            }),
            preview: html``,
          },
          this._choices,
          hasControlledAccess(c.draft.method)
            ? renderAccess(c, {
                query: this._groupQuery,
                onQuery: (query) => {
                  this._groupQuery = query;
                },
                groups: this._groups,
                names: this.#groupNames,
                onPick: (group, picked) => {
                  const { access } = c.draft;
                  this.#groupNames.set(group.id, group.name);
                  const groupIds = picked
                    ? [...access.groupIds, group.id]
                    : access.groupIds.filter((id) => id !== group.id);
                  c.update({ access: { ...access, groupIds } });
                },
              })
            : nothing,
        );
      case 'provisioning':
        return renderProvisioning(c, this._connector, () => void this.#testConnector());
      case 'scopes':
        return renderScopes(
          c,
          {
            query: this._scopeQuery,
            onQuery: (query) => {
              this._scopeQuery = query;
            },
          },
          this._choices,
        );
      case 'clientAuth':
        return renderClientAuth(c);
      default:
        return nothing;
    }
  }

  /**
   * URI list rows are checked as the user types (the issue asks for live validation there): their
   * issues come from the flow like every other, only without waiting for Next.
   */
  #liveError(path: readonly (string | number)[]): string | undefined {
    // Asked for every field on every render: indexes, not destructuring, keep the common "no" cheap.
    const list = path[2];
    if (list !== 'redirectUris' && list !== 'postLogoutRedirectUris') return undefined;
    const { flow, state } = this.#wizard;
    const live = path[0] === 'signOn' && path[1] === 'config' && typeof path[3] === 'number';
    if (!live || flow === undefined || !state) return undefined;
    const found = flow
      .issues(state)
      .find(
        (item) => item.path.length === path.length && item.path.every((part, i) => String(part) === String(path[i])),
      );
    return found === undefined ? undefined : issueText(found, this.#terms());
  }

  /**
   * The chosen method's protocol module added to the flow's registry: the load to wait for, or
   * undefined when there is nothing to load (no method yet, the host's own registry, or loaded).
   */
  #methodModules(): Promise<void> | undefined {
    const protocol = this.#wizard.state?.draft.method.protocol as CustomMethod | undefined;
    if (protocol === undefined || this.protocols !== undefined || this.#registry[protocol] !== undefined)
      return undefined;
    let load = this.#moduleLoads.get(protocol);
    if (load === undefined) {
      load = loadMethodProtocols(protocol);
      this.#moduleLoads.set(protocol, load);
      load.catch(() => this.#moduleLoads.delete(protocol));
    }
    const registry = this.#registry;
    return load.then((bindings) => {
      Object.assign(registry, bindings);
      // Issues computed before the module arrived said "unavailable"; recheck with it.
      this.requestUpdate();
    });
  }

  #start(): void {
    this.#setupLoad?.abort();
    this.#groupNames.clear();
    this._setup = undefined;
    this._groupQuery = '';
    this._groups = { status: 'idle' };
    this._result = undefined;
    this._metadata = { status: 'idle' };
    this._connector = { status: 'idle' };
    this._scopeQuery = '';
    this.#registry = { ...this.protocols };
    this.#wizard.start(createCustomFlow({ protocols: this.#registry }));
  }

  async #importMetadata(xml: string): Promise<void> {
    const state = this.#wizard.state;
    if (state === undefined) return;
    const t = this.#terms();
    this._metadata = { status: 'loading' };
    try {
      const imported = await importSpMetadata(xml, state.draft.configs.saml ?? {});
      this.#wizard.update({ config: imported.config });
      this._metadata = { status: 'done', filled: imported.filled, notFilled: imported.notFilled };
    } catch (error) {
      const issues = (error as { issues?: readonly Issue[] }).issues;
      const first = issues?.[0];
      this._metadata = {
        status: 'error',
        message: first === undefined ? t.samlMetadataUnreadable : t.samlMetadataInvalid(issueText(first, t)),
      };
    }
  }

  async #testConnector(): Promise<void> {
    const state = this.#wizard.state;
    if (state === undefined || this._connector.status === 'running') return;
    const t = this.#terms();
    const config = connectorConfig(state.draft, { protocols: this.#registry });
    if ('issues' in config) {
      this._connector = { status: 'error', message: t.connectorInvalid };
      this.#wizard.showIssues(config.issues);
      return;
    }
    this._connector = { status: 'running' };
    try {
      const report = await (this.testConnector ?? runConnectorTest)(config.config);
      this._connector = { status: 'done', report };
    } catch {
      this._connector = { status: 'error', message: t.connectorError };
    }
  }

  /** Assigns the new OIDC app as **Controlled access** says; the outcome is a note on the result. */
  async #assignAccess(app: Readonly<Record<string, unknown>>): Promise<void> {
    const state = this.#wizard.state;
    if (state === undefined || this._result?.kind !== 'created' || typeof app.id !== 'string') return;
    const t = this.#terms();
    const plan = accessAssignments(state.draft.access);
    // Read the result when the note lands: the secret may have been dismissed meanwhile, for good.
    const note = (access: string) => {
      if (this._result?.kind === 'created') this._result = { ...this._result, access };
    };
    const { groups, appGroups } = this.client ?? {};
    if (!plan.everyone && plan.groupIds.length === 0) return note(t.accessSkipped);
    if (groups === undefined || appGroups === undefined) return note(t.accessFailed);
    try {
      if (plan.everyone) {
        const everyone = await findEveryoneGroup(groups.list({ q: EVERYONE_GROUP, limit: 20 }));
        if (everyone === undefined) return note(t.accessNoEveryone);
        await appGroups.assign(app.id, everyone);
        return note(t.accessEveryone);
      }
      for (const id of plan.groupIds) await appGroups.assign(app.id, id);
      note(t.accessAssigned(plan.groupIds.map((id) => this.#groupNames.get(id) ?? id).join(', ')));
    } catch {
      note(t.accessFailed);
    }
  }

  /** Loads the setup instructions of a created SAML app from its IdP metadata (lazily: XML and WebCrypto code). */
  async #loadSetup(href: string): Promise<void> {
    this.#setupLoad?.abort();
    const load = new AbortController();
    this.#setupLoad = load;
    this._setup = { status: 'loading' };
    const state = await samlSetupState(href, this.fetchMetadata, load.signal, this.#terms());
    if (state !== undefined) this._setup = state;
  }

  async #copy(value: string, what: string): Promise<void> {
    const t = this.#terms();
    try {
      await navigator.clipboard.writeText(value);
      this.#status(t.setupCopied(what));
    } catch {
      this.#status(t.setupCopyFailed);
    }
  }

  async #copySecret(): Promise<void> {
    const result = this._result;
    if (result?.kind !== 'created' || result.secret === undefined) return;
    const t = this.#terms();
    try {
      await navigator.clipboard.writeText(result.secret);
      this.#status(t.createCopied);
    } catch {
      this.#status(t.createCopyFailed);
    }
  }

  #status(text: string): void {
    const status = this.shadowRoot?.querySelector('[part="status"]');
    if (status) status.textContent = text;
  }

  #dismissSecret(): void {
    const result = this._result;
    if (result?.kind !== 'created') return;
    this._result = { kind: 'created', app: result.app, secretDismissed: true, access: result.access };
  }

  async #create(): Promise<void> {
    const { flow, state } = this.#wizard;
    if (flow === undefined || state === undefined) return;
    const registry = this.#registry as ProtocolRegistry;
    this._result = { kind: 'pending' };
    await this.#wizard.submit(async () => {
      const { oktaPayload, revealForRequest } = await import('../add-integration/okta-payload.js');
      const integration = flow.result(state);
      const payload = oktaPayload(integration, registry);
      if (!this.dispatchEvent(new IkIntegrationCreatedEvent(integration, payload)) || this.client === undefined) {
        this._result = { kind: 'handled' };
        return;
      }
      try {
        const app = (await this.client.apps.create(
          revealForRequest(payload) as Parameters<CreateIntegrationClient['apps']['create']>[0],
        )) as Readonly<Record<string, unknown>>;
        const secret = secretOf(app);
        const shown = withoutSecret(app);
        this._result = { kind: 'created', app: shown, secret, secretDismissed: false };
        this.dispatchEvent(new IkIntegrationSavedEvent(shown));
        const metadata = metadataHref(shown);
        if (metadata !== undefined) void this.#loadSetup(metadata);
        if (hasControlledAccess(state.draft.method)) await this.#assignAccess(shown);
      } catch (error) {
        this.#serverRefused(error);
      }
    });
  }

  #serverRefused(error: unknown): void {
    const okta = error as { name?: unknown; status?: unknown };
    if (okta.name === 'ApiError' && typeof okta.status === 'number' && okta.status < 500) {
      this._result = undefined;
      this.#wizard.showIssues(serverIssues(okta as Parameters<typeof serverIssues>[0], createFlowPath), createFlowStep);
      return;
    }
    this._result = { kind: 'failed', message: this.#terms().createFailed };
  }
}

export type { CustomFlowDraft } from '@integrakit/core/flows';
