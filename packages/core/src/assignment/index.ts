export {
  createMemoryDirectory,
  type Directory,
  type DirectoryGroup,
  DirectoryGroupSchema,
  type DirectoryUser,
  DirectoryUserSchema,
  type MemoryDirectory,
} from './directory.js';
export { type AssignmentSource, resolveAssignmentSource } from './effective.js';
export { AssignmentError, type AssignmentErrorReason } from './errors.js';
export { OKTA_USER_ATTRIBUTES, type OktaUserAttribute } from './expression/attributes.js';
export { type CompiledExpression, type CompileOptions, compileExpression } from './expression/compile.js';
export { ExpressionError, type ExpressionErrorReason } from './expression/errors.js';
export {
  type AssignmentRecord,
  AssignmentRecordSchema,
  type GroupAssignmentRecord,
  type UserAssignmentRecord,
} from './model.js';
export {
  type AssignGroupOptions,
  type Assignments,
  type AssignUserOptions,
  createAssignments,
  type DashboardApp,
  type EffectiveAssignment,
} from './rules.js';
export {
  type AssignmentUsername,
  appUsernameProblem,
  assignmentUsername,
  MAX_APP_USERNAME_LENGTH,
} from './username-policy.js';
export {
  BUILT_IN_USERNAME_FORMATS,
  computeUsername,
  DEFAULT_USERNAME_TEMPLATE,
  type UsernameTemplate,
  type UsernameTemplateInput,
  UsernameTemplateSchema,
  type UserProfile,
} from './usernames.js';
