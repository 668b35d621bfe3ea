import type { UsageDay } from '@integrakit/core/client';
import { html, svg, type TemplateResult } from 'lit';
import { formatDay, niceCeiling } from './usage-data.js';

const WIDTH = 600;
const HEIGHT = 160;
const AXIS = 24;
const TOP = 8;

/**
 * Sign-ins per day as stacked bars (successes, failures on top), with the y-axis top and the first
 * and last dates as labels. The drawing is one image named by `label`; the numbers are in the table
 * view. Under `rtl` time runs right to left.
 */
export function renderBars(
  days: readonly UsageDay[],
  options: { label: string; lang: string; rtl: boolean },
): TemplateResult {
  const top = niceCeiling(Math.max(0, ...days.map((day) => day.signIns + day.failures)));
  const plot = HEIGHT - AXIS - TOP;
  const slot = (WIDTH - AXIS) / Math.max(1, days.length);
  const bar = Math.max(1, slot * 0.7);
  const x = (index: number) => {
    const position = options.rtl ? days.length - 1 - index : index;
    return (options.rtl ? 0 : AXIS) + position * slot + (slot - bar) / 2;
  };
  const h = (value: number) => (value / top) * plot;
  const axisX = options.rtl ? WIDTH - AXIS : AXIS;
  const first = days[0];
  const last = days.at(-1);
  return html`<svg
    part="chart"
    class="chart"
    role="img"
    aria-label=${options.label}
    viewBox="0 0 ${WIDTH} ${HEIGHT}"
  >
    <g aria-hidden="true">
      ${svg`<line class="axis" x1=${axisX} x2=${axisX} y1=${TOP} y2=${TOP + plot}></line>
        <line class="axis" x1="0" x2=${WIDTH} y1=${TOP + plot} y2=${TOP + plot}></line>
        <text class="tick" x=${options.rtl ? WIDTH - 2 : 2} y=${TOP + 10} text-anchor=${options.rtl ? 'end' : 'start'}>${top}</text>`}
      ${days.map((day, index) => {
        const ok = h(day.signIns);
        const failed = h(day.failures);
        return svg`<g data-date=${day.date}>
          <rect class="ok" x=${x(index)} width=${bar} y=${TOP + plot - ok} height=${ok}></rect>
          <rect class="failed" x=${x(index)} width=${bar} y=${TOP + plot - ok - failed} height=${failed}></rect>
        </g>`;
      })}
      ${
        first === undefined || last === undefined
          ? ''
          : svg`<text class="tick" x=${options.rtl ? WIDTH - AXIS : AXIS} y=${HEIGHT - 6} text-anchor=${options.rtl ? 'end' : 'start'}>${formatDay(first.date, options.lang)}</text>
            <text class="tick" x=${options.rtl ? 0 : WIDTH} y=${HEIGHT - 6} text-anchor=${options.rtl ? 'start' : 'end'}>${formatDay(last.date, options.lang)}</text>`
      }
    </g>
  </svg>`;
}
