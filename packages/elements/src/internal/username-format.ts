import {
  BUILT_IN_USERNAME_FORMATS,
  computeUsername,
  ExpressionError,
  type UsernameTemplate,
  type UserProfile,
} from '@integrakit/core/assignment';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { WizardTerms } from '../translations/en-wizard.js';
import { renderField } from './field.js';
import { fieldId } from './wizard/field-id.js';

/** A username format as a flow holds it (possibly invalid while being typed). */
export interface UsernameFormatValue {
  readonly type: string;
  readonly template?: string | undefined;
  readonly userSuffix?: string | undefined;
}

/** What {@link renderUsernameFormat} shows and calls. */
export interface UsernameFormatView {
  readonly value: UsernameFormatValue;
  /** The person the preview is computed for. */
  readonly sample: UserProfile;
  /** Errors shown for the format (`['username', 'template']`) and its expression, if any. */
  readonly error?: string | undefined;
  /** Whether the app pushes users (Okta then needs a username for every assignment). */
  readonly pushProvisioning: boolean;
  /** Issue path prefix of the format: `['username', 'template']` in the add flow. */
  readonly path: readonly (string | number)[];
  readonly t: WizardTerms;
  readonly onChange: (value: UsernameFormatValue) => void;
}

/** The preview for `value` on `sample`: the username, none, or the expression's error and where it starts. */
export type UsernamePreview =
  | { readonly kind: 'value'; readonly value: string }
  | { readonly kind: 'none' }
  | { readonly kind: 'error'; readonly message: string; readonly position: number };

/** Computes the username core would give `sample`, catching expression errors with their position. */
export function usernamePreview(value: UsernameFormatValue, sample: UserProfile): UsernamePreview {
  try {
    const username = computeUsername(value as UsernameTemplate, sample);
    return username === null ? { kind: 'none' } : { kind: 'value', value: username };
  } catch (error) {
    if (!(error instanceof ExpressionError)) return { kind: 'none' };
    const message = error.message.replace(/ \(at position \d+\)$/, '');
    return { kind: 'error', message, position: error.position };
  }
}

const CUSTOM = 'CUSTOM';
const NONE = 'NONE';
const SUFFIX_TEMPLATE = BUILT_IN_USERNAME_FORMATS.at(-1)?.template;

function selected(value: UsernameFormatValue): string {
  return value.type === 'BUILT_IN' ? (value.template ?? '') : value.type;
}

function renderExpression(view: UsernameFormatView, preview: UsernamePreview): TemplateResult {
  const { t, value } = view;
  const id = fieldId([...view.path, 'template']);
  const source = value.template ?? '';
  const expressionError =
    preview.kind === 'error' ? t.usernameExpressionError(preview.position + 1, preview.message) : undefined;
  return html`${renderField(
    { id, label: t.usernameExpression, hint: t.usernameExpressionHint, error: expressionError ?? view.error, t },
    (a) => html`<textarea
      id=${a.id}
      class="mono"
      rows="2"
      spellcheck="false"
      aria-required="true"
      aria-describedby=${a.describedby}
      aria-invalid=${a.invalid ? 'true' : nothing}
      .value=${live(source)}
      @input=${(event: Event) => view.onChange({ type: CUSTOM, template: (event.target as HTMLTextAreaElement).value })}
    ></textarea>`,
  )}
  ${
    preview.kind === 'error'
      ? html`<p class="expression-at mono" aria-hidden="true"
          >${source.slice(0, preview.position)}<mark part="expression-error">${source.slice(preview.position) || ' '}</mark></p>`
      : nothing
  }`;
}

/**
 * The **Application username format** field: Okta's built-in formats, **Custom** (an expression
 * editor whose errors show where they start), **None**, and a live preview on a sample person.
 * Shared by the add wizard and the create wizard's SAML form.
 */
export function renderUsernameFormat(view: UsernameFormatView): TemplateResult {
  const { t, value } = view;
  const id = fieldId(view.path);
  const preview = usernamePreview(value, view.sample);
  const onSelect = (event: Event) => {
    const choice = (event.target as HTMLSelectElement).value;
    if (choice === CUSTOM) view.onChange({ type: CUSTOM, template: 'user.login' });
    else if (choice === NONE) view.onChange({ type: NONE });
    else view.onChange({ type: 'BUILT_IN', template: choice });
  };
  return html`${renderField(
    { id, label: t.usernameFormat, error: value.type === CUSTOM ? undefined : view.error, t },
    (
      a,
    ) => html`<select id=${a.id} aria-describedby=${a.describedby} aria-invalid=${a.invalid ? 'true' : nothing} @change=${onSelect}>
      ${BUILT_IN_USERNAME_FORMATS.map(
        (format) =>
          html`<option value=${format.template} ?selected=${selected(value) === format.template}>${
            t.usernameFormats[format.label] ?? format.label
          }</option>`,
      )}
      <option value=${CUSTOM} ?selected=${value.type === CUSTOM}>${t.usernameCustom}</option>
      <option value=${NONE} ?selected=${value.type === NONE}>${t.usernameNone}</option>
    </select>`,
  )}
  ${
    value.type === 'BUILT_IN' && value.template === SUFFIX_TEMPLATE
      ? renderField(
          { id: fieldId([...view.path, 'userSuffix']), label: t.usernameSuffix, optional: true, t },
          (a) =>
            html`<input id=${a.id} type="text" aria-describedby=${a.describedby} .value=${live(value.userSuffix ?? '')}
            @input=${(event: Event) => view.onChange({ ...value, userSuffix: (event.target as HTMLInputElement).value })} />`,
        )
      : nothing
  }
  ${value.type === CUSTOM ? renderExpression(view, preview) : nothing}
  <p part="preview" class="preview">
    <span>${t.usernamePreviewFor(String(view.sample.firstName ?? ''), String(view.sample.lastName ?? ''))}</span>
    <output for=${id} class="mono">${
      preview.kind === 'value'
        ? preview.value
        : preview.kind === 'none'
          ? t.usernamePreviewNone
          : t.usernamePreviewInvalid
    }</output>
  </p>
  ${value.type === NONE && view.pushProvisioning ? html`<p part="note" class="note">${t.usernameNoneWithPush}</p>` : nothing}`;
}
