import type { ScimConfig } from '../scim.schema.js';
import { type AuthorizationSource, authorizationFor, basic } from './auth.js';
import { ScimError, type ScimErrorCode } from './errors.js';
import { abortReason, type FailureKind, fetchBounded } from './fetch-bounded.js';
import { MAX_BODY_DEPTH, nestedDeeperThan } from './json-depth.js';
import { redactor } from './redact.js';
import { retryDelay, sleep } from './retry.js';

/** Transport options shared by the client and the connector test. */
export interface TransportOptions {
  /**
   * Milliseconds one attempt may take, headers and body together.
   * @default 10000
   */
  readonly timeout?: number;
  /**
   * Retries after a 429 or 503 (honouring `Retry-After`); other failures are never retried.
   * @default 2
   */
  readonly retries?: number;
  /**
   * Longest `Retry-After` wait honoured, in milliseconds; longer requests are cut to this.
   * @default 5000
   */
  readonly maxRetryAfter?: number;
  /**
   * Largest response body read, in bytes after `Content-Encoding` is undone; a larger body aborts
   * the request (closing the connection) and fails with `tooLarge`.
   * @default 1048576 (1 MiB)
   */
  readonly maxBodyBytes?: number;
  /** Aborts every request, and every retry wait, when it fires. */
  readonly signal?: AbortSignal;
  /** Called after every exchange (for logging); the exchange carries no credentials. */
  readonly onExchange?: (exchange: ScimExchange) => void;
}

/** One request and what came back, safe to log: no request headers, no credentials. */
export interface ScimExchange {
  readonly method: string;
  readonly url: string;
  /** HTTP status of the last attempt; 0 when none arrived (timeout, network). */
  readonly status: number;
  readonly contentType: string | undefined;
  /** Selected response headers: `etag`, `location`, `retry-after`, `www-authenticate`. */
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON body, `undefined` when the body is empty or not JSON. */
  readonly body: unknown;
  /** The raw body, cut to 64 KiB. */
  readonly text: string;
  readonly elapsedMs: number;
  /** Attempts made, 1 when no retry happened. */
  readonly attempts: number;
  /** Why no usable response arrived. */
  readonly failure?: FailureKind;
  /** The failure in words, e.g. `connection refused (ECONNREFUSED): nothing listens there`. */
  readonly reason?: string;
}

/** How a request authenticates: the config's credentials, none, or deliberately wrong ones. */
export type AuthMode = 'config' | 'none' | 'wrong';

/** Options of one {@link Transport.exchange}. */
export interface ExchangeOptions {
  readonly json?: unknown;
  readonly searchParams?: Readonly<Record<string, string | number>>;
  readonly headers?: Readonly<Record<string, string>>;
  /** @default 'config' */
  readonly auth?: AuthMode;
}

/** Sends SCIM requests; `exchange` never throws for HTTP, timeout or network failures. */
export interface Transport {
  readonly baseUrl: string;
  readonly timeout: number;
  exchange(method: string, path: string, options?: ExchangeOptions): Promise<ScimExchange>;
}

const KEPT_HEADERS = ['etag', 'location', 'retry-after', 'www-authenticate'];
const MAX_TEXT = 64 * 1024;
const SCIM_JSON = 'application/scim+json';
const RETRY_STATUSES = new Set([429, 503]);

/** Default of {@link TransportOptions.maxBodyBytes}: 1 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * Builds the transport for `config`: fetch with a per-attempt timeout covering headers and body,
 * bounded bodies, same-origin redirects only, and bounded 429/503 retries honouring `Retry-After`.
 */
