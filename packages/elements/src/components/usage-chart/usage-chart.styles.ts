import { css } from 'lit';

export const usageChartStyles = css`
  :host {
    display: block;
  }
  h3 {
    font-size: var(--ik-font-size-md, 1rem);
    margin: 0 0 var(--ik-space-sm, 0.5rem);
  }
  .totals {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ik-space-sm, 0.5rem) var(--ik-space-lg, 1.5rem);
    margin: 0 0 var(--ik-space-sm, 0.5rem);
  }
  .totals dt {
    color: var(--ik-color-text-muted, #5c5c66);
  }
  .totals dd {
    margin: 0;
    font-size: var(--ik-font-size-lg, 1.125rem);
    font-weight: 600;
  }
  [aria-pressed='true'] {
    background: var(--ik-color-selected, #e8f0fd);
  }
  .chart {
    display: block;
    inline-size: 100%;
    block-size: auto;
    margin-block-start: var(--ik-space-sm, 0.5rem);
  }
  .ok {
    fill: var(--ik-usage-chart-bar, var(--ik-color-primary, #1662dd));
  }
  .failed {
    fill: var(--ik-usage-chart-failure, var(--ik-color-danger, #c5221f));
  }
  .axis {
    stroke: var(--ik-color-border, #8c8c96);
  }
  .tick {
    fill: var(--ik-color-text-muted, #5c5c66);
    font-size: 11px;
  }
  .table-wrap {
    max-block-size: 20rem;
    overflow: auto;
    margin-block-start: var(--ik-space-sm, 0.5rem);
  }
  .table-wrap:focus-visible {
    outline: 2px solid var(--ik-color-focus, #1662dd);
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
  }
  th,
  td {
    padding: var(--ik-space-2xs, 0.25rem) var(--ik-space-sm, 0.5rem);
    border-block-end: 1px solid var(--ik-color-border-subtle, #d7d7dc);
    text-align: end;
  }
  th[scope='row'],
  th[scope='col']:first-child {
    text-align: start;
    font-weight: normal;
  }
  .none {
    color: var(--ik-color-text-muted, #5c5c66);
  }
`;
