import { ENDORSED, UNKNOWN, levelStatus } from '../levels.js';
import { normalisedOf } from './encode.js';
import { targetOf, type KernelInput } from './kernel-shared.js';
import { NONE, type BatchBuffers, type CodeArray } from './types.js';

/** Per-level sums of one cell, reused across cells (the kernels are not re-entrant). */
const scratch = {
  weights: new Float64Array(0),
  weighted: new Float64Array(0),
  answered: new Int32Array(0),
};

/**
 * One cell of an anchored instrument, item by item, in scoreResponse's order and with its rules
 * (`levelStatus`), so the score and level are the same, bit for bit: for the wide codes, for
 * competences too large to tabulate, and for cells with a code that does not fit. Returns the
 * cell's codes that do not fit.
 */
export function scoreAnchoredCell(
  input: KernelInput,
  codes: CodeArray,
  row: number,
  i: number,
  role: number,
  out: BatchBuffers,
  cell: number,
): number {
  const { plan, roleTargets } = input;
  const { competenceStart, column, size, offset, flat, weight, keys, anchors, levelTotals } = plan;
  const k = plan.competences.length;
  const levels = plan.levelCount;
  if (scratch.weights.length < levels) {
    scratch.weights = new Float64Array(levels);
    scratch.weighted = new Float64Array(levels);
    scratch.answered = new Int32Array(levels);
  }
  const levelWeights = scratch.weights;
  const levelWeighted = scratch.weighted;
  const levelAnswered = scratch.answered;
  let invalid = 0;
  let weights = 0;
  let weighted = 0;
  let count = 0;
  for (let l = 0; l < levels; l++) {
    levelWeights[l] = 0;
    levelWeighted[l] = 0;
    levelAnswered[l] = 0;
  }
  for (let x = competenceStart[i]!; x < competenceStart[i + 1]!; x++) {
    const code = codes[row + column[x]!]!;
    if (code < 0) continue;
    const s = size[x]!;
    const value =
      code < s ? flat[offset[x]! + code]! : s < 0 ? normalisedOf(keys[column[x]!]!, code) : NaN;
    if (value !== value) {
      invalid++;
      continue;
    }
    const w = weight[x]!;
    weights += w;
    weighted += w * value;
    count++;
    const at = anchors[x]!;
    if (at >= 0) {
      levelAnswered[at]!++;
      levelWeights[at]! += w;
      levelWeighted[at]! += w * value;
    }
  }
  const target = plan.own ? NONE : targetOf(roleTargets, role, k, i);
  let valid = count > 0;
  let position = -1;
  for (let l = 0; l < levels; l++) {
    const status = levelStatus(
      levelAnswered[l]!,
      levelTotals[i * levels + l]!,
      levelWeights[l]!,
      levelWeighted[l]!,
      plan.minShare,
      plan.endorsement,
      target !== NONE && l > target,
    );
    // Climbing from the lowest level: the first level not endorsed (or not asked) ends the
    // climb and fixes the level, so what lies above it cannot change the result; a level
    // with too few answers before that point leaves the level unknown: not valid.
    if (status === ENDORSED) position = l;
    else {
      if (status === UNKNOWN) valid = false;
      break;
    }
  }
  out.answered[cell] = count;
  if (!valid) {
    out.scores[cell] = NaN;
    out.levels[cell] = NONE;
    out.gaps[cell] = NONE;
    return invalid;
  }
  out.scores[cell] = Math.min(1, Math.max(0, weighted / weights));
  out.levels[cell] = position;
  out.gaps[cell] = target === NONE ? NONE : target - position;
  return invalid;
}

/**
 * The kernel of instruments scored with the method `anchored`, for codes wider than a byte:
 * cell by cell (`scoreAnchoredCell`). Int8 codes go through `scoreInt8`, whose tables hold each
 * combination's level as well. Levels: the scale position reached, -1 below the scale (a valid
 * score, the lowest level not endorsed), NONE when not valid. Returns the cells' codes that do
 * not fit.
 */
export function scoreAnchored(input: KernelInput, codes: CodeArray): number {
  const { n, roles } = input;
  const m = input.plan.column.length;
  const k = input.plan.competences.length;
  let invalid = 0;
  for (let r = 0; r < n; r++) {
    const role = roles ? roles[r]! : -1;
    for (let i = 0; i < k; i++)
      invalid += scoreAnchoredCell(input, codes, r * m, i, role, input.out, r * k + i);
  }
  return invalid;
}
