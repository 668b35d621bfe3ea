import { type CustomFlowChoices, currentConfig } from '@integrakit/core/flows';
import type { TemplateResult } from 'lit';
import { renderScopesPicker } from '../../../internal/forms/api-service.js';
import { type CreateStepContext, formContext, renderLoading } from './step-context.js';

/** **Okta API scopes** of an API service: the grouped, searchable picker and its hints. */
export function renderScopes(
  c: CreateStepContext,
  search: { readonly query: string; readonly onQuery: (query: string) => void },
  choices: CustomFlowChoices | undefined,
): TemplateResult {
  if (choices === undefined) return renderLoading(c.t);
  const ctx = formContext(c, ['signOn', 'config'], (patch) => c.update(patch));
  return renderScopesPicker(currentConfig(c.draft), ctx, search, choices);
}
