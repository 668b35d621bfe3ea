import { defineElement } from '../../internal/define-element.js';
import { IkUsageChart } from './usage-chart.js';

defineElement('ik-usage-chart', IkUsageChart);

export { IkUsageChart };

declare global {
  interface HTMLElementTagNameMap {
    'ik-usage-chart': IkUsageChart;
  }
}
