export {
  type ClientAssertionOptions,
  type ClientKeyAlg,
  type ClientKeyPair,
  generateClientKeyPair,
  signClientAssertion,
} from '../jwt/keys.js';
export { isSecret, Secret } from '../okta/secret.js';
export { type ApiServiceConfig, type ApiServiceConfigInput, apiServiceConfigSchema } from './api-service.schema.js';
export { apiServicePolicyIssues, define, fieldIssues, policyWarnings, safeDefine, scopeWarnings } from './define.js';
export { fromOktaApp, type OktaScopeGrant, toGrantRequests, toOidcConfig, toOktaApp } from './okta.js';
export {
  listScopes,
  OKTA_SCOPE_NAMES,
  OKTA_SCOPES,
  type OktaScope,
  readCounterpart,
  type ScopeInfo,
  scopeAccess,
} from './scopes.js';
