import type { Inspection } from '@integrakit/core/inspection';
import { escapeHtml, jsonDataHtml } from '../page.js';

/** Path of the report page's script (an entry of the portal bundle): it fills `<ik-inspector>` from the page's data. */
export const REPORT_SCRIPT_PATH = '/test-sign-in-report.js';
/** The id of the page's JSON data element. */
export const REPORT_DATA_ID = 'test-sign-in-received';

/** What the test SP received for an app, for `<ik-inspector>` to decode and check. */
export interface ReceivedReport {
  readonly label: string;
  /** What the app received: the SAML response (base64) or the token. */
  readonly value: string;
  /** What `value` is, in words (e.g. "SAML response", "ID token"). */
  readonly kind: string;
  /** The app as Okta's API returns it, with its issuer resolved: the config the value is checked against. */
  readonly app: Readonly<Record<string, unknown>>;
  /** The sandbox's issuer, for tokens. */
  readonly issuer?: string;
  /**
   * `value` inspected by the server (SAML: signatures verified with the app's certificate, which
   * needs Node's crypto); without it the page inspects `value` itself. JSON-safe (no dates).
   */
  readonly inspection?: Inspection;
}

/** The report page's main content: `<ik-inspector>` filled by {@link REPORT_SCRIPT_PATH} from {@link jsonDataHtml}. */
export function reportHtml(report: ReceivedReport): string {
  const appPath = `/admin/app/${encodeURIComponent(String(report.app.name ?? 'app'))}/instance/${encodeURIComponent(String(report.app.id))}`;
  return `      <h1>Test sign-in: ${escapeHtml(report.label)}</h1>
      <p>The sandbox's test service provider received this ${escapeHtml(report.kind)} for the app, as the app would. The inspector decodes it and lists any problem against the app's configuration.</p>
      <ik-inspector></ik-inspector>
      <p><a href="${escapeHtml(appPath)}">Back to ${escapeHtml(report.label)}</a></p>
      ${jsonDataHtml(REPORT_DATA_ID, report)}
      <script type="module" src="${REPORT_SCRIPT_PATH}"></script>`;
}
