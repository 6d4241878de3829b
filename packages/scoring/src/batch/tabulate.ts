import { finishCell } from './cell.js';
import type { BatchPlan } from './plan.js';
import { normalisedOf } from './encode.js';
import { ENDORSED, UNKNOWN, levelStatus } from '../levels.js';
import { NONE, type BatchBuffers } from './types.js';

/** In a padded table, the entry for a skipped answer (a negative code). */
export const SKIPPED = -1;
/** The most answer combinations tabulated for one competence (a table of 640 KB at most). */
const MAX_COMPETENCE_COMBINATIONS = 2 ** 16;
/** The most answer combinations tabulated per instrument (2.6 MB of tables at most). */
const MAX_COMBINATIONS = 2 ** 18;
/**
 * The digit of a code that does not fit: less than minus any sum of digits that fit (under
 * MAX_COMPETENCE_COMBINATIONS), so a cell's sum is negative as soon as one of its codes does not
 * fit; a tabulated competence has at most 16 items, so no sum leaves Int32.
 */
export const NOT_TABULATED = -MAX_COMPETENCE_COMBINATIONS;

/**
 * The tables of the kernels.
 *
 * Most competences have a handful of small items, so every combination of their answers can be
 * scored in advance: the codes of a competence's columns are read as the digits of a number in a
 * mixed radix (digit 0: skipped; digit d: the d-th code that fits the item), and that number
 * indexes tables of the competence's score, level index and answered count, computed by
 * `finishCell` with the additions of the per-item path in the same order, so the same bits. A
 * cell then costs one table read and one addition per item, and one read per result.
 */
export interface Tables {
  /** Per column, 256 normalised scores, one per Int8 code at `code & 255`: SKIPPED for negative codes, NaN for codes that do not fit. */
  padded: Float64Array;
  /** Per column, 256 digits × stride, one per Int8 code at `code & 255`: 0 for negative codes, NOT_TABULATED for codes that do not fit. */
  digits8: Int32Array;
  /**
   * For wider codes, per column of a tabulated competence from `wideStart[x]`, `size + 2` digits:
   * a skip, one per code below `size`, and one for any larger code.
   */
  digitsWide: Int32Array;
  wideStart: Int32Array;
  /** Per competence, where its combinations start in `combos`, or -1 (not tabulated). */
  comboStart: Int32Array;
  /** Score, level index and answered count per combination (gaps unused). */
  combos: BatchBuffers;
  /**
   * Anchored instruments: per combination, the level at which the climb stopped for want of
   * answers (its verdict `unknown` without a role), else -1. Whether that makes the cell not valid
   * depends on the respondent's role target, so the kernel decides (`copyCombinations`).
   */
  unknownAt: Int8Array;
}

/** Per column, 256 normalised scores, one per Int8 code at `code & 255`. */
function paddedTables(plan: BatchPlan): Float64Array {
  const { size, offset, flat } = plan;
  const m = size.length;
  const padded = new Float64Array(m * 256).fill(NaN);
  for (let x = 0; x < m; x++) {
    const s = size[x]!;
    if (s >= 0) padded.set(flat.subarray(offset[x]!, offset[x]! + Math.min(s, 128)), x * 256);
    else
      for (let code = 0; code < 128; code++) padded[x * 256 + code] = normalisedAt(plan, x, code);
    padded.fill(SKIPPED, x * 256 + 128, x * 256 + 256);
  }
  return padded;
}

/**
 * What a competence's table of combinations depends on: the least valid count, the thresholds
 * (as level indices), and per column its weight and the normalised scores of the codes that fit,
 * in order. Competences with the same key have the same table, to the bit.
 */
function tableKey(plan: BatchPlan, i: number, columns: readonly number[][]): string {
  const first = plan.competenceStart[i]!;
  const levels = plan.levelCount;
  return JSON.stringify([
    plan.minCount[i],
    plan.anchored
      ? [
          plan.minShare,
          plan.endorsement,
          [...plan.levelTotals.subarray(i * levels, (i + 1) * levels)],
        ]
      : plan.thresholds[i]!.map((t) => [plan.levelIndexOf.get(t.level), t.min]),
    columns.map((fit, p) => [
      plan.weight[first + p],
      plan.anchors[first + p],
      fit.map((code) => plan.flat[plan.offset[first + p]! + code]),
    ]),
  ]);
}

/**
 * Which competences are tabulated, within the bounds: per competence and column the codes that
 * fit, in order (digit d stands for fits[i][p][d - 1]), and where each competence's combinations
 * start (-1: not tabulated). Competences whose items score alike (an instrument's competences
 * often have the same scale, reverse-keying and weights) share one table, which keeps the tables
 * in cache and builds them once: 30 competences of four 7-point items need 4,096 combinations,
 * not 122,880. `owners` lists the competences whose combinations are to be filled.
 */
