import { CATALOG_PROTOCOLS, type SignOnProtocol, swaLocked } from '@integrakit/core/flows';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { renderField } from '../../../internal/field.js';
import { fieldId } from '../../../internal/wizard/field-id.js';
import type { AddStepContext } from './step-context.js';

type Config = Readonly<Record<string, unknown>>;

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The sign-on modes the entry supports, in its order. */
export function entryModes(c: AddStepContext): SignOnProtocol[] {
  return c.entry.functionality.signOn.flatMap((label) =>
    Object.hasOwn(CATALOG_PROTOCOLS, label) ? [CATALOG_PROTOCOLS[label as keyof typeof CATALOG_PROTOCOLS]] : [],
  );
}

function renderFact(label: string, value: unknown): TemplateResult | typeof nothing {
  return typeof value === 'string' && value !== ''
    ? html`<div class="fact"><dt>${label}</dt><dd class="mono">${value}</dd></div>`
    : nothing;
}

function renderTextSetting(
  c: AddStepContext,
  config: Config,
  key: string,
  label: string,
  options: { optional?: boolean; hint?: string | undefined; readonly?: boolean } = {},
): TemplateResult {
  const path = ['signOn', 'config', key];
  return renderField(
    { id: fieldId(path), label, hint: options.hint, error: c.errorAt(path), optional: options.optional, t: c.t },
    (a) => html`<input
      id=${a.id}
      type="text"
      spellcheck="false"
      ?readonly=${options.readonly === true}
      aria-required=${options.optional ? nothing : 'true'}
      aria-describedby=${a.describedby}
      aria-invalid=${a.invalid ? 'true' : nothing}
      .value=${live(text(config[key]))}
      @input=${(event: Event) => c.update({ config: { ...config, [key]: (event.target as HTMLInputElement).value } })}
    />`,
  );
}

function renderSaml(c: AddStepContext, config: Config): TemplateResult {
  const { t } = c;
  const statements = Array.isArray(config.attributeStatements)
    ? (config.attributeStatements as readonly { name?: unknown; values?: unknown }[])
    : [];
  return html`<dl part="facts" class="facts">
      ${renderFact(t.addSsoUrl, config.ssoUrl)} ${renderFact(t.addAudience, config.audience)}
    </dl>
    ${c.errorAt(['signOn', 'config', 'ssoUrl']) ? html`<p part="error" class="error-line">${c.errorAt(['signOn', 'config', 'ssoUrl'])}</p>` : nothing}
    ${renderTextSetting(c, config, 'defaultRelayState', t.addRelayState, { optional: true, hint: t.addRelayStateHint })}
    ${
      statements.length === 0
        ? nothing
        : html`<table part="attributes" class="attributes">
            <caption>${t.addAttributeStatements}</caption>
            <thead><tr><th scope="col">${t.addAttributeName}</th><th scope="col">${t.addAttributeValue}</th></tr></thead>
            <tbody>
              ${statements.map(
                (item) => html`<tr>
                  <td class="mono">${text(item.name)}</td>
                  <td class="mono">${Array.isArray(item.values) ? item.values.map(text).join(', ') : ''}</td>
                </tr>`,
              )}
            </tbody>
          </table>`
    }`;
}

function renderOidc(c: AddStepContext, config: Config): TemplateResult {
  const path = ['signOn', 'config', 'redirectUris'];
  const uris = Array.isArray(config.redirectUris) ? config.redirectUris.map(text) : [];
  return renderField(
    { id: fieldId(path), label: c.t.addRedirectUris, hint: c.t.addRedirectUrisHint, error: c.errorAt(path), t: c.t },
    (a) => html`<textarea
      id=${a.id}
      class="mono"
      rows="3"
      spellcheck="false"
      aria-required="true"
      aria-describedby=${a.describedby}
      aria-invalid=${a.invalid ? 'true' : nothing}
      .value=${live(uris.join('\n'))}
      @input=${(event: Event) => {
        const lines = (event.target as HTMLTextAreaElement).value.split('\n').map((line) => line.trim());
        c.update({ config: { ...config, redirectUris: lines.filter(Boolean) } });
      }}
    ></textarea>`,
  );
}

function renderModeFields(c: AddStepContext, protocol: SignOnProtocol): TemplateResult | typeof nothing {
  const config = c.draft.signOn.configs[protocol] ?? {};
  const { t } = c;
  switch (protocol) {
    case 'saml':
      return renderSaml(c, config);
    case 'oidc':
      return renderOidc(c, config);
    case 'swa':
      return renderTextSetting(c, config, 'loginUrl', t.addLoginUrl, {
        hint: t.addLoginUrlHint,
        readonly: swaLocked('swa', c.draft.provisioning),
      });
    case 'wsfed':
      return html`<dl part="facts" class="facts">${renderFact(t.addRealm, config.realm)} ${renderFact(t.addReplyUrl, config.replyUrl)}</dl>`;
    default:
      return nothing;
  }
}

/**
 * **Sign-On Options**: a radio group of the modes the entry supports, the chosen mode's fields,
 * and the SWA vs Sync Password rule explained where it applies.
 */
export function renderSignOn(c: AddStepContext): TemplateResult {
  const { t, draft } = c;
  const modes = entryModes(c);
  const path = ['signOn', 'protocol'];
  const error = c.errorAt(path);
  const id = fieldId(path);
  const locked = modes.includes('swa') && swaLocked('swa', draft.provisioning);
  const describedby = [locked ? 'swa-locked' : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<fieldset id=${id} aria-describedby=${describedby || nothing}>
      <legend>${t.addSignOnMethods}</legend>
      ${modes.map(
        (protocol) => html`<div class="option">
          <input
            type="radio"
            name="protocol"
            id=${`${id}-${protocol}`}
            value=${protocol}
            .checked=${live(draft.signOn.protocol === protocol)}
            aria-invalid=${error ? 'true' : nothing}
            @change=${() => c.update({ protocol })}
          />
          <label for=${`${id}-${protocol}`}>
            <span class="option-title">${t.addModes[protocol] ?? protocol}</span>
            <span class="hint">${t.addModeHints[protocol] ?? ''}</span>
          </label>
        </div>`,
      )}
      ${error ? html`<p part="error" id=${`${id}-error`}><span class="visually-hidden">${t.fieldError}: </span>${error}</p>` : nothing}
    </fieldset>
    ${locked ? html`<p part="note" class="note" id="swa-locked">${t.addSwaLocked}</p>` : nothing}
    ${draft.signOn.protocol === undefined ? nothing : renderModeFields(c, draft.signOn.protocol)}`;
}
