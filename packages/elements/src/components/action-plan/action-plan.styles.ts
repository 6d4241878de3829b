import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  .action-plan {
    display: grid;
    /* minmax(0, …): a wide table scrolls in its own region instead of widening the element. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_ck-space-3);
    color: var(--_ck-color-text);
    overflow-wrap: anywhere;
  }

  /* Titles and names from the plan may carry bidi controls: they must not reorder the rest. */
  h2,
  h3,
  h4,
  p,
  li,
  th,
  td,
  dd,
  option,
  legend {
    unicode-bidi: isolate;
  }

  h2 {
    margin: 0;
    font-size: var(--_ck-font-size-l);
  }

  h3 {
    margin: var(--_ck-space-4) 0 var(--_ck-space-2);
    padding-block-end: var(--_ck-space-1);
    border-block-end: 2px solid var(--_ck-color-border);
    font-size: var(--_ck-font-size-l);
  }

  h4 {
    margin: var(--_ck-space-3) 0 var(--_ck-space-1);
    font-size: var(--_ck-font-size-m);
  }

  p {
    margin: 0;
  }

  .notice {
    padding: var(--_ck-space-2) var(--_ck-space-4);
    border-inline-start: 4px solid var(--_ck-color-warning);
    background: var(--_ck-color-surface-subtle);
  }

  .review {
    padding: var(--_ck-space-3);
    border-radius: var(--_ck-radius-m);
    background: var(--_ck-color-surface-subtle);
  }

  .review h3 {
    margin-block-start: 0;
  }

  .review ul {
    margin: 0;
    padding-inline-start: var(--_ck-space-6);
  }

  .totals {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ck-space-2) var(--_ck-space-6);
    margin: 0 0 var(--_ck-space-2);
  }

  .totals div {
    min-inline-size: 0;
  }

  dt {
    font-weight: var(--_ck-font-weight-strong);
  }

  dd {
    margin: 0;
  }

  .dates {
    white-space: nowrap;
  }

  .indicators li + li {
    margin-block-start: var(--_ck-space-2);
  }

  .off-track .values {
    font-weight: var(--_ck-font-weight-strong);
    color: var(--_ck-color-danger);
  }

  a {
    color: var(--_ck-color-accent);
  }

  select,
  input,
  button {
    min-block-size: 2.75rem;
    min-inline-size: 0;
    max-inline-size: 100%;
    padding-inline: var(--_ck-space-2);
    border: 1px solid var(--_ck-color-border);
    border-radius: var(--_ck-radius-s);
    background: var(--_ck-color-surface);
    color: inherit;
    font: inherit;
  }

  button {
    cursor: pointer;
    background: var(--_ck-color-accent);
    color: var(--_ck-color-on-accent);
    border-color: var(--_ck-color-accent);
  }

  form.add fieldset {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_ck-space-2);
    margin: var(--_ck-space-2) 0 0;
    padding: var(--_ck-space-2);
    border: 1px solid var(--_ck-color-border);
    border-radius: var(--_ck-radius-s);
    min-inline-size: 0;
  }

  form.add legend {
    font-size: var(--_ck-font-size-s);
    padding-inline: var(--_ck-space-1);
  }

  form.add label {
    display: grid;
    gap: var(--_ck-space-1);
    min-inline-size: 0;
  }

  form.add input[name='value'] {
    inline-size: 7rem;
  }

  .error {
    flex-basis: 100%;
    color: var(--_ck-color-danger);
    font-weight: var(--_ck-font-weight-strong);
  }

  .timeline {
    margin-block-start: var(--_ck-space-3);
  }

  .timeline-heading {
    display: flex;
    justify-content: space-between;
    gap: var(--_ck-space-2);
    font-size: var(--_ck-font-size-s);
    color: var(--_ck-color-text-muted);
  }

  .timeline ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .timeline li {
    display: grid;
    gap: var(--_ck-space-1);
    margin-block: var(--_ck-space-1);
  }

  .bar-label {
    font-size: var(--_ck-font-size-s);
  }

  .track {
    display: block;
    inline-size: 100%;
    block-size: 0.875rem;
  }

  .rail {
    fill: var(--_ck-color-border);
  }

  .bar {
    fill: var(--_ck-color-accent);
  }

  .bar.planned {
    fill: var(--_ck-color-text-muted);
  }

  .bar.done {
    fill: var(--_ck-color-success);
  }

  .bar.late,
  .bar.delayed {
    fill: var(--_ck-color-danger);
  }

  .bar.cancelled {
    fill: var(--_ck-color-border);
  }

  .today {
    stroke: var(--_ck-color-text);
    stroke-width: 2px;
    vector-effect: non-scaling-stroke;
  }
`;
