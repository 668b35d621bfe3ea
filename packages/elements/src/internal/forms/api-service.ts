import type { CustomFlowChoices } from '@integrakit/core/flows';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { withProtocolFormsTerms } from '../../translations/protocol-forms.en.js';
import { fieldId, renderChoiceGroup, renderField } from '../field.js';
import { configTextField, section } from './fields.js';
import { type ConfigValues, type FormContext, record, strings, text } from './form-context.js';

/**
 * "Okta API Scopes": every `okta.*` scope grouped by resource, each with its description,
 * filtered by a search box; chosen scopes stay chosen while filtered out. Under the list, the
 * least-privilege hints for what is chosen.
 */
export function renderScopesPicker(
  values: ConfigValues,
  ctx: FormContext,
  search: { readonly query: string; readonly onQuery: (query: string) => void },
  scopes: Pick<CustomFlowChoices, 'scopeGroups' | 'scopeHints'>,
): TemplateResult {
  const t = withProtocolFormsTerms(ctx.t);
  const chosen = strings(values, 'scopes');
  const path = [...ctx.base, 'scopes'];
  const groups = scopes.scopeGroups(search.query);
  const hints = scopes.scopeHints(chosen);
  const toggle = (scope: string, checked: boolean) =>
    ctx.change({ scopes: checked ? [...chosen, scope] : chosen.filter((item) => item !== scope) });
  const error = ctx.error(path);
  return html`<div part="scopes" class="scopes">
    ${renderField(
      { id: 'scope-search', label: t.scopesSearch, t },
      (aria) =>
        html`<input
        part="input"
        id=${aria.id}
        type="search"
        autocomplete="off"
        aria-describedby="scope-count"
        .value=${live(search.query)}
        @input=${(event: Event) => search.onQuery((event.target as HTMLInputElement).value)}
      />`,
    )}
    <p class="hint" id="scope-count" role="status">${t.scopesShown(
      groups.reduce((n, g) => n + g.scopes.length, 0),
      chosen.length,
    )}</p>
    ${error ? html`<p part="error" class="error" id="${fieldId(path)}-error"><span class="visually-hidden">${t.fieldError}: </span>${error}</p>` : nothing}
    ${groups.map((group, index) =>
      renderChoiceGroup({
        id: index === 0 ? fieldId(path) : `${fieldId(path)}-${group.resource}`,
        type: 'checkbox',
        label: group.resource,
        t,
        choices: group.scopes.map((info) => ({ value: info.scope, label: info.scope, description: info.description })),
        selected: chosen,
        onChange: toggle,
      }),
    )}
    ${
      hints.length === 0
        ? nothing
        : html`<div part="hints" class="hints" role="note" aria-labelledby="least-privilege">
          <h3 id="least-privilege">${t.scopesLeastPrivilege}</h3>
          <ul>
            ${hints.map((hint) => html`<li>${hint.code === 'manage_scope' ? t.scopeManageHint(hint.scope, hint.readScope ?? '') : t.scopeRedundantHint(hint.scope)}</li>`)}
          </ul>
        </div>`
    }
  </div>`;
}

const METHODS = ['client_secret_basic', 'client_secret_post', 'private_key_jwt'] as const;

/** "Client Credentials": how the service authenticates (a client secret Okta generates, or public keys). */
export function renderClientAuthForm(values: ConfigValues, ctx: FormContext): TemplateResult {
  const t = withProtocolFormsTerms(ctx.t);
  const clientAuth = record(values, 'clientAuth');
  const method = text(clientAuth, 'method');
  const authBase = {
    ...ctx,
    base: [...ctx.base, 'clientAuth'],
    change: (patch: ConfigValues) => ctx.change({ clientAuth: { ...clientAuth, ...patch } }),
  };
  return section(t.clientAuthTitle, [
    renderChoiceGroup({
      id: fieldId([...ctx.base, 'clientAuth', 'method']),
      type: 'radio',
      label: t.clientAuthMethod,
      error: ctx.error([...ctx.base, 'clientAuth', 'method']) ?? ctx.error([...ctx.base, 'clientAuth']),
      t,
      choices: METHODS.map((value) => ({
        value,
        label: t.clientAuthMethods[value] ?? value,
        description: t.clientAuthHints[value],
      })),
      selected: method === '' ? [] : [method],
      // Switching methods starts that method's fields afresh: a secret never rides along to key auth.
      onChange: (value) => ctx.change({ clientAuth: { method: value } }),
    }),
    method === 'private_key_jwt'
      ? configTextField(authBase, clientAuth, 'jwksUri', t.clientAuthJwksUri, {
          type: 'url',
          hint: t.clientAuthJwksUriHint,
        })
      : html``,
    configTextField(ctx, values, 'clientId', t.clientAuthClientId, { optional: true, hint: t.clientAuthClientIdHint }),
  ]);
}
