export * as apiService from './api-service/index.js';
export * as bookmark from './bookmark/index.js';
export {
  createDefiner,
  type DefineOptions,
  type Definer,
  type PolicyCheck,
  parseOrThrow,
  type SafeDefineResult,
} from './define.js';
export {
  type ConfigIssue,
  ConfigValidationError,
  formatPath,
  isConfigValidationError,
  issuesFromZod,
} from './errors.js';
export * as jwt from './jwt/index.js';
export * as oidc from './oidc/index.js';
export { isSecret, Secret } from './okta/secret.js';
export * as saml from './saml/index.js';
export * as scim from './scim/index.js';
export * as swa from './swa/index.js';
export * as wsfed from './wsfed/index.js';
