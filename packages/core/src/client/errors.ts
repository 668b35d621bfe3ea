import { IntegrakitError } from '../errors.js';

/** One cause of an Okta error, e.g. `{ errorSummary: 'label: must not be empty' }`. */
export interface ApiErrorCause {
  readonly errorSummary: string;
}

/** What the server said, in Okta's error JSON, plus where the request went. */
export interface ApiErrorDetails {
  /** HTTP status. */
  readonly status: number;
  /** Okta's `errorCode` (e.g. `E0000001`): the only field to branch on. */
  readonly errorCode?: string;
  /** Human text; may echo user input, so escape it before rendering. */
  readonly errorSummary?: string;
  readonly errorCauses: readonly ApiErrorCause[];
  /** Okta's `errorId`, for support. */
  readonly errorId?: string;
  /** The `X-Okta-Request-Id` response header. */
  readonly requestId?: string;
  readonly method: string;
  /** Path and query of the request (never headers, so never a token). */
  readonly path: string;
}

/**
 * An HTTP error response from the API (`ERR_API`), carrying Okta's error fields and the request id.
 * It never holds the request itself, so an `Authorization` header cannot leak through logging.
 */
export class ApiError extends IntegrakitError {
  override name = 'ApiError';
  readonly status: number;
  readonly errorCode: string | undefined;
  readonly errorSummary: string | undefined;
  readonly errorCauses: readonly ApiErrorCause[];
  readonly errorId: string | undefined;
  readonly requestId: string | undefined;
  readonly method: string;
  readonly path: string;

  constructor(details: ApiErrorDetails) {
    const code = details.errorCode === undefined ? '' : ` ${details.errorCode}`;
    const summary = details.errorSummary === undefined ? '' : `: ${details.errorSummary}`;
    super('ERR_API', `${details.method} ${details.path} failed with ${details.status}${code}${summary}`);
    this.status = details.status;
    this.errorCode = details.errorCode;
    this.errorSummary = details.errorSummary;
    this.errorCauses = details.errorCauses;
    this.errorId = details.errorId;
    this.requestId = details.requestId;
    this.method = details.method;
    this.path = details.path;
  }
}

/**
 * A write refused because the app changed since it was read (`ERR_API`, status 412 for a stale
 * `If-Match`, 409 for a stale `lastUpdated`): nothing was written. Read the app again, re-apply the
 * change and save. {@link isApiError} matches it too, by status.
 */
export class ConflictError extends ApiError {
  override name = 'ConflictError';
}

/** Realm-safe guard for {@link ConflictError}. */
export function isConflictError(value: unknown): value is ConflictError {
  return isApiError(value) && (value as { name: unknown }).name === 'ConflictError';
}

/** The request got no response in time (`ERR_API`); `timeout` is the limit in milliseconds. */
export class ApiTimeoutError extends IntegrakitError {
  override name = 'ApiTimeoutError';
  readonly timeout: number;
  readonly method: string;
  readonly path: string;

  constructor(method: string, path: string, timeout: number) {
    super('ERR_API', `${method} ${path} timed out after ${timeout} ms`);
    this.timeout = timeout;
    this.method = method;
    this.path = path;
  }
}

/** Realm-safe guard for {@link ApiError}, optionally for one HTTP status or Okta `errorCode`. */
export function isApiError(value: unknown, match?: number | string): value is ApiError {
  if (typeof value !== 'object' || value === null) return false;
  const error = value as Partial<ApiError>;
  if (error.name !== 'ApiError' && error.name !== 'ConflictError') return false;
  if (error.code !== 'ERR_API' || typeof error.status !== 'number') return false;
  return match === undefined || error.status === match || error.errorCode === match;
}
