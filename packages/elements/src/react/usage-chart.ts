import { createComponent } from '@lit/react';
import * as React from 'react';
import { IkUsageChart } from '../components/usage-chart/define.js';

/** `<ik-usage-chart>` for React: `source` and `appId`, or `usage`, pass through as properties. */
export const UsageChart = createComponent({
  tagName: 'ik-usage-chart',
  elementClass: IkUsageChart,
  react: React,
});
