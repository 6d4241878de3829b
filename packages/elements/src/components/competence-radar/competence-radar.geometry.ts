// The radar's geometry, apart from Lit: where each axis, ring, vertex and label goes. Pure, so
// the arithmetic is easy to read and to test.

/** The radius of the outermost ring (the top level), in SVG user units. */
export const RADIUS = 95;
/** Room around the rings for the axis labels: left and right, top and bottom. */
export const MARGIN_X = 125;
export const MARGIN_Y = 80;
/** The axis labels' size and line height in user units: about 10 CSS px at 320 px wide. */
export const LABEL_SIZE = 15;
export const LINE_HEIGHT = 17;
/** Characters per line of an axis label at that size: half a line fits in the margin. */
export const LABEL_LINE_CHARS = 14;
/** The viewBox: the centre is at 0,0. */
export const VIEW_BOX = `${-RADIUS - MARGIN_X} ${-RADIUS - MARGIN_Y} ${2 * (RADIUS + MARGIN_X)} ${2 * (RADIUS + MARGIN_Y)}`;

export interface Point {
  x: number;
  y: number;
}

/** Which way the axes go round: clockwise from the top in LTR, counter-clockwise in RTL. */
export type Turn = 1 | -1;

// `|| 0` turns -0 into 0.
const round = (n: number) => Math.round(n * 100) / 100 || 0;

/** The point at `radius` on axis `i` of `n`, the first axis pointing up. */
export function pointOn(i: number, n: number, radius: number, turn: Turn): Point {
  const angle = (2 * Math.PI * i) / n;
  return { x: round(turn * radius * Math.sin(angle)), y: round(-radius * Math.cos(angle)) };
}

/** The radius of a level, by its position on the scale (1 for the lowest of `levels`). */
export const radiusOf = (position: number, levels: number): number => (RADIUS * position) / levels;

const coordinates = (p: Point) => `${p.x} ${p.y}`;

/** A closed polygon through one point per axis, at the same radius: a level's ring. */
export function ringPath(n: number, radius: number, turn: Turn): string {
  const points = Array.from({ length: n }, (_, i) => coordinates(pointOn(i, n, radius, turn)));
  return `M${points.join('L')}Z`;
}

/**
 * A series' outline through one vertex per axis (`positions[i]` on the scale, or `null` where
 * the score is invalid). Missing vertices break the outline rather than pulling it to the
 * centre, which would read as "lowest level". Closed (and fillable) only when complete.
 */
export function seriesPath(
  positions: readonly (number | null)[],
  levels: number,
  turn: Turn,
): { d: string; closed: boolean } {
  const n = positions.length;
  const at = (i: number) => pointOn(i, n, radiusOf(positions[i]!, levels), turn);
  if (positions.every((p) => p !== null)) {
    return { d: `M${positions.map((_, i) => coordinates(at(i))).join('L')}Z`, closed: true };
  }
  let d = '';
  for (let i = 0; i < n; i++) {
    const next = (i + 1) % n;
    if (positions[i] === null || positions[next] === null || next === i) continue;
    d += `M${coordinates(at(i))}L${coordinates(at(next))}`;
  }
  return { d, closed: false };
}

/** Where an axis label goes and which of its physical edges sits there. */
export interface LabelPlace extends Point {
  /** The physical edge of the text at `x`. */
  edge: 'left' | 'middle' | 'right';
  /** Shift along y, in em, so the label clears the ring above or below it. */
  dy: number;
}

export function labelPlace(i: number, n: number, turn: Turn): LabelPlace {
  const { x, y } = pointOn(i, n, RADIUS + 8, turn);
  const horizontal = x / (RADIUS + 8);
  const vertical = y / (RADIUS + 8);
  const edge = Math.abs(horizontal) < 0.15 ? 'middle' : horizontal > 0 ? 'left' : 'right';
  const dy = vertical < -0.5 ? -0.2 : vertical > 0.5 ? 0.9 : 0.35;
  // A label straight above or below the centre is centred on its axis, so it would run into
  // its neighbours' labels, which sit almost as high: it goes one line further out.
  const clear = edge === 'middle' ? Math.sign(vertical) * 13 : 0;
  return { x, y: y + clear, edge, dy };
}

/**
 * The SVG `text-anchor` that puts a text's `edge` at its `x`: `start` is the left edge of a
 * left-to-right text and the right edge of a right-to-left one.
 */
export function textAnchor(
  edge: LabelPlace['edge'],
  direction: 'ltr' | 'rtl',
): 'start' | 'middle' | 'end' {
  if (edge === 'middle') return 'middle';
  return (edge === 'left') === (direction === 'ltr') ? 'start' : 'end';
}

/**
 * A label broken into lines of at most `max` characters at spaces; a longer word is split
 * with a hyphen. Whole code points, so no character is cut in two.
 */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = Array.from(word);
    while (rest.length > max) {
      if (line) lines.push(line);
      lines.push(`${rest.slice(0, max - 1).join('')}-`);
      rest = rest.slice(max - 1);
      line = '';
    }
    const piece = rest.join('');
    if (!line) line = piece;
    else if (Array.from(line).length + 1 + rest.length <= max) line += ` ${piece}`;
    else {
      lines.push(line);
      line = piece;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The y of a label's first line, in em from its place, for `lines` lines: labels above the
 * centre grow upwards, labels beside it are centred on their axis, labels below grow down.
 */
export function firstLineShift(place: LabelPlace, lines: number): number {
  const more = ((lines - 1) * LINE_HEIGHT) / LABEL_SIZE;
  if (place.dy < 0) return place.dy - more;
  if (place.dy > 0.5) return place.dy;
  return place.dy - more / 2;
}
