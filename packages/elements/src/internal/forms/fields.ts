import { html, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { type FieldPath, fieldId, renderCheckbox, renderField, textInput } from '../field.js';
import { type ConfigValues, type FormContext, optionalText, text } from './form-context.js';

/** Options of {@link configTextField}. */
export interface TextFieldOptions {
  readonly hint?: string | undefined;
  /** An optional field sends `undefined` when blank, so the config leaves it out. */
  readonly optional?: boolean;
  readonly type?: 'text' | 'url' | 'password';
}

/**
 * A text field bound to `values[key]`, its id and error at `ctx.base` + `key`. Given `ctx.current`
 * (the form's change merges into the config as it is when the event fires), a field whose value,
 * error and wording stayed the same skips re-rendering: a keystroke redraws only the field typed in.
 */
export function configTextField(
  ctx: FormContext,
  values: ConfigValues,
  key: string,
  label: string,
  options: TextFieldOptions = {},
): TemplateResult {
  const path: FieldPath = [...ctx.base, key];
  const value = text(values, key);
  const error = ctx.error(path);
  const draw = () =>
    renderField({ id: fieldId(path), label, hint: options.hint, error, optional: options.optional, t: ctx.t }, (aria) =>
      textInput(aria, value, (typed) => ctx.change({ [key]: options.optional ? optionalText(typed) : typed }), {
        type: options.type ?? 'text',
        optional: options.optional ?? false,
      }),
    );
  return unlessChanged(ctx, [value, error, ctx.t, label, options.hint, options.optional, options.type], draw);
}

/**
 * `draw()`, skipped on re-renders while every one of `deps` stays the same — only where the form
 * reads the config live (`ctx.current`), so handlers left from an earlier render still change the
 * config as it is now. `deps` must hold everything `draw` shows and every value its handlers capture.
 */
export function unlessChanged(ctx: FormContext, deps: unknown[], draw: () => TemplateResult): TemplateResult {
  return ctx.current === undefined ? draw() : html`${guard(deps, draw)}`;
}

/** A checkbox bound to the boolean `values[key]`. */
export function configCheckbox(
  ctx: FormContext,
  values: ConfigValues,
  key: string,
  label: string,
  hint?: string,
): TemplateResult {
  const path: FieldPath = [...ctx.base, key];
  return renderCheckbox({
    id: fieldId(path),
    label,
    hint,
    error: ctx.error(path),
    t: ctx.t,
    checked: values[key] === true,
    onChange: (checked) => ctx.change({ [key]: checked }),
  });
}

/** A titled group of fields, as the Admin Console's sections ("General Settings", "SAML Settings"). */
export const section = (title: string, body: TemplateResult | readonly TemplateResult[]): TemplateResult =>
  html`<section part="section" class="section"><h3 part="section-title">${title}</h3>${body}</section>`;
