import { html, type TemplateResult } from 'lit';
import { fieldId, renderCheckbox, renderField, textInput } from '../../../internal/field.js';
import type { CreateStepContext } from './step-context.js';

/** **General Settings**: the app integration name and its dashboard visibility. */
export function renderGeneral(c: CreateStepContext): TemplateResult {
  const { t, draft } = c;
  const { visibility } = draft.general;
  const path = ['label'];
  const hide = (key: 'web' | 'iOS', checked: boolean) =>
    c.update({ visibility: { ...visibility, hide: { ...visibility.hide, [key]: checked } } });
  return html`${renderField({ id: fieldId(path), label: t.createAppName, error: c.errorAt(path), t }, (aria) =>
    textInput(aria, draft.general.label, (label) => c.update({ label })),
  )}
  <fieldset part="field fieldset" class="field fieldset">
    <legend part="label">${t.createVisibility}</legend>
    ${renderCheckbox({
      id: fieldId(['visibility', 'hide', 'web']),
      label: t.createHideWeb,
      t,
      checked: visibility.hide.web,
      onChange: (checked) => hide('web', checked),
    })}
    ${renderCheckbox({
      id: fieldId(['visibility', 'hide', 'iOS']),
      label: t.createHideMobile,
      t,
      checked: visibility.hide.iOS,
      onChange: (checked) => hide('iOS', checked),
    })}
  </fieldset>`;
}
