import { html, nothing, type TemplateResult } from 'lit';
import type { FormsTerms as Translation } from '../../../translations/forms-terms.js';

/** What happened after **Done**. */
export type CreateResult =
  | { readonly kind: 'pending' }
  | { readonly kind: 'handled' }
  | { readonly kind: 'failed'; readonly message: string }
  | {
      readonly kind: 'created';
      readonly app: Readonly<Record<string, unknown>>;
      /** The generated client secret, held until the user dismisses it: it is shown once. */
      readonly secret?: string | undefined;
      /** Whether a secret was generated and has been dismissed. */
      readonly secretDismissed?: boolean;
      /** What **Controlled access** assigned (OIDC apps with users). */
      readonly access?: string;
    };

/** The buttons of the secret panel. */
export interface SecretHandlers {
  readonly copy: () => void;
  readonly dismiss: () => void;
  readonly retry: () => void;
}

const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

const oauthClient = (app: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> => {
  const credentials = app.credentials as { oauthClient?: Readonly<Record<string, unknown>> } | undefined;
  return credentials?.oauthClient ?? {};
};

function renderSecret(result: Extract<CreateResult, { kind: 'created' }>, t: Translation, on: SecretHandlers) {
  if (result.secret !== undefined) {
    return html`<div part="secret-panel" class="secret-panel" role="group" aria-labelledby="secret-warning">
      <p part="warning" class="warning" id="secret-warning">${t.createSecretWarning}</p>
      <ik-secret-field part="secret" .label=${t.createClientSecret} .value=${result.secret}></ik-secret-field>
      <div class="nav">
        <button type="button" part="copy" @click=${on.copy}>${t.createCopySecret}</button>
        <button type="button" part="dismiss-secret" @click=${on.dismiss}>${t.createSecretCopied}</button>
      </div>
    </div>`;
  }
  return result.secretDismissed ? html`<p class="hint">${t.createSecretGone}</p>` : nothing;
}

/** The result view: the created app with its Client ID and, once, its client secret. */
export function renderDone(result: CreateResult, t: Translation, on: SecretHandlers): TemplateResult {
  switch (result.kind) {
    case 'pending':
      return html`<p class="hint">${t.createCreating}</p>`;
    case 'handled':
      return html`<p>${t.createHandled}</p>`;
    case 'failed':
      return html`<p part="error" class="error-line">${result.message}</p>
        <div class="nav"><button type="button" class="primary" @click=${on.retry}>${t.createRetry}</button></div>`;
    case 'created': {
      const { app } = result;
      const clientId = text(oauthClient(app).client_id);
      return html`<dl part="facts" class="facts">
          <div class="fact"><dt>${t.createAppName}</dt><dd>${text(app.label)}</dd></div>
          <div class="fact"><dt>${t.createSignOnMode}</dt><dd class="mono">${text(app.signOnMode)}</dd></div>
          ${clientId === '' ? nothing : html`<div class="fact"><dt>${t.createClientId}</dt><dd class="mono" part="client-id">${clientId}</dd></div>`}
        </dl>
        ${
          oauthClient(app).token_endpoint_auth_method === 'private_key_jwt'
            ? html`<p part="key-auth" class="hint">${t.createKeyAuth}</p>`
            : nothing
        }
        ${result.access === undefined ? nothing : html`<p part="access-result" class="hint">${result.access}</p>`}
        ${renderSecret(result, t, on)}`;
    }
  }
}
