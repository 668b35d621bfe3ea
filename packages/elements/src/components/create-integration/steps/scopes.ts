import { currentConfig } from '@integrakit/core/flows';
import type { TemplateResult } from 'lit';
import { renderScopesPicker } from '../../../internal/forms/api-service.js';
import { type CreateStepContext, formContext } from './step-context.js';

/** **Okta API scopes** of an API service: the grouped, searchable picker and its hints. */
export function renderScopes(c: CreateStepContext, query: string, onQuery: (query: string) => void): TemplateResult {
  const ctx = formContext(c, ['signOn', 'config'], (patch) => c.update(patch));
  return renderScopesPicker(currentConfig(c.draft), ctx, { query, onQuery });
}
