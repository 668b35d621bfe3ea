/** How a poller spaces its requests. */
export interface PollTiming {
  /**
   * Milliseconds between polls that found nothing new (Okta asks pollers to wait at least this long).
   * @default 10000
   */
  readonly interval?: number;
  /**
   * The longest wait after repeated failures.
   * @default 300000
   */
  readonly maxInterval?: number;
}

/**
 * The wait before the next poll: the interval after a success, doubling with each consecutive
 * failure up to `maxInterval`, so a struggling server is not hammered.
 */
export function pollDelay(failures: number, timing: PollTiming = {}): number {
  const interval = timing.interval ?? 10_000;
  const max = Math.max(interval, timing.maxInterval ?? 300_000);
  if (failures <= 0) return interval;
  // Past 2^20 the product is beyond any sane maximum; capping the exponent keeps it finite.
  return Math.min(max, interval * 2 ** Math.min(failures, 20));
}
