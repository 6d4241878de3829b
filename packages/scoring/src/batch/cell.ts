import { levelFor } from '../score.js';
import type { BatchPlan } from './plan.js';
import { NONE, type BatchBuffers } from './types.js';

/**
 * The one cell finisher of the columnar path: from a competence's answered count and weighted
 * sums to its score, level and gap, with scoreResponse's rules (validity, clamping, `levelFor`
 * and its epsilon). The kernels call it for the cells they score item by item, and the tables of
 * answer combinations are filled with it, so every cell comes out of this one function.
 */
export function finishCell(
  plan: BatchPlan,
  i: number,
  count: number,
  weights: number,
  weighted: number,
  target: number,
  out: BatchBuffers,
  cell: number,
): void {
  out.answered[cell] = count;
  if (count < plan.minCount[i]!) {
    out.scores[cell] = NaN;
    out.levels[cell] = NONE;
    out.gaps[cell] = NONE;
    return;
  }
  const score = Math.min(1, Math.max(0, weighted / weights));
  out.scores[cell] = score;
  const level = levelFor(score, plan.thresholds[i]!);
  // A valid score without a level (thresholds not starting at 0) is below the scale: -1.
  const index = level === null ? -1 : plan.levelIndexOf.get(level)!;
  out.levels[cell] = index;
  out.gaps[cell] = target === NONE ? NONE : target - index;
}
