import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  .radar {
    color: var(--_ck-color-text);
  }

  .chart {
    display: block;
    inline-size: 100%;
    max-inline-size: 40rem;
    block-size: auto;
    margin-inline: auto;
    overflow: visible;
  }

  .ring,
  .spoke {
    fill: none;
    stroke: var(--_ck-color-border);
    stroke-width: 0.75;
  }

  .ring-label {
    fill: var(--_ck-color-text-muted);
    font-size: 11px;
    /* A halo in the background colour keeps the level names legible over the outlines. */
    paint-order: stroke;
    stroke: var(--_ck-color-surface);
    stroke-width: 3px;
    stroke-linejoin: round;
  }

  .axis-label {
    fill: var(--_ck-color-text);
    font-size: 15px;
    unicode-bidi: isolate;
  }

  .axis-label.domain {
    font-weight: var(--_ck-font-weight-strong);
  }

  /* The domains as buttons: the way into a domain's competences, and back. */
  .domains {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ck-space-2);
    margin: var(--_ck-space-3) 0 0;
    padding: 0;
    list-style: none;
  }

  .domains button {
    min-block-size: 2.75rem;
    padding-inline: var(--_ck-space-3);
    border: 1px solid var(--_ck-color-border);
    border-radius: var(--_ck-radius-s);
    background: var(--_ck-color-surface);
    color: inherit;
    font: inherit;
    font-size: var(--_ck-font-size-s);
    text-align: start;
    cursor: pointer;
  }

  .domains button[aria-pressed='true'] {
    background: var(--_ck-color-accent-subtle);
    box-shadow: inset 0 0 0 2px var(--_ck-color-accent);
  }

  /* The series differ in dash pattern and marker shape, so colour is never the only cue. */
  .series {
    fill: none;
    stroke-width: 2;
    stroke-linejoin: round;
    stroke-linecap: round;
  }

  .result {
    stroke: var(--_ck-color-accent);
    stroke-dasharray: none;
  }

  .area {
    fill: var(--_ck-color-accent);
    fill-opacity: 0.12;
  }

  .comparison {
    stroke: var(--_ck-color-success);
    stroke-width: 2.5;
    stroke-dasharray: 0.5 4.5;
  }

  .target {
    stroke: var(--_ck-color-text);
    stroke-width: 1.5;
    stroke-dasharray: 7 4;
  }

  .marker {
    stroke: var(--_ck-color-surface);
    stroke-width: 1;
    stroke-dasharray: none;
  }

  .marker.result {
    fill: var(--_ck-color-accent);
  }

  .marker.comparison {
    fill: var(--_ck-color-success);
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: var(--_ck-space-2) var(--_ck-space-6);
    margin: var(--_ck-space-2) 0;
    padding: 0;
    list-style: none;
    font-size: var(--_ck-font-size-s);
  }

  .legend li {
    display: flex;
    align-items: center;
    gap: var(--_ck-space-2);
  }

  .sample {
    flex: none;
    overflow: visible;
  }

  .toggle {
    display: block;
    margin: var(--_ck-space-2) auto;
    padding: var(--_ck-space-1) var(--_ck-space-3);
    border: 1px solid var(--_ck-color-border);
    border-radius: var(--_ck-radius-s);
    background: var(--_ck-color-surface);
    color: var(--_ck-color-accent);
    font: inherit;
    font-size: var(--_ck-font-size-s);
    cursor: pointer;
  }

  .toggle:hover {
    background: var(--_ck-color-accent-subtle);
  }

  .data:not(.visually-hidden) {
    overflow-x: auto;
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: var(--_ck-font-size-s);
  }

  caption {
    padding-block-end: var(--_ck-space-2);
    font-weight: var(--_ck-font-weight-strong);
    text-align: start;
  }

  th,
  td {
    padding: var(--_ck-space-1) var(--_ck-space-2);
    border-block-end: 1px solid var(--_ck-color-border);
    text-align: start;
    vertical-align: top;
    unicode-bidi: isolate;
  }

  th[scope='row'] {
    font-weight: normal;
  }

  @media (forced-colors: active) {
    /* Drawn with system colours by hand: the chart's meaning lies in its strokes. */
    .chart,
    .sample {
      forced-color-adjust: none;
    }

    .ring,
    .spoke {
      stroke: GrayText;
    }

    .ring-label,
    .axis-label {
      fill: CanvasText;
    }

    .ring-label,
    .marker {
      stroke: Canvas;
    }

    .result {
      stroke: Highlight;
    }

    .area {
      fill: none;
    }

    .comparison,
    .target {
      stroke: CanvasText;
    }

    .marker.result {
      fill: Highlight;
    }

    .marker.comparison {
      fill: CanvasText;
    }
  }
`;
