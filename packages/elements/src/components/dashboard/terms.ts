import { dashboardEn } from '../../translations/dashboard.en.js';
import { termsWith } from '../../translations/terms.js';

/** The dictionary `<ik-dashboard>` reads: the page's, with English for any string it lacks. */
export const dashboardTerms = termsWith(dashboardEn);

export type DashboardTerms = ReturnType<typeof dashboardTerms>;
