export { revealSecrets } from '../scim/secret.js';
export { define, fieldIssues, policyWarnings, safeDefine } from './define.js';
export { fromOktaApp, type OktaSwaApp, oktaSwaAppSchema, toOktaApp } from './okta.js';
export {
  credentialSchemes,
  type SwaConfig,
  type SwaConfigInput,
  swaConfigSchema,
} from './swa.schema.js';
