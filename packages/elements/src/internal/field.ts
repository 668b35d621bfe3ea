import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Translation } from '../translations/en.js';

export { fieldId } from './wizard/field-id.js';

/** A path into a flow's values, as core's issues carry it. */
export type FieldPath = readonly (string | number)[];

/** What {@link renderField} needs to know about a field. */
export interface FieldSpec {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  /** The error shown now; set only after a refused Next (or live, for list items). */
  readonly error?: string | undefined;
  /** Marks the field "Optional"; required is the default and has no mark. */
  readonly optional?: boolean | undefined;
  readonly t: Pick<Translation, 'fieldOptional' | 'fieldError'>;
}

/** The ARIA wiring a control gets from {@link renderField}. */
export interface ControlAria {
  readonly id: string;
  readonly describedby: string | typeof nothing;
  readonly invalid: boolean;
}

const describedBy = (f: FieldSpec): string | typeof nothing =>
  [f.hint ? `${f.id}-hint` : '', f.error ? `${f.id}-error` : ''].filter(Boolean).join(' ') || nothing;

const renderHint = (f: FieldSpec) =>
  f.hint ? html`<p part="hint" class="hint" id="${f.id}-hint">${f.hint}</p>` : nothing;

const renderError = (f: FieldSpec) =>
  f.error
    ? html`<p part="error" class="error" id="${f.id}-error"><span class="visually-hidden">${f.t.fieldError}: </span
        >${f.error}</p>`
    : nothing;

/**
 * One field: label above, hint, the control, the error under it. One shadow root owns all four,
 * so `aria-describedby` (hint, then error) resolves; `aria-invalid` only while an error is shown.
 */
export function renderField(f: FieldSpec, control: (aria: ControlAria) => TemplateResult): TemplateResult {
  return html`<div part="field" class="field">
    <label part="label" for=${f.id}
      >${f.label}${f.optional ? html` <span part="optional" class="optional">${f.t.fieldOptional}</span>` : nothing}</label
    >
    ${renderHint(f)} ${control({ id: f.id, describedby: describedBy(f), invalid: f.error !== undefined })}
    ${renderError(f)}
  </div>`;
}

/** A text-like input for {@link renderField}, sending its value on every `input`. */
export function textInput(
  aria: ControlAria,
  value: string,
  onInput: (value: string) => void,
  options: {
    readonly type?: 'text' | 'url' | 'password';
    readonly optional?: boolean;
    readonly autocomplete?: string;
  } = {},
): TemplateResult {
  return html`<input
    part="input"
    id=${aria.id}
    type=${options.type ?? 'text'}
    autocomplete=${options.autocomplete ?? 'off'}
    spellcheck="false"
    aria-required=${options.optional ? nothing : 'true'}
    aria-describedby=${aria.describedby}
    aria-invalid=${aria.invalid ? 'true' : nothing}
    .value=${live(value)}
    @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)}
  />`;
}

/** A native select for {@link renderField}, sending its value on `change`. */
export function selectInput(
  aria: ControlAria,
  value: string,
  choices: readonly { readonly value: string; readonly label: string }[],
  onChange: (value: string) => void,
): TemplateResult {
  return html`<select
    part="select"
    id=${aria.id}
    aria-describedby=${aria.describedby}
    aria-invalid=${aria.invalid ? 'true' : nothing}
    @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}
  >
    ${choices.map((choice) => html`<option value=${choice.value} ?selected=${choice.value === value}>${choice.label}</option>`)}
  </select>`;
}

/** One option of a {@link renderChoiceGroup}. */
export interface Choice<V extends string> {
  readonly value: V;
  readonly label: string;
  /** A one-line description under the label, tied to the input. */
  readonly description?: string | undefined;
}

/** A radio group or checkbox set. */
export interface ChoiceGroupSpec<V extends string> extends FieldSpec {
  readonly type: 'radio' | 'checkbox';
  readonly choices: readonly Choice<V>[];
  readonly selected: readonly V[];
  readonly onChange: (value: V, checked: boolean) => void;
}

/**
 * A `<fieldset>` with its `<legend>`, hint and error on the fieldset, one native input per choice.
 * The first input carries the group's id, so an error summary link lands on the group.
 */
export function renderChoiceGroup<V extends string>(spec: ChoiceGroupSpec<V>): TemplateResult {
  const invalid = spec.error !== undefined;
  return html`<fieldset
    part="field fieldset"
    class="field fieldset"
    aria-describedby=${describedBy(spec)}
    aria-invalid=${spec.type === 'radio' && invalid ? 'true' : nothing}
  >
    <legend part="label"
      >${spec.label}${spec.optional ? html` <span part="optional" class="optional">(${spec.t.fieldOptional})</span>` : nothing}</legend
    >
    ${renderHint(spec)}
    ${spec.choices.map((choice, index) => {
      const id = index === 0 ? spec.id : `${spec.id}-${index}`;
      const description = choice.description ? `${id}-description` : undefined;
      return html`<div part="option" class="option">
        <input
          id=${id}
          type=${spec.type}
          name=${spec.id}
          .value=${choice.value}
          .checked=${live(spec.selected.includes(choice.value))}
          aria-describedby=${description ?? nothing}
          @change=${(event: Event) => spec.onChange(choice.value, (event.target as HTMLInputElement).checked)}
        />
        <label for=${id}>${choice.label}</label>
        ${description ? html`<p class="description" id=${description}>${choice.description}</p>` : nothing}
      </div>`;
    })}
    ${renderError(spec)}
  </fieldset>`;
}

/** A single checkbox with its label after it ("Use this for Recipient URL and Destination URL"). */
export function renderCheckbox(
  spec: FieldSpec & { readonly checked: boolean; readonly onChange: (checked: boolean) => void },
): TemplateResult {
  return html`<div part="field" class="field checkbox">
    <input
      id=${spec.id}
      type="checkbox"
      .checked=${live(spec.checked)}
      aria-describedby=${describedBy(spec)}
      aria-invalid=${spec.error === undefined ? nothing : 'true'}
      @change=${(event: Event) => spec.onChange((event.target as HTMLInputElement).checked)}
    />
    <label part="label" for=${spec.id}>${spec.label}</label>
    ${renderHint(spec)} ${renderError(spec)}
  </div>`;
}
