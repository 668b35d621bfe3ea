import { css } from 'lit';

export const dashboardStyles = css`
  :host {
    display: block;
  }
  h2 {
    font-size: var(--ik-font-size-lg, 1.125rem);
    margin: 0 0 var(--ik-space-md, 1rem);
  }
  .tiles {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(var(--ik-dashboard-tile-size, 8.5rem), 1fr));
    gap: var(--ik-space-md, 1rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tile {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--ik-space-sm, 0.5rem);
    block-size: 100%;
    box-sizing: border-box;
    padding: var(--ik-space-md, 1rem) var(--ik-space-sm, 0.5rem);
    border: 1px solid var(--ik-color-border-subtle, #d7d7dc);
    border-radius: var(--ik-radius-md, 0.5rem);
    background: var(--ik-dashboard-tile-background, var(--ik-color-surface, #ffffff));
    color: var(--ik-color-text, #1d1d21);
    text-align: center;
    text-decoration: none;
    overflow-wrap: anywhere;
  }
  a.tile:hover {
    border-color: var(--ik-color-primary, #1662dd);
  }
  a.tile:focus-visible {
    outline: 2px solid var(--ik-color-focus, #1662dd);
    outline-offset: 2px;
  }
  .tile.unavailable {
    color: var(--ik-color-text-muted, #5c5c66);
  }
  .logo,
  .monogram {
    inline-size: 3rem;
    block-size: 3rem;
    border-radius: var(--ik-radius-sm, 0.25rem);
    object-fit: contain;
  }
  .monogram {
    display: grid;
    place-items: center;
    font-size: 1.5rem;
    font-weight: 600;
    background: var(--ik-color-selected, #e8f0fd);
    color: var(--ik-color-text, #1d1d21);
  }
  .label {
    font-weight: 600;
    display: -webkit-box;
    -webkit-line-clamp: 3;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .note {
    font-size: var(--ik-font-size-sm, 0.8125rem);
  }
  .status {
    color: var(--ik-color-text-muted, #5c5c66);
  }
`;
