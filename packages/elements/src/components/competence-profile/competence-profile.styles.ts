import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  .profile {
    color: var(--_ck-color-text);
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ck-space-2);
  }

  button {
    display: inline-flex;
    align-items: center;
    gap: var(--_ck-space-1);
    min-block-size: 2.75rem;
    padding: var(--_ck-space-1) var(--_ck-space-3);
    border: 1px solid var(--_ck-color-border);
    border-radius: var(--_ck-radius-pill);
    background: var(--_ck-color-surface);
    color: var(--_ck-color-text);
    font: inherit;
    font-size: var(--_ck-font-size-s);
    cursor: pointer;
  }

  button:hover {
    background: var(--_ck-color-accent-subtle);
  }

  /* Pressed: filled, and a check mark, so the state does not rest on colour. */
  button[aria-pressed='true'] {
    border-color: var(--_ck-color-accent);
    background: var(--_ck-color-accent);
    color: var(--_ck-color-on-accent);
  }

  .check {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }

  .status {
    margin: var(--_ck-space-2) 0;
    color: var(--_ck-color-text-muted);
    font-size: var(--_ck-font-size-s);
  }

  .domain + .domain {
    margin-block-start: var(--_ck-space-6);
  }

  .heading {
    margin: var(--_ck-space-4) 0 var(--_ck-space-2);
    font-size: var(--_ck-font-size-l);
    font-weight: var(--_ck-font-weight-strong);
    line-height: 1.3;
  }

  .entry .heading {
    margin-block-start: 0;
    font-size: var(--_ck-font-size-m);
  }

  .entries {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .entry {
    padding: var(--_ck-space-3) 0;
    border-block-start: 1px solid var(--_ck-color-border);
  }

  dl {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: var(--_ck-space-2) var(--_ck-space-4);
    margin: 0;
  }

  dl > div {
    min-inline-size: 0;
  }

  .next {
    grid-column: 1 / -1;
  }

  dt {
    color: var(--_ck-color-text-muted);
    font-size: var(--_ck-font-size-s);
  }

  dd {
    margin: var(--_ck-space-1) 0 0;
  }

  dd p {
    margin: var(--_ck-space-1) 0 0;
  }

  .gap.below {
    color: var(--_ck-color-warning);
    font-weight: var(--_ck-font-weight-strong);
  }

  .gap.met {
    color: var(--_ck-color-success);
  }

  @media (forced-colors: active) {
    button[aria-pressed='true'] {
      border-width: 2px;
    }
  }
`;
