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

/** One thing wrong with a token, for people reading it. */
export interface TokenProblem {
  /** Stable code: `malformed`, `alg_none`, `alg_symmetric`, `expired`, `not_yet_valid`, … */
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
 * nothing here proves the token is genuine — use `verifyIdToken` for that.
 */
export function inspectToken(token: string, expected: InspectExpectations = {}): TokenInspection {
  const problems: TokenProblem[] = [];
  const add = (code: string, message: string) => problems.push({ code, message });
  let header: ProtectedHeaderParameters | undefined;
  let claims: JWTPayload | undefined;
  try {
    header = decodeProtectedHeader(token);
    claims = decodeJwt(token);
  } catch {
    add('malformed', 'not a decodable compact JWT');
    return { header, claims, times: {}, problems };
  }
  const alg = header.alg;
  if (alg === undefined || alg === 'none') add('alg_none', 'token is unsigned (alg none)');
  else if (alg.startsWith('HS'))
    add('alg_symmetric', `${alg} is a shared-secret algorithm; ID tokens should be signed with the provider's key`);

  const times = {
    ...dateOf('issuedAt', claims.iat),
    ...dateOf('notBefore', claims.nbf),
    ...dateOf('expiresAt', claims.exp),
    ...dateOf('authTime', claims.auth_time),
  };
  const now = (expected.now ?? new Date()).getTime();
  if (times.expiresAt === undefined) add('missing_exp', 'exp is missing');
  else if (times.expiresAt.getTime() <= now) add('expired', `expired at ${times.expiresAt.toISOString()}`);
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

function dateOf<K extends string>(key: K, seconds: unknown): Partial<Record<K, Date>> {
  return typeof seconds === 'number' ? ({ [key]: new Date(seconds * 1000) } as Record<K, Date>) : {};
}
