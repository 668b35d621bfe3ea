import { css, unsafeCSS } from 'lit';
import { MAX_COLUMNS } from './grid-navigation.js';

// One rule per column count, keyed by a data attribute: no style attributes, so strict CSP holds.
const columnRules = unsafeCSS(
  Array.from(
    { length: MAX_COLUMNS },
    (_, i) => `.grid[data-columns='${i + 1}'] .row { grid-template-columns: repeat(${i + 1}, minmax(0, 1fr)); }`,
  ).join('\n'),
);

// Comments stay out of the template, which ships as written. Sections: base (inherited properties a host
// page sets, even with !important, stop at `.base`; only --ik-* tokens pass), search box, layout (filters
// beside results when there is room), grid, details.
export const catalogStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    background: var(--ik-color-surface, #fff);
    line-height: 1.4;
  }
  h2 {
    font-size: var(--ik-font-size-lg, 1rem);
    font-weight: 600;
    margin: 0;
  }
  .base {
    font-family: var(--ik-font-family, system-ui, sans-serif);
    font-size: var(--ik-font-size, 0.875rem);
    font-style: normal;
    font-weight: 400;
    line-height: 1.4;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    visibility: visible;
    color: var(--ik-color-text, #1d1d21);
    cursor: auto;
    display: flex;
    flex-direction: column;
    gap: var(--ik-space-md, 1rem);
  }

  .search {
    position: relative;
  }
  input[type='text'] {
    font: inherit;
    inline-size: 100%;
    padding: var(--ik-space-sm, 0.5rem) var(--ik-space-md, 0.75rem);
    color: var(--ik-color-text, #1d1d21);
    background: var(--ik-color-surface, #fff);
    border: 1px solid var(--ik-color-border, #8c8c96);
    border-radius: var(--ik-radius-md, 6px);
  }
  input:focus-visible {
    outline: 2px solid var(--ik-color-focus, #1662dd);
    outline-offset: 1px;
  }
  .listbox {
    position: absolute;
    inset-inline: 0;
    inset-block-start: calc(100% + 2px);
    z-index: 1;
    max-block-size: 22rem;
    overflow-y: auto;
    padding: var(--ik-space-2xs, 0.25rem) 0;
    background: var(--ik-color-surface, #fff);
    border: 1px solid var(--ik-color-border, #8c8c96);
    border-radius: var(--ik-radius-md, 6px);
    box-shadow: var(--ik-shadow-md, 0 4px 16px rgb(0 0 0 / 0.16));
  }
  .option {
    display: flex;
    align-items: center;
    gap: var(--ik-space-sm, 0.5rem);
    padding: var(--ik-space-xs, 0.375rem) var(--ik-space-md, 0.75rem);
    cursor: pointer;
  }
  .option[aria-selected='true'] {
    background: var(--ik-color-selected, #e5edfb);
    outline: 2px solid var(--ik-color-focus, #1662dd);
    outline-offset: -2px;
  }
  .see-all {
    border-block-start: 1px solid var(--ik-color-border-subtle, #dcdce0);
    color: var(--ik-color-primary, #1662dd);
    font-weight: 600;
  }
  mark {
    color: inherit;
    font-weight: 700;
    background: var(--ik-catalog-match-background, transparent);
  }

  .layout {
    display: grid;
    gap: var(--ik-space-lg, 1.5rem);
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 44rem) {
    .layout:not(.no-filters) {
      grid-template-columns: 14rem minmax(0, 1fr);
    }
    .layout:not(.no-filters) .filters {
      contain: size;
      overflow-y: auto;
      overscroll-behavior: contain;
    }
  }
  .filters-toggle {
    display: none;
    align-self: flex-start;
  }
  @container (max-width: 30rem) {
    .filters-toggle {
      display: inline-block;
    }
    .filters:not(.open) {
      display: none;
    }
  }
  .filters-header,
  .results-header {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--ik-space-sm, 0.5rem);
    margin-block-end: var(--ik-space-sm, 0.5rem);
  }
  .filter-group {
    border: 0;
    padding: 0;
    margin: 0 0 var(--ik-space-md, 1rem);
    min-inline-size: 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: var(--ik-space-2xs, 0.25rem);
  }
  .filter-option {
    display: flex;
    align-items: center;
    gap: var(--ik-space-xs, 0.375rem);
    padding-block: 0.125rem;
  }
  .filter-option input {
    margin: 0;
    accent-color: var(--ik-color-primary, #1662dd);
  }
  .filter-count,
  .result-count {
    color: var(--ik-color-text-muted, #5c5c66);
  }
  button.link {
    border: 0;
    background: none;
    padding: 0;
    text-decoration: underline;
  }
  button:disabled {
    cursor: default;
    color: var(--ik-color-text-muted, #5c5c66);
  }
  button.primary {
    color: var(--ik-color-on-primary, #fff);
    background: var(--ik-color-primary, #1662dd);
    border-color: var(--ik-color-primary, #1662dd);
    padding: var(--ik-space-sm, 0.5rem) var(--ik-space-md, 1rem);
    font-weight: 600;
  }

  .grid {
    display: block;
    block-size: var(--ik-catalog-results-height, 32rem);
    overflow-y: auto;
    overflow-anchor: none;
    overscroll-behavior: contain;
  }
  .grid::before,
  .grid::after {
    content: '';
    display: block;
    block-size: var(--rows-before, 0);
  }
  .grid::after {
    block-size: var(--rows-after, 0);
  }
  .row {
    display: grid;
    gap: 12px;
    inline-size: 100%;
    padding-block-end: 12px;
  }
  ${columnRules}
  .cell {
    min-inline-size: 0;
  }
  .tile:hover,
  .option:hover {
    border-color: var(--ik-color-primary, #1662dd);
  }
  .tile {
    display: flex;
    align-items: center;
    gap: var(--ik-space-sm, 0.5rem);
    inline-size: 100%;
    block-size: 4.5rem;
    padding: var(--ik-space-sm, 0.75rem);
    text-align: start;
    color: var(--ik-color-text, #1d1d21);
    background: var(--ik-catalog-tile-background, var(--ik-color-surface, #fff));
    border: 1px solid var(--ik-catalog-tile-border, var(--ik-color-border-subtle, #c8c8ce));
    border-radius: var(--ik-radius-md, 6px);
    overflow: hidden;
  }
  .tile.placeholder {
    color: var(--ik-color-text-muted, #5c5c66);
  }
  .tile-text {
    display: flex;
    flex-direction: column;
    gap: var(--ik-space-2xs, 0.25rem);
    min-inline-size: 0;
    flex: 1;
  }
  .tile-name,
  .option-name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .tile-text:dir(rtl) > .tile-name,
  .option:dir(rtl) > .option-name {
    text-align: right;
  }
  .tile-name {
    font-weight: 600;
  }
  .logo {
    flex: none;
    box-sizing: border-box;
    inline-size: 2rem;
    block-size: 2rem;
    padding: 0.125rem;
    object-fit: contain;
    background: var(--ik-catalog-logo-plate, transparent);
    border-radius: var(--ik-radius-sm, 4px);
  }
  .option .logo {
    inline-size: 1.25rem;
    block-size: 1.25rem;
  }
  .badges {
    display: flex;
    gap: 0.25rem;
    overflow: hidden;
  }
  .details .badges {
    flex-wrap: wrap;
  }
  .badge {
    white-space: nowrap;
    font-size: 0.75em;
    padding: 0 0.375rem;
    border-radius: var(--ik-radius-sm, 4px);
    color: var(--ik-color-text, #1d1d21);
    background: var(--ik-catalog-badge-background, var(--ik-color-surface-alt, #ededf0));
  }
  .verified {
    flex: none;
    display: inline-flex;
    color: var(--ik-catalog-verified-color, #1a7f37);
  }
  .verified svg {
    inline-size: 1rem;
    block-size: 1rem;
  }
  .message {
    box-sizing: border-box;
    min-block-size: var(--ik-catalog-results-height, 32rem);
    margin: 0;
    padding: var(--ik-space-lg, 1.5rem) 0;
    color: var(--ik-color-text-muted, #5c5c66);
  }
  .message.error {
    color: var(--ik-color-danger, #c4201b);
  }

  .details {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--ik-space-md, 1rem);
  }
  .details-header {
    display: flex;
    align-items: center;
    gap: var(--ik-space-md, 1rem);
  }
  .details-header .logo {
    inline-size: 3rem;
    block-size: 3rem;
  }
  .details-title {
    font-size: var(--ik-font-size-xl, 1.25rem);
  }
  .details-title:focus-visible {
    outline: 2px solid var(--ik-color-focus, #1662dd);
    outline-offset: 2px;
  }
  .description {
    margin: 0;
    max-inline-size: 65ch;
    overflow-wrap: anywhere;
  }
  .facts {
    display: grid;
    gap: var(--ik-space-sm, 0.5rem) var(--ik-space-lg, 1.5rem);
    grid-template-columns: max-content minmax(0, 1fr);
    margin: 0;
  }
  .facts > div {
    display: contents;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .values {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  a {
    color: var(--ik-color-link, var(--ik-color-primary, #1662dd));
  }
`;
