import { REPORT_DATA_ID } from '../report-page.js';

/** The report page's data for `<ik-inspector>`, read back from its JSON script element. */
export function receivedOf<T>(html: string): T {
  const open = `<script type="application/json" id="${REPORT_DATA_ID}">`;
  const start = html.indexOf(open);
  if (start === -1) throw new Error('the report page has no data for the inspector');
  const from = start + open.length;
  return JSON.parse(html.slice(from, html.indexOf('</script>', from))) as T;
}
