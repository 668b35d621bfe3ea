import { html, nothing, type TemplateResult } from 'lit';
import type { WizardTerms } from '../../../translations/en-wizard.js';

/** What happened after **Done**. */
export type AddResult =
  | { readonly kind: 'pending' }
  | { readonly kind: 'handled' }
  | { readonly kind: 'created'; readonly app: Readonly<Record<string, unknown>> }
  | { readonly kind: 'failed'; readonly message: string };

const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** The result view: the created app's facts, or what the host took over, or a failure with a retry. */
export function renderDone(result: AddResult, t: WizardTerms, onRetry: () => void): TemplateResult {
  switch (result.kind) {
    case 'pending':
      return html`<p class="hint">${t.addCreating}</p>`;
    case 'handled':
      return html`<p>${t.addHandled}</p>`;
    case 'failed':
      return html`<p part="error" class="error-line">${result.message}</p>
        <div class="nav"><button type="button" class="primary" @click=${onRetry}>${t.addRetry}</button></div>`;
    case 'created': {
      const { app } = result;
      return html`<dl part="facts" class="facts">
        <div class="fact"><dt>${t.addLabel}</dt><dd>${text(app.label)}</dd></div>
        <div class="fact"><dt>${t.addSignOnMode}</dt><dd class="mono">${text(app.signOnMode)}</dd></div>
        <div class="fact"><dt>${t.addStatus}</dt><dd>${text(app.status)}</dd></div>
        ${app.id === undefined ? nothing : html`<div class="fact"><dt>${t.addAppId}</dt><dd class="mono">${text(app.id)}</dd></div>`}
      </dl>`;
    }
  }
}
