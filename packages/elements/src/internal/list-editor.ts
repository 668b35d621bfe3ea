import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FormsTerms as Translation } from '../translations/forms-terms.js';

/**
 * Runs `then` with the shadow root of the element that rendered `event`'s target once that element
 * has re-rendered: list edits re-render rows, so focus is placed afterwards.
 */
export async function afterRender(event: Event, then: (root: ShadowRoot) => void): Promise<void> {
  const root = (event.currentTarget as Node).getRootNode();
  if (!(root instanceof ShadowRoot)) return;
  await (root.host as ReactiveElement).updateComplete;
  then(root);
}

/** A list of URIs edited in place: one input per URI, **Add URI**, and a remove button per row. */
export interface ListEditorSpec {
  /** Id of the list; rows use `itemId(index)`. */
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly optional?: boolean | undefined;
  /** A problem of the list as a whole (for instance "required"). */
  readonly error?: string | undefined;
  readonly items: readonly string[];
  readonly itemId: (index: number) => string;
  /** The problem of one row, shown as the user types (core's or the protocol's rule). */
  readonly itemError: (index: number) => string | undefined;
  readonly onChange: (items: string[]) => void;
  readonly t: Translation;
}

/**
 * The URI list editor. The fieldset names the list; each input is labelled "Sign-in redirect URIs
 * 2" for screen readers, and its own error is tied to it while shown.
 */
export function renderListEditor(spec: ListEditorSpec): TemplateResult {
  const { t, items } = spec;
  const hint = spec.hint ? `${spec.id}-hint` : '';
  const error = spec.error ? `${spec.id}-error` : '';
  const replace = (index: number, value: string) => spec.onChange(items.map((item, i) => (i === index ? value : item)));
  const add = (event: Event) => {
    spec.onChange([...items, '']);
    void afterRender(event, (root) => root.getElementById(spec.itemId(items.length))?.focus());
  };
  const remove = (event: Event, index: number) => {
    spec.onChange(items.filter((_, i) => i !== index));
    // Focus the row that took this one's place, else the one before, else Add URI.
    const next = index < items.length - 1 ? index : index - 1;
    void afterRender(event, (root) =>
      (next >= 0 ? root.getElementById(spec.itemId(next)) : root.getElementById(`${spec.id}-add`))?.focus(),
    );
  };
  return html`<fieldset part="field list-editor" class="field list-editor" aria-describedby=${[hint, error].filter(Boolean).join(' ') || nothing}>
    <legend part="label"
      >${spec.label}${spec.optional ? html` <span part="optional" class="optional">(${t.fieldOptional})</span>` : nothing}</legend
    >
    ${spec.hint ? html`<p part="hint" class="hint" id=${hint}>${spec.hint}</p>` : nothing}
    ${
      items.length === 0
        ? html`<p class="empty">${t.listEmpty}</p>`
        : html`<ol class="rows">
          ${items.map((item, index) => {
            const id = spec.itemId(index);
            const problem = spec.itemError(index);
            return html`<li class="row">
              <label class="visually-hidden" for=${id}>${t.listItem(spec.label, index + 1)}</label>
              <input
                part="input"
                id=${id}
                type="text"
                inputmode="url"
                autocomplete="off"
                spellcheck="false"
                aria-describedby=${problem === undefined ? nothing : `${id}-error`}
                aria-invalid=${problem === undefined ? nothing : 'true'}
                .value=${live(item)}
                @input=${(event: Event) => replace(index, (event.target as HTMLInputElement).value)}
              />
              <button type="button" part="remove" @click=${(event: Event) => remove(event, index)}>
                ${t.listRemove(item, index + 1)}
              </button>
              ${
                problem === undefined
                  ? nothing
                  : html`<p part="error" class="error" id="${id}-error"><span class="visually-hidden">${t.fieldError}: </span
                      >${problem}</p>`
              }
            </li>`;
          })}
        </ol>`
    }
    <button type="button" part="add" id="${spec.id}-add" @click=${add}>${t.listAdd}</button>
    ${
      spec.error
        ? html`<p part="error" class="error" id=${error}><span class="visually-hidden">${t.fieldError}: </span>${spec.error}</p>`
        : nothing
    }
  </fieldset>`;
}
