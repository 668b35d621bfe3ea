import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { renderField } from '../../../internal/field.js';
import { fieldId } from '../../../internal/wizard/field-id.js';
import type { AddStepContext } from './step-context.js';

/** Handlers the General Settings step needs beyond the flow's update. */
export interface GeneralStepExtras {
  /** A free label to offer when the server said the label is taken ("Slack (2)"). */
  readonly suggestion: string | undefined;
}

const value = (event: Event) => (event.target as HTMLInputElement).value;

/**
 * **General Settings**: the entry's per-tenant settings (label, help, required marks, example),
 * **Application label**, and the two visibility checkboxes.
 */
export function renderGeneral(c: AddStepContext, extras: GeneralStepExtras): TemplateResult {
  const { t, draft, entry } = c;
  const settings = draft.general.tenantSettings;
  const visibility = draft.general.visibility;
  const labelPath = ['label'];
  return html`
    ${entry.settings.map((setting) => {
      const path = ['tenantSettings', setting.name];
      const optional = setting.required === false;
      return renderField(
        { id: fieldId(path), label: setting.label, hint: setting.helpText, error: c.errorAt(path), optional, t },
        (a) => html`<input
          id=${a.id}
          type=${setting.type === 'string' ? 'text' : 'url'}
          autocomplete="off"
          spellcheck="false"
          aria-required=${optional ? nothing : 'true'}
          aria-describedby=${a.describedby}
          aria-invalid=${a.invalid ? 'true' : nothing}
          placeholder=${setting.example ?? nothing}
          .value=${live(settings[setting.name] ?? '')}
          @input=${(event: Event) => c.update({ tenantSettings: { ...settings, [setting.name]: value(event) } })}
        />`,
      );
    })}
    ${renderField(
      { id: fieldId(labelPath), label: t.addLabel, hint: t.addLabelHint, error: c.errorAt(labelPath), t },
      (a) => html`<input
        id=${a.id}
        type="text"
        autocomplete="off"
        aria-required="true"
        aria-describedby=${a.describedby}
        aria-invalid=${a.invalid ? 'true' : nothing}
        .value=${live(draft.general.label)}
        @input=${(event: Event) => c.update({ label: value(event) })}
      />`,
    )}
    ${
      extras.suggestion === undefined
        ? nothing
        : html`<p class="suggestion">
            <button type="button" part="suggestion" class="link" @click=${() => c.update({ label: extras.suggestion })}>
              ${t.addUseLabel(extras.suggestion)}
            </button>
          </p>`
    }
    <fieldset>
      <legend>${t.addVisibility}</legend>
      ${(['web', 'iOS'] as const).map(
        (key) => html`<div class="check">
          <input
            id=${fieldId(['visibility', 'hide', key])}
            type="checkbox"
            .checked=${live(visibility.hide[key])}
            @change=${(event: Event) =>
              c.update({
                visibility: {
                  ...visibility,
                  hide: { ...visibility.hide, [key]: (event.target as HTMLInputElement).checked },
                },
              })}
          />
          <label for=${fieldId(['visibility', 'hide', key])}>${key === 'web' ? t.addHideWeb : t.addHideMobile}</label>
        </div>`,
      )}
    </fieldset>
  `;
}
