export { isSecret, Secret } from '../okta/secret.js';
export {
  createClient,
  type GroupsClient,
  type ListOptions,
  type ResourceClient,
  type ScimClient,
  type ScimClientOptions,
  type UsersClient,
  type WriteOptions,
} from './client/client.js';
export { isScimError, ScimError, type ScimErrorCode, type ScimErrorDetails } from './client/errors.js';
export type { FailureKind } from './client/fetch-bounded.js';
export { MAX_BODY_DEPTH } from './client/json-depth.js';
export {
  type GroupInput,
  type ListPage,
  type ScimGroup,
  type ScimResource,
  type ScimUser,
  URN,
  type UserInput,
} from './client/messages.js';
export {
  eq,
  type InteropProfile,
  type InteropProfileName,
  interopProfiles,
  type PatchOperation,
  quote,
} from './client/profiles.js';
export { DEFAULT_MAX_BODY_BYTES, type ScimExchange, type TransportOptions } from './client/transport.js';
export type {
  ActionSupport,
  ConnectorCheck,
  ConnectorReport,
  Evidence,
  ProfileReport,
  ServerCapabilities,
} from './connector/report.js';
export {
  DEFAULT_CONNECTOR_DEADLINE,
  type TestConnectorOptions,
  testConnector,
} from './connector/test-connector.js';
export type { ProbeUser } from './connector/users.js';
export { define, fieldIssues, policyWarnings, safeDefine } from './define.js';
export { fromOktaApp, type OktaScimProvisioning, oktaScimProvisioningSchema, toOktaApp } from './okta.js';
export {
  type ProvisioningAction,
  provisioningActions,
  type ScimAuth,
  type ScimConfig,
  type ScimConfigInput,
  type ScimMapping,
  scimConfigSchema,
} from './scim.schema.js';
export { revealSecrets } from './secret.js';
