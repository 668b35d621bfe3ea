import type { InspectionProblem } from '@integrakit/core/inspection';
import { html, type TemplateResult } from 'lit';
import type { InspectorTerms } from '../../translations/inspector.en.js';

/** The problems as a list: severity (as a word, not only a colour), the field or setting, the message. */
export function renderProblems(problems: readonly InspectionProblem[], t: InspectorTerms): TemplateResult {
  return html`<section part="problems" aria-labelledby="problems-heading">
    <h3 id="problems-heading">${t.inspectorProblems}</h3>
    ${
      problems.length === 0
        ? html`<p part="no-problems">${t.inspectorNoProblems}</p>`
        : html`<ul class="problems">
          ${problems.map(
            (
              problem,
            ) => html`<li part="problem" class="problem" data-severity=${problem.severity} data-code=${problem.code}>
              <span part="severity" class="severity">${t.inspectorSeverity[problem.severity] ?? problem.severity}</span>
              <code part="problem-field" title=${t.inspectorField}>${problem.field}</code>
              <span part="problem-message">${problem.message}</span>
            </li>`,
          )}
        </ul>`
    }
  </section>`;
}

/** A definition list of label → value rows, skipping rows without a value. */
export function renderFacts(rows: readonly (readonly [string, unknown])[], part: string): TemplateResult {
  return html`<dl part=${part} class="facts">
    ${rows
      .filter(([, value]) => value !== undefined && value !== '')
      .map(([label, value]) => html`<dt>${label}</dt><dd>${display(value)}</dd>`)}
  </dl>`;
}

/** A value as text: strings as they are, everything else as JSON (never as markup). */
export function display(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? String(value);
}
