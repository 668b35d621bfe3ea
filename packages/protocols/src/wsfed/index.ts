/**
 * `@integrakit/protocols/wsfed`: typed WS-Federation app configs, Okta `WS_FEDERATION`
 * (`template_wsfed`) payloads and federation metadata. `define` and the Okta mapping are
 * synchronous and browser-safe; `federationMetadata` and `buildSignInResponse` load their XML
 * libraries on first use.
 * @packageDocumentation
 */
export {
  type AttributeStatementProblem,
  formatAttributeStatements,
  parseAttributeStatements,
} from './attributes.js';
export { define, fieldIssues, policyWarnings, safeDefine, wsfedPolicy } from './define.js';
export { type InspectSignInResponseOptions, inspectSignInResponse } from './inspect.js';
export { federationMetadata, type WsfedIdpInput, wsfedIdpSchema } from './metadata.js';
export { fromOktaApp, type OktaWsfedApp, oktaWsfedAppSchema, toOktaApp } from './okta.js';
export { buildSignInResponse, type SignInResponseOptions } from './token.js';
export {
  type WsfedAttributeStatement,
  type WsfedConfig,
  type WsfedConfigInput,
  wsfedAttributeStatementSchema,
  wsfedConfigSchema,
} from './wsfed.schema.js';
