import type { ConnectorReport } from '@integrakit/core/flows';
import { html, nothing, type TemplateResult } from 'lit';
import type { FormsTerms } from '../../translations/forms-terms.js';
import {
  type ProtocolFormsTerms as Translation,
  withProtocolFormsTerms,
} from '../../translations/protocol-forms.en.js';

type Check = ConnectorReport['checks'][number];

const outcome = (check: Check, t: Translation) =>
  check.skipped
    ? t.connectorSkipped
    : check.ok
      ? t.connectorPassed
      : check.severity === 'warning'
        ? t.connectorWarning
        : t.connectorFailed;

const state = (check: Check) =>
  check.skipped ? 'skipped' : check.ok ? 'passed' : check.severity === 'warning' ? 'warning' : 'failed';

/**
 * The report of "Test Connector Configuration", check by check, each with its HTTP evidence in a
 * `<details>` (closed). The report is the SCIM module's, which redacts secrets and never holds
 * request headers, so nothing here can show a credential.
 */
export function renderConnectorReport(report: ConnectorReport, terms: FormsTerms): TemplateResult {
  const t = withProtocolFormsTerms(terms);
  const failed = report.checks.filter((check) => !check.ok && check.severity === 'error').length;
  return html`<section part="connector-report" class="connector-report" aria-labelledby="connector-report-title">
    <h3 id="connector-report-title" data-ok=${report.ok ? 'true' : 'false'}>
      ${report.ok ? t.connectorReportPassed : t.connectorReportFailed(failed)}
    </h3>
    <ol class="checks">
      ${report.checks.map(
        (check) => html`<li part="connector-check" class="check" data-state=${state(check)} data-check=${check.id}>
          <span class="outcome">${outcome(check, t)}</span>
          <code>${check.id}</code>
          <span class="message">${check.message}</span>
          ${
            check.evidence.length === 0
              ? nothing
              : html`<details part="evidence">
                <summary>${t.connectorEvidence(check.evidence.length)}</summary>
                <ul>
                  ${check.evidence.map(
                    (item) => html`<li>
                      <code>${item.method} ${item.url}</code> → ${item.status === 0 ? t.connectorNoResponse : item.status}
                      ${item.contentType ?? ''} (${t.connectorElapsed(item.elapsedMs)})
                      <pre>${item.excerpt}</pre>
                    </li>`,
                  )}
                </ul>
              </details>`
          }
        </li>`,
      )}
    </ol>
    ${
      report.actions.length === 0
        ? nothing
        : html`<h4>${t.connectorActions}</h4>
          <ul class="actions">
            ${report.actions.map(
              (action) =>
                html`<li data-supported=${action.supported ? 'true' : 'false'}>
                  ${t.scimActions[action.action] ?? action.action}: ${action.supported ? t.connectorSupported : t.connectorUnsupported}
                  — ${action.reason}
                </li>`,
            )}
          </ul>`
    }
  </section>`;
}
