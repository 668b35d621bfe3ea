import { termsWith } from '../../translations/terms.js';
import { usageChartEn } from '../../translations/usage-chart.en.js';

/** The dictionary `<ik-usage-chart>` reads: the page's, with English for any string it lacks. */
export const usageChartTerms = termsWith(usageChartEn);

export type UsageChartTerms = ReturnType<typeof usageChartTerms>;
