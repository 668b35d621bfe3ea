export { type Definer, type SafeDefineResult, createDefiner } from './define.js';
export {
  type ConfigIssue,
  ConfigValidationError,
  formatPath,
  isConfigValidationError,
  issuesFromZod,
} from './errors.js';
