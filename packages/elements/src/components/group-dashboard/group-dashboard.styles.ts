import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  .dashboard {
    /* The colour scale (tokens color-heat-*): scores, or alerts for shares below target. */
    --_ck-heat-1: var(--_ck-color-heat-1);
    --_ck-heat-2: var(--_ck-color-heat-2);
    --_ck-heat-3: var(--_ck-color-heat-3);
    --_ck-heat-4: var(--_ck-color-heat-4);
    display: grid;
    gap: var(--_ck-space-4);
    color: var(--_ck-color-text);
  }

  .metric-below-target {
    --_ck-heat-1: var(--_ck-color-heat-alert-1);
    --_ck-heat-2: var(--_ck-color-heat-alert-2);
    --_ck-heat-3: var(--_ck-color-heat-alert-3);
    --_ck-heat-4: var(--_ck-color-heat-alert-4);
  }

  /* Texts from the data may carry bidi controls: they must not reorder what surrounds them. */
  th,
  td span,
  h3 span {
    unicode-bidi: isolate;
  }

  .metric {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ck-space-2) var(--_ck-space-4);
    margin: 0;
    padding: var(--_ck-space-2) var(--_ck-space-3);
    border: 1px solid var(--_ck-color-border);
    border-radius: var(--_ck-radius-m);
  }

  .metric label {
    display: inline-flex;
    align-items: center;
    gap: var(--_ck-space-2);
    min-block-size: 2.75rem;
  }

  .scroll {
    overflow-x: auto;
  }

  table {
    border-collapse: collapse;
  }

  caption {
    padding-block: var(--_ck-space-2);
    font-weight: var(--_ck-font-weight-strong);
    text-align: start;
  }

  th,
  td {
    padding: var(--_ck-space-2);
    border: 1px solid var(--_ck-color-border);
    text-align: start;
    vertical-align: top;
  }

  thead th,
  tbody th {
    background: var(--_ck-color-surface-subtle);
  }

  tbody th {
    position: sticky;
    inset-inline-start: 0;
    min-inline-size: 12rem;
    font-weight: normal;
  }

  td {
    min-inline-size: 6.5rem;
    padding: 0;
    background: var(--_ck-color-surface);
  }

  td.hidden,
  td.empty {
    padding: var(--_ck-space-2);
    background: var(--_ck-color-surface-subtle);
    font-style: italic;
  }

  .sub {
    display: block;
    font-size: var(--_ck-font-size-s);
  }

  thead .sub {
    font-weight: normal;
  }

  td button {
    display: block;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: var(--_ck-space-2);
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  td button:focus-visible {
    outline-offset: calc(-1 * var(--_ck-focus-ring-width) - 2px);
  }

  td button[aria-pressed='true'] {
    box-shadow: inset 0 0 0 3px var(--_ck-color-text);
  }

  .value {
    display: block;
    font-weight: var(--_ck-font-weight-strong);
    font-variant-numeric: tabular-nums;
  }

  /* Steps apart in lightness, text at 4.5:1 on each: see heatScales in styles/tokens.ts. */
  .heat-0 {
    background: var(--_ck-color-surface);
  }
  .heat-1 {
    background: var(--_ck-heat-1);
  }
  .heat-2 {
    background: var(--_ck-heat-2);
  }
  .heat-3 {
    background: var(--_ck-heat-3);
  }
  .heat-4 {
    background: var(--_ck-heat-4);
  }

  .legend {
    font-size: var(--_ck-font-size-s);
  }

  .legend-title {
    margin: 0 0 var(--_ck-space-1);
    font-weight: var(--_ck-font-weight-strong);
  }

  .legend ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ck-space-2) var(--_ck-space-4);
  }

  .scale li {
    display: inline-flex;
    align-items: center;
    gap: var(--_ck-space-2);
  }

  .swatch {
    inline-size: 1.5rem;
    block-size: 1rem;
    border: 1px solid var(--_ck-color-border);
  }

  .notes {
    margin-block-start: var(--_ck-space-2) !important;
  }

  .distribution {
    padding: var(--_ck-space-4);
    border: 1px solid var(--_ck-color-border);
    border-radius: var(--_ck-radius-m);
  }

  h3 {
    margin: 0 0 var(--_ck-space-3);
    font-size: var(--_ck-font-size-m);
  }

  .stats {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ck-space-2) var(--_ck-space-6);
    margin: 0 0 var(--_ck-space-3);
  }

  dt {
    font-size: var(--_ck-font-size-s);
  }

  dd {
    margin: 0;
    font-weight: var(--_ck-font-weight-strong);
  }

  .levels td {
    padding: var(--_ck-space-2);
  }

  .share {
    display: flex;
    align-items: center;
    gap: var(--_ck-space-2);
  }

  .track {
    flex: none;
    inline-size: 8rem;
    block-size: 0.75rem;
    border: 1px solid var(--_ck-color-border);
  }

  /* The bar grows from the start of the line: from the right in right-to-left languages. */
  :host([dir='rtl']) .track {
    transform: scaleX(-1);
  }

  .bar {
    fill: var(--_ck-color-accent);
  }

  .close {
    min-block-size: 2.75rem;
    margin-block-start: var(--_ck-space-3);
    padding-inline: var(--_ck-space-4);
    border: 1px solid var(--_ck-color-border);
    border-radius: var(--_ck-radius-s);
    background: var(--_ck-color-surface);
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  @media (forced-colors: active) {
    .bar {
      fill: CanvasText;
    }

    td button[aria-pressed='true'] {
      outline: 3px solid Highlight;
    }
  }
`;
