import type { TokenReport } from '@integrakit/core/inspection';
import { html, type TemplateResult } from 'lit';
import type { InspectorTerms } from '../../translations/inspector.en.js';
import { renderFacts } from './render-problems.js';

/** A decoded token: header, claims, and its times as dates in the reader's language. */
export function renderToken(report: TokenReport, t: InspectorTerms, date: (value: Date) => string): TemplateResult {
  const times = Object.entries(report.times).flatMap(([key, value]) =>
    value instanceof Date ? [[t.inspectorTimeNames[key] ?? key, date(value)] as const] : [],
  );
  return html`<section part="section" aria-labelledby="header-heading">
      <h3 id="header-heading">${t.inspectorHeader}</h3>
      ${renderFacts(Object.entries(report.header ?? {}), 'header')}
    </section>
    <section part="section" aria-labelledby="claims-heading">
      <h3 id="claims-heading">${t.inspectorClaims}</h3>
      ${renderFacts(Object.entries(report.claims ?? {}), 'claims')}
    </section>
    ${
      times.length === 0
        ? ''
        : html`<section part="section" aria-labelledby="times-heading">
          <h3 id="times-heading">${t.inspectorTimes}</h3>
          ${renderFacts(times, 'times')}
        </section>`
    }`;
}
