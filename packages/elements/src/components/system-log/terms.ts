import { systemLogEn } from '../../translations/system-log.en.js';
import { termsWith } from '../../translations/terms.js';

/** The dictionary `<ik-system-log>` reads: the page's, with English for any string it lacks. */
export const systemLogTerms = termsWith(systemLogEn);

export type SystemLogTerms = ReturnType<typeof systemLogTerms>;
