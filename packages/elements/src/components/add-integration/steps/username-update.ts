import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { fieldId } from '../../../internal/wizard/field-id.js';
import type { AddStepContext } from './step-context.js';

const CHOICES = ['CREATE_AND_UPDATE', 'CREATE_ONLY'] as const;

/** **Update application username on**: Create and update, or Create only (custom formats only). */
export function renderUsernameUpdate(c: AddStepContext): TemplateResult {
  const { t, draft } = c;
  const path = ['username', 'updateOn'];
  const id = fieldId(path);
  const error = c.errorAt(path);
  return html`<fieldset id=${id} aria-describedby=${[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}>
    <legend>${t.addUpdateOn}</legend>
    <p class="hint" id=${`${id}-hint`}>${t.addUpdateOnHint}</p>
    ${CHOICES.map(
      (choice) => html`<div class="option">
        <input
          type="radio"
          name="updateOn"
          id=${`${id}-${choice}`}
          .checked=${live(draft.username.updateOn === choice)}
          aria-invalid=${error ? 'true' : nothing}
          @change=${() => c.update({ updateOn: choice })}
        />
        <label for=${`${id}-${choice}`}>${choice === 'CREATE_ONLY' ? t.addCreateOnly : t.addCreateAndUpdate}</label>
      </div>`,
    )}
    ${error ? html`<p part="error" id=${`${id}-error`}><span class="visually-hidden">${t.fieldError}: </span>${error}</p>` : nothing}
  </fieldset>`;
}
