export { isIntegrakitError } from '../../errors.js';
export { type Issue, StepValidationError } from '../issues.js';
export { CATALOG_PROTOCOLS, type SignOnProtocol } from '../protocols.js';
export { hasPushProvisioning } from '../rules.js';
export {
  ADD_FLOW_STEPS,
  type AddFlowDraft,
  type AddFlowOptions,
  createAddFlow,
} from './add-flow.js';
export { type CustomFlowOptions, createApiServiceFlow, createCustomFlow } from './custom-flow.js';
export {
  accessAssignments,
  CONTROLLED_ACCESS,
  type ControlledAccess,
  ControlledAccessSchema,
  DEFAULT_CONTROLLED_ACCESS,
  EVERYONE_GROUP,
  hasControlledAccess,
  MAX_ACCESS_GROUPS,
} from './custom-flow-access.js';
export type { ScopeGroup, ScopeHint, ScopeInfo } from './custom-flow-choices.js';
export { type CustomFlowChoices, loadCustomFlowChoices } from './custom-flow-choices-loader.js';
export { type ConnectorReport, connectorConfig, runConnectorTest } from './custom-flow-connector.js';
export { loadMethodProtocols } from './custom-flow-protocols.js';
export { importSpMetadata, SP_METADATA_MAX_LENGTH, type SpMetadataImport } from './custom-flow-sp-metadata.js';
export {
  CUSTOM_METHODS,
  type CustomFlowDraft,
  type CustomMethod,
  currentConfig,
  OIDC_APP_TYPES,
  type OidcAppType,
  scimAllowed,
} from './custom-flow-steps.js';
export {
  createFlow,
  DONE,
  type Flow,
  type FlowAction,
  type FlowSpec,
  type FlowState,
  type StepInfo,
  type StepSpec,
} from './machine.js';
export { nextInstanceLabel, swaLocked, swaLockedMessage, type UsernameValues } from './shared-steps.js';
export { unfilledTemplateIssues } from './templates.js';
