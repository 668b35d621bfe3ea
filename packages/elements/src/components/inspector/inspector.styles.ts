import { css } from 'lit';

export const inspectorStyles = css`
  :host {
    display: block;
    max-inline-size: var(--ik-inspector-max-width, 60rem);
  }
  .field {
    display: grid;
    gap: var(--ik-space-2xs, 0.25rem);
    margin-block-end: var(--ik-space-md, 1rem);
  }
  label {
    font-weight: 600;
  }
  .optional,
  .hint {
    color: var(--ik-color-text-muted, #5c5c66);
    font-weight: normal;
  }
  .hint {
    margin: 0;
  }
  textarea {
    font-family: var(--ik-font-family-mono, ui-monospace, monospace);
    resize: vertical;
  }
  pre:focus-visible {
    outline: 2px solid var(--ik-color-focus, #1662dd);
    outline-offset: 2px;
  }
  .summary {
    font-weight: 600;
    min-block-size: 1lh;
  }
  h3 {
    font-size: var(--ik-font-size-lg, 1rem);
    margin-block: var(--ik-space-md, 1rem) var(--ik-space-xs, 0.375rem);
  }
  .problems,
  .signatures {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: var(--ik-space-xs, 0.375rem);
  }
  .problem,
  .signatures li {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ik-space-2xs, 0.25rem) var(--ik-space-sm, 0.5rem);
    padding: var(--ik-space-xs, 0.375rem) var(--ik-space-sm, 0.5rem);
    border-inline-start: 4px solid var(--ik-color-border, #8c8c96);
    background: var(--ik-color-surface-alt, #f4f4f6);
    overflow-wrap: anywhere;
  }
  .problem[data-severity='error'] {
    border-inline-start-color: var(--ik-color-danger, #c4281c);
  }
  .problem[data-severity='warning'] {
    border-inline-start-color: var(--ik-color-warning, #a05a00);
  }
  .severity {
    font-weight: 600;
  }
  code {
    font-family: var(--ik-font-family-mono, ui-monospace, monospace);
  }
  .facts {
    display: grid;
    grid-template-columns: minmax(6rem, max-content) 1fr;
    gap: var(--ik-space-2xs, 0.25rem) var(--ik-space-md, 1rem);
    margin: 0;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
    font-family: var(--ik-font-family-mono, ui-monospace, monospace);
  }
  pre {
    max-block-size: 24rem;
    overflow: auto;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    background: var(--ik-color-surface-alt, #f4f4f6);
    padding: var(--ik-space-sm, 0.5rem);
  }
  @media (max-width: 30rem) {
    .facts {
      grid-template-columns: 1fr;
    }
    .facts dd {
      margin-block-end: var(--ik-space-xs, 0.375rem);
    }
  }
`;
