export { isTokenVerificationError, TokenVerificationError } from '../jwt/errors.js';
export { type InspectExpectations, inspectToken, type TokenInspection, type TokenProblem } from '../jwt/inspect.js';
export { type IdTokenClaims, type VerifyIdTokenOptions, verifyIdToken } from '../jwt/verify.js';
export { isSecret, Secret } from '../okta/secret.js';
export {
  type ClientMetadata,
  type FromClientMetadataOptions,
  fromClientMetadata,
  toClientMetadata,
} from './client-metadata.js';
export { define, fieldIssues, oidcPolicyIssues, policyWarnings, safeDefine } from './define.js';
export { type OidcConfig, type OidcConfigInput, oidcConfigSchema } from './oidc.schema.js';
export { fromOktaApp, type OktaOidcApp, toOktaApp } from './okta.js';
export {
  APPLICATION_TYPES,
  type ApplicationType,
  AUTH_METHODS_BY_TYPE,
  GRANT_TYPES,
  GRANTS_BY_TYPE,
  type GrantType,
  RESPONSE_TYPES,
  TOKEN_ENDPOINT_AUTH_METHODS,
  type TokenEndpointAuthMethod,
} from './rules.js';
export { redirectUriMatches } from './uris.js';
