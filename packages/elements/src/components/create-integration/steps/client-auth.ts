import { currentConfig } from '@integrakit/core/flows';
import type { TemplateResult } from 'lit';
import { renderClientAuthForm } from '../../../internal/forms/api-service.js';
import { type CreateStepContext, formContext } from './step-context.js';

/** **Client authentication** of an API service. */
export function renderClientAuth(c: CreateStepContext): TemplateResult {
  const ctx = formContext(c, ['signOn', 'config'], (patch) => c.update(patch));
  return renderClientAuthForm(currentConfig(c.draft), ctx);
}
