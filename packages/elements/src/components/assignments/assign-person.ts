import type { AssignmentUsername } from '@integrakit/core/assignment';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { renderField } from '../../internal/field.js';
import type { PickerOption } from '../../internal/picker.js';
import type { AssignmentsTerms } from '../../translations/assignments.en.js';

/** The person picked in **Assign to People**, with the username field core worked out for them. */
export interface PendingPerson {
  readonly option: PickerOption;
  readonly username: AssignmentUsername;
  readonly value: string;
  readonly error?: string | undefined;
  readonly busy: boolean;
}

/** What {@link renderAssignPerson} shows and calls. */
export interface AssignPersonSpec {
  readonly pending: PendingPerson;
  readonly onInput: (value: string) => void;
  readonly onSubmit: () => void;
  readonly onCancel: () => void;
  readonly t: AssignmentsTerms;
}

/**
 * The picked person's assignment form: the app username prefilled from the app's format, editable
 * when the format allows, read-only for a custom expression, required when it gives none.
 */
export function renderAssignPerson(spec: AssignPersonSpec): TemplateResult {
  const { pending, t } = spec;
  const { mode } = pending.username;
  return html`<form
    part="assign-form"
    class="assign-form"
    novalidate
    aria-labelledby="assign-person-heading"
    aria-busy=${pending.busy ? 'true' : 'false'}
    @submit=${(event: Event) => {
      event.preventDefault();
      if (!pending.busy) spec.onSubmit();
    }}
  >
    <h4 id="assign-person-heading" tabindex="-1">${t.assignPerson(pending.option.name)}</h4>
    ${renderField(
      {
        id: 'f-username',
        label: t.assignUsername,
        hint: t.assignUsernameHint[mode],
        error: pending.error,
        t,
      },
      (aria) => html`<input
        part="input"
        id=${aria.id}
        type="text"
        autocomplete="off"
        spellcheck="false"
        maxlength="100"
        ?readonly=${mode === 'readonly'}
        aria-required=${mode === 'required' ? 'true' : nothing}
        aria-describedby=${aria.describedby}
        aria-invalid=${aria.invalid ? 'true' : nothing}
        .value=${live(pending.value)}
        @input=${(event: Event) => spec.onInput((event.target as HTMLInputElement).value)}
      />`,
    )}
    <div class="actions">
      <button type="submit" part="assign-submit" class="primary">${pending.busy ? t.assignBusy : t.assignSave}</button>
      <button type="button" part="assign-cancel" @click=${spec.onCancel}>${t.assignCancel}</button>
    </div>
  </form>`;
}
