import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../translations/en.js';

/** What {@link renderField} needs to lay out one field: ids, texts, and the words it adds itself. */
export interface FieldSpec {
  /** The control's id; hint and error ids derive from it. */
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  /** The error shown under the control; `undefined` while there is none. */
  readonly error?: string | undefined;
  /** Marks the field "Optional" (required is the default and gets no mark). */
  readonly optional?: boolean | undefined;
  readonly t: Pick<Translation, 'fieldOptional' | 'fieldError'>;
}

/** ARIA wiring {@link renderField} hands to the control it wraps. */
export interface ControlAria {
  readonly id: string;
  /** Hint then error ids, or `nothing` when there are neither. */
  readonly describedby: string | typeof nothing;
  readonly invalid: boolean;
}

/**
 * One field in the Admin Console's layout: label, hint, control, error. The control is rendered by
 * `control` with the ids it must carry, so label, hint, control and error share one shadow root.
 */
export function renderField(f: FieldSpec, control: (a: ControlAria) => TemplateResult): TemplateResult {
  const hint = f.hint ? `${f.id}-hint` : '';
  const error = f.error ? `${f.id}-error` : '';
  const describedby = [hint, error].filter(Boolean).join(' ') || nothing;
  return html`<div part="field" class="field">
    <label part="label" for=${f.id}>${f.label}${
      f.optional ? html` <span part="optional">${f.t.fieldOptional}</span>` : nothing
    }</label>
    ${f.hint ? html`<p part="hint" id=${hint}>${f.hint}</p>` : nothing}
    ${control({ id: f.id, describedby, invalid: f.error !== undefined })}
    ${
      f.error
        ? html`<p part="error" id=${error}><span class="visually-hidden">${f.t.fieldError}: </span>${f.error}</p>`
        : nothing
    }
  </div>`;
}
