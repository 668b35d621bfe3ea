import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { fieldId } from '../../../internal/wizard/field-id.js';
import type { AddStepContext } from './step-context.js';

/** **Password reveal** (SWA only): let users see their app password. */
export function renderPasswordReveal(c: AddStepContext): TemplateResult {
  const { t, draft } = c;
  const path = ['revealPassword'];
  const id = fieldId(path);
  const error = c.errorAt(path);
  return html`<fieldset aria-describedby=${error ? `${id}-error` : nothing}>
    <legend>${t.addPasswordReveal}</legend>
    <div class="check">
      <input
        id=${id}
        type="checkbox"
        aria-invalid=${error ? 'true' : nothing}
        .checked=${live(draft.revealPassword)}
        @change=${(event: Event) => c.update({ revealPassword: (event.target as HTMLInputElement).checked })}
      />
      <label for=${id}>${t.addPasswordRevealLabel}</label>
    </div>
    ${error ? html`<p part="error" id=${`${id}-error`}><span class="visually-hidden">${t.fieldError}: </span>${error}</p>` : nothing}
  </fieldset>`;
}
