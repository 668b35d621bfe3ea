/**
 * `@integrakit/protocols/saml`: typed SAML 2.0 app configs, Okta `SAML_2_0` payloads, IdP metadata,
 * SP-metadata import, a response inspector, a response builder, and the IdP side of requests
 * (`readSamlRequest`) and single logout (`buildLogoutResponse`).
 *
 * `define`, `toOktaApp`, `fromOktaApp` and `certificateReport` are synchronous and browser-safe;
 * the XML functions are async and load xmlbuilder2, xmldom and xml-crypto on first use.
 * @packageDocumentation
 */
export { type ConfigCertificate, certificateReport } from './certificates.js';
export { define, fieldIssues, policyWarnings, safeDefine, samlPolicy } from './define.js';
export { type SamlIdp, type SamlIdpInput, samlIdpSchema } from './idp.schema.js';
export {
  type InspectedResponse,
  type InspectResponseOptions,
  inspectResponse,
  RESPONSE_LIMITS,
  type ResponseProblem,
  type SignatureInfo,
} from './inspect.js';
export { buildLogoutResponse, logoutResponseInputSchema } from './logout.js';
export { idpMetadata } from './metadata.js';
export { fromOktaApp, type OktaSamlApp, oktaSamlAppSchema, toOktaApp } from './okta.js';
export {
  type AuthnRequestInfo,
  type LogoutRequestInfo,
  type LogoutResponseInfo,
  REQUEST_LIMITS,
  type RequestSignature,
  readSamlRequest,
  type SamlRequestInfo,
} from './request.js';
export {
  type BuildResponseOptions,
  buildResponse,
  buildUnsignedResponse,
  type CheckedSigningKey,
  checkSigningKey,
  type SigningChoices,
  signResponse,
} from './response.js';
export {
  type SamlConfig,
  type SamlConfigInput,
  samlAttributeStatementSchema,
  samlConfigSchema,
  samlGroupAttributeStatementSchema,
} from './saml.schema.js';
export { type SetupInstructions, setupInstructions } from './setup.js';
export { type ParseSpMetadataOptions, parseSpMetadata, type SpAcs, type SpMetadata } from './sp-metadata.js';
export type { SpRequestedAttribute } from './sp-requested-attributes.js';