function chooseCombinations(plan: BatchPlan) {
  const { competenceStart, size, offset, flat } = plan;
  const k = plan.competences.length;
  const fits: number[][][] = [];
  const comboStart = new Int32Array(k).fill(-1);
  const starts = new Map<string, number>();
  const owners: number[] = [];
  let combinations = 0;
  let wideSize = 0;
  for (let i = 0; i < k; i++) {
    const columns: number[][] = [];
    let product = 1;
    for (let x = competenceStart[i]!; x < competenceStart[i + 1]!; x++) {
      const fit: number[] = [];
      for (let code = 0; code < size[x]!; code++) if (flat[offset[x]! + code]! >= 0) fit.push(code);
      columns.push(fit);
      product = size[x]! < 0 ? Infinity : product * (fit.length + 1);
    }
    fits.push(columns);
    if (product > MAX_COMPETENCE_COMBINATIONS) continue;
    const key = tableKey(plan, i, columns);
    const shared = starts.get(key);
    if (shared !== undefined) comboStart[i] = shared;
    else if (combinations + product > MAX_COMBINATIONS) continue;
    else {
      starts.set(key, (comboStart[i] = combinations));
      owners.push(i);
      combinations += product;
    }
    for (let x = competenceStart[i]!; x < competenceStart[i + 1]!; x++) wideSize += size[x]! + 2;
  }
  return { fits, comboStart, owners, combinations, wideSize };
}

/** Scores every combination of competence i's answers into `combos` from `start`. */
function fillCombinations(
  plan: BatchPlan,
  i: number,
  columns: readonly number[][],
  start: number,
  combos: BatchBuffers,
  unknownAt: Int8Array,
): void {
  const { weight, flat, offset, anchors } = plan;
  const first = plan.competenceStart[i]!;
  const product = columns.reduce((p, fit) => p * (fit.length + 1), 1);
  const levels = plan.levelCount;
  const levelWeights = new Float64Array(levels);
  const levelWeighted = new Float64Array(levels);
  const levelAnswered = new Int32Array(levels);
  for (let e = 0; e < product; e++) {
    // The additions of the per-item path, on the answers this combination stands for.
    let weights = 0;
    let weighted = 0;
    let count = 0;
    let rest = e;
    levelWeights.fill(0);
    levelWeighted.fill(0);
    levelAnswered.fill(0);
    for (let p = 0; p < columns.length; p++) {
      const radix = columns[p]!.length + 1;
      const d = rest % radix;
      rest = (rest - d) / radix;
      if (d === 0) continue;
      const x = first + p;
      const w = weight[x]!;
      const value = flat[offset[x]! + columns[p]![d - 1]!]!;
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
    if (!plan.anchored) {
      finishCell(plan, i, count, weights, weighted, NONE, combos, start + e);
      continue;
    }
    // The anchored rule without a role (scoreAnchoredCell's): climb while endorsed; note where a
    // level with too few answers stopped the climb, for the kernel to judge against the target.
    let position = -1;
    let stoppedUnknown = -1;
    for (let l = 0; l < levels; l++) {
      const status = levelStatus(
        levelAnswered[l]!,
        plan.levelTotals[i * levels + l]!,
        levelWeights[l]!,
        levelWeighted[l]!,
        plan.minShare,
        plan.endorsement,
        false,
      );
      if (status === ENDORSED) position = l;
      else {
        if (status === UNKNOWN) stoppedUnknown = l;
        break;
      }
    }
    const cell = start + e;
    combos.answered[cell] = count;
    unknownAt[cell] = stoppedUnknown;
    if (count === 0) {
      combos.scores[cell] = NaN;
      combos.levels[cell] = NONE;
    } else {
      combos.scores[cell] = Math.min(1, Math.max(0, weighted / weights));
      combos.levels[cell] = position;
    }
  }
}

/** Builds the tables of a plan: per-column tables and the combinations of small competences. */
export function tabulate(plan: BatchPlan): Tables {
  const { competenceStart, size } = plan;
  const m = size.length;
  const { fits, comboStart, owners, combinations, wideSize } = chooseCombinations(plan);
  const digits8 = new Int32Array(m * 256); // negative codes (from 128): digit 0
  const digitsWide = new Int32Array(wideSize);
  const wideStart = new Int32Array(m).fill(-1);
  const combos: BatchBuffers = {
    scores: new Float64Array(combinations),
    levels: new Int8Array(combinations),
    gaps: new Int8Array(combinations),
    answered: new Uint16Array(combinations),
  };
  let wideAt = 0;
  comboStart.forEach((start, i) => {
    if (start < 0) return;
    let stride = 1;
    fits[i]!.forEach((fit, p) => {
      const x = competenceStart[i]! + p;
      digits8.fill(NOT_TABULATED, x * 256, x * 256 + 128);
      wideStart[x] = wideAt;
      digitsWide.fill(NOT_TABULATED, wideAt + 1, wideAt + size[x]! + 2);
      fit.forEach((code, d) => {
        if (code < 128) digits8[x * 256 + code] = (d + 1) * stride;
        digitsWide[wideAt + 1 + code] = (d + 1) * stride;
      });
      wideAt += size[x]! + 2;
      stride *= fit.length + 1;
    });
  });
  const unknownAt = new Int8Array(plan.anchored ? combinations : 0);
  for (const i of owners) fillCombinations(plan, i, fits[i]!, comboStart[i]!, combos, unknownAt);
  return {
    padded: paddedTables(plan),
    digits8,
    digitsWide,
    wideStart,
    comboStart,
    combos,
    unknownAt,
  };
}

/** The normalised score of a code in column x, NaN when it does not fit. */
export function normalisedAt(plan: BatchPlan, x: number, code: number): number {
  const s = plan.size[x]!;
  if (s >= 0) return code < s ? plan.flat[plan.offset[x]! + code]! : NaN;
  return normalisedOf(plan.keys[plan.column[x]!]!, code);
}
