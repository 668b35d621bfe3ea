export { isTokenVerificationError, type TokenErrorCode, TokenVerificationError } from './errors.js';
export { type InspectExpectations, inspectToken, type TokenInspection, type TokenProblem } from './inspect.js';
export { type PublicJwk, type PublicJwks, publicJwkSchema, publicJwksSchema } from './jwk.schema.js';
export {
  type ClientAssertionOptions,
  type ClientKeyAlg,
  type ClientKeyPair,
  generateClientKeyPair,
  signClientAssertion,
} from './keys.js';
export {
  ASYMMETRIC_ALGS,
  type AsymmetricAlg,
  type IdTokenClaims,
  type VerifyIdTokenOptions,
  verifyIdToken,
} from './verify.js';
