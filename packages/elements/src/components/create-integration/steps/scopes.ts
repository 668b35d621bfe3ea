import { type CustomFlowChoices, currentConfig } from '@integrakit/core/flows';
import { html, type TemplateResult } from 'lit';
import { renderScopesPicker } from '../../../internal/forms/api-service.js';
import { type CreateStepContext, formContext } from './step-context.js';

/** **Okta API scopes** of an API service: the grouped, searchable picker and its hints. */
export function renderScopes(
  c: CreateStepContext,
  search: { readonly query: string; readonly onQuery: (query: string) => void },
  choices: CustomFlowChoices | undefined,
): TemplateResult {
  if (choices === undefined) return html`<p class="hint" role="status">${c.t.createLoading}</p>`;
  const ctx = formContext(c, ['signOn', 'config'], (patch) => c.update(patch));
  return renderScopesPicker(currentConfig(c.draft), ctx, search, choices);
}
