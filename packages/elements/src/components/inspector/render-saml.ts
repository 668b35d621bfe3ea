import type { SamlReport } from '@integrakit/core/inspection';
import { html, nothing, type TemplateResult } from 'lit';
import type { InspectorTerms } from '../../translations/inspector.en.js';
import { renderFacts } from './render-problems.js';

const lastSegment = (uri: string | undefined) => (uri === undefined ? '' : (uri.split(/[#:]/).at(-1) ?? uri));

function renderSignatures(report: SamlReport, t: InspectorTerms): TemplateResult {
  if (report.signatures.length === 0) return html`<p>${t.inspectorNoSignatures}</p>`;
  return html`<ul part="signatures" class="signatures">
    ${report.signatures.map(
      (signature) => html`<li part="signature">
        <span>${t.inspectorSignature(t.inspectorSignedElement[signature.on] ?? signature.on, signature.reference)}</span>
        <span
          >${t.inspectorAlgorithms(
            lastSegment(signature.signatureAlgorithm) || t.inspectorMissing,
            lastSegment(signature.digestAlgorithm) || t.inspectorMissing,
          )}</span
        >
        <strong part="signature-state">${t.inspectorVerified[String(signature.valid ?? 'unknown')]}</strong>
      </li>`,
    )}
  </ul>`;
}

/** A decoded SAML response: the response, its assertion, attributes, signatures and the XML. */
export function renderSaml(report: SamlReport, t: InspectorTerms): TemplateResult {
  const { response, assertion } = report;
  const status = [response.status.code, response.status.subCode, response.status.message].filter(Boolean).join(' / ');
  const attributes = Object.entries(assertion?.attributes ?? {}).map(
    ([name, values]) => [name, values.join(', ')] as const,
  );
  return html`<section part="section" aria-labelledby="response-heading">
      <h3 id="response-heading">${t.inspectorResponse}</h3>
      ${renderFacts(
        [
          [t.inspectorIssuer, response.issuer],
          [t.inspectorDestination, response.destination],
          [t.inspectorStatus, status],
        ],
        'response',
      )}
    </section>
    <section part="section" aria-labelledby="assertion-heading">
      <h3 id="assertion-heading">${t.inspectorAssertion}</h3>
      ${report.encryptedAssertion ? html`<p>${t.inspectorEncrypted}</p>` : nothing}
      ${
        assertion === undefined
          ? nothing
          : renderFacts(
              [
                [t.inspectorIssuer, assertion.issuer],
                [t.inspectorSubject, assertion.nameId],
                [t.inspectorNameIdFormat, assertion.nameIdFormat],
                [t.inspectorRecipient, assertion.recipient],
                [t.inspectorAudience, assertion.audiences.join(', ')],
                [
                  t.inspectorConditions,
                  t.inspectorValidity(
                    assertion.notBefore ?? t.inspectorMissing,
                    assertion.notOnOrAfter ?? t.inspectorMissing,
                  ),
                ],
                [t.inspectorAuthn, assertion.authnContextClassRef],
              ],
              'assertion',
            )
      }
    </section>
    <section part="section" aria-labelledby="attributes-heading">
      <h3 id="attributes-heading">${t.inspectorAttributes}</h3>
      ${attributes.length === 0 ? html`<p>${t.inspectorNoAttributes}</p>` : renderFacts(attributes, 'attributes')}
    </section>
    <section part="section" aria-labelledby="signatures-heading">
      <h3 id="signatures-heading">${t.inspectorSignatures}</h3>
      ${renderSignatures(report, t)}
    </section>
    <details part="xml">
      <summary>${t.inspectorXml}</summary>
      <pre tabindex="0" aria-label=${t.inspectorXml}>${report.xml}</pre>
    </details>`;
}
