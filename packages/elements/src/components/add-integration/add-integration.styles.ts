import { css } from 'lit';

/** What `<ik-add-integration>` adds to the shared wizard styles: title, facts, attribute table, preview. */
export const addIntegrationStyles = css`
  .shell {
    max-inline-size: var(--ik-add-integration-max-width, 48rem);
  }
  .wizard {
    max-inline-size: none;
  }
  .title {
    display: flex;
    align-items: center;
    gap: var(--ik-space-sm, 0.5rem);
    margin: 0;
    padding: var(--ik-space-md, 1rem) var(--ik-space-md, 1rem) 0;
    font-size: var(--ik-font-size-lg, 1rem);
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .title svg,
  .title img,
  .title .logo {
    inline-size: 2rem;
    block-size: 2rem;
    flex: none;
  }
  .facts {
    display: flex;
    flex-direction: column;
    gap: var(--ik-space-xs, 0.375rem);
    margin: 0;
  }
  .fact dt {
    font-weight: 600;
  }
  .fact dd {
    margin: 0;
  }
  .attributes {
    /* Equal columns without measuring every cell first (auto table layout sizes columns from content). */
    table-layout: fixed;
    border-collapse: collapse;
    inline-size: 100%;
    max-inline-size: 32rem;
  }
  .attributes caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: var(--ik-space-2xs, 0.25rem);
  }
  .attributes th,
  .attributes td {
    text-align: start;
    border-block-end: 1px solid var(--ik-color-border-subtle, #c8c8ce);
    padding: var(--ik-space-2xs, 0.25rem) var(--ik-space-sm, 0.5rem);
    overflow-wrap: anywhere;
  }
  .option-title {
    display: block;
    font-weight: 600;
  }
  .option .hint {
    display: block;
  }
  .preview {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ik-space-xs, 0.375rem);
    margin: 0;
  }
  .preview output {
    font-weight: 600;
  }
  .expression-at {
    margin: 0;
    white-space: pre-wrap;
  }
  .expression-at mark {
    background: none;
    color: var(--ik-color-danger, #c4201b);
    text-decoration: underline wavy;
  }
  .error-line {
    margin: 0;
    color: var(--ik-color-danger, #c4201b);
  }
  .suggestion {
    margin: 0;
  }
`;
