import type { Issue } from '@integrakit/core/flows';
import { html, nothing, type TemplateResult } from 'lit';
import type { WizardTerms } from '../../translations/en-wizard.js';
import { fieldId } from './field-id.js';
import { issueText } from './issue-text.js';

/**
 * Focuses the control for `path` in `root`, or the nearest ancestor path that has one, or the
 * form's first control: its label scrolls into view, then the control takes focus without scrolling.
 */
export function focusField(root: ShadowRoot | null, path: readonly (string | number)[]): void {
  if (root === null) return;
  let control: HTMLElement | null = null;
  for (let length = path.length; control === null && length > 0; length--) {
    control = root.getElementById(fieldId(path.slice(0, length)));
  }
  control ??= root.querySelector<HTMLElement>('form input, form select, form textarea');
  if (control instanceof HTMLFieldSetElement) control = control.querySelector('input');
  if (control === null) return;
  const label = control.id === '' ? null : root.querySelector(`label[for="${CSS.escape(control.id)}"]`);
  (label ?? control).scrollIntoView({ block: 'center' });
  control.focus({ preventScroll: true });
}

/**
 * The error summary atop a step: a focusable container (`#error-summary`, `tabindex=-1`) with an
 * inner `role="alert"`, a title and one link per issue to its field. Links never change the URL.
 * Renders nothing while there are no issues.
 */
export function renderErrorSummary(
  issues: readonly Issue[],
  t: Pick<WizardTerms, 'wizardErrorTitle' | 'wizardIssues'>,
  onLink: (issue: Issue) => void,
): TemplateResult | typeof nothing {
  if (issues.length === 0) return nothing;
  return html`<div part="error-summary" class="error-summary" id="error-summary" tabindex="-1">
    <div role="alert">
      <h3 class="error-summary-title">${t.wizardErrorTitle}</h3>
      <ul>
        ${issues.map(
          (item) => html`<li>
            <a
              href="#${fieldId(item.path)}"
              @click=${(event: Event) => {
                event.preventDefault();
                onLink(item);
              }}
              >${issueText(item, t)}</a
            >
          </li>`,
        )}
      </ul>
    </div>
  </div>`;
}
