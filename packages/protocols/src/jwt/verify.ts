import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeProtectedHeader,
  errors,
  type JSONWebKeySet,
  type JWTPayload,
  type JWTVerifyGetKey,
  jwtVerify,
} from 'jose';
import { TokenVerificationError } from './errors.js';

/** Asymmetric signing algorithms an ID token may use with this verifier. */
export const ASYMMETRIC_ALGS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
] as const;

/** An asymmetric JWS algorithm. */
export type AsymmetricAlg = (typeof ASYMMETRIC_ALGS)[number];

/** Options of {@link verifyIdToken}. */
export interface VerifyIdTokenOptions {
  /** Expected `iss`, exactly (the authorization server's issuer URL). */
  readonly issuer: string;
  /** The app's client id: must be in `aud`, and equal `azp` when present or when `aud` has several values. */
  readonly clientId: string;
  /** The provider's public keys (a JWKS object, or a key getter such as jose's `createLocalJWKSet`). */
  readonly jwks?: JSONWebKeySet | JWTVerifyGetKey;
  /**
   * URL of the provider's JWKS. Fetched once and cached per URL across calls; fetched again when a
   * token names an unknown `kid` (no more often than `jwksCooldownMs`).
   */
  readonly jwksUri?: string | URL;
  /** The nonce sent in the authorization request; required in the token when given. */
  readonly nonce?: string;
  /**
   * Allowed clock skew for `exp`, `nbf` and `iat`, in seconds.
   * @default 5
   */
  readonly clockTolerance?: number;
  /**
   * Allowed signature algorithms. Only asymmetric ones: `none` and HMAC (`HS*`) are always refused,
   * which rules out the HS/RS key-confusion attack.
   * @default ['RS256']
   */
  readonly algorithms?: readonly AsymmetricAlg[];
  /**
   * The `max_age` sent in the authorization request, in seconds: the token must then carry
   * `auth_time` (OIDC Core §3.1.2.1), no more than this long ago. Unlimited when omitted.
   */
  readonly maxAge?: number;
  /**
   * Minimum time between two JWKS fetches for an unknown `kid`, in milliseconds.
   * @default 30000
   */
  readonly jwksCooldownMs?: number;
  /** The time to check against (tests). @default new Date() */
  readonly currentDate?: Date;
}

/** Claims of a verified ID token. */
export interface IdTokenClaims extends JWTPayload {
  iss: string;
  sub: string;
  aud: string | string[];
  exp: number;
  iat: number;
  nonce?: string;
  azp?: string;
  /** When the user signed in (seconds); present when `maxAge` was checked. */
  auth_time?: number;
}

const remoteSets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

/**
 * Verifies an OpenID Connect ID token (OIDC Core §3.1.3.7): signature with an allowed asymmetric
 * algorithm and a key from the provider's JWKS, then `iss`, `aud`, `azp`, `exp`, `nbf`, `iat`,
 * `sub` and `nonce`. Throws {@link TokenVerificationError} with a stable `code`.
 */
export async function verifyIdToken(token: string, options: VerifyIdTokenOptions): Promise<IdTokenClaims> {
  const algorithms = options.algorithms ?? ['RS256'];
  for (const alg of algorithms) {
    if (!(ASYMMETRIC_ALGS as readonly string[]).includes(alg)) {
      throw new TypeError(`algorithms: ${String(alg)} is not an asymmetric JWS algorithm`);
    }
  }
  if (options.maxAge !== undefined && !(Number.isFinite(options.maxAge) && options.maxAge >= 0)) {
    throw new TypeError(`maxAge: ${String(options.maxAge)} is not a number of seconds`);
  }
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(token);
  } catch (cause) {
    throw new TokenVerificationError('ERR_TOKEN_MALFORMED', 'token is not a compact JWS', { cause });
  }
  if (typeof header.alg !== 'string' || !(algorithms as readonly string[]).includes(header.alg)) {
    throw new TokenVerificationError(
      'ERR_TOKEN_ALG_NOT_ALLOWED',
      `alg ${String(header.alg)} is not allowed (allowed: ${algorithms.join(', ')})`,
    );
  }
  const keys = keyGetter(options);
  const tolerance = options.clockTolerance ?? 5;
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, keys, {
      algorithms: [...algorithms],
      issuer: options.issuer,
      audience: options.clientId,
      clockTolerance: tolerance,
      requiredClaims: ['iss', 'sub', 'aud', 'exp', 'iat'],
      ...(options.currentDate === undefined ? {} : { currentDate: options.currentDate }),
    }));
  } catch (cause) {
    throw fromJose(cause, options);
  }
  const now = Math.floor((options.currentDate ?? new Date()).getTime() / 1000);
  if (typeof payload.iat === 'number' && payload.iat > now + tolerance) {
    throw new TokenVerificationError('ERR_TOKEN_CLAIM', 'iat is in the future', { claim: 'iat' });
  }
  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if ((audiences.length > 1 || payload.azp !== undefined) && payload.azp !== options.clientId) {
    throw new TokenVerificationError('ERR_TOKEN_CLAIM', 'azp must equal the client id', { claim: 'azp' });
  }
  if (options.nonce !== undefined && payload.nonce !== options.nonce) {
    throw new TokenVerificationError('ERR_TOKEN_CLAIM', 'nonce does not match the one sent', { claim: 'nonce' });
  }
  if (options.maxAge !== undefined) checkAuthTime(payload, options.maxAge, now - tolerance);
  return payload as IdTokenClaims;
}

