import type { AppUsage, UsageDay } from '@integrakit/core/client';

// A host may set `usage` directly, bypassing the client's schema: these bounds keep any value drawable.
const MAX_DAYS = 366;

const countOf = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.min(Math.trunc(value), 1e9) : 0;

/** Days with counts that are whole, non-negative and finite, at most a year of them. */
export function drawableDays(usage: AppUsage | undefined): UsageDay[] {
  const days = Array.isArray(usage?.days) ? usage.days.slice(-MAX_DAYS) : [];
  return days.map((day) => ({
    date: typeof day?.date === 'string' ? day.date.slice(0, 10) : '',
    signIns: countOf(day?.signIns),
    failures: countOf(day?.failures),
    uniquePeople: countOf(day?.uniquePeople),
  }));
}

/** The totals of `usage`, bounded like the days. */
export function drawableTotals(usage: AppUsage | undefined) {
  return {
    signIns: countOf(usage?.totals?.signIns),
    failures: countOf(usage?.totals?.failures),
    uniquePeople: countOf(usage?.totals?.uniquePeople),
  };
}

/** The smallest 1, 2 or 5 × 10ⁿ at or above `value` (at least 1): a y-axis top that reads well. */
export function niceCeiling(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/** `YYYY-MM-DD` as a short date in `lang` (UTC, the server's days), or the text itself when it is not a date. */
export function formatDay(date: string, lang: string, style: 'short' | 'long' = 'short'): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(lang, {
    timeZone: 'UTC',
    month: style === 'short' ? 'short' : 'long',
    day: 'numeric',
    ...(style === 'long' ? { year: 'numeric' } : {}),
  }).format(parsed);
}
