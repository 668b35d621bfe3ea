import type { CertificateStatus, OktaApp } from '@integrakit/core/client';
import { html, nothing, type TemplateResult } from 'lit';
import { section } from '../../internal/forms/fields.js';
import { type CopyHandler, renderSamlSetup } from '../../internal/saml-setup/saml-setup.js';
import { oauthClient } from './app-fields.js';
import type { IntegrationView, Terms } from './view.js';

/** What the Sign On tab's buttons do. */
export interface SignOnActions {
  readonly copy: CopyHandler;
  readonly generate: () => void;
  readonly validity: (years: number) => void;
  readonly activateKey: (kid: string) => void;
}

const VALIDITY_YEARS = [2, 3, 5, 10] as const;
const day = (iso: string) => iso.slice(0, 10);

function renderOidc(app: OktaApp, t: Terms, copy: CopyHandler): TemplateResult {
  const client = oauthClient(app);
  if (client === undefined) return html``;
  return html`<dl part="client" class="settings">
      <div class="fact">
        <dt>${t.intClientId}</dt>
        <dd>
          <code part="client-id">${client.clientId}</code>
          <button type="button" part="copy" aria-label=${t.setupCopy(t.intClientId)} @click=${() => copy(client.clientId, t.intClientId)}>
            ${t.setupCopyShort}
          </button>
        </dd>
      </div>
      <div class="fact">
        <dt>${t.intClientAuth}</dt>
        <dd>${t.intClientAuthMethods[client.authMethod] ?? client.authMethod}</dd>
      </div>
    </dl>
    ${client.authMethod.startsWith('client_secret') ? html`<p part="secret-note" class="hint">${t.intSecretHidden}</p>` : nothing}`;
}

function renderWsfed(url: string | undefined, t: Terms): TemplateResult {
  if (url === undefined) return html``;
  return html`<dl class="settings">
    <div class="fact">
      <dt>${t.intWsfedMetadata}</dt>
      <dd><a part="metadata-link" href=${url} download="federationmetadata.xml">${t.intDownloadMetadata}</a></dd>
    </div>
  </dl>`;
}

function certificateRow(
  role: string,
  status: CertificateStatus,
  t: Terms,
  activate: (() => void) | undefined,
): TemplateResult {
  const { key, warning, daysLeft } = status;
  return html`<tr part="signing-certificate" data-kid=${key.kid} data-warning=${warning ?? 'none'}>
    <th scope="row">${role}</th>
    <td><code>${key.kid}</code></td>
    <td>${day(key.created)}</td>
    <td>
      ${day(key.expiresAt)}
      ${warning === undefined ? nothing : html`<span part="expiry-warning" class="warning">${t.intExpiry(warning, Math.max(daysLeft, 0))}</span>`}
    </td>
    <td>
      ${
        activate === undefined
          ? nothing
          : html`<button type="button" part="activate-key" aria-label=${t.intActivateKeyName(key.kid)} @click=${activate}>
            ${t.intActivateKey}
          </button>`
      }
    </td>
  </tr>`;
}

function renderCertificates(view: IntegrationView, actions: SignOnActions): TemplateResult {
  const { t, certificates } = view;
  if (certificates.status === 'loading') return html`<p class="hint" role="status">${t.intCertificatesLoading}</p>`;
  if (certificates.status === 'error')
    return html`<p part="error" class="error-line" role="alert">${t.intCertificatesFailed}</p>`;
  const { current, next } = certificates.certificates;
  // Focusable: on a narrow screen the table scrolls sideways, and keyboard users scroll it too.
  return html`<table part="certificates" class="certificates" tabindex="0">
      <caption class="visually-hidden">${t.intCertificates}</caption>
      <thead>
        <tr>
          <td></td>
          <th scope="col">${t.intKeyId}</th>
          <th scope="col">${t.intCreated}</th>
          <th scope="col">${t.intExpires}</th>
          <td></td>
        </tr>
      </thead>
      <tbody>
        ${current === undefined ? nothing : certificateRow(t.intCurrent, current, t, undefined)}
        ${next === undefined ? nothing : certificateRow(t.intNext, next, t, () => actions.activateKey(next.key.kid))}
      </tbody>
    </table>
    ${next === undefined ? html`<p class="hint">${t.intNoNext}</p>` : nothing}
    <div class="nav generate">
      <label for="validity">${t.intValidity}</label>
      <select id="validity" part="select" @change=${(event: Event) => actions.validity(Number((event.target as HTMLSelectElement).value))}>
        ${VALIDITY_YEARS.map((years) => html`<option value=${years} ?selected=${years === view.validityYears}>${t.intYears(years)}</option>`)}
      </select>
      <button type="button" part="generate" @click=${actions.generate}>${t.intGenerate}</button>
    </div>`;
}

/**
 * **Sign On**: per protocol, what the other side needs (SAML setup instructions with the IdP
 * metadata; the OIDC client id and authentication; WS-Fed federation metadata), then the signing
 * certificates, current and next, with expiry warnings, **Generate new certificate** and
 * **Activate** for the next one.
 */
export function renderSignOnTab(view: IntegrationView, actions: SignOnActions): TemplateResult {
  const { app, t } = view;
  const protocolPart =
    app.signOnMode === 'SAML_2_0' && view.setup !== undefined
      ? renderSamlSetup(view.setup, t, actions.copy)
      : app.signOnMode === 'OPENID_CONNECT'
        ? renderOidc(app, t, actions.copy)
        : app.signOnMode === 'WS_FEDERATION'
          ? renderWsfed(view.metadataUrl, t)
          : nothing;
  const signs = typeof app.credentials?.signing === 'object';
  return html`${section(
    t.intSignOnSettings,
    html`<dl class="settings"><div class="fact"><dt>${t.intSignOnMode}</dt><dd>${app.signOnMode}</dd></div></dl>`,
  )}
    ${protocolPart}
    ${signs ? section(t.intCertificates, renderCertificates(view, actions)) : html`<p class="hint">${t.intNoSigning}</p>`}`;
}
