import { html, nothing, type TemplateResult } from 'lit';
import type { CatalogNameMatch } from './source.js';

/**
 * `text` with the matched ranges wrapped in `<mark part="match">`. The text stays one run of
 * characters with no added spaces, so the accessible name of the option is the plain name.
 * Ranges that overlap, are out of bounds or empty are ignored rather than trusted.
 */
export function highlight(text: string, matches: readonly CatalogNameMatch[]): TemplateResult | string {
  const ranges = matches
    .filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end > m.start)
    .map((m) => ({ start: m.start, end: Math.min(m.end, text.length) }))
    .filter((m) => m.start < m.end)
    .sort((a, b) => a.start - b.start);
  if (ranges.length === 0) return text;
  const parts: (TemplateResult | string)[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start < at) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(html`<mark part="match">${text.slice(start, end)}</mark>`);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return html`${parts.length > 0 ? parts : nothing}`;
}
