import type { Inspection } from '@integrakit/core/inspection';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { LatestTask } from '../../controllers/latest-task.js';
import { LocalizeController } from '../../controllers/localize.js';
import { renderField, selectInput } from '../../internal/field.js';
import { controlStyles } from '../../styles/controls.js';
import { baseStyles } from '../../styles/tokens.js';
import { type InspectorTerms, withInspectorTerms } from '../../translations/inspector.en.js';
import { inspectorStyles } from './inspector.styles.js';
import { renderProblems } from './render-problems.js';
import { renderSaml } from './render-saml.js';
import { renderToken } from './render-token.js';

/** An app the value can be checked against: Okta's app JSON, as `GET /api/v1/apps` lists it. */
export interface InspectorIntegration {
  readonly id: string;
  readonly label: string;
  readonly signOnMode: string;
  readonly [key: string]: unknown;
}

/**
 * Review tokens or SAML assertions: paste an ID token, an access token or a SAML response (XML,
 * base64, or a deflated redirect-binding message, alone or in a URL), optionally pick the
 * integration it is meant for, and read the decoded header and claims or the assertion (issuer,
 * subject, audience, conditions, attributes, signatures and what they cover) with the problems
 * found against the integration's settings, each with its severity and the field or setting it
 * concerns. Everything runs in the page: nothing pasted is ever sent, and the JWT and SAML code
 * loads with `import()` on the first inspection.
 *
 * Set `value` to show what an app received (a test SP does); the result follows every change of
 * `value`, `integrationId`, `integrations`, `issuer`, `idpCertificate` or `now`. A host that
 * inspected the value where signatures can be verified sets `inspection` too.
 *
 * @summary Decodes and checks a pasted token or SAML response, locally.
 * @csspart form - The paste box and integration picker.
 * @csspart field - Each field; also `label`, `hint`, `optional`, `input`, `select`.
 * @csspart summary - The status line: what was pasted and how many errors and warnings.
 * @csspart problems - The problems section; each is a `problem` with `severity`, `problem-field`, `problem-message`.
 * @csspart section - Each decoded section (header, claims, times, response, assertion, attributes, signatures).
 * @csspart header - The token header list; likewise `claims`, `times`, `response`, `assertion`, `attributes`.
 * @csspart signatures - The signature list; each a `signature` with its `signature-state`.
 * @csspart xml - The decoded XML, collapsed.
 * @cssproperty --ik-inspector-max-width - Widest the element grows. @default 60rem
 * @cssproperty --ik-color-danger - Error accent.
 * @cssproperty --ik-color-warning - Warning accent.
 */
export class IkInspector extends LitElement {
  static override styles = [baseStyles, controlStyles, inspectorStyles];

  static override properties = {
    value: { attribute: false },
    integrations: { attribute: false },
    integrationId: { type: String, attribute: 'integration-id', reflect: true },
    issuer: { type: String },
    idpCertificate: { attribute: false },
    now: { attribute: false },
    inspection: { attribute: false },
  };

  /** The pasted token or SAML response. Property only: it never appears in markup. @default '' */
  declare value: string;
  /** Apps the user may pick; the inspector checks against the chosen one's settings. @default [] */
  declare integrations: readonly InspectorIntegration[];
  /** The chosen app's id; '' for none. @default '' */
  declare integrationId: string;
  /** Expected token issuer (the org or authorization server URL); unchecked when unset. */
  declare issuer: string | undefined;
  /** The IdP signing certificate (PEM or base64) that SAML signatures are verified with. */
  declare idpCertificate: string | undefined;
  /** The time validity is judged against. @default the current time */
  declare now: Date | undefined;
  /**
   * `value` already inspected elsewhere (core's `inspectPasted`), shown as it is: a server can verify
   * SAML signatures, which need Node's crypto, so a page cannot. Editing the value or picking another app drops it.
   */
  declare inspection: Inspection | undefined;

