import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  .path {
    color: var(--_ck-color-text);
    font-size: var(--_ck-font-size-m);
    line-height: 1.5;
  }

  .summary {
    margin: 0 0 var(--_ck-space-4);
    font-weight: var(--_ck-font-weight-strong);
  }

  .over-budget {
    color: var(--_ck-color-danger);
  }

  ol,
  ul {
    margin: 0;
    padding: 0;
  }

  .steps {
    display: grid;
    gap: var(--_ck-space-3);
    padding-inline-start: var(--_ck-space-6);
  }

  .step {
    padding: var(--_ck-space-3) var(--_ck-space-4);
    border: 1px solid var(--_ck-color-border);
    border-radius: var(--_ck-radius-m);
    background: var(--_ck-color-surface);
  }

  .step::marker {
    color: var(--_ck-color-accent);
    font-weight: var(--_ck-font-weight-strong);
  }

  .title {
    font-weight: var(--_ck-font-weight-strong);
  }

  .meta,
  .note,
  .place {
    color: var(--_ck-color-text-muted);
    font-size: var(--_ck-font-size-s);
  }

  .meta,
  .note {
    margin: 0;
  }

  .closes,
  .open ul {
    list-style: none;
    margin-block: var(--_ck-space-2);
  }

  .sessions {
    list-style: none;
    display: grid;
    gap: var(--_ck-space-2);
    margin-block-start: var(--_ck-space-2);
  }

  .session,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ck-space-2) var(--_ck-space-3);
  }

  .actions {
    margin-block-start: var(--_ck-space-2);
  }

  /* Pushes the buttons of all sessions to the same edge. */
  .place {
    flex: 1 1 auto;
  }

  button {
    min-block-size: 2.75rem;
    padding: var(--_ck-space-1) var(--_ck-space-4);
    /* A transparent border still shows when colours are forced. */
    border: 1px solid transparent;
    border-radius: var(--_ck-radius-s);
    background: var(--_ck-color-accent);
    color: var(--_ck-color-on-accent);
    font: inherit;
    font-size: var(--_ck-font-size-s);
    font-weight: var(--_ck-font-weight-strong);
    cursor: pointer;
  }

  button.cancel {
    border-color: var(--_ck-color-accent);
    background: var(--_ck-color-surface);
    color: var(--_ck-color-accent);
  }

  .status {
    color: var(--_ck-color-success);
    font-size: var(--_ck-font-size-s);
    font-weight: var(--_ck-font-weight-strong);
  }

  .status.waitlisted {
    color: var(--_ck-color-warning);
  }

  .open {
    margin-block-start: var(--_ck-space-6);
  }

  .open li + li,
  .closes li + li {
    margin-block-start: var(--_ck-space-1);
  }

  .reason {
    display: block;
    color: var(--_ck-color-text-muted);
    font-size: var(--_ck-font-size-s);
  }
`;
