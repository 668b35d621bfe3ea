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
  CUSTOM_METHODS,
  type CustomFlowDraft,
  type CustomMethod,
  OIDC_APP_TYPES,
  type OidcAppType,
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
