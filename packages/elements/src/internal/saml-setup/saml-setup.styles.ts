import { css } from 'lit';

/** Styles of the SAML setup instructions, for any element that shows them. */
export const samlSetupStyles = css`
  .saml-setup .setup-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ik-space-xs, 0.375rem);
  }
  .saml-setup .setup-row input {
    flex: 1 1 12rem;
    min-inline-size: 0;
  }
  .saml-setup textarea {
    inline-size: 100%;
    box-sizing: border-box;
    resize: vertical;
    /* A PEM keeps its 64-character lines; a narrow box scrolls instead of wrapping them. */
    white-space: pre;
    overflow-x: auto;
  }
  .saml-setup dd {
    overflow-wrap: anywhere;
  }
`;
