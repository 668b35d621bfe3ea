import { html, nothing, type TemplateResult } from 'lit';
import type { SamlSetupTerms } from '../../translations/saml-setup.en.js';
import type { MetadataFetcher, SamlSetup } from './load.js';

/** Where loading the setup instructions is, for the element to render. */
export type SamlSetupState =
  | { readonly status: 'loading' }
  | { readonly status: 'done'; readonly setup: SamlSetup }
  | { readonly status: 'error'; readonly message: string };

/**
 * Loads the setup instructions from the IdP metadata at `href` (the XML and WebCrypto code load
 * here, lazily) as the state to render; `undefined` once `signal` aborted, so a stale load never
 * overwrites a newer one.
 */
export async function samlSetupState(
  href: string,
  fetcher: MetadataFetcher | undefined,
  signal: AbortSignal,
  t: Pick<SamlSetupTerms, 'setupUnreadable' | 'setupFailed'>,
): Promise<SamlSetupState | undefined> {
  try {
    const { fetchWithSession, loadSamlSetup } = await import('./load.js');
    const setup = await loadSamlSetup(href, fetcher ?? fetchWithSession, signal);
    return signal.aborted ? undefined : { status: 'done', setup };
  } catch (error) {
    if (signal.aborted) return undefined;
    const refused = error as { name?: unknown; field?: unknown; rule?: unknown };
    return {
      status: 'error',
      message:
        refused.name === 'SamlSetupError'
          ? t.setupUnreadable(String(refused.field), String(refused.rule))
          : t.setupFailed,
    };
  }
}

/** Copies `value`; `what` names it for the status line ("X.509 Certificate copied."). */
export type CopyHandler = (value: string, what: string) => void;

/** A `data:` URL for a download link: no object URL to revoke, and nothing fetched again. */
const dataUrl = (type: string, text: string) => `data:${type};charset=utf-8,${encodeURIComponent(text)}`;

function readOnlyValue(id: string, label: string, value: string, onCopy: CopyHandler, t: SamlSetupTerms) {
  return html`<div part="field setup-value" class="field setup-value">
    <label part="label" for=${id}>${label}</label>
    <div class="setup-row">
      <input id=${id} part="input" class="mono" readonly .value=${value} />
      <button type="button" part="copy" aria-label=${t.setupCopy(label)} @click=${() => onCopy(value, label)}>
        ${t.setupCopyShort}
      </button>
    </div>
  </div>`;
}

/**
 * "SAML Setup Instructions": what the SP admin enters on their side — the **Identity Provider Single
 * Sign-On URL**, **Identity Provider Issuer**, the **X.509 Certificate** (copy, download) with its
 * SHA-1 and SHA-256 fingerprints, and the **IdP metadata** URL with a download. Shared by the
 * create wizard's Done step and the integration's Sign On tab; the values come from
 * {@link SamlSetup} (loaded lazily from the app's `_links.metadata`).
 */
export function renderSamlSetup(state: SamlSetupState, t: SamlSetupTerms, onCopy: CopyHandler): TemplateResult {
  const body = (() => {
    switch (state.status) {
      case 'loading':
        return html`<p class="hint" role="status">${t.setupLoading}</p>`;
      case 'error':
        return html`<p part="error" class="error-line" role="alert">${state.message}</p>`;
      case 'done': {
        const { setup } = state;
        return html`<p class="hint">${t.setupIntro}</p>
          ${readOnlyValue('setup-sso-url', t.setupSsoUrl, setup.ssoUrl, onCopy, t)}
          ${readOnlyValue('setup-issuer', t.setupIssuer, setup.issuer, onCopy, t)}
          <div part="field setup-certificate" class="field">
            <label part="label" for="setup-certificate">${t.setupCertificate}</label>
            <textarea id="setup-certificate" part="certificate" class="mono" readonly rows="8" .value=${setup.certificate}></textarea>
            <div class="nav">
              <button type="button" part="copy" @click=${() => onCopy(setup.certificate, t.setupCertificate)}>
                ${t.setupCopy(t.setupCertificate)}
              </button>
              <a part="download-certificate" download="okta.cert" href=${dataUrl('application/x-pem-file', setup.certificate)}>
                ${t.setupDownloadCertificate}
              </a>
            </div>
          </div>
          <dl part="fingerprints" class="facts">
            <div class="fact"><dt>${t.setupSha1}</dt><dd class="mono" part="sha1">${setup.sha1Fingerprint}</dd></div>
            <div class="fact"><dt>${t.setupSha256}</dt><dd class="mono" part="sha256">${setup.sha256Fingerprint}</dd></div>
          </dl>
          ${readOnlyValue('setup-metadata-url', t.setupMetadataUrl, setup.metadataUrl, onCopy, t)}
          <a part="download-metadata" download="metadata.xml" href=${dataUrl('application/xml', setup.metadata)}>
            ${t.setupDownloadMetadata}
          </a>`;
      }
    }
  })();
  return html`<section part="section saml-setup" class="section saml-setup" aria-labelledby="saml-setup-title">
    <h3 part="section-title" id="saml-setup-title">${t.setupTitle}</h3>
    ${body ?? nothing}
  </section>`;
}
