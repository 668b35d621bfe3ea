import { css } from 'lit';

/** What `<ik-create-integration>` adds to the shared wizard styles: lists, scopes, report, secret. */
export const createIntegrationStyles = css`
  .shell {
    max-inline-size: var(--ik-create-integration-max-width, 48rem);
  }
  .wizard {
    max-inline-size: none;
  }
  .title {
    margin: 0;
    padding: var(--ik-space-md, 1rem) var(--ik-space-md, 1rem) 0;
    font-size: var(--ik-font-size-lg, 1rem);
    font-weight: 600;
  }
  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: var(--ik-space-xs, 0.375rem);
    align-items: start;
  }
  .option .description {
    grid-column: 2;
    margin: 0;
    color: var(--ik-color-text-muted, #4f4f58);
  }
  .rows,
  .statement-rows,
  .checks {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--ik-space-sm, 0.5rem);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ik-space-xs, 0.375rem);
    align-items: center;
  }
  .row input {
    flex: 1 1 14rem;
    min-inline-size: 0;
  }
  .row .error {
    flex-basis: 100%;
  }
  .statement {
    display: flex;
    flex-direction: column;
    gap: var(--ik-space-xs, 0.375rem);
    /* Rows out of view skip style and layout until scrolled to (they stay in the accessibility tree). */
    content-visibility: auto;
    contain-intrinsic-size: auto 12rem;
    padding: var(--ik-space-sm, 0.5rem);
    border: 1px solid var(--ik-color-border-subtle, #c8c8ce);
    border-radius: var(--ik-radius-sm, 4px);
  }
  .statement-fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    gap: var(--ik-space-sm, 0.5rem);
  }
  .statement-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ik-space-xs, 0.375rem);
  }
  [aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  textarea {
    font-family: var(--ik-font-family-mono, ui-monospace, monospace);
    inline-size: 100%;
  }
  .scopes fieldset .description {
    font-size: 0.8125rem;
  }
  .hints {
    border-inline-start: 4px solid var(--ik-color-warning, #b15d00);
    padding-inline-start: var(--ik-space-sm, 0.5rem);
  }
  .check {
    display: grid;
    grid-template-columns: 6rem auto 1fr;
    gap: var(--ik-space-xs, 0.375rem);
    overflow-wrap: anywhere;
  }
  .check details {
    grid-column: 1 / -1;
  }
  .check[data-state='failed'] .outcome {
    color: var(--ik-color-danger, #c4201b);
    font-weight: 600;
  }
  .check[data-state='passed'] .outcome {
    color: var(--ik-color-success, #1a7f37);
  }
  pre {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    margin: 0;
  }
  .secret-panel {
    display: grid;
    gap: var(--ik-space-sm, 0.5rem);
    padding: var(--ik-space-sm, 0.5rem);
    border: 1px solid var(--ik-color-warning, #b15d00);
    border-radius: var(--ik-radius-sm, 4px);
  }
  .warning {
    margin: 0;
    font-weight: 600;
  }
  .facts {
    display: grid;
    gap: var(--ik-space-xs, 0.375rem);
    margin: 0;
  }
  .fact dt {
    font-weight: 600;
  }
  .fact dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .error-line {
    margin: 0;
    color: var(--ik-color-danger, #c4201b);
  }
  @media (max-width: 30rem) {
    .check {
      grid-template-columns: 1fr;
    }
  }
`;
