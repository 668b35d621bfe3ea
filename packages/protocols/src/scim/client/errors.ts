import type { FailureKind } from './fetch-bounded.js';

/** Stable codes of {@link ScimError}. */
export type ScimErrorCode =
  /** The server answered with an HTTP error status (after any retries). */
  | 'ERR_SCIM_HTTP'
  /** No complete response within the timeout, or the caller's signal (a deadline) fired. */
  | 'ERR_SCIM_TIMEOUT'
  /** The connection failed: refused, DNS, TLS or reset; `failure` says which. */
  | 'ERR_SCIM_NETWORK'
  /** The response body exceeded `maxBodyBytes` (after decompression); the request was aborted. */
  | 'ERR_SCIM_TOO_LARGE'
  /** The server redirected to another origin or a weaker scheme, which is never followed. */
  | 'ERR_SCIM_REDIRECT'
  /** The server answered, but not with the SCIM JSON the request calls for. */
  | 'ERR_SCIM_PROTOCOL'
  /** The OAuth 2 token endpoint refused the client credentials or answered nonsense. */
  | 'ERR_SCIM_AUTH';

/** What {@link ScimError} knows about the failed request; the URL never carries credentials. */
export interface ScimErrorDetails {
  readonly code: ScimErrorCode;
  readonly method: string;
  readonly url: string;
  /** HTTP status, when the server answered. */
  readonly status?: number;
  /** RFC 7644 §3.12 `scimType`, e.g. `uniqueness`, `invalidFilter`. */
  readonly scimType?: string;
  /** RFC 7644 §3.12 `detail`, or a short excerpt of a non-SCIM body. */
  readonly detail?: string;
  /** Why no usable response arrived: `timeout`, `refused`, `dns`, `tls`, `tooLarge`, `redirect`, … */
  readonly failure?: FailureKind;
}

/**
 * Every failure of the SCIM client. It deliberately carries no `cause` from the HTTP library,
 * whose error objects hold the request headers and so the credentials.
 */
export class ScimError extends Error {
  override readonly name = 'ScimError';
  readonly code: ScimErrorCode;
  readonly method: string;
  readonly url: string;
  readonly status: number | undefined;
  readonly scimType: string | undefined;
  readonly detail: string | undefined;
  readonly failure: FailureKind | undefined;

  constructor(message: string, details: ScimErrorDetails) {
    super(message);
    this.code = details.code;
    this.method = details.method;
    this.url = details.url;
    this.status = details.status;
    this.scimType = details.scimType;
    this.detail = details.detail;
    this.failure = details.failure;
  }
}

/** Realm-safe check, matching on `name` and a known `code`. */
export function isScimError(value: unknown): value is ScimError {
  return (
    value instanceof Error &&
    value.name === 'ScimError' &&
    typeof (value as { code?: unknown }).code === 'string' &&
    (value as unknown as { code: string }).code.startsWith('ERR_SCIM_')
  );
}
