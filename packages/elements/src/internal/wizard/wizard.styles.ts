import { css } from 'lit';

/**
 * Styles of the wizard frame and of fields rendered with `renderField`, shared by every wizard
 * element. Usable at 320 px: everything stacks, buttons wrap.
 */
export const wizardStyles = css`
  :host {
    display: block;
    background: var(--ik-color-surface, #fff);
    line-height: 1.4;
    /* Long URNs, URLs and scope names wrap instead of widening the form past a 320 px screen. */
    overflow-wrap: anywhere;
  }
  /*
   * Single-column stacks are flex columns, not grids: a grid sizes its track from every item's
   * intrinsic width and lays stretched items out twice, so one changed field re-laid out the whole
   * form (nested grids multiply it). A flex column stretches items to its own width without asking.
   */
  .wizard {
    display: flex;
    flex-direction: column;
    gap: var(--ik-space-md, 1rem);
    padding: var(--ik-space-md, 1rem);
    max-inline-size: 48rem;
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ik-space-xs, 0.375rem) var(--ik-space-md, 1rem);
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--ik-color-text-muted, #5c5c66);
  }
  .step {
    display: flex;
    align-items: center;
    gap: var(--ik-space-2xs, 0.25rem);
  }
  .step-number {
    display: inline-grid;
    place-items: center;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    border-radius: 50%;
    border: 1px solid currentColor;
    font-size: 0.75rem;
  }
  .step.current {
    color: var(--ik-color-text, #1d1d21);
    font-weight: 600;
  }
  .step.current .step-number {
    background: var(--ik-color-primary, #1662dd);
    border-color: var(--ik-color-primary, #1662dd);
    color: var(--ik-color-on-primary, #fff);
  }
  .step-link {
    display: inline-flex;
    align-items: center;
    gap: var(--ik-space-2xs, 0.25rem);
  }
  button.link {
    border: 0;
    background: none;
    padding: 0;
    color: var(--ik-color-link, #1662dd);
    text-decoration: underline;
  }
  h2,
  h3 {
    margin: 0;
  }
  .step-heading {
    font-size: var(--ik-font-size-xl, 1.25rem);
    font-weight: 600;
  }
  .step-heading:focus {
    outline: none;
  }
  .step-heading:focus-visible {
    outline: 2px solid var(--ik-color-focus, #1662dd);
  }
  .error-summary {
    border: 2px solid var(--ik-color-danger, #c4201b);
    border-radius: var(--ik-radius-md, 6px);
    padding: var(--ik-space-sm, 0.5rem) var(--ik-space-md, 1rem);
  }
  .error-summary:focus-visible {
    outline: 3px solid var(--ik-color-focus, #1662dd);
    outline-offset: 2px;
  }
  .error-summary-title {
    font-size: var(--ik-font-size-lg, 1rem);
  }
  .error-summary ul {
    margin: var(--ik-space-xs, 0.375rem) 0 0;
    padding-inline-start: 1.25rem;
  }
  .error-summary a {
    color: var(--ik-color-danger, #c4201b);
    font-weight: 600;
  }
  .form {
    display: flex;
    flex-direction: column;
    gap: var(--ik-space-md, 1rem);
  }
  /* The Admin Console's titled sections (internal/forms' section()), in both wizards and the integration page. */
  .section {
    display: flex;
    flex-direction: column;
    gap: var(--ik-space-md, 1rem);
    margin-block-end: var(--ik-space-lg, 1.5rem);
  }
  .section h3 {
    margin: 0;
    font-size: var(--ik-font-size-lg, 1rem);
  }
  /* Buttons in a column keep their own width ("Add Another", "Fill from metadata"). */
  .section > button,
  fieldset > button {
    align-self: flex-start;
  }
  /* One step's fields (kept while other steps are shown): its children lay out as the form's own. */
  .step-pane {
    display: contents;
  }
  .field,
  fieldset {
    display: flex;
    flex-direction: column;
    gap: var(--ik-space-2xs, 0.25rem);
    margin: 0;
    min-inline-size: 0;
  }
  fieldset {
    border: 0;
    padding: 0;
  }
  label,
  legend {
    font-weight: 600;
    padding: 0;
  }
  .option label,
  .check label {
    font-weight: normal;
  }
  [part='optional'] {
    font-weight: normal;
    color: var(--ik-color-text-muted, #5c5c66);
  }
  [part='hint'],
  .hint {
    margin: 0;
    color: var(--ik-color-text-muted, #5c5c66);
  }
  [part='error'] {
    margin: 0;
    color: var(--ik-color-danger, #c4201b);
  }
  input:not([type='checkbox'], [type='radio'], [type='file']),
  select,
  textarea {
    max-inline-size: 32rem;
  }
  /* renderCheckbox: the box, then its label; hint and error under the label. */
  .field.checkbox {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: var(--ik-space-xs, 0.375rem);
  }
  .field.checkbox .hint,
  .field.checkbox .error {
    grid-column: 2;
  }
  .option,
  .check {
    display: flex;
    align-items: flex-start;
    gap: var(--ik-space-xs, 0.375rem);
  }
  .option input,
  .check input {
    margin-block-start: 0.2rem;
    accent-color: var(--ik-color-primary, #1662dd);
  }
  .note {
    margin: 0;
    padding: var(--ik-space-sm, 0.5rem) var(--ik-space-md, 1rem);
    border-inline-start: 4px solid var(--ik-color-primary, #1662dd);
    background: var(--ik-color-surface-alt, #ededf0);
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ik-space-sm, 0.5rem);
  }
  button.primary {
    background: var(--ik-color-primary, #1662dd);
    border-color: var(--ik-color-primary, #1662dd);
    color: var(--ik-color-on-primary, #fff);
  }
  button.danger {
    background: var(--ik-color-danger, #c4201b);
    border-color: var(--ik-color-danger, #c4201b);
    color: var(--ik-color-on-primary, #fff);
  }
  .status {
    margin: 0;
    min-block-size: 1.4em;
  }
  .confirm {
    color: inherit;
    background: var(--ik-color-surface, #fff);
    border: 1px solid var(--ik-color-border, #8c8c96);
    border-radius: var(--ik-radius-md, 6px);
    max-inline-size: min(28rem, calc(100vw - 2rem));
  }
  .confirm p {
    margin: var(--ik-space-sm, 0.5rem) 0 var(--ik-space-md, 1rem);
  }
  code,
  .mono {
    font-family: var(--ik-font-family-mono, ui-monospace, monospace);
    overflow-wrap: anywhere;
  }
  /* URLs, certificates and expressions read left to right in right-to-left pages too. */
  input.mono,
  textarea.mono,
  .expression-at {
    direction: ltr;
  }
`;
