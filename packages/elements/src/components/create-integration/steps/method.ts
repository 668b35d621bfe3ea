import { CUSTOM_METHODS, OIDC_APP_TYPES } from '@integrakit/core/flows';
import { html, nothing, type TemplateResult } from 'lit';
import { fieldId, renderChoiceGroup } from '../../../internal/field.js';
import type { CreateStepContext } from './step-context.js';

/**
 * **Create a new app integration**: the sign-in method, each with its one-line description, and
 * for OIDC the **Application type**.
 */
export function renderMethod(c: CreateStepContext): TemplateResult {
  const { t, draft } = c;
  const protocolPath = ['signOn', 'protocol'];
  const typePath = ['signOn', 'config', 'applicationType'];
  const { protocol, applicationType } = draft.method;
  return html`${renderChoiceGroup({
    id: fieldId(protocolPath),
    type: 'radio',
    label: t.createMethod,
    error: c.errorAt(protocolPath),
    t,
    choices: CUSTOM_METHODS.map((value) => ({
      value,
      label: t.createMethods[value] ?? value,
      description: t.createMethodHints[value],
    })),
    selected: protocol === undefined ? [] : [protocol],
    onChange: (value) => c.update({ protocol: value }),
  })}
  ${
    protocol === 'oidc'
      ? renderChoiceGroup({
          id: fieldId(typePath),
          type: 'radio',
          label: t.createAppType,
          error: c.errorAt(typePath),
          t,
          choices: OIDC_APP_TYPES.map((value) => ({
            value,
            label: t.createAppTypes[value] ?? value,
            description: t.createAppTypeHints[value],
          })),
          selected: applicationType === undefined ? [] : [applicationType],
          onChange: (value) => c.update({ applicationType: value }),
        })
      : nothing
  }`;
}
