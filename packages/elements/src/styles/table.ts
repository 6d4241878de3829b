import { css } from 'lit';

/**
 * The data tables of the network elements (<ck-action-plan>, <ck-stakeholder-map>): a scroll
 * container, bordered cells, a header row, right-aligned numbers. Include before the element's
 * own styles, which may refine them.
 */
export const tableStyles = css`
  .scroll {
    overflow-x: auto;
  }

  table {
    border-collapse: collapse;
    inline-size: 100%;
  }

  caption {
    padding-block: var(--_ck-space-1);
    font-weight: var(--_ck-font-weight-strong);
    text-align: start;
  }

  th,
  td {
    padding: var(--_ck-space-1) var(--_ck-space-2);
    border: 1px solid var(--_ck-color-border);
    text-align: start;
    vertical-align: top;
    background: var(--_ck-color-surface);
  }

  thead th {
    background: var(--_ck-color-surface-subtle);
  }

  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  td ul {
    margin: 0;
    padding-inline-start: var(--_ck-space-4);
  }
`;
