import { type CustomFlowChoices, currentConfig } from '@integrakit/core/flows';
import { html, nothing, type TemplateResult } from 'lit';
import type { ConfigValues } from '../../../internal/forms/form-context.js';
import { renderOidcForm } from '../../../internal/forms/oidc.js';
import { renderSamlForm, type SamlExtras } from '../../../internal/forms/saml.js';
import { renderSwaForm } from '../../../internal/forms/swa.js';
import { renderWsfedForm } from '../../../internal/forms/wsfed.js';
import { type CreateStepContext, formContext, renderLoading } from './step-context.js';

/** The chosen protocol's form (**Configure SAML**, the OIDC settings, SWA, WS-Federation). */
export function renderSettings(
  c: CreateStepContext,
  saml: SamlExtras,
  choices: CustomFlowChoices | undefined,
  /** OIDC's **Assignments → Controlled access**, where the app type has users. */
  access: TemplateResult | typeof nothing,
): TemplateResult | typeof nothing {
  const { protocol, applicationType } = c.draft.method;
  if (protocol === undefined) return nothing;
  const values = currentConfig(c.draft);
  // The settings step replaces the whole config, so a change is merged into what was entered.
  const change = (patch: ConfigValues) => c.update({ config: { ...c.draft.configs[protocol], ...patch } });
  const ctx = formContext(c, ['signOn', 'config'], change);
  switch (protocol) {
    case 'oidc': {
      if (choices === undefined) return renderLoading(c.t);
      const type = applicationType ?? 'web';
      return html`${renderOidcForm(values, { grants: choices.grantChoices(type), redirects: type !== 'service' }, ctx)}
        ${access}`;
    }
    case 'saml':
      return renderSamlForm(values, ctx, saml);
    case 'swa':
      return renderSwaForm(values, ctx);
    case 'wsfed':
      return renderWsfedForm(values, ctx);
    default:
      return nothing;
  }
}
