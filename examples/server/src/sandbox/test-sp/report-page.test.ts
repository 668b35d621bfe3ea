import { describe, expect, it } from 'vitest';
import { REPORT_DATA_ID, reportHtml } from './report-page.js';

// The report page carries what the app received as JSON in a script element: nothing in it may
// close that element or add markup.
describe('reportHtml', () => {
  it('keeps hostile values inside the data element, and gives them back unchanged', () => {
    const hostile = '</script><script>alert(1)</script><!--';
    const report = {
      label: `Wiki ${hostile}`,
      value: `token${hostile}`,
      kind: 'ID token',
      app: { id: '0oa1', name: 'oidc_client', label: hostile, signOnMode: 'OPENID_CONNECT' },
    };
    const html = reportHtml(report);
    const open = `<script type="application/json" id="${REPORT_DATA_ID}">`;
    const start = html.indexOf(open) + open.length;
    const data = html.slice(start, html.indexOf('</script>', start));
    expect(data).not.toContain('<');
    expect(JSON.parse(data)).toEqual(report);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('<h1>Test sign-in: Wiki &#60;/script&#62;');
  });
});
