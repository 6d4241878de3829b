import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
  }

  .badge {
    display: inline-flex;
    align-items: center;
    gap: var(--_ck-space-2);
    padding: 0 var(--_ck-space-2);
    border: 1px solid var(--_ck-color-border);
    border-radius: var(--_ck-radius-pill);
    background: var(--_ck-color-accent-subtle);
    color: var(--_ck-color-text);
    font-size: var(--_ck-font-size-s);
    white-space: nowrap;
  }

  .rank {
    flex: none;
    color: var(--_ck-color-accent);
  }

  .filled {
    fill: currentColor;
  }

  .empty {
    fill: none;
    stroke: currentColor;
  }
`;
