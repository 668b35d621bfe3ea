import { jsonDataOf } from '../../__fixtures__/json-data.js';
import { REPORT_DATA_ID } from '../report-page.js';

/** The report page's data for `<ik-inspector>`, read back from its JSON script element. */
export const receivedOf = <T>(html: string): T => jsonDataOf<T>(html, REPORT_DATA_ID);
