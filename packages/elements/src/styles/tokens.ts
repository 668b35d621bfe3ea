import { css } from 'lit';

/** Fallbacks for the shared `--ik-*` tokens, so components render sensibly unthemed, and the rules every element shares (`[hidden]`, `.visually-hidden`). */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--ik-font-family, system-ui, sans-serif);
    font-size: var(--ik-font-size, 0.875rem);
    color: var(--ik-color-text, #1d1d21);
  }
  :host([hidden]) {
    display: none;
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Elements only: a rule on every element's ::before and ::after made style resolve both pseudo-elements for each one. */
  * {
    box-sizing: inherit;
  }
  button {
    font: inherit;
    cursor: pointer;
    color: var(--ik-color-primary, #1662dd);
    background: var(--ik-color-surface, #fff);
    border: 1px solid var(--ik-color-border, #8c8c96);
    border-radius: var(--ik-radius-sm, 4px);
    padding: var(--ik-space-2xs, 0.25rem) var(--ik-space-sm, 0.5rem);
  }
  button:focus-visible {
    outline: 2px solid var(--ik-color-focus, #1662dd);
    outline-offset: 2px;
  }
`;
