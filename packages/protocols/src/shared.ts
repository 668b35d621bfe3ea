// The machinery every protocol module shares, without loading any protocol: for code (such as
// core's integration layer) that only needs the errors, the define helpers and `Secret`.
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
export { isSecret, Secret } from './okta/secret.js';
