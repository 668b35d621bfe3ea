/**
 * `@integrakit/core/inspection`: what an admin pasted (ID or access token, SAML response in any
 * binding) decoded and checked against an integration, problems with severity and field. The JWT
 * and SAML code loads on first use, so this entry is small until a value is inspected.
 * @packageDocumentation
 */
export {
  type Inspection,
  type InspectPastedOptions,
  inspectPasted,
  type SamlReport,
  type TokenReport,
  type UnknownReport,
} from './inspect.js';
export { MAX_INFLATED_BYTES, MAX_PASTED_LENGTH, type PastedEncoding, type PastedValue, readPasted } from './pasted.js';
export type { InspectionProblem, ProblemSeverity } from './problems.js';
