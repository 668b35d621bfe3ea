import type { InspectedResponse } from '@integrakit/protocols/saml';
import { escapeHtml } from '../page.js';

const list = (items: readonly string[]) =>
  items.length === 0 ? '<p>None.</p>' : `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;

/**
 * What the app received, as plain HTML: the problems the inspector found against the app's config
 * (or that there are none), the subject, attributes and signatures, and the XML itself.
 */
export function inspectionHtml(label: string, report: InspectedResponse): string {
  const assertion = report.assertion;
  const problems = report.problems.map((p) => `<code>${escapeHtml(p.code)}</code>: ${escapeHtml(p.message)}`);
  const attributes = Object.entries(assertion?.attributes ?? {}).map(
    ([name, values]) => `<code>${escapeHtml(name)}</code> = ${values.map((v) => escapeHtml(v)).join(', ')}`,
  );
  const signatures = report.signatures.map(
    (s) =>
      `on the ${escapeHtml(s.on)}: ${s.valid === true ? 'verified' : s.valid === false ? 'does not verify' : 'not verified'}`,
  );
  return `      <h1>Test sign-in: ${escapeHtml(label)}</h1>
      <p>The sandbox's test service provider received this SAML response for the app, as the app would.</p>
      <section id="problems" aria-labelledby="problems-title">
        <h2 id="problems-title">Problems</h2>
        ${problems.length === 0 ? '<p class="ok" role="status">No problems: the response matches the app\'s configuration and its signatures verify.</p>' : `<div role="alert">${list(problems)}</div>`}
      </section>
      <section aria-labelledby="subject-title">
        <h2 id="subject-title">Subject</h2>
        <p>NameID: <code id="name-id">${escapeHtml(assertion?.nameId ?? '(none)')}</code> (${escapeHtml(assertion?.nameIdFormat ?? 'no format')})</p>
        <p>Audience: ${escapeHtml(assertion?.audiences.join(', ') ?? '(none)')}; recipient: ${escapeHtml(assertion?.recipient ?? '(none)')}</p>
      </section>
      <section aria-labelledby="attributes-title"><h2 id="attributes-title">Attributes</h2>${list(attributes)}</section>
      <section aria-labelledby="signatures-title"><h2 id="signatures-title">Signatures</h2>${list(signatures)}</section>
      <details><summary>Response XML</summary><pre>${escapeHtml(report.xml)}</pre></details>`;
}
