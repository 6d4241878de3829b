import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  .waves {
    color: var(--_ck-color-text);
  }

  /* Wide tables scroll on narrow screens; the region is focusable so keyboards can scroll it. */
  /*
   * Positioned, so that the visually hidden texts inside stay inside it (and do not widen the
   * page); a size container, so that the caption can be as wide as what is shown of it.
   */
  .scroll {
    position: relative;
    overflow-x: auto;
    container-type: inline-size;
  }

  table {
    border-collapse: collapse;
    font-size: var(--_ck-font-size-s);
    font-variant-numeric: tabular-nums;
  }

  caption {
    padding-block-end: var(--_ck-space-2);
    font-weight: var(--_ck-font-weight-strong);
    text-align: start;
  }

  /* The caption stays in view while the table scrolls sideways under it. */
  .caption-text {
    display: inline-block;
    position: sticky;
    inset-inline-start: 0;
    max-inline-size: 100cqi;
  }

  th,
  td {
    padding: var(--_ck-space-1) var(--_ck-space-2);
    border-block-end: 1px solid var(--_ck-color-border);
    text-align: start;
    vertical-align: middle;
    unicode-bidi: isolate;
  }

  thead th {
    vertical-align: bottom;
  }

  tbody th {
    font-weight: normal;
    min-inline-size: 12rem;
  }

  .number {
    text-align: end;
  }

  td.number {
    white-space: nowrap;
  }

  thead .number {
    min-inline-size: 5rem;
  }

  .change {
    font-weight: var(--_ck-font-weight-strong);
  }

  .suppressed td,
  .empty td {
    color: var(--_ck-color-text-muted);
    font-style: italic;
  }

  .chart-column {
    padding-block: 0;
  }

  .chart {
    display: block;
    inline-size: 12.5rem;
    block-size: 1.25rem;
    overflow: visible;
  }

  .axis {
    block-size: 1.5rem;
  }

  .axis text {
    fill: var(--_ck-color-text-muted);
    font-size: 11px;
  }

  .tick {
    stroke: var(--_ck-color-border);
  }

  .zero {
    stroke: var(--_ck-color-text-muted);
    stroke-dasharray: 2 2;
  }

  .whisker {
    stroke: var(--_ck-color-text);
    stroke-width: 1.5;
  }

  .mean {
    fill: var(--_ck-color-accent);
    stroke: var(--_ck-color-surface);
  }

  .note {
    margin-block: var(--_ck-space-2) 0;
    color: var(--_ck-color-text-muted);
    font-size: var(--_ck-font-size-s);
  }

  @media (forced-colors: active) {
    .chart {
      forced-color-adjust: none;
    }

    .axis text {
      fill: CanvasText;
    }

    .tick,
    .zero {
      stroke: GrayText;
    }

    .whisker {
      stroke: CanvasText;
    }

    .mean {
      fill: Highlight;
      stroke: Canvas;
    }
  }
`;
