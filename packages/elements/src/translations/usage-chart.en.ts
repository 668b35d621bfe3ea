const count = (value: number) => new Intl.NumberFormat('en').format(value);

/** English strings of `<ik-usage-chart>`; a locale spreads its own into its dictionary (see `fr.ts`). */
export const usageChartEn = {
  usageHeading: (days: number) => `Sign-ins, last ${count(days)} days`,
  usageSignIns: 'Sign-ins',
  usageUniquePeople: 'Unique people',
  usageFailures: 'Failed sign-ins',
  usageDate: 'Date (UTC)',
  usageTable: 'Show as table',
  usageLoading: 'Loading usage…',
  usageFailed: 'Usage could not be loaded.',
  usageRetry: 'Try again',
  usageNone: 'No sign-ins in this period.',
  usageSummary: (days: number, signIns: number, failures: number, busiest: string | undefined) =>
    `Bar chart of sign-ins per day over ${count(days)} days: ${count(signIns)} sign-ins, ${count(failures)} failed` +
    (busiest === undefined ? '.' : `; busiest day ${busiest}.`),
};

/** The shape every locale's `<ik-usage-chart>` strings match. */
export type UsageChartTranslation = typeof usageChartEn;
