/** A page's data for its script, read back from the JSON script element `id` (see `jsonDataHtml`). */
export function jsonDataOf<T>(html: string, id: string): T {
  const open = `<script type="application/json" id="${id}">`;
  const start = html.indexOf(open);
  if (start === -1) throw new Error(`the page has no #${id} data`);
  const from = start + open.length;
  return JSON.parse(html.slice(from, html.indexOf('</script>', from))) as T;
}
