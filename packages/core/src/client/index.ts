/**
 * `@integrakit/core/client`: a typed client for the Okta management API's app endpoints (and the
 * reference server's catalog endpoints), on ky.
 * @packageDocumentation
 */

export { type AppLink, AppLinkSchema, type AppLinksApi } from './app-links.js';
export type {
  AppGroupsApi,
  AppsApi,
  AppUsersApi,
  CreateAppOptions,
  GrantsApi,
  ListAppsOptions,
  ListOptions,
  UpdateAppOptions,
} from './apps.js';
export {
  type AppUsersPageOptions,
  type AppUserWithUser,
  AppUserWithUserSchema,
  type AssignmentsApi,
  type GroupAssignmentWithGroup,
  GroupAssignmentWithGroupSchema,
  type SearchPageOptions,
} from './assignments.js';
export { type OAuthAuth, OAuthTokenError, type SessionAuth, type TokenAuth } from './auth.js';
export type { CatalogApi, CatalogQueryFilters, CatalogSearchOptions, CatalogSuggestOptions } from './catalog.js';
export { type ClientBaseOptions, type ClientOptions, createClient, type IntegrakitClient } from './client.js';
export type { CreateUserOptions, GroupsApi, UsersApi } from './directory.js';
export {
  ApiError,
  type ApiErrorCause,
  type ApiErrorDetails,
  ApiTimeoutError,
  ConflictError,
  isApiError,
  isConflictError,
} from './errors.js';
export { type CallOptions, rateLimitWait, type Versioned } from './http.js';
export {
  type CertificateStatus,
  certificateStatus,
  EXPIRY_WARNING_DAYS,
  type ExpiryWarning,
  type SigningCertificates,
  signingCertificates,
} from './key-rotation.js';
export type { AppKeysApi, GenerateKeyOptions } from './keys.js';
export * from './log-wire.js';
export type { ListLogsOptions, LogsApi, PollLogsOptions, UsageOptions } from './logs.js';
export { nextLink, type Page } from './pagination.js';
export * from './wire.js';
