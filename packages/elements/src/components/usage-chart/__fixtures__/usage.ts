import type { AppUsage } from '@integrakit/core/client';

/** Thirty days ending 2026-12-07: quiet weekends, a busy Monday, a few failures. */
export function sampleUsage(): AppUsage {
  const end = Date.UTC(2026, 11, 7);
  const days = Array.from({ length: 30 }, (_, index) => {
    const date = new Date(end - (29 - index) * 86_400_000);
    const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6;
    const signIns = weekend ? 1 : 4 + (index % 5) + (index === 22 ? 9 : 0);
    return {
      date: date.toISOString().slice(0, 10),
      signIns,
      failures: index % 7 === 3 ? 2 : 0,
      uniquePeople: Math.min(signIns, 3 + (index % 3)),
    };
  });
  return {
    appId: '0oa1wiki',
    days,
    totals: {
      signIns: days.reduce((sum, day) => sum + day.signIns, 0),
      failures: days.reduce((sum, day) => sum + day.failures, 0),
      uniquePeople: 7,
    },
  };
}
