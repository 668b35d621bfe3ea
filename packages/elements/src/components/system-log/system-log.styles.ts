import { css } from 'lit';

export const systemLogStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  h2 {
    font-size: var(--ik-font-size-lg, 1.125rem);
    margin: 0 0 var(--ik-space-sm, 0.5rem);
  }
  .scope,
  .hint,
  .meta {
    color: var(--ik-color-text-muted, #5c5c66);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ik-space-sm, 0.5rem) var(--ik-space-md, 1rem);
    align-items: flex-end;
    margin-block-end: var(--ik-space-md, 1rem);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--ik-space-2xs, 0.25rem);
    min-inline-size: 0;
  }
  .field.search {
    flex: 1 1 14rem;
  }
  .hint {
    margin: 0;
    font-size: 0.8125rem;
  }
  label {
    font-weight: 600;
  }
  .check {
    font-weight: normal;
    display: inline-flex;
    align-items: center;
    gap: var(--ik-space-2xs, 0.25rem);
    margin-inline-end: var(--ik-space-md, 1rem);
  }
  /* Compact controls: the filters sit in one toolbar row. */
  select,
  input[type='search'] {
    inline-size: auto;
    padding-block: var(--ik-space-2xs, 0.25rem);
    min-inline-size: 0;
  }
  .search-row {
    display: flex;
    gap: var(--ik-space-2xs, 0.25rem);
  }
  .search-row input {
    flex: 1;
  }
  .categories {
    flex: 1 1 100%;
    border: 1px solid var(--ik-color-border-subtle, #d7d7dc);
    border-radius: var(--ik-radius-sm, 4px);
    margin: 0;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--ik-space-sm, 0.5rem);
  }
  [aria-pressed='true'] {
    background: var(--ik-color-selected, #e8f0fd);
  }
  .status {
    margin: 0;
  }
  .events {
    list-style: none;
    padding: 0;
    margin: var(--ik-space-md, 1rem) 0 0;
    border-block-start: 1px solid var(--ik-color-border-subtle, #d7d7dc);
  }
  .event {
    padding: var(--ik-space-sm, 0.5rem) 0;
    border-block-end: 1px solid var(--ik-color-border-subtle, #d7d7dc);
  }
  [part='event-toggle'] {
    border: none;
    background: none;
    padding: 0;
    color: var(--ik-color-text, #1d1d21);
    font-weight: 600;
    text-align: start;
    display: inline-flex;
    gap: var(--ik-space-2xs, 0.25rem);
    overflow-wrap: anywhere;
  }
  .chevron::before {
    content: '▸';
    display: inline-block;
  }
  :host(:dir(rtl)) .chevron::before {
    content: '◂';
  }
  [aria-expanded='true'] .chevron::before {
    content: '▾';
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ik-space-2xs, 0.25rem) var(--ik-space-sm, 0.5rem);
    margin: var(--ik-space-2xs, 0.25rem) 0 0;
    overflow-wrap: anywhere;
  }
  .outcome.failure {
    color: var(--ik-system-log-failure, var(--ik-color-danger, #c5221f));
    font-weight: 600;
  }
  .detail {
    margin-block-start: var(--ik-space-sm, 0.5rem);
    padding-inline-start: var(--ik-space-md, 1rem);
  }
  dl {
    display: grid;
    grid-template-columns: minmax(7rem, max-content) 1fr;
    gap: var(--ik-space-2xs, 0.25rem) var(--ik-space-md, 1rem);
    margin: 0;
  }
  .fact {
    display: contents;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .targets {
    margin: 0;
    padding-inline-start: var(--ik-space-md, 1rem);
  }
  code,
  pre {
    font-family: var(--ik-font-family-mono, ui-monospace, monospace);
  }
  .raw-heading {
    font-weight: 600;
    margin: var(--ik-space-sm, 0.5rem) 0 var(--ik-space-2xs, 0.25rem);
  }
  pre {
    max-block-size: 20rem;
    overflow: auto;
    background: var(--ik-color-surface-alt, #f4f4f6);
    padding: var(--ik-space-sm, 0.5rem);
    border-radius: var(--ik-radius-sm, 4px);
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  pre:focus-visible {
    outline: 2px solid var(--ik-color-focus, #1662dd);
  }
  .error {
    color: var(--ik-color-danger, #c5221f);
  }
  .older {
    margin-block-start: var(--ik-space-md, 1rem);
  }
  @container (max-width: 30rem) {
    dl {
      grid-template-columns: 1fr;
    }
  }
`;
