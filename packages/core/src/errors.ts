/** Stable codes for every error `@integrakit/core` throws. */
export type IntegrakitErrorCode =
  | 'ERR_INVALID_CATALOG'
  | 'ERR_INVALID_STEP'
  | 'ERR_INVALID_INTEGRATION'
  | 'ERR_LIFECYCLE'
  | 'ERR_ASSIGNMENT'
  | 'ERR_EXPRESSION'
  | 'ERR_NOT_FOUND'
  | 'ERR_API';

// A registry symbol is shared by every realm (iframes, workers, duplicated package copies), unlike `instanceof`.
const brand = Symbol.for('integrakit.core.error');

/** Base class of core's errors: a stable `code`, a `name`, and an optional `cause`. */
export class IntegrakitError extends Error {
  override name = 'IntegrakitError';
  readonly code: IntegrakitErrorCode;
  readonly [brand] = true;

  constructor(code: IntegrakitErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** Realm-safe type guard for core's errors, optionally for one `code`. */
export function isIntegrakitError(value: unknown, code?: IntegrakitErrorCode): value is IntegrakitError {
  if (typeof value !== 'object' || value === null || (value as { [brand]?: unknown })[brand] !== true) return false;
  return code === undefined || (value as IntegrakitError).code === code;
}
