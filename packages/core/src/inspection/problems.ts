/** How much a problem matters: `error` breaks sign-in, `warning` weakens it, `info` explains the report. */
export type ProblemSeverity = 'error' | 'warning' | 'info';

/** One finding of {@link inspectPasted}, with the part of the token or the setting it concerns. */
export interface InspectionProblem {
  /** Stable code from the protocol inspector (`expired`, `wrong_audience`, `wrapped`, …) or the reader. */
  readonly code: string;
  readonly message: string;
  readonly severity: ProblemSeverity;
  /**
   * What it concerns: a token part (`header.alg`, `claims.exp`), a SAML integration setting
   * (`audience`, `recipient`, `idpIssuer`, `assertionSigned`, …), a part of the response
   * (`assertion`, `signature`, `conditions`, `status`), or `input` / `integration`.
   */
  readonly field: string;
}

type Rule = readonly [ProblemSeverity, string];

// One table per kind, so a code shared by both (`expired`, `invalid_time`) gets the right field.
const TOKEN_RULES: Readonly<Record<string, Rule>> = {
  malformed: ['error', 'input'],
  too_large: ['error', 'input'],
  alg_none: ['error', 'header.alg'],
  alg_invalid: ['error', 'header.alg'],
  alg_symmetric: ['warning', 'header.alg'],
  invalid_time: ['error', 'claims'],
  missing_exp: ['error', 'claims.exp'],
  expired: ['error', 'claims.exp'],
  not_yet_valid: ['error', 'claims.nbf'],
  issued_in_future: ['warning', 'claims.iat'],
  missing_sub: ['error', 'claims.sub'],
  unexpected_issuer: ['error', 'claims.iss'],
  audience_mismatch: ['error', 'claims.aud'],
  azp_mismatch: ['error', 'claims.azp'],
  nonce_mismatch: ['error', 'claims.nonce'],
  client_mismatch: ['error', 'claims.cid'],
};

const SAML_RULES: Readonly<Record<string, Rule>> = {
  not_a_response: ['error', 'response'],
  not_a_token_response: ['error', 'response'],
  wrong_realm: ['error', 'realm'],
  bad_status: ['error', 'status'],
  wrong_destination: ['error', 'destination'],
  wrong_issuer: ['error', 'idpIssuer'],
  wrong_in_response_to: ['error', 'inResponseTo'],
  wrapped: ['error', 'assertion'],
  duplicate_id: ['error', 'assertion'],
  no_assertion: ['error', 'assertion'],
  encrypted: ['info', 'assertion'],
  signature_not_covering: ['error', 'signature'],
  multiple_signatures: ['warning', 'signature'],
  signature_invalid: ['error', 'signature'],
  signature_not_verified: ['warning', 'signature'],
  algorithm_mismatch: ['warning', 'signatureAlgorithm'],
  response_unsigned: ['error', 'responseSigned'],
  assertion_unsigned: ['error', 'assertionSigned'],
  wrong_audience: ['error', 'audience'],
  wrong_recipient: ['error', 'recipient'],
  wrong_name_id_format: ['warning', 'nameIdFormat'],
  no_expiry: ['error', 'conditions'],
  invalid_time: ['error', 'conditions'],
  expired: ['error', 'conditions'],
  not_yet_valid: ['error', 'conditions'],
};

const INPUT_RULES: Readonly<Record<string, Rule>> = {
  empty: ['info', 'input'],
  no_integration: ['info', 'integration'],
  integration_mismatch: ['warning', 'integration'],
  integration_invalid: ['error', 'integration'],
};

/** The problem with the severity and field its code has for a token or a SAML response. */
export function classify(kind: 'token' | 'saml' | 'input', code: string, message: string): InspectionProblem {
  const rules = kind === 'token' ? TOKEN_RULES : kind === 'saml' ? SAML_RULES : INPUT_RULES;
  // Codes a newer protocol inspector adds are errors until listed: over-reporting beats hiding.
  const [severity, field] = Object.hasOwn(rules, code) ? (rules[code] as Rule) : (['error', 'input'] as const);
  return { code, message, severity, field };
}
