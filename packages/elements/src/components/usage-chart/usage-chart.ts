import type { AppUsage, LogsApi } from '@integrakit/core/client';
import { html, LitElement, nothing } from 'lit';
import { LatestTask } from '../../controllers/latest-task.js';
import { LocalizeController } from '../../controllers/localize.js';
import { baseStyles } from '../../styles/tokens.js';
import { usageChartTerms } from './terms.js';
import { renderBars } from './usage-bars.js';
import { usageChartStyles } from './usage-chart.styles.js';
import { drawableDays, drawableTotals, formatDay } from './usage-data.js';
import { renderTable } from './usage-table.js';

/** What the chart needs of core's client: `client.logs`, or anything with the same call. */
export type UsageSource = Pick<LogsApi, 'usage'>;

/**
 * An app's usage from the System Log: sign-ins per day (failures stacked on top) as an SVG bar
 * chart, with totals of sign-ins, unique people and failures, and a table view of the same numbers.
 * Give it `source` and `app-id` to load, or set `usage` directly.
 *
 * @summary Sign-ins per day, unique people and failures, as a chart or a table.
 * @csspart heading - The heading.
 * @csspart totals - Total sign-ins, unique people and failures.
 * @csspart chart - The SVG chart (`role="img"`, named by a summary).
 * @csspart table-toggle - The **Show as table** switch (`aria-pressed`).
 * @csspart table - The table view.
 * @csspart status - Loading and failure messages.
 * @cssproperty --ik-usage-chart-bar - Colour of successful sign-ins.
 * @cssproperty --ik-usage-chart-failure - Colour of failed sign-ins.
 */
export class IkUsageChart extends LitElement {
  static override styles = [baseStyles, usageChartStyles];

  static override properties = {
    source: { attribute: false },
    appId: { type: String, attribute: 'app-id', reflect: true },
    days: { type: Number },
    usage: { attribute: false },
    table: { type: Boolean, reflect: true },
  };

  /** Where usage comes from: core's `client.logs`. */
  declare source: UsageSource | undefined;
  /** The app whose usage to load from `source`. */
  declare appId: string;
  /** How many days back, 1 to 90. @default 30 */
  declare days: number;
  /** Usage to show when there is no `source` (e.g. the host fetched it). */
  declare usage: AppUsage | undefined;
  /** Shows the table instead of the chart. @default false */
  declare table: boolean;

  readonly #localize = new LocalizeController(this);
  readonly #load = new LatestTask(
    this,
    async ([source, appId, days], signal) => {
      if (source === undefined || appId === '') return undefined;
      return source.usage(appId, { days, signal });
    },
    () => [this.source, this.appId, Math.min(90, Math.max(1, Math.trunc(this.days) || 30))] as const,
  );

  constructor() {
    super();
    this.source = undefined;
    this.appId = '';
    this.days = 30;
    this.usage = undefined;
    this.table = false;
  }

  override render() {
    const t = usageChartTerms(this.#localize.term());
    const lang = this.#localize.lang();
    const usage = this.source === undefined ? this.usage : this.#load.value;
    const days = drawableDays(usage);
    const totals = drawableTotals(usage);
    const number = new Intl.NumberFormat(lang);
    const heading = t.usageHeading(days.length || this.days);
    const busiest = days.reduce<(typeof days)[number] | undefined>(
      (best, day) => (day.signIns > (best?.signIns ?? 0) ? day : best),
      undefined,
    );
    const summary = t.usageSummary(
      days.length,
      totals.signIns,
      totals.failures,
      busiest === undefined ? undefined : formatDay(busiest.date, lang, 'long'),
    );
    const state = this.#load.state;
    return html`<section class="usage" aria-labelledby="heading">
      <h3 id="heading" part="heading">${heading}</h3>
      ${state === 'pending' && usage === undefined ? html`<p part="status" role="status">${t.usageLoading}</p>` : nothing}
      ${
        state === 'error'
          ? html`<div part="status" role="alert">
              <p>${t.usageFailed}</p>
              <button type="button" @click=${() => this.#load.run()}>${t.usageRetry}</button>
            </div>`
          : nothing
      }
      ${
        usage === undefined
          ? nothing
          : html`<dl part="totals" class="totals">
                <div><dt>${t.usageSignIns}</dt><dd>${number.format(totals.signIns)}</dd></div>
                <div><dt>${t.usageUniquePeople}</dt><dd>${number.format(totals.uniquePeople)}</dd></div>
                <div><dt>${t.usageFailures}</dt><dd>${number.format(totals.failures)}</dd></div>
              </dl>
              ${totals.signIns + totals.failures === 0 ? html`<p class="none">${t.usageNone}</p>` : nothing}
              <button part="table-toggle" type="button" aria-pressed=${this.table ? 'true' : 'false'} @click=${() => {
                this.table = !this.table;
              }}>
                ${t.usageTable}
              </button>
              ${
                this.table
                  ? renderTable(days, t, lang, heading)
                  : renderBars(days, { label: summary, lang, rtl: this.#localize.dir() === 'rtl' })
              }`
      }
    </section>`;
  }
}
