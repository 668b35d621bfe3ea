import ky, { isHTTPError, isTimeoutError, type KyInstance } from 'ky';
import type * as z from 'zod/mini';
import type { Authorizer } from './auth.js';
import { ApiError, type ApiErrorCause, ApiTimeoutError } from './errors.js';
import { nextLink, type Page } from './pagination.js';

/** Settings of the HTTP layer, resolved from the client options. */
export interface HttpSettings {
  /** Base URL of the API, ending in `/api/v1/`. */
  readonly baseUrl: URL;
  readonly authorize: Authorizer;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly maxRetryWait: number;
  readonly fetch: typeof globalThis.fetch;
  // `RequestInit` (not DOM's `RequestCredentials`) so the types also build against Node's globals alone.
  readonly credentials: NonNullable<RequestInit['credentials']>;
}

/** Per-call options every client method accepts. */
export interface CallOptions {
  /** Cancels the call (and any wait before a retry). */
  readonly signal?: AbortSignal;
}

interface RequestOptions extends CallOptions {
  readonly searchParams?: URLSearchParams;
  readonly json?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A response body with the `ETag` that names its version, for a conditional write later. */
export interface Versioned<T> {
  readonly value: T;
  /** The `ETag` response header; absent when the server sends none (Okta itself does not). */
  readonly etag: string | undefined;
}

/** The typed request layer: JSON in, zod-checked JSON out, Okta errors as {@link ApiError}. */
export interface Http {
  /** Sends a request and parses the JSON response body with `schema`. */
  json<S extends z.ZodMiniType>(
    method: string,
    path: string,
    schema: S,
    options?: RequestOptions,
  ): Promise<z.output<S>>;
  /** Like {@link Http.json}, resolving to `undefined` on 404; a `null` schema returns the raw JSON. */
  optional<S extends z.ZodMiniType>(
    method: string,
    path: string,
    schema: S | null,
    options?: RequestOptions,
  ): Promise<z.output<S> | undefined>;
  /** Like {@link Http.json}, with the response's `ETag`. */
  versioned<S extends z.ZodMiniType>(
    method: string,
    path: string,
    schema: S,
    options?: RequestOptions,
  ): Promise<Versioned<z.output<S>>>;
  /** Sends a request and returns the response body as text (XML metadata). */
  text(method: string, path: string, options?: RequestOptions): Promise<string>;
  /** Sends a request whose response has no body (204). */
  send(method: string, path: string, options?: RequestOptions): Promise<void>;
  /** Fetches one page of a list; `path` may be an absolute `next` link. */
  page<S extends z.ZodMiniType>(path: string, schema: S, options?: RequestOptions): Promise<Page<z.output<S>>>;
}

/** How long to wait before retrying a 429, from `Retry-After` or Okta's `X-Rate-Limit-Reset` (epoch seconds). */
export function rateLimitWait(headers: Headers, now = Date.now()): number | undefined {
  const retryAfter = headers.get('retry-after');
  if (retryAfter !== null && /^\d+$/.test(retryAfter.trim())) return Number(retryAfter) * 1000;
  const reset = headers.get('x-rate-limit-reset');
  if (reset === null || !/^\d+$/.test(reset.trim())) return undefined;
  return Math.max(0, Number(reset) * 1000 - now);
}

/** Creates the request layer over ky. */
export function createHttp(settings: HttpSettings): Http {
  const instance: KyInstance = ky.create({
    timeout: settings.timeout,
    fetch: settings.fetch,
    credentials: settings.credentials,
    headers: { accept: 'application/json' },
    retry: {
      limit: settings.maxRetries,
      // A 429 means the request was not processed, so even a POST is safe to repeat.
      methods: ['get', 'post', 'put', 'delete', 'patch', 'head'],
      statusCodes: [429],
      afterStatusCodes: [429],
      maxRetryAfter: settings.maxRetryWait,
      backoffLimit: settings.maxRetryWait,
      shouldRetry: ({ error }) => {
        if (!isHTTPError(error) || error.response.status !== 429) return undefined;
        const wait = rateLimitWait(error.response.headers);
        // Waiting past the bound would only trade a fast failure for a slow one.
        return wait !== undefined && wait > settings.maxRetryWait ? false : undefined;
      },
    },
  });

  const call = async (method: string, path: string, options: RequestOptions = {}): Promise<Response> => {
    const url = new URL(path, settings.baseUrl);
    if (url.origin !== settings.baseUrl.origin) {
      // Following a `next` link to another host would send the token there.
      throw new TypeError('Refusing to send credentials to another origin than orgUrl');
    }
    for (const [key, value] of options.searchParams ?? []) url.searchParams.append(key, value);
    const where = `${url.pathname}${url.search}`;
    const authorization = await settings.authorize(options.signal);
    const headers = { ...options.headers, ...(authorization === undefined ? {} : { authorization }) };
    try {
      return await instance(url, {
        method,
        ...(options.signal === undefined ? {} : { signal: options.signal }),
        headers,
        ...(options.json === undefined ? {} : { json: options.json }),
      });
    } catch (error) {
      if (isHTTPError(error)) throw await toApiError(error.response, method, where, authorization);
      if (isTimeoutError(error)) throw new ApiTimeoutError(method, where, settings.timeout);
      throw error;
    }
  };

  return {
    async json(method, path, schema, options) {
      const response = await call(method, path, options);
      return schema.parse(await response.json());
    },
    async versioned(method, path, schema, options) {
      const response = await call(method, path, options);
      return { value: schema.parse(await response.json()), etag: response.headers.get('etag') ?? undefined };
    },
    async text(method, path, options) {
      return (await call(method, path, options)).text();
    },
    async optional(method, path, schema, options) {
      try {
        const body: unknown = await (await call(method, path, options)).json();
        // With no schema the caller asked for unchecked JSON, typed `unknown` at the call site.
        return (schema === null ? body : schema.parse(body)) as z.output<NonNullable<typeof schema>>;
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return undefined;
        throw error;
      }
    },
    async send(method, path, options) {
      const response = await call(method, path, options);
      await response.body?.cancel();
    },
    async page(path, schema, options) {
      const response = await call('GET', path, options);
      const body: unknown = await response.json();
      const items = (Array.isArray(body) ? body : []).map((item) => schema.parse(item));
      const next = nextLink(response.headers.get('link'));
      return next === undefined ? { items } : { items, next };
    },
  };
}

async function toApiError(
  response: Response,
  method: string,
  path: string,
  authorization: string | undefined,
): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  // A faulty or hostile server may echo the credential in its error text; it never reaches the error.
  const credential = authorization?.slice(authorization.indexOf(' ') + 1);
  const redact = (value: string) =>
    credential === undefined || credential.length < 8 ? value : value.replaceAll(credential, '[redacted]');
  const text = (value: unknown) => (typeof value === 'string' ? redact(value) : undefined);
  const requestId = response.headers.get('x-okta-request-id') ?? undefined;
  const errorCode = text(fields.errorCode);
  const errorSummary = text(fields.errorSummary);
  const errorId = text(fields.errorId);
  return new ApiError({
    status: response.status,
    ...(errorCode === undefined ? {} : { errorCode }),
    ...(errorSummary === undefined ? {} : { errorSummary }),
    errorCauses: causesOf(fields.errorCauses).map((cause) => ({ errorSummary: redact(cause.errorSummary) })),
    ...(errorId === undefined ? {} : { errorId }),
    ...(requestId === undefined ? {} : { requestId }),
    method,
    path,
  });
}

// Okta documents `errorCauses` as an array, but one spec example sends a single object.
function causesOf(value: unknown): ApiErrorCause[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.flatMap((cause) =>
    typeof cause === 'object' && cause !== null && typeof (cause as ApiErrorCause).errorSummary === 'string'
      ? [{ errorSummary: (cause as ApiErrorCause).errorSummary }]
      : [],
  );
}
