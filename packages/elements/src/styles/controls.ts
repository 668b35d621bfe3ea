import { css } from 'lit';

/**
 * The look of text fields, selects and text areas, shared by every element with a form, so a host's tokens
 * restyle them all at once: border, focus ring, invalid and read-only states.
 */
export const controlStyles = css`
  input:not([type='checkbox'], [type='radio'], [type='file']),
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--ik-color-surface, #fff);
    inline-size: 100%;
    border: 1px solid var(--ik-color-border, #8c8c96);
    border-radius: var(--ik-radius-sm, 4px);
    padding: var(--ik-space-xs, 0.375rem) var(--ik-space-sm, 0.5rem);
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--ik-color-danger, #c4201b);
    border-width: 2px;
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 2px solid var(--ik-color-focus, #1662dd);
    outline-offset: 2px;
  }
  input[type='file'] {
    inline-size: 100%;
  }
  input[readonly] {
    background: var(--ik-color-surface-alt, #f4f4f6);
  }
`;
