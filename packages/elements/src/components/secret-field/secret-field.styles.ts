import { css } from 'lit';

export const secretFieldStyles = css`
  :host {
    display: inline-flex;
    flex-direction: column;
    gap: var(--ik-space-2xs, 0.25rem);
  }
  [part='label'] {
    font-weight: 600;
  }
  [part='row'] {
    display: flex;
    align-items: center;
    gap: var(--ik-space-sm, 0.5rem);
  }
  [part='value'] {
    font-family: var(--ik-font-family-mono, ui-monospace, monospace);
    padding: var(--ik-space-2xs, 0.25rem) var(--ik-space-sm, 0.5rem);
    background: var(--ik-secret-field-background, var(--ik-color-surface-alt, #f4f4f6));
    border-radius: var(--ik-radius-sm, 4px);
    overflow-wrap: anywhere;
  }
`;
