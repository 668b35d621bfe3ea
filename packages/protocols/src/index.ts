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
