import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  .browser {
    container-type: inline-size;
    color: var(--_ck-color-text);
  }

  .layout {
    display: grid;
    gap: var(--_ck-space-4);
  }

  /* Texts from the data may carry bidi controls: they must not reorder what surrounds them. */
  h2,
  h3,
  h4,
  p,
  strong,
  span,
  td,
  th,
  option {
    unicode-bidi: isolate;
  }

  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ck-space-2) var(--_ck-space-3);
  }

  .search input {
    flex: 1 1 12rem;
    min-block-size: 2.75rem;
    padding-inline: var(--_ck-space-3);
    border: 1px solid var(--_ck-color-border);
    border-radius: var(--_ck-radius-s);
    background: var(--_ck-color-surface);
    color: inherit;
    font: inherit;
  }

  .status {
    flex-basis: 100%;
    margin: 0;
    color: var(--_ck-color-text-muted);
    font-size: var(--_ck-font-size-s);
  }

  h2 {
    margin: 0 0 var(--_ck-space-2);
    font-size: var(--_ck-font-size-l);
  }

  h3,
  h4 {
    margin: var(--_ck-space-4) 0 var(--_ck-space-2);
    font-size: var(--_ck-font-size-m);
  }

  ul,
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .domains,
  .competences {
    padding: var(--_ck-space-2);
    border-radius: var(--_ck-radius-m);
    background: var(--_ck-color-surface-subtle);
  }

  .domains button,
  .competences button {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 var(--_ck-space-2);
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: var(--_ck-space-2) var(--_ck-space-3);
    border: 1px solid transparent;
    border-radius: var(--_ck-radius-s);
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .domains button:hover,
  .competences button:hover {
    border-color: var(--_ck-color-border);
  }

  button[aria-current='true'] {
    background: var(--_ck-color-accent);
    color: var(--_ck-color-on-accent);
    font-weight: var(--_ck-font-weight-strong);
  }

  .secondary,
  .count {
    color: var(--_ck-color-text-muted);
    font-size: var(--_ck-font-size-s);
  }

  button[aria-current='true'] .secondary,
  button[aria-current='true'] .count {
    color: inherit;
  }

  .detail {
    padding: var(--_ck-space-4);
    border: 1px solid var(--_ck-color-border);
    border-radius: var(--_ck-radius-m);
    background: var(--_ck-color-surface);
  }

  .detail h2:focus-visible {
    outline-offset: var(--_ck-space-1);
  }

  .levels li {
    padding-block: var(--_ck-space-2);
    border-block-end: 1px solid var(--_ck-color-border);
  }

  .levels p,
  .column p {
    margin: var(--_ck-space-1) 0 0;
  }

  .toggle,
  select {
    min-block-size: 2.75rem;
    padding-inline: var(--_ck-space-3);
    border: 1px solid var(--_ck-color-border);
    border-radius: var(--_ck-radius-s);
    background: var(--_ck-color-surface);
    color: inherit;
    font: inherit;
  }

  .toggle {
    margin-block-start: var(--_ck-space-4);
    cursor: pointer;
  }

  .toggle[aria-expanded='true'] {
    background: var(--_ck-color-accent-subtle);
  }

  .pickers {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ck-space-3);
    margin-block: var(--_ck-space-3);
  }

  .pickers label {
    display: grid;
    gap: var(--_ck-space-1);
  }

  .side-by-side {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: var(--_ck-space-4);
  }

  .column {
    padding: var(--_ck-space-3);
    border-radius: var(--_ck-radius-m);
    background: var(--_ck-color-accent-subtle);
  }

  .column h4 {
    margin: 0;
  }

  /* Two columns of prose do not fit a narrow screen: the comparison becomes a table. */
  .compare-table {
    display: none;
    border-collapse: collapse;
    inline-size: 100%;
  }

  caption {
    text-align: start;
    font-weight: var(--_ck-font-weight-strong);
  }

  th,
  td {
    padding: var(--_ck-space-2);
    border: 1px solid var(--_ck-color-border);
    text-align: start;
    vertical-align: top;
  }

  [hidden] {
    display: none !important;
  }

  @container (min-width: 48rem) {
    .layout {
      grid-template-columns: minmax(12rem, 1fr) minmax(14rem, 1.2fr);
      align-items: start;
    }

    .search,
    .detail {
      grid-column: 1 / -1;
    }
  }

  @container (min-width: 72rem) {
    .layout {
      grid-template-columns: minmax(12rem, 1fr) minmax(14rem, 1.2fr) 2.5fr;
    }

    .detail {
      grid-column: 3;
      grid-row: 2;
    }
  }

  @container (max-width: 36rem) {
    .side-by-side {
      display: none;
    }

    .compare-table {
      display: table;
    }
  }

  @media (forced-colors: active) {
    button[aria-current='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }

    .domains button,
    .competences button {
      border-color: ButtonText;
    }
  }
`;
