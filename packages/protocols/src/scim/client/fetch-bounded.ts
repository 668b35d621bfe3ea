import { describeNetworkFailure, type NetworkFailure } from './network-failure.js';
import { BodyLimitError, readBounded } from './read-body.js';
import { redirectStep } from './redirects.js';

/** Why a request got no usable response. */
export type FailureKind = 'timeout' | 'aborted' | 'tooLarge' | 'redirect' | NetworkFailure;

/** Bounds of one request. */
export interface RequestLimits {
  /** Milliseconds for the whole request: connection, redirects, headers and body. */
  readonly timeout: number;
  /** Largest body read, in bytes after decompression. */
  readonly maxBodyBytes: number;
  /** Aborts the request when it fires (e.g. an overall deadline). */
  readonly signal?: AbortSignal | undefined;
}

/** A request to send. */
export interface HttpRequest {
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string | URLSearchParams | undefined;
}

/** The response and its whole body, or why there is none (with the response, when one came). */
export type Outcome =
  | { readonly ok: true; readonly response: Response; readonly text: string }
  | { readonly ok: false; readonly failure: FailureKind; readonly reason: string; readonly response?: Response };

/**
 * One HTTP request within `limits`: one timer covers everything, the body is streamed with a byte
 * cap, and on the timeout, the cap or an abort the request is aborted, which closes the socket —
 * nothing keeps reading after this returns. Only same-origin redirects are followed.
 */
export async function fetchBounded(url: URL, init: HttpRequest, limits: RequestLimits): Promise<Outcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new TimeoutMarker()), limits.timeout);
  const signal = limits.signal ? AbortSignal.any([controller.signal, limits.signal]) : controller.signal;
  const abort = () => controller.abort();
  let current = url;
  let method = init.method;
  let body = init.body;
  let response: Response | undefined;
  try {
    for (let hops = 0; ; hops += 1) {
      response = await fetch(current, {
        method,
        headers: init.headers,
        body: body ?? null,
        redirect: 'manual',
        signal,
      });
      const step = redirectStep(response, current, method, hops);
      if (step.kind === 'final') break;
      await response.body?.cancel().catch(() => undefined);
      if (step.kind === 'refuse') return { ok: false, failure: 'redirect', reason: step.reason, response };
      current = step.url;
      method = step.method;
      body = step.keepBody ? body : undefined;
    }
    const text = await readBounded(response, limits.maxBodyBytes, abort);
    return { ok: true, response, text };
  } catch (error) {
    abort();
    const withResponse = response === undefined ? {} : { response };
    if (error instanceof BodyLimitError) {
      return { ok: false, failure: 'tooLarge', reason: error.message, ...withResponse };
    }
    if (controller.signal.reason instanceof TimeoutMarker) {
      return { ok: false, failure: 'timeout', reason: `no complete response within ${limits.timeout} ms` };
    }
    if (limits.signal?.aborted) return { ok: false, failure: 'aborted', reason: abortReason(limits.signal) };
    const { kind, reason } = describeNetworkFailure(error);
    return { ok: false, failure: kind, reason };
  } finally {
    clearTimeout(timer);
  }
}

/** The abort reason of our own timer, to tell a timeout from other aborts. */
class TimeoutMarker extends Error {
  override readonly name = 'TimeoutError';
}

/** The caller's abort reason in words (its message, when it aborted with an Error). */
export function abortReason(signal: AbortSignal): string {
  return signal.reason instanceof Error && signal.reason.name !== 'AbortError'
    ? signal.reason.message
    : 'aborted by the caller';
}
