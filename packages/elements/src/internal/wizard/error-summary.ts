import type { Issue } from '@integrakit/core/flows';
import { html, nothing, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { guard } from 'lit/directives/guard.js';
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
 * The text of the label of the field for `path` in `root` (or of its nearest ancestor path that has a
 * control), without its "Optional" mark: what the error summary names the field by.
 */
export function fieldName(root: ShadowRoot | null, path: readonly (string | number)[]): string | undefined {
  for (let length = path.length; root !== null && length > 0; length--) {
    const id = fieldId(path.slice(0, length));
    const control = root.getElementById(id);
    if (control === null) continue;
    // A choice (radio or checkbox in a group) is named by its group's legend, not by its own option.
    const choice = control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox');
    const group = control instanceof HTMLFieldSetElement ? control : choice ? control.closest('fieldset') : null;
    const label = group?.querySelector('legend') ?? root.querySelector(`label[for="${CSS.escape(id)}"]`);
    const own = [...(label?.childNodes ?? [])].filter((node) => node.nodeType === Node.TEXT_NODE);
    const text = own
      .map((node) => node.textContent)
      .join('')
      .trim();
    return text === '' ? undefined : text;
  }
  return undefined;
}

/** The field names of a summarized issues array: reading labels scans the step's DOM, so it is done once per array. */
const namesOf = new WeakMap<
  readonly Issue[],
  { readonly t: object; readonly root: ShadowRoot | null; readonly names: readonly (string | undefined)[] }
>();

function summaryNames(issues: readonly Issue[], t: object, root: ShadowRoot | null): readonly (string | undefined)[] {
  const known = namesOf.get(issues);
  if (known !== undefined && known.t === t && known.root === root) return known.names;
  const names = issues.map((item) => fieldName(root, item.path));
  // A field not on screen yet (its step renders after the summary) is looked for again next render.
  if (names.every((name) => name !== undefined)) namesOf.set(issues, { t, root, names });
  return names;
}

/**
 * The error summary atop a step: a focusable container (`#error-summary`, `tabindex=-1`) with an
 * inner `role="alert"`, a title and one link per issue to its field, named by the field's label where it is on screen (two "This field
 * cannot be left blank" links would not say which field is which). Links never change the URL.
 * Renders nothing while there are no issues.
 */
export function renderErrorSummary(
  issues: readonly Issue[],
  t: Pick<WizardTerms, 'wizardErrorTitle' | 'wizardIssues' | 'wizardIssueAt'>,
  root: ShadowRoot | null,
  onLink: (issue: Issue) => void,
): DirectiveResult | typeof nothing {
  if (issues.length === 0) return nothing;
  const names = summaryNames(issues, t, root);
  // A keystroke that fixes no error leaves the summary alone.
  return guard([issues, t, names, root], () => renderSummary(issues, t, names, onLink));
}

function renderSummary(
  issues: readonly Issue[],
  t: Pick<WizardTerms, 'wizardErrorTitle' | 'wizardIssues' | 'wizardIssueAt'>,
  names: readonly (string | undefined)[],
  onLink: (issue: Issue) => void,
): TemplateResult {
  return html`<div part="error-summary" class="error-summary" id="error-summary" tabindex="-1">
    <div role="alert">
      <h3 class="error-summary-title">${t.wizardErrorTitle}</h3>
      <ul>
        ${issues.map(
          (item, index) => html`<li>
            <a
              href="#${fieldId(item.path)}"
              @click=${(event: Event) => {
                event.preventDefault();
                onLink(item);
              }}
              >${linkText(item, t, names[index])}</a
            >
          </li>`,
        )}
      </ul>
    </div>
  </div>`;
}

const linkText = (issue: Issue, t: Pick<WizardTerms, 'wizardIssues' | 'wizardIssueAt'>, name: string | undefined) =>
  name === undefined ? issueText(issue, t) : t.wizardIssueAt(name, issueText(issue, t));
