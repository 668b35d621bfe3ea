/**
 * Milliseconds to wait before retry number `attempt` (1-based): the `Retry-After` header (seconds,
 * fractions allowed, or an HTTP date) when present, else exponential backoff from 300 ms; never
 * more than `max`.
 */
export function retryDelay(retryAfter: string | null, attempt: number, max: number, now = Date.now()): number {
  const wanted = retryAfter === null ? Number.NaN : afterMs(retryAfter.trim(), now);
  const delay = Number.isFinite(wanted) ? wanted : 300 * 2 ** (attempt - 1);
  return Math.min(Math.max(0, delay), max);
}

function afterMs(value: string, now: number): number {
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  return Date.parse(value) - now;
}

/** Waits `ms`; resolves false at once if `signal` fires first. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
