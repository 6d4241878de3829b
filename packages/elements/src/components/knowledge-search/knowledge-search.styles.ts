import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  .knowledge-search {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_ck-space-3);
    color: var(--_ck-color-text);
    overflow-wrap: anywhere;
    container-type: inline-size;
  }

  h3,
  p,
  li,
  legend,
  label {
    unicode-bidi: isolate;
  }

  p {
    margin: 0;
  }

  .search {
    display: grid;
    gap: var(--_ck-space-1);
  }

  .search label {
    font-weight: var(--_ck-font-weight-strong);
  }

  input[type='search'] {
    min-block-size: 2.75rem;
    min-inline-size: 0;
    max-inline-size: 40rem;
    padding-inline: var(--_ck-space-2);
    border: 1px solid var(--_ck-color-border);
    border-radius: var(--_ck-radius-s);
    background: var(--_ck-color-surface);
    color: inherit;
    font: inherit;
  }

  .count {
    font-weight: var(--_ck-font-weight-strong);
  }

  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_ck-space-4);
  }

  /* Filters beside the results when there is room; above them otherwise. */
  @container (min-width: 48rem) {
    .layout {
      grid-template-columns: minmax(12rem, 16rem) minmax(0, 1fr);
      align-items: start;
    }
  }

  .facets {
    display: grid;
    gap: var(--_ck-space-3);
    padding: var(--_ck-space-3);
    border-radius: var(--_ck-radius-m);
    background: var(--_ck-color-surface-subtle);
    min-inline-size: 0;
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  legend {
    padding: 0;
    font-weight: var(--_ck-font-weight-strong);
  }

  .facet ul {
    margin: var(--_ck-space-1) 0 0;
    padding: 0;
    list-style: none;
  }

  .facet label {
    display: flex;
    align-items: baseline;
    gap: var(--_ck-space-2);
    min-block-size: 1.75rem;
    cursor: pointer;
  }

  .facet input {
    flex: none;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin: 0;
    accent-color: var(--_ck-color-accent);
  }

  .facet-count {
    color: var(--_ck-color-text-muted);
    font-variant-numeric: tabular-nums;
  }

  button {
    min-block-size: 2.75rem;
    max-inline-size: 100%;
    padding-inline: var(--_ck-space-3);
    border: 1px solid var(--_ck-color-accent);
    border-radius: var(--_ck-radius-s);
    background: var(--_ck-color-surface);
    color: var(--_ck-color-accent);
    font: inherit;
    cursor: pointer;
  }

  button:disabled {
    border-color: var(--_ck-color-border);
    color: var(--_ck-color-text-muted);
    cursor: default;
  }

  .more-values {
    min-block-size: 2rem;
    margin-block-start: var(--_ck-space-1);
    border: 0;
    padding-inline: 0;
    text-decoration: underline;
    background: none;
  }

  .results {
    display: grid;
    gap: var(--_ck-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .result article {
    padding: var(--_ck-space-3);
    border: 1px solid var(--_ck-color-border);
    border-radius: var(--_ck-radius-m);
    background: var(--_ck-color-surface);
  }

  .result h3 {
    margin: 0 0 var(--_ck-space-1);
    font-size: var(--_ck-font-size-m);
  }

  a {
    color: var(--_ck-color-accent);
  }

  .meta {
    color: var(--_ck-color-text-muted);
    font-size: var(--_ck-font-size-s);
  }

  .result p + p {
    margin-block-start: var(--_ck-space-1);
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ck-space-1);
    margin: var(--_ck-space-2) 0 0;
    padding: 0;
    list-style: none;
  }

  .tags li {
    padding: 0 var(--_ck-space-2);
    border-radius: var(--_ck-radius-pill);
    background: var(--_ck-color-accent-subtle);
    font-size: var(--_ck-font-size-s);
  }

  .shown {
    margin-block: var(--_ck-space-3) var(--_ck-space-2);
  }
`;
