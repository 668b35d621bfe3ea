const count = (value: number) => new Intl.NumberFormat('en').format(value);

/** English strings of `<ik-dashboard>`; a locale spreads its own into its dictionary (see `fr.ts`). */
export const dashboardEn = {
  dashboardHeading: 'My Apps',
  dashboardLoading: 'Loading your apps…',
  dashboardFailed: 'Your apps could not be loaded.',
  dashboardRetry: 'Try again',
  dashboardEmpty: 'No apps are assigned to you yet.',
  dashboardUnavailable: 'cannot be opened',
  dashboardMore: (shown: number, total: number) => `Showing the first ${count(shown)} of ${count(total)} apps.`,
};

/** The shape every locale's `<ik-dashboard>` strings match. */
export type DashboardTranslation = typeof dashboardEn;
