import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  .needs-report {
    display: grid;
    /* minmax(0, …): a wide table scrolls in its .scroll box instead of widening the report
       past its container (which in right-to-left layout pushed text off the background). */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_ck-space-4);
    color: var(--_ck-color-text);
  }

  /* Texts from the study may carry bidi controls: they must not reorder what surrounds them. */
  h2,
  h3,
  h4,
  h5,
  p,
  li,
  li > span,
  strong,
  th,
  td,
  option {
    unicode-bidi: isolate;
  }

  /* Long words (German compounds, document titles) break rather than widen the page. */
  .needs-report {
    overflow-wrap: anywhere;
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_ck-space-3) var(--_ck-space-4);
    padding: var(--_ck-space-3);
    border-radius: var(--_ck-radius-m);
    background: var(--_ck-color-surface-subtle);
  }

  /* A label takes the room of its select but never more than the line: a long option (a
     participant group's name at 200 % text in 320 CSS px) shrinks the select, it does not
     push the page sideways (WCAG 1.4.10). */
  .filters label {
    display: grid;
    gap: var(--_ck-space-1);
    min-inline-size: 0;
    max-inline-size: 100%;
  }

  select {
    min-inline-size: 0;
    max-inline-size: 100%;
    min-block-size: 2.75rem;
    padding-inline: var(--_ck-space-2);
    border: 1px solid var(--_ck-color-border);
    border-radius: var(--_ck-radius-s);
    background: var(--_ck-color-surface);
    color: inherit;
    font: inherit;
  }

  .status {
    flex-basis: 100%;
    margin: 0;
  }

  h2 {
    margin: 0;
    font-size: var(--_ck-font-size-l);
  }

  h3 {
    margin: var(--_ck-space-6) 0 var(--_ck-space-2);
    padding-block-end: var(--_ck-space-1);
    border-block-end: 2px solid var(--_ck-color-border);
    font-size: var(--_ck-font-size-l);
  }

  h4,
  h5 {
    margin: var(--_ck-space-4) 0 var(--_ck-space-2);
    font-size: var(--_ck-font-size-m);
  }

  h5 {
    font-weight: normal;
    font-style: italic;
  }

  .notice {
    padding: var(--_ck-space-2) var(--_ck-space-4);
    border-inline-start: 4px solid var(--_ck-color-warning);
    background: var(--_ck-color-surface-subtle);
  }

  .scroll {
    overflow-x: auto;
  }

  table {
    border-collapse: collapse;
    inline-size: 100%;
    margin-block: var(--_ck-space-2) var(--_ck-space-4);
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
  }

  td,
  tbody th {
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

  .suppressed,
  .detail,
  .note {
    color: var(--_ck-color-text-muted);
  }

  .suppressed {
    font-style: italic;
  }

  details {
    margin-block-start: var(--_ck-space-2);
  }

  summary {
    cursor: pointer;
    min-block-size: 1.5rem;
  }

  .detail {
    display: block;
    font-size: var(--_ck-font-size-s);
  }

  .quote {
    margin: var(--_ck-space-4) 0;
  }

  blockquote {
    margin: var(--_ck-space-1) 0;
    padding: var(--_ck-space-1) var(--_ck-space-4);
    border-inline-start: 4px solid var(--_ck-color-border);
    overflow-wrap: anywhere;
  }

  blockquote p {
    margin: 0;
  }

  figcaption {
    color: var(--_ck-color-text-muted);
  }
`;