/** OIDC Core §3.1.3.7 step 13: with `max_age` sent, `auth_time` is required and recent enough. */
function checkAuthTime(payload: JWTPayload, maxAge: number, now: number): void {
  const authTime = payload.auth_time;
  if (typeof authTime !== 'number') {
    throw new TokenVerificationError('ERR_TOKEN_CLAIM', 'auth_time is required when maxAge is given', {
      claim: 'auth_time',
    });
  }
  if (now - authTime > maxAge) {
    const message = `the user signed in more than maxAge (${maxAge} s) ago (auth_time): ask them to sign in again`;
    throw new TokenVerificationError('ERR_TOKEN_EXPIRED', message, { claim: 'auth_time' });
  }
}

function keyGetter(options: VerifyIdTokenOptions): JWTVerifyGetKey {
  if (options.jwks !== undefined) {
    return typeof options.jwks === 'function' ? options.jwks : createLocalJWKSet(options.jwks);
  }
  if (options.jwksUri === undefined) throw new TypeError('verifyIdToken needs jwks or jwksUri');
  const url = new URL(options.jwksUri);
  const cooldown = options.jwksCooldownMs ?? 30_000;
  const cacheKey = `${url.href} ${cooldown}`;
  let set = remoteSets.get(cacheKey);
  if (set === undefined) {
    set = createRemoteJWKSet(url, { cooldownDuration: cooldown });
    remoteSets.set(cacheKey, set);
  }
  return set;
}

/** Names what was expected, so a mismatch can be fixed without decoding the token. */
function expectation(claim: string, options: VerifyIdTokenOptions): string {
  if (claim === 'aud') return `aud does not include the expected audience, the client id "${options.clientId}"`;
  if (claim === 'iss') return `iss is not the expected issuer "${options.issuer}"`;
  return '';
}

function fromJose(cause: unknown, options: VerifyIdTokenOptions): TokenVerificationError {
  if (cause instanceof errors.JWTExpired) {
    return new TokenVerificationError('ERR_TOKEN_EXPIRED', 'token has expired (exp)', { claim: 'exp', cause });
  }
  if (cause instanceof errors.JWTClaimValidationFailed) {
    const expected = expectation(cause.claim, options);
    if (expected !== '') {
      return new TokenVerificationError('ERR_TOKEN_CLAIM', expected, { claim: cause.claim, cause });
    }
    return new TokenVerificationError('ERR_TOKEN_CLAIM', `${cause.claim} check failed: ${cause.message}`, {
      claim: cause.claim,
      cause,
    });
  }
  if (cause instanceof errors.JWSSignatureVerificationFailed) {
    return new TokenVerificationError('ERR_TOKEN_SIGNATURE', 'signature does not verify', { cause });
  }
  if (cause instanceof errors.JWKSNoMatchingKey || cause instanceof errors.JWKSMultipleMatchingKeys) {
    return new TokenVerificationError('ERR_TOKEN_KEY_NOT_FOUND', 'no single matching key in the JWKS', { cause });
  }
  if (cause instanceof errors.JOSEAlgNotAllowed) {
    return new TokenVerificationError('ERR_TOKEN_ALG_NOT_ALLOWED', 'alg is not allowed', { cause });
  }
  if (cause instanceof errors.JWSInvalid || cause instanceof errors.JWTInvalid) {
    return new TokenVerificationError('ERR_TOKEN_MALFORMED', 'token is malformed', { cause });
  }
  if (cause instanceof TypeError && /key/i.test(cause.message)) {
    return new TokenVerificationError('ERR_TOKEN_SIGNATURE', 'key does not fit the token algorithm', { cause });
  }
  return new TokenVerificationError('ERR_TOKEN_SIGNATURE', 'token could not be verified', { cause });
}
