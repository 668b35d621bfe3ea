import { css } from 'lit';

/** The page's own layout; fields, sections and buttons come from the wizard styles. */
export const integrationStyles = css`
  :host {
    display: block;
    max-inline-size: var(--ik-integration-max-width, 64rem);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--ik-space-md, 1rem);
    padding-block-end: var(--ik-space-md, 1rem);
  }
  .logo {
    display: inline-grid;
    place-items: center;
    inline-size: 3rem;
    block-size: 3rem;
    border-radius: var(--ik-radius-md, 8px);
    border: 1px solid var(--ik-color-border-subtle, #d7d7dc);
    background: var(--ik-color-surface, #fff);
    font-size: 1.5rem;
    font-weight: 600;
    object-fit: contain;
  }
  .title {
    flex: 1 1 16rem;
    min-inline-size: 0;
  }
  .label {
    margin: 0;
    font-size: 1.5rem;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .facts,
  .settings {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ik-space-xs, 0.375rem) var(--ik-space-lg, 1.5rem);
    margin: var(--ik-space-xs, 0.375rem) 0;
  }
  .settings {
    flex-direction: column;
  }
  .fact dt {
    font-size: 0.8125rem;
    color: var(--ik-color-text-subtle, #5c5c66);
  }
  .fact dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .badge {
    display: inline-block;
    padding: 0 0.5rem;
    border-radius: 999px;
    background: var(--ik-color-success-surface, #e3f4e8);
    color: var(--ik-color-success, #1c6b35);
  }
  .badge[data-status='INACTIVE'] {
    background: var(--ik-color-neutral-surface, #ededf0);
    color: var(--ik-color-text-subtle, #5c5c66);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ik-space-xs, 0.375rem);
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ik-space-2xs, 0.25rem);
    border-block-end: 1px solid var(--ik-color-border-subtle, #d7d7dc);
  }
  [role='tab'] {
    border: none;
    border-block-end: 3px solid transparent;
    border-radius: 0;
    background: none;
    color: var(--ik-color-text, #1d1d21);
    padding: var(--ik-space-xs, 0.375rem) var(--ik-space-sm, 0.5rem);
  }
  [role='tab'][aria-selected='true'] {
    border-block-end-color: var(--ik-color-primary, #1662dd);
    color: var(--ik-color-primary, #1662dd);
    font-weight: 600;
  }
  .panel {
    padding-block: var(--ik-space-md, 1rem);
  }
  .panel:focus-visible {
    outline: 2px solid var(--ik-color-focus, #1662dd);
  }
  .certificates {
    inline-size: 100%;
    border-collapse: collapse;
    display: block;
    overflow-x: auto;
  }
  .certificates:focus-visible {
    outline: 2px solid var(--ik-color-focus, #1662dd);
  }
  /* Dates and key ids do not break mid-word; a narrow screen scrolls the table instead. */
  .certificates th,
  .certificates td {
    padding: var(--ik-space-2xs, 0.25rem) var(--ik-space-sm, 0.5rem);
    text-align: start;
    vertical-align: top;
    white-space: nowrap;
  }
  .warning {
    display: block;
    color: var(--ik-color-danger, #a4161a);
    font-weight: 600;
  }
  .conflict {
    padding: var(--ik-space-sm, 0.5rem);
    border: 1px solid var(--ik-color-danger, #a4161a);
    border-radius: var(--ik-radius-sm, 4px);
  }
  .features {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  dialog {
    max-inline-size: min(32rem, calc(100vw - 2rem));
    color: inherit;
    background: var(--ik-color-surface, #fff);
  }
`;
