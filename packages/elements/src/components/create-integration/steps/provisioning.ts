import type { TemplateResult } from 'lit';
import { type ConnectorTestState, renderScimForm } from '../../../internal/forms/scim.js';
import { type CreateStepContext, formContext } from './step-context.js';

/** **Provisioning** (SAML, SWA, OIDC web apps): SCIM connection, actions, auth, and the connector test. */
export function renderProvisioning(
  c: CreateStepContext,
  connector: ConnectorTestState,
  onTest: () => void,
): TemplateResult {
  const ctx = formContext(c, ['provisioning'], () => undefined);
  return renderScimForm(c.draft.provisioning, ctx, { change: (patch) => c.update(patch), test: onTest }, connector);
}
