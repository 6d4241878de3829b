import type { BatchPlan } from './plan.js';
import { NONE, type BatchBuffers, type CodeArray } from './types.js';

/** Respondents per block: a block's codes, sums and results stay in L2 cache. */
export const BLOCK = 1024;

/** What both kernels need besides the codes. */
export interface KernelInput {
  plan: BatchPlan;
  /** Respondents to score: the first `n` rows of the codes. */
  n: number;
  roles: CodeArray | undefined;
  /** Per role profile and competence, the target level index or NONE, role-major. */
  roleTargets: Int8Array;
  out: BatchBuffers;
}

/** Fills `into` with the role indices of the block's respondents (-1 without a role). */
export function rolesOf(
  roles: CodeArray | undefined,
  first: number,
  rows: number,
  into: Int32Array,
) {
  if (roles) into.set(roles.subarray(first, first + rows));
  else into.fill(-1, 0, rows);
}

/** The target level index of a role for competence i, or NONE. */
export function targetOf(roleTargets: Int8Array, role: number, k: number, i: number): number {
  return role >= 0 ? roleTargets[role * k + i]! : NONE;
}

/**
 * Results of one block: the kernels write a block's cells here, where they stay in cache while
 * each competence's pass writes every k-th cell, then copy them out in one sequential pass.
 */
export function blockBuffers(k: number): BatchBuffers {
  return {
    scores: new Float64Array(BLOCK * k),
    levels: new Int8Array(BLOCK * k),
    gaps: new Int8Array(BLOCK * k),
    answered: new Uint16Array(BLOCK * k),
  };
}

/** Copies the results of the block of `rows` respondents from `first` into `out`. */
export function copyBlock(
  block: BatchBuffers,
  out: BatchBuffers,
  first: number,
  rows: number,
  k: number,
) {
  const cells = rows * k;
  out.scores.set(block.scores.subarray(0, cells), first * k);
  out.levels.set(block.levels.subarray(0, cells), first * k);
  out.gaps.set(block.gaps.subarray(0, cells), first * k);
  out.answered.set(block.answered.subarray(0, cells), first * k);
}

/**
 * Copies each respondent's results for competence i from the tables of answer combinations (the
 * sums are the respondents' combination numbers) into the block's cells `b * k + i`. Returns
 * how many rows had a code that does not fit (a negative sum), listed in `misses`, for the kernel
 * to score item by item.
 */
export function copyCombinations(
  input: KernelInput,
  out: BatchBuffers,
  i: number,
  sums: Int32Array,
  rows: number,
  roles: Int32Array,
  misses: Int32Array,
): number {
  const { plan, roleTargets } = input;
  let cell = i;
  const { scores, levels, gaps, answered } = out;
  const k = plan.competences.length;
  const combo = plan.tables.comboStart[i]!;
  const { scores: comboScore, levels: comboLevel, answered: comboAnswered } = plan.tables.combos;
  const { anchored, own } = plan;
  const unknownAt = plan.tables.unknownAt;
  let missed = 0;
  for (let b = 0; b < rows; b++, cell += k) {
    const sum = sums[b]!;
    if (sum < 0) {
      misses[missed++] = b;
      continue;
    }
    const e = combo + sum;
    const level = comboLevel[e]!;
    answered[cell] = comboAnswered[e]!;
    const role = roles[b]!;
    const target = own || role < 0 ? NONE : roleTargets[role * k + i]!;
    // Anchored: a climb stopped by a level with too few answers is not valid, unless the level
    // lies above the role's target (not asked of the role: the level stays where it stopped).
    const unknown = anchored ? unknownAt[e]! : -1;
    if (unknown >= 0 && (target === NONE || unknown <= target)) {
      scores[cell] = NaN;
      levels[cell] = NONE;
      gaps[cell] = NONE;
      continue;
    }
    scores[cell] = comboScore[e]!;
    levels[cell] = level;
    gaps[cell] = level === NONE || target === NONE ? NONE : target - level;
  }
  return missed;
}
