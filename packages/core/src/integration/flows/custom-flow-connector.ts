import type { ConnectorReport, ScimConfig, TestConnectorOptions } from '@integrakit/protocols/scim';
import { embedScimActions } from '../embeds-scim.js';
import type { Issue } from '../issues.js';
import { type BindingContext, defineWithRegistry, type ProtocolValidationOptions } from '../registry.js';
import { type CustomFlowDraft, provisioningOf } from './custom-flow-steps.js';
import { usernameSettings } from './shared-steps.js';

export type { ConnectorReport };

/**
 * The SCIM connection of a draft as the SCIM module validates it (actions come from the chosen
 * provisioning features), or the issues that keep it from being tested.
 */
export function connectorConfig(
  draft: CustomFlowDraft,
  validation: ProtocolValidationOptions,
): { readonly config: ScimConfig } | { readonly issues: Issue[] } {
  const provisioning = provisioningOf({ ...draft, provisioning: { ...draft.provisioning, enabled: true } });
  const context: BindingContext = {
    label: draft.general.label.trim() === '' ? 'Untitled' : draft.general.label,
    username: usernameSettings(draft.username),
    revealPassword: false,
    provisioning,
  };
  const path = ['provisioning', 'connection'];
  const result = defineWithRegistry('scim', draft.provisioning.connection, context, path, validation);
  if ('issues' in result) return { issues: result.issues };
  // The binding returns the config to store, without the actions the integration owns; the test needs them.
  return { config: { ...result.data, actions: embedScimActions.write(context) } as unknown as ScimConfig };
}

/**
 * Runs the SCIM module's `testConnector` ("Test Connector Configuration"); the SCIM client loads
 * on first use. The report carries no secrets.
 */
export async function runConnectorTest(
  config: ScimConfig,
  options: TestConnectorOptions = {},
): Promise<ConnectorReport> {
  const { testConnector } = await import('@integrakit/protocols/scim');
  return testConnector(config, options);
}
