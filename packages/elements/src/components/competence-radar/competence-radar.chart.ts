// The radar's SVG: rings, spokes, the series and the axis labels. Apart from the element, which
// owns the data, the messages and the table.
import { html, nothing, svg } from 'lit';
import type { LocalizedText, ProficiencyLevel } from '@competence-kit/schemas';
import type { ContentText } from '../../internal/content-text.js';
import type { ChartAxis } from './competence-radar.axes.js';
import {
  labelPlace,
  pointOn,
  RADIUS,
  radiusOf,
  ringPath,
  seriesPath,
  firstLineShift,
  LABEL_LINE_CHARS,
  LINE_HEIGHT,
  textAnchor,
  VIEW_BOX,
  wrap,
  type Turn,
} from './competence-radar.geometry.js';

type Series = 'result' | 'comparison' | 'target';

export interface ChartOptions {
  /** Competences, or domains when there are too many competences to label. */
  axes: readonly ChartAxis[];
  /** The framework's scale, lowest level first. */
  levels: readonly ProficiencyLevel[];
  /** A content text in the element's locale, with `lang`/`dir` where it fell back. */
  text: (text: LocalizedText) => ContentText | undefined;
  /** The element's direction: the axes run counter-clockwise right to left. */
  direction: 'ltr' | 'rtl';
  hasTarget: boolean;
  hasComparison: boolean;
  /** The chart's accessible name. */
  summary: string;
}

/** A marker of a series at `x`,`y`: a circle for the result, a square for the second wave. */
function marker(series: Series, x: number, y: number) {
  if (series === 'result')
    return svg`<circle class="marker result" cx=${x} cy=${y} r="3.5"></circle>`;
  if (series === 'comparison') {
    return svg`<rect class="marker comparison" x=${x - 3.5} y=${y - 3.5} width="7" height="7"></rect>`;
  }
  return nothing;
}

/** The chart, an image to screen readers named by `summary` (the table carries the data). */
export function renderChart(options: ChartOptions) {
  const { axes, levels, text, direction, hasTarget, hasComparison, summary } = options;
  const n = axes.length;
  const count = levels.length;
  const turn: Turn = direction === 'rtl' ? -1 : 1;
  const dirOf = (t: ContentText | undefined) => (t && t.dir !== nothing ? t.dir : direction);

  const rings = levels.map(
    (_, i) => svg`<path class="ring" d=${ringPath(n, radiusOf(i + 1, count), turn)}></path>`,
  );
  // Drawn after the series, so that their halo keeps the outlines from running through them.
  const ringLabels = levels.map((level, i) => {
    const r = radiusOf(i + 1, count);
    const title = text(level.title);
    return svg`<text class="ring-label" x=${turn * 3} y=${-r + 8} lang=${title?.lang ?? nothing}
        direction=${dirOf(title)} text-anchor=${textAnchor(turn > 0 ? 'left' : 'right', dirOf(title))}
        >${title?.value ?? level.id}</text>`;
  });
  const spokes = axes.map((_, i) => {
    const end = pointOn(i, n, RADIUS, turn);
    return svg`<line class="spoke" x1="0" y1="0" x2=${end.x} y2=${end.y}></line>`;
  });
  const series = (name: Series, positions: (number | null)[]) => {
    const { d, closed } = seriesPath(positions, count, turn);
    const markers = positions.map((p, i) => {
      if (p === null) return nothing;
      const { x, y } = pointOn(i, n, radiusOf(p, count), turn);
      return marker(name, x, y);
    });
    return svg`<g class="series-group" data-series=${name}>
      <path class="series ${name}${closed ? ' area' : ''}" d=${d}></path>${markers}</g>`;
  };
  // Whole titles, broken into short lines: the chart never cuts a label.
  const labels = axes.map((axis, i) => {
    const title = text(axis.title);
    const lines = wrap(title?.value ?? axis.id, LABEL_LINE_CHARS);
    const place = labelPlace(i, n, turn);
    const first = firstLineShift(place, lines.length);
    return svg`<text class="axis-label${axis.domain ? ' domain' : ''}" x=${place.x} y=${place.y}
      lang=${title?.lang ?? nothing} direction=${dirOf(title)}
      text-anchor=${textAnchor(place.edge, dirOf(title))}>${lines.map(
        (line, l) =>
          svg`<tspan x=${place.x} dy=${l === 0 ? `${first}em` : `${LINE_HEIGHT}`}>${line}</tspan>`,
      )}</text>`;
  });

  return html`<svg
    part="chart"
    class="chart"
    role="img"
    aria-label=${summary}
    viewBox=${VIEW_BOX}
    focusable="false"
  >
    <g class="grid">${rings}${spokes}</g>
    ${
      hasTarget
        ? series(
            'target',
            axes.map((a) => a.target),
          )
        : nothing
    }
    ${
      hasComparison
        ? series(
            'comparison',
            axes.map((a) => a.comparisonLevel),
          )
        : nothing
    }
    ${series(
      'result',
      axes.map((a) => a.level),
    )}
    <g class="ring-labels">${ringLabels}</g>
    <g class="labels">${labels}</g>
  </svg>`;
}

/** A short stroke of a series' line and marker, for the legend. */
export function renderSample(series: Series) {
  return html`<svg
    class="sample"
    viewBox="0 0 32 12"
    width="32"
    height="12"
    aria-hidden="true"
    focusable="false"
  >
    <path class="series ${series}" d="M2 6H30"></path>
    ${marker(series, 16, 6)}
  </svg>`;
}
