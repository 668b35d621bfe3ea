import { decodeJwt, decodeProtectedHeader, type JWTPayload, type ProtectedHeaderParameters } from 'jose';

/** What an app expects of its tokens; every field optional. */
export interface InspectExpectations {
  /** Expected issuer. */
  readonly issuer?: string;
  /** The app's client id (expected audience and `azp`). */
  readonly clientId?: string;
  /** Expected nonce. */
  readonly nonce?: string;
  /** The time to judge expiry against. @default new Date() */
  readonly now?: Date;
}

/** Longest token inspected, in characters; longer input is reported `too_large` and not decoded. */
export const MAX_INSPECTED_TOKEN_LENGTH = 64 * 1024;

/** One thing wrong with a token, for people reading it. */
export interface TokenProblem {
  /**
   * Stable code: `malformed`, `too_large`, `alg_none`, `alg_invalid`, `alg_symmetric`,
   * `invalid_time`, `expired`, `not_yet_valid`, …
   */
  readonly code: string;
  readonly message: string;
}

/** A decoded token laid out for humans. */
export interface TokenInspection {
  readonly header: ProtectedHeaderParameters | undefined;
  readonly claims: JWTPayload | undefined;
  /** `iat`, `nbf`, `exp` and `auth_time` as dates. */
  readonly times: { issuedAt?: Date; notBefore?: Date; expiresAt?: Date; authTime?: Date };
  readonly problems: readonly TokenProblem[];
}

/**
 * Decodes a JWT without verifying it and lists what looks wrong against `expected` (audience ≠
 * client id, expired, unexpected issuer, `alg: none`, …). For debugging screens and logs only:
 * nothing here proves the token is genuine — use `verifyIdToken` for that. Never throws: any
 * input, however hostile, comes back as problems.
 */
export function inspectToken(token: string, expected: InspectExpectations = {}): TokenInspection {
  const problems: TokenProblem[] = [];
  const add = (code: string, message: string) => problems.push({ code, message });
  let header: ProtectedHeaderParameters | undefined;
  let claims: JWTPayload | undefined;
  if (typeof token !== 'string' || token.length > MAX_INSPECTED_TOKEN_LENGTH) {
    add('too_large', `token is not a string of at most ${MAX_INSPECTED_TOKEN_LENGTH} characters`);
    return { header, claims, times: {}, problems };
  }
  try {
    header = decodeProtectedHeader(token);
    claims = decodeJwt(token);
  } catch {
    add('malformed', 'not a decodable compact JWT');
    return { header, claims, times: {}, problems };
  }
  // The header is attacker-controlled JSON: `alg` may be any type, and `none` in any case.
  const alg: unknown = header.alg;
  if (alg === undefined || (typeof alg === 'string' && alg.toLowerCase() === 'none')) {
    add('alg_none', `token is unsigned (alg ${String(alg)})`);
  } else if (typeof alg !== 'string') add('alg_invalid', `alg is ${describe(alg)}, not a string`);
  else if (alg.startsWith('HS'))
    add('alg_symmetric', `${alg} is a shared-secret algorithm; ID tokens should be signed with the provider's key`);

  const times: TokenInspection['times'] = {};
  for (const [key, claim] of TIME_CLAIMS) {
    const value: unknown = claims[claim];
    if (value === undefined) continue;
    const date = typeof value === 'number' ? new Date(value * 1000) : undefined;
    if (date === undefined || Number.isNaN(date.getTime())) {
      add('invalid_time', `${claim} is ${describe(value)}, not a NumericDate that a date can hold`);
    } else times[key] = date;
  }
  const now = (expected.now ?? new Date()).getTime();
  if (claims.exp === undefined) add('missing_exp', 'exp is missing');
  else if (times.expiresAt !== undefined && times.expiresAt.getTime() <= now)
    add('expired', `expired at ${times.expiresAt.toISOString()}`);
  if (times.notBefore !== undefined && times.notBefore.getTime() > now) {
    add('not_yet_valid', `not valid before ${times.notBefore.toISOString()}`);
  }
  if (times.issuedAt !== undefined && times.issuedAt.getTime() > now + 60_000)
    add('issued_in_future', 'iat is in the future');
  if (claims.sub === undefined) add('missing_sub', 'sub is missing');
  if (expected.issuer !== undefined && claims.iss !== expected.issuer) {
    add('unexpected_issuer', `iss is ${String(claims.iss)}, expected ${expected.issuer}`);
  }
  if (expected.clientId !== undefined) {
    const audiences = Array.isArray(claims.aud) ? claims.aud : claims.aud === undefined ? [] : [claims.aud];
    if (!audiences.includes(expected.clientId))
      add('audience_mismatch', `aud does not contain the client id ${expected.clientId}`);
    const azp = claims.azp;
    if ((audiences.length > 1 || azp !== undefined) && azp !== expected.clientId) {
      add('azp_mismatch', `azp is ${String(azp)}, expected ${expected.clientId}`);
    }
  }
  if (expected.nonce !== undefined && claims.nonce !== expected.nonce) add('nonce_mismatch', 'nonce does not match');
  return { header, claims, times, problems };
}

const TIME_CLAIMS = [
  ['issuedAt', 'iat'],
  ['notBefore', 'nbf'],
  ['expiresAt', 'exp'],
  ['authTime', 'auth_time'],
] as const;

/** A short description of a hostile value, never more than 40 characters of it. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return Array.isArray(value) ? 'an array' : 'an object';
  const text = JSON.stringify(value) ?? String(value);
  return `${typeof value} ${text.length > 40 ? `${text.slice(0, 40)}…` : text}`;
}