  readonly #localize = new LocalizeController(this);
  readonly #inspection = new LatestTask(
    this,
    async ([value, id, integrations, issuer, idpCertificate, now, inspection]): Promise<Inspection | undefined> => {
      if (inspection !== undefined) return inspection;
      if (value.trim() === '') return undefined;
      const { inspectPasted } = await import('@integrakit/core/inspection');
      const app = integrations.find((integration) => integration.id === id);
      return inspectPasted(value, {
        ...(app === undefined ? {} : { app }),
        ...(issuer ? { issuer } : {}),
        ...(idpCertificate ? { idpCertificate } : {}),
        ...(now === undefined ? {} : { now }),
      });
    },
    () =>
      [
        this.value,
        this.integrationId,
        this.integrations,
        this.issuer,
        this.idpCertificate,
        this.now,
        this.inspection,
      ] as const,
  );

  constructor() {
    super();
    this.value = '';
    this.integrations = [];
    this.integrationId = '';
    this.issuer = undefined;
    this.idpCertificate = undefined;
    this.now = undefined;
    this.inspection = undefined;
  }

  #t(): InspectorTerms {
    return withInspectorTerms(this.#localize.term());
  }

  #date = (value: Date) =>
    new Intl.DateTimeFormat(this.#localize.lang(), { dateStyle: 'medium', timeStyle: 'long', timeZone: 'UTC' }).format(
      value,
    );

  override render(): TemplateResult {
    const t = this.#t();
    const choices = [
      { value: '', label: t.inspectorNoIntegration },
      ...this.integrations.map((app) => ({ value: app.id, label: app.label })),
    ];
    return html`<form part="form" novalidate @submit=${(event: Event) => event.preventDefault()}>
        ${renderField(
          { id: 'f-value', label: t.inspectorValue, hint: t.inspectorValueHint, t },
          (aria) => html`<textarea
            part="input"
            id=${aria.id}
            rows="6"
            spellcheck="false"
            autocomplete="off"
            aria-describedby=${aria.describedby}
            .value=${live(this.value)}
            @input=${(event: Event) => {
              this.value = (event.target as HTMLTextAreaElement).value;
              this.inspection = undefined;
            }}
          ></textarea>`,
        )}
        ${renderField(
          { id: 'f-integration', label: t.inspectorIntegration, hint: t.inspectorIntegrationHint, optional: true, t },
          (aria) =>
            selectInput(aria, this.integrationId, choices, (id) => {
              this.integrationId = id;
              this.inspection = undefined;
            }),
        )}
      </form>
      ${this.#renderResult(t)}`;
  }

  #renderResult(t: InspectorTerms): TemplateResult {
    const task = this.#inspection;
    const report = task.value;
    const status =
      task.state === 'pending'
        ? t.inspectorInspecting
        : task.state === 'error'
          ? t.inspectorFailed
          : report === undefined
            ? ''
            : this.#summary(report, t);
    return html`<p part="summary" class="summary" role="status">${status}</p>
      ${
        report === undefined || task.state === 'error'
          ? nothing
          : html`<div part="result" class="result" aria-busy=${task.state === 'pending' ? 'true' : 'false'}>
            ${renderProblems(report.problems, t)}
            ${report.kind === 'token' ? renderToken(report, t, this.#date) : report.kind === 'saml' ? renderSaml(report, t) : nothing}
          </div>`
      }`;
  }

  #summary(report: Inspection, t: InspectorTerms): string {
    const kind =
      report.kind === 'token'
        ? `${t.inspectorKinds[report.tokenType]} (${t.inspectorEncodings.jwt})`
        : report.kind === 'saml'
          ? `${t.inspectorKinds.saml} (${t.inspectorEncodings[report.encoding]})`
          : t.inspectorKinds.unknown;
    const count = (severity: string) => report.problems.filter((p) => p.severity === severity).length;
    return t.inspectorSummary(kind ?? '', count('error'), count('warning'));
  }
}
