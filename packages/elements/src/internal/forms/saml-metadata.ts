import { SP_METADATA_MAX_LENGTH } from '@integrakit/core/flows';
import { html, nothing, type TemplateResult } from 'lit';
import type { FormsTerms } from '../../translations/forms-terms.js';
import {
  type ProtocolFormsTerms as Translation,
  withProtocolFormsTerms,
} from '../../translations/protocol-forms.en.js';
import { renderField } from '../field.js';
import { section } from './fields.js';

/** Where "Paste or upload SP metadata" is. */
export type MetadataImportState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'done'; readonly filled: readonly string[]; readonly notFilled: readonly string[] }
  | { readonly status: 'error'; readonly message: string };

const fieldName = (key: string, t: Translation) => t.samlMetadataFields[key] ?? key;

function renderOutcome(state: MetadataImportState, t: Translation): TemplateResult | typeof nothing {
  switch (state.status) {
    case 'idle':
      return nothing;
    case 'loading':
      return html`${t.samlMetadataReading}`;
    case 'error':
      return html`<span part="error" class="error">${state.message}</span>`;
    case 'done':
      return html`<p>${t.samlMetadataFilled}</p>
        <ul part="metadata-filled">${state.filled.map((key) => html`<li>${fieldName(key, t)}</li>`)}</ul>
        ${
          state.notFilled.length === 0
            ? html`<p>${t.samlMetadataAllFilled}</p>`
            : html`<p>${t.samlMetadataNotFilled}</p>
              <ul part="metadata-not-filled">${state.notFilled.map((note) => html`<li>${note}</li>`)}</ul>`
        }`;
  }
}

/**
 * "Paste or upload SP metadata": a text area and a file input; either runs `onImport` with the
 * document. A file larger than core's limit is refused before it is read.
 */
export function renderSpMetadataImport(
  state: MetadataImportState,
  terms: FormsTerms,
  handlers: { readonly onImport: (xml: string) => void; readonly onRefused: (message: string) => void },
): TemplateResult {
  const t = withProtocolFormsTerms(terms);
  const fromText = (event: Event) => {
    const form = (event.currentTarget as HTMLElement).closest('section');
    const area = form?.querySelector<HTMLTextAreaElement>('#sp-metadata');
    if (area && area.value.trim() !== '') handlers.onImport(area.value);
  };
  const fromFile = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file === undefined) return;
    if (file.size > SP_METADATA_MAX_LENGTH) {
      handlers.onRefused(t.samlMetadataTooLarge);
      return;
    }
    void file.text().then(handlers.onImport, () => handlers.onRefused(t.samlMetadataUnreadable));
  };
  return section(
    t.samlMetadataTitle,
    html`<p part="hint" class="hint" id="sp-metadata-hint">${t.samlMetadataHint}</p>
      ${renderField(
        { id: 'sp-metadata', label: t.samlMetadataPaste, t },
        (aria) => html`<textarea
          part="input"
          id=${aria.id}
          rows="4"
          spellcheck="false"
          maxlength=${SP_METADATA_MAX_LENGTH}
          aria-describedby="sp-metadata-hint"
        ></textarea>`,
      )}
      <button type="button" part="import" @click=${fromText}>${t.samlMetadataImport}</button>
      ${renderField(
        { id: 'sp-metadata-file', label: t.samlMetadataUpload, t },
        (aria) => html`<input
          part="file"
          id=${aria.id}
          type="file"
          accept=".xml,application/xml,text/xml,application/samlmetadata+xml"
          @change=${fromFile}
        />`,
      )}
      <div role="status" part="metadata-status" class="status">${renderOutcome(state, t)}</div>`,
  );
}