export function createTransport(config: ScimConfig, options: TransportOptions = {}): Transport {
  const timeout = options.timeout ?? 10_000;
  const retries = options.retries ?? 2;
  const maxRetryAfter = options.maxRetryAfter ?? 5000;
  const limits = { timeout, maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, signal: options.signal };
  const authorization: AuthorizationSource = authorizationFor(config.auth, limits);
  // A server may echo the request's credentials in a body; scrub them before anyone sees it.
  const redact = redactor(config);

  async function exchange(method: string, path: string, request: ExchangeOptions = {}): Promise<ScimExchange> {
    const url = new URL(`${config.baseUrl}${path}`);
    for (const [key, value] of Object.entries(request.searchParams ?? {})) url.searchParams.set(key, String(value));
    const started = performance.now();
    let attempts = 1;
    const done = (response: Response | undefined, raw: string, failed?: FailureKind, why?: string) => {
      const text = redact(raw);
      let body = parseJson(text);
      let [failure, reason] = [failed, why];
      // Deep JSON parses fine but overflows any recursive walker (or JSON.stringify) downstream.
      if (failure === undefined && nestedDeeperThan(body, MAX_BODY_DEPTH)) {
        body = undefined;
        [failure, reason] = ['tooDeep', `the response body nests deeper than ${MAX_BODY_DEPTH} levels`];
      }
      const kept: Record<string, string> = {};
      for (const name of KEPT_HEADERS) {
        const value = response?.headers.get(name);
        if (value) kept[name] = redact(value);
      }
      const result: ScimExchange = {
        method,
        url: url.href,
        status: response?.status ?? 0,
        contentType: response?.headers.get('content-type') ?? undefined,
        headers: kept,
        body,
        text: text.slice(0, MAX_TEXT),
        elapsedMs: Math.round(performance.now() - started),
        attempts,
        ...(failure ? { failure } : {}),
        ...(reason ? { reason: redact(reason) } : {}),
      };
      options.onExchange?.(result);
      return result;
    };
    const headers: Record<string, string> = { accept: SCIM_JSON, ...request.headers };
    const mode = request.auth ?? 'config';
    // A failed OAuth token request throws its own ERR_SCIM_AUTH: no SCIM request was sent.
    if (mode === 'config') headers.authorization = await authorization();
    if (mode === 'wrong') headers.authorization = wrongAuthorization(config);
    if (request.json !== undefined) headers['content-type'] = `${SCIM_JSON}; charset=utf-8`;
    const body = request.json === undefined ? undefined : JSON.stringify(request.json);
    for (;;) {
      const outcome = await fetchBounded(url, { method, headers, body }, limits);
      if (!outcome.ok) return done(outcome.response, '', outcome.failure, outcome.reason);
      const status = outcome.response.status;
      // Safe for every method: a 429/503 means the server did not act on the request.
      if (!RETRY_STATUSES.has(status) || attempts > retries) return done(outcome.response, outcome.text);
      const wait = retryDelay(outcome.response.headers.get('retry-after'), attempts, maxRetryAfter);
      const signal = options.signal;
      if (!(await sleep(wait, signal)) && signal) return done(undefined, '', 'aborted', abortReason(signal));
      attempts += 1;
    }
  }

  return { baseUrl: config.baseUrl, timeout, exchange };
}

/** Credentials of the right kind that the server cannot accept, to check it refuses them. */
function wrongAuthorization(config: ScimConfig): string {
  const nonce = crypto.randomUUID();
  if (config.auth.type === 'basic') return basic(config.auth.username, `wrong-${nonce}`);
  return `Bearer wrong-${nonce}`;
}

/** The JSON in `text`, or `undefined` when there is none (an empty or blank body does not parse either). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Whether a content type is SCIM's (`application/scim+json`) or plain JSON, which Okta also accepts. */
export function jsonKind(contentType: string | undefined): 'scim' | 'json' | 'other' {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  if (type === SCIM_JSON) return 'scim';
  if (type === 'application/json') return 'json';
  return 'other';
}

/**
 * Turns a failed exchange into a {@link ScimError}; returns the exchange when `status` is one of
 * `expected` and the body is JSON.
 */
export function expectStatus(exchange: ScimExchange, expected: readonly number[]): ScimExchange {
  const where = `${exchange.method} ${exchange.url}`;
  const base = { method: exchange.method, url: exchange.url };
  if (exchange.failure !== undefined) {
    const status = exchange.status === 0 ? {} : { status: exchange.status };
    throw new ScimError(`${where} failed: ${exchange.reason ?? exchange.failure}`, {
      ...base,
      ...status,
      code: FAILURE_CODES[exchange.failure],
      failure: exchange.failure,
    });
  }
  if (!expected.includes(exchange.status)) {
    const error = exchange.body as { scimType?: unknown; detail?: unknown } | undefined;
    const scimType = typeof error?.scimType === 'string' ? error.scimType : undefined;
    const detail = typeof error?.detail === 'string' ? error.detail : excerpt(exchange.text);
    throw new ScimError(`${where} answered ${exchange.status}${scimType ? ` (${scimType})` : ''}: ${detail}`, {
      ...base,
      code: 'ERR_SCIM_HTTP',
      status: exchange.status,
      ...(scimType ? { scimType } : {}),
      detail,
    });
  }
  if (exchange.status !== 204 && exchange.text !== '' && exchange.body === undefined) {
    throw new ScimError(`${where} answered ${exchange.status} with a body that is not JSON`, {
      ...base,
      code: 'ERR_SCIM_PROTOCOL',
      status: exchange.status,
      detail: excerpt(exchange.text),
    });
  }
  return exchange;
}

const FAILURE_CODES: Record<FailureKind, ScimErrorCode> = {
  timeout: 'ERR_SCIM_TIMEOUT',
  aborted: 'ERR_SCIM_TIMEOUT',
  tooLarge: 'ERR_SCIM_TOO_LARGE',
  tooDeep: 'ERR_SCIM_PROTOCOL',
  redirect: 'ERR_SCIM_REDIRECT',
  refused: 'ERR_SCIM_NETWORK',
  dns: 'ERR_SCIM_NETWORK',
  tls: 'ERR_SCIM_NETWORK',
  reset: 'ERR_SCIM_NETWORK',
  network: 'ERR_SCIM_NETWORK',
};

/** The first 200 characters of a body, on one line. */
export function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
