// The machinery every protocol module shares, without loading any protocol: for code (such as
// core's integration layer) that only needs the errors, the define helpers, `Secret` and Okta's
// application username template.
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
  describeIssue,
  formatPath,
  isConfigValidationError,
  issuesFromZod,
} from './errors.js';
export { isSecret, Secret } from './okta/secret.js';
export {
  BUILT_IN_USERNAME_FORMATS,
  BUILT_IN_USERNAME_TEMPLATES,
  type BuiltInUsernameTemplate,
  isBuiltInUsernameTemplate,
  USERNAME_SUFFIX_TEMPLATE,
  USERNAME_TEMPLATE_TYPES,
  USERNAME_UPDATE_ON,
  type UsernameUpdateOn,
} from './okta/username-formats.js';
export {
  type ApplicationUsername,
  type ApplicationUsernameInput,
  applicationUsernameSchema,
  DEFAULT_APPLICATION_USERNAME,
  fromOktaUserNameTemplate,
  type OktaUserNameTemplate,
  oktaUserNameTemplateSchema,
  toOktaUserNameTemplate,
} from './okta/username-template.js';
