import type { ProtocolValidationOptions } from '../registry.js';
import {
  buildCustom,
  type CustomFlowDraft,
  clientAuthStep,
  generalStep,
  initialCustomDraft,
  methodStep,
  provisioningStep,
  scopesStep,
  settingsStep,
  usernameStep,
} from './custom-flow-steps.js';
import { createFlow, type Flow } from './machine.js';

/** Options for {@link createCustomFlow} and {@link createApiServiceFlow}. */
export type CustomFlowOptions = ProtocolValidationOptions;

/**
 * The App Integration Wizard: Sign-in method (OIDC with its application type, SAML 2.0, SWA,
 * WS-Fed, or API service) → General Settings → the protocol's settings, validated by its module →
 * Application username (SAML, SWA, WS-Fed) → Provisioning (optional SCIM: SAML, SWA, OIDC web) → Done.
 * Choosing API service continues as {@link createApiServiceFlow} does.
 */
export function createCustomFlow(options: CustomFlowOptions): Flow<CustomFlowDraft> {
  return createFlow<CustomFlowDraft>({
    id: 'custom',
    validation: options,
    initial: initialCustomDraft(),
    steps: [
      methodStep,
      generalStep,
      settingsStep(options),
      usernameStep(options),
      provisioningStep(options),
      scopesStep(options),
      clientAuthStep(options),
    ],
    build: buildCustom,
  });
}

/** The API service flow: name → Okta API scopes to grant → client authentication → Done. */
export function createApiServiceFlow(options: CustomFlowOptions): Flow<CustomFlowDraft> {
  return createFlow<CustomFlowDraft>({
    id: 'api-service',
    validation: options,
    initial: initialCustomDraft('api-service'),
    steps: [generalStep, scopesStep(options), clientAuthStep(options)],
    build: buildCustom,
  });
}
