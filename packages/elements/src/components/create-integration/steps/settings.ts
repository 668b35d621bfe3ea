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
  const base = ['signOn', 'config'];
  // The settings step replaces the whole config, so a change is merged into what was entered (now,
  // not when this was rendered); a change of one key is rechecked as that field alone.
  const change = (patch: ConfigValues) => {
    const keys = Object.keys(patch);
    const field = keys.length === 1 ? [...base, ...keys] : undefined;
    c.update({ config: { ...c.current().configs[protocol], ...patch } }, field);
  };
  const ctx = formContext(c, base, change, () => currentConfig(c.current()));
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
