import { css } from 'lit';

// Why some rules are as they are (kept out of the template, whose text ships unminified):
// - `.people-head, .person`: fixed column shares, no max-content: each row is its own grid, and the
//   header's columns must line up with every row's.
// - `.groups legend`: the groups' heading is their list's legend; it reads as the people's heading does.
// - `.people-list::before, ::after`: the space standing for the rows not rendered (internal/row-window.ts).
// - `.person`: every row has one height, so the rows not rendered are spacers of known size: cells keep
//   to one line each, and long text ends in an ellipsis (its whole text stays in the DOM for readers).
// - `:host(:dir(rtl)) .person [dir='auto']`, `.group-name`, `.group-description`: names and logins keep
//   their own direction but line up with the page's start, as the header does.
export const assignmentsStyles = css`
  :host {
    display: block;
  }
  .toolbar,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ik-space-sm, 0.5rem);
  }
  .panel {
    margin-block: var(--ik-space-md, 1rem);
    padding: var(--ik-space-md, 1rem);
    border: 1px solid var(--ik-color-border-subtle, #d7d7dc);
    border-radius: var(--ik-radius-md, 6px);
  }
  h3,
  h4 {
    font-size: var(--ik-font-size-lg, 1rem);
    margin-block: var(--ik-space-md, 1rem) var(--ik-space-xs, 0.375rem);
  }
  .panel > h3 {
    margin-block-start: 0;
  }
  .muted,
  .hint,
  .option-detail {
    color: var(--ik-color-text-muted, #5c5c66);
    font-weight: normal;
  }
  .picker,
  .field {
    display: grid;
    gap: var(--ik-space-2xs, 0.25rem);
    margin-block-end: var(--ik-space-sm, 0.5rem);
  }
  label,
  legend {
    font-weight: 600;
  }
  [tabindex='-1']:focus-visible {
    outline: 2px solid var(--ik-color-focus, #1662dd);
    outline-offset: 2px;
  }
  .listbox {
    list-style: none;
    margin: 0;
    padding: 0;
    max-block-size: 16rem;
    overflow: auto;
    border: 1px solid var(--ik-color-border-subtle, #d7d7dc);
    border-radius: var(--ik-radius-sm, 4px);
  }
  .option {
    display: grid;
    padding: var(--ik-space-xs, 0.375rem) var(--ik-space-sm, 0.5rem);
    cursor: pointer;
  }
  .option:hover {
    background: var(--ik-color-hover, #f0f0f3);
  }
  .option[aria-selected='true'] {
    background: var(--ik-color-selected, #e5edfb);
    outline: 2px solid var(--ik-color-focus, #1662dd);
    outline-offset: -2px;
  }
  .picker-status {
    margin: 0;
    color: var(--ik-color-text-muted, #5c5c66);
    min-block-size: 1lh;
  }
  .error {
    color: var(--ik-color-danger, #c4281c);
    margin-block: var(--ik-space-xs, 0.375rem);
  }
  button.primary {
    background: var(--ik-color-primary, #1662dd);
    color: var(--ik-color-on-primary, #fff);
    border-color: var(--ik-color-primary, #1662dd);
  }
  button.danger {
    color: var(--ik-color-danger, #c4281c);
  }
  button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .close {
    margin-block-start: var(--ik-space-sm, 0.5rem);
  }
  .people-head,
  .person {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 1fr) minmax(0, 1.5fr) 7rem;
    gap: var(--ik-space-sm, 0.5rem);
    align-items: center;
    inline-size: 100%;
  }
  .people {
    margin-block-end: var(--ik-space-lg, 1.5rem);
  }
  .people > [part='load-more'] {
    margin-block-start: var(--ik-space-xs, 0.375rem);
  }
  .groups legend {
    font-size: var(--ik-font-size-lg, 1rem);
    font-weight: bold;
  }
  .people-head {
    font-weight: 600;
    padding-inline: var(--ik-space-sm, 0.5rem);
  }
  .people-list {
    max-block-size: var(--ik-assignments-list-height, 24rem);
    overflow: auto;
    overflow-anchor: none;
    overscroll-behavior: contain;
    border: 1px solid var(--ik-color-border-subtle, #d7d7dc);
    border-radius: var(--ik-radius-sm, 4px);
  }
  .people-list::before,
  .people-list::after {
    content: '';
    display: block;
    block-size: var(--rows-before, 0);
  }
  .people-list::after {
    block-size: var(--rows-after, 0);
  }
  .person {
    box-sizing: border-box;
    block-size: 3.25rem;
    padding: var(--ik-space-xs, 0.375rem) var(--ik-space-sm, 0.5rem);
    border-block-end: 1px solid var(--ik-color-border-subtle, #d7d7dc);
    overflow: hidden;
  }
  .person > *,
  .person-name > * {
    min-inline-size: 0;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .person .unassign {
    justify-self: end;
    max-inline-size: 100%;
  }
  :host(:dir(rtl)) .person [dir='auto'],
  :host(:dir(rtl)) .group-name,
  :host(:dir(rtl)) .group-description {
    text-align: right;
  }
  .person-name {
    display: grid;
    line-height: 1.2;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
  }
  .statement-rows {
    list-style: none;
    padding: 0;
    margin: var(--ik-space-xs, 0.375rem) 0 0;
    display: grid;
    gap: var(--ik-space-xs, 0.375rem);
  }
  .statement {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--ik-space-sm, 0.5rem);
    padding: var(--ik-space-xs, 0.375rem) var(--ik-space-sm, 0.5rem);
    border: 1px solid var(--ik-color-border-subtle, #d7d7dc);
    border-radius: var(--ik-radius-sm, 4px);
    background: var(--ik-color-surface, #fff);
  }
  .statement[draggable='true'] {
    cursor: grab;
  }
  .statement-fields {
    display: grid;
  }
  .statement-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ik-space-2xs, 0.25rem);
  }
  dialog {
    color: inherit;
    background: var(--ik-color-surface, #fff);
    border: 1px solid var(--ik-color-border, #8c8c96);
    border-radius: var(--ik-radius-md, 6px);
    max-inline-size: min(30rem, 90vw);
  }
  @media (max-width: 40rem) {
    .people-head {
      display: none;
    }
    .person {
      grid-template-columns: 1fr;
      block-size: 9.5rem;
    }
  }
`;
