import type { OktaApp } from '@integrakit/core/client';
import { html, nothing, type TemplateResult } from 'lit';
import { logoUrl } from './app-fields.js';
import type { Terms } from './view.js';

/** What the header's buttons do. */
export interface HeaderActions {
  readonly lifecycle: (action: 'activate' | 'deactivate') => void;
  readonly askDelete: () => void;
  readonly copyId: () => void;
  /** Set when the host runs Test sign-in: shows the button while the app is active. */
  readonly testSignIn: (() => void) | undefined;
}

/**
 * The app's header: logo, label (a heading at `level`), sign-on mode, status with **Activate** /
 * **Deactivate**, **Delete** only while inactive (Okta's rule), **Test sign-in** while active when
 * the host runs it, the copyable app id, and the `actions` slot for host buttons (View Logs).
 */
export function renderHeader(
  app: OktaApp,
  t: Terms,
  level: number,
  busy: boolean,
  actions: HeaderActions,
): TemplateResult {
  const active = app.status === 'ACTIVE';
  const logo = logoUrl(app);
  return html`<header part="header" class="header">
    ${
      logo === undefined
        ? html`<span part="logo" class="logo" aria-hidden="true">${app.label.trim().charAt(0).toUpperCase()}</span>`
        : html`<img part="logo" class="logo" src=${logo} alt=${t.intLogo(app.label)} />`
    }
    <div class="title">
      <div part="label" class="label" role="heading" aria-level=${level}>${app.label}</div>
      <dl part="facts" class="facts">
        <div class="fact"><dt>${t.intSignOnMode}</dt><dd>${app.signOnMode}</dd></div>
        <div class="fact">
          <dt>${t.intStatus}</dt>
          <dd><span part="status-badge" class="badge" data-status=${app.status}>${active ? t.intActive : t.intInactive}</span></dd>
        </div>
        <div class="fact">
          <dt>${t.intAppId}</dt>
          <dd>
            <code part="app-id">${app.id}</code>
            <button type="button" part="copy" aria-label=${t.intCopyAppId} @click=${actions.copyId}>${t.setupCopyShort}</button>
          </dd>
        </div>
      </dl>
    </div>
    <div part="actions" class="actions" aria-busy=${busy ? 'true' : 'false'}>
      <slot name="actions"></slot>
      ${
        active && actions.testSignIn !== undefined
          ? html`<button type="button" part="test-sign-in" @click=${actions.testSignIn}>${t.intTestSignIn}</button>`
          : nothing
      }
      <button type="button" part="lifecycle" id="lifecycle" @click=${() => actions.lifecycle(active ? 'deactivate' : 'activate')}>
        ${active ? t.intDeactivate : t.intActivate}
      </button>
      ${active ? nothing : html`<button type="button" part="delete" class="danger" @click=${actions.askDelete}>${t.intDelete}</button>`}
    </div>
  </header>`;
}

/** The Delete confirmation (a modal `<dialog>`, opened with `showModal()`). */
export function renderDeleteDialog(app: OktaApp, t: Terms, confirm: () => void, cancel: () => void): TemplateResult {
  return html`<dialog part="delete-confirm" id="delete-confirm" aria-labelledby="delete-title" @cancel=${cancel}>
    <h2 id="delete-title">${t.intDeleteTitle(app.label)}</h2>
    <p>${t.intDeleteText}</p>
    <div class="nav">
      <button type="button" part="confirm-delete" class="danger" @click=${confirm}>${t.intDelete}</button>
      <button type="button" part="cancel-delete" @click=${cancel}>${t.intCancel}</button>
    </div>
  </dialog>`;
}
