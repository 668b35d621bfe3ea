/** Stable codes of {@link TokenVerificationError}. */
export type TokenErrorCode =
  | 'ERR_TOKEN_MALFORMED'
  | 'ERR_TOKEN_ALG_NOT_ALLOWED'
  | 'ERR_TOKEN_SIGNATURE'
  | 'ERR_TOKEN_KEY_NOT_FOUND'
  | 'ERR_TOKEN_EXPIRED'
  | 'ERR_TOKEN_CLAIM';

/**
 * Why a token was refused. The message names the check (and the claim) but never contains the
 * token, so it is safe to log.
 */
export class TokenVerificationError extends Error {
  override readonly name = 'TokenVerificationError';
  readonly code: TokenErrorCode;
  /** The claim that failed, for `ERR_TOKEN_CLAIM` and `ERR_TOKEN_EXPIRED`. */
  readonly claim: string | undefined;

  constructor(code: TokenErrorCode, message: string, options: { claim?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.claim = options.claim;
  }
}

/** Realm-safe check on `name`. */
export function isTokenVerificationError(value: unknown): value is TokenVerificationError {
  return value instanceof Error && value.name === 'TokenVerificationError';
}
