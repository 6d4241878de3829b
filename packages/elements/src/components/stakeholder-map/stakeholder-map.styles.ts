import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  .stakeholder-map {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_ck-space-3);
    color: var(--_ck-color-text);
    overflow-wrap: anywhere;
  }

  h2,
  h3,
  p,
  li,
  th,
  td,
  dd {
    unicode-bidi: isolate;
  }

  h2 {
    margin: 0;
    font-size: var(--_ck-font-size-l);
  }

  h3 {
    margin: 0 0 var(--_ck-space-2);
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

  .findings {
    padding: var(--_ck-space-3);
    border-radius: var(--_ck-radius-m);
    background: var(--_ck-color-surface-subtle);
  }

  .findings ul {
    margin: 0;
    padding-inline-start: var(--_ck-space-6);
  }

  .totals {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ck-space-2) var(--_ck-space-6);
    margin: var(--_ck-space-2) 0 0;
  }

  .totals div {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ck-space-1);
    min-inline-size: 0;
  }

  dt {
    font-weight: var(--_ck-font-weight-strong);
  }

  dt::after {
    content: ':';
  }

  dd {
    margin: 0;
  }

  .toggle {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ck-space-2);
  }

  .toggle button {
    min-block-size: 2.75rem;
    min-inline-size: 0;
    padding-inline: var(--_ck-space-4);
    border: 1px solid var(--_ck-color-border);
    border-radius: var(--_ck-radius-s);
    background: var(--_ck-color-surface);
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  .toggle button[aria-pressed='true'] {
    border-color: var(--_ck-color-accent);
    background: var(--_ck-color-accent);
    color: var(--_ck-color-on-accent);
    font-weight: var(--_ck-font-weight-strong);
  }

  .map {
    display: block;
    inline-size: 100%;
    max-inline-size: 36rem;
    block-size: auto;
    margin-inline: auto;
    overflow: visible;
  }

  .edge {
    stroke: var(--_ck-color-border);
    stroke-linecap: round;
  }

  .edge.occasional {
    stroke-dasharray: 4 4;
  }

  .edge.on {
    stroke: var(--_ck-color-accent);
  }

  .edge.dim {
    opacity: 0.35;
  }

  .node {
    cursor: pointer;
    outline: none;
  }

  .shape {
    stroke: var(--_ck-color-text);
    stroke-width: 1.5;
  }

  .letter {
    fill: var(--_ck-color-text);
    font-size: 14px;
    font-weight: var(--_ck-font-weight-strong);
    pointer-events: none;
  }

  .ring {
    fill: none;
    stroke: none;
  }

  /* The focus ring is drawn, not an outline: outlines of SVG groups are not reliably painted. */
  .node:focus-visible .ring,
  .node:focus .ring {
    stroke: var(--_ck-color-focus);
    stroke-width: 3;
  }

  .node.active .shape,
  .node.partner .shape {
    stroke: var(--_ck-color-accent);
    stroke-width: 3;
  }

  .node.dim {
    opacity: 0.45;
  }

  /* Eight types, eight fills from the dashboard's scales (text keeps 4.5:1 on each); the letter
     in each node tells the types apart without colour. */
  .t-public-authority .shape,
  .badge.t-public-authority {
    fill: var(--_ck-color-heat-1);
    background: var(--_ck-color-heat-1);
  }
  .t-ngo .shape,
  .badge.t-ngo {
    fill: var(--_ck-color-heat-2);
    background: var(--_ck-color-heat-2);
  }
  .t-migrant-organisation .shape,
  .badge.t-migrant-organisation {
    fill: var(--_ck-color-heat-3);
    background: var(--_ck-color-heat-3);
  }
  .t-vocational-school .shape,
  .badge.t-vocational-school {
    fill: var(--_ck-color-heat-4);
    background: var(--_ck-color-heat-4);
  }
  .t-university .shape,
  .badge.t-university {
    fill: var(--_ck-color-heat-alert-1);
    background: var(--_ck-color-heat-alert-1);
  }
  .t-business .shape,
  .badge.t-business {
    fill: var(--_ck-color-heat-alert-2);
    background: var(--_ck-color-heat-alert-2);
  }
  .t-volunteers-group .shape,
  .badge.t-volunteers-group {
    fill: var(--_ck-color-heat-alert-3);
    background: var(--_ck-color-heat-alert-3);
  }
  .t-other .shape,
  .badge.t-other {
    fill: var(--_ck-color-heat-alert-4);
    background: var(--_ck-color-heat-alert-4);
  }

  .details {
    min-block-size: 3em;
    padding: var(--_ck-space-2) var(--_ck-space-3);
    border-inline-start: 4px solid var(--_ck-color-accent);
    background: var(--_ck-color-surface-subtle);
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ck-space-2) var(--_ck-space-4);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .legend li {
    display: flex;
    align-items: center;
    gap: var(--_ck-space-1);
    min-inline-size: 0;
  }

  .swatch {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
  }

  .swatch .letter {
    font-size: 11px;
  }

  .description {
    display: block;
    font-weight: normal;
    font-size: var(--_ck-font-size-s);
    color: var(--_ck-color-text-muted);
  }

  .badge {
    display: inline-block;
    min-inline-size: 1.5em;
    margin-inline-end: var(--_ck-space-1);
    border: 1px solid var(--_ck-color-text);
    border-radius: var(--_ck-radius-pill);
    color: var(--_ck-color-text);
    font-weight: var(--_ck-font-weight-strong);
    text-align: center;
  }

  @media (forced-colors: active) {
    .shape {
      fill: Canvas;
      stroke: CanvasText;
    }
    .letter {
      fill: CanvasText;
    }
    .node:focus .ring {
      stroke: Highlight;
    }
  }
`;
