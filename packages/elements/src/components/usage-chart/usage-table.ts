import type { UsageDay } from '@integrakit/core/client';
import { html, type TemplateResult } from 'lit';
import type { UsageChartTerms } from './terms.js';
import { formatDay } from './usage-data.js';

/** The same numbers as the chart, one row per day, oldest first. */
export function renderTable(
  days: readonly UsageDay[],
  t: UsageChartTerms,
  lang: string,
  caption: string,
): TemplateResult {
  const number = new Intl.NumberFormat(lang);
  return html`<div class="table-wrap" tabindex="0" role="group" aria-labelledby="table-caption">
    <table part="table">
      <caption id="table-caption">${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${t.usageDate}</th>
          <th scope="col">${t.usageSignIns}</th>
          <th scope="col">${t.usageFailures}</th>
          <th scope="col">${t.usageUniquePeople}</th>
        </tr>
      </thead>
      <tbody>
        ${days.map(
          (day) => html`<tr>
            <th scope="row">${formatDay(day.date, lang, 'long')}</th>
            <td>${number.format(day.signIns)}</td>
            <td>${number.format(day.failures)}</td>
            <td>${number.format(day.uniquePeople)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
