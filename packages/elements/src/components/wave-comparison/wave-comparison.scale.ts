// The shared axis of the dot-and-whisker charts, apart from Lit: its extent, ticks and where a
// value lies on it. Pure, so the arithmetic is easy to read and to test.
import type { CompetenceChange } from '@competence-kit/scoring';

/** The width of every chart cell, in SVG user units (and CSS pixels at the default size). */
export const CHART_WIDTH = 200;
/** Room at each end, so end caps and tick labels are not cut. */
const PAD = 16;

/** The axis: from `min` to `max` (changes on the 0..1 score scale), with `ticks` between. */
export interface ChangeScale {
  min: number;
  max: number;
  ticks: number[];
}

/** The smallest of 1, 2, 2.5, 5 and 10 times a power of ten at or above `raw`. */
function niceStep(raw: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw - 1e-12)!;
}

/**
 * One axis for every competence, so their changes compare at a glance: it spans zero and every
 * confidence interval (or mean change, where there is no interval), rounded out to ticks.
 */
export function changeScale(changes: readonly CompetenceChange[]): ChangeScale {
  let low = 0;
  let high = 0;
  for (const { paired } of changes) {
    const stats = paired.stats;
    if (!stats || stats.meanChange === null) continue;
    const [lower, upper] = stats.confidenceInterval ?? [stats.meanChange, stats.meanChange];
    low = Math.min(low, lower);
    high = Math.max(high, upper);
  }
  if (high - low < 1e-9) {
    low = -0.1;
    high = 0.1;
  }
  const step = niceStep((high - low) / 4);
  const min = Math.floor(low / step + 1e-9) * step;
  const max = Math.ceil(high / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let t = min; t <= max + step / 2; t += step) ticks.push(Math.round(t * 1e9) / 1e9);
  return { min: ticks[0]!, max: ticks[ticks.length - 1]!, ticks };
}

/** Where `value` lies across a chart cell: left to right, or right to left (mirrored). */
export function xOf(value: number, scale: ChangeScale, direction: 'ltr' | 'rtl'): number {
  const share = (value - scale.min) / (scale.max - scale.min);
  const x = PAD + Math.min(1, Math.max(0, share)) * (CHART_WIDTH - 2 * PAD);
  return Math.round((direction === 'rtl' ? CHART_WIDTH - x : x) * 100) / 100;
}
