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
 * Copies each respondent's results for competence i from the tables of answer combinations (the
 * sums are the respondents' combination numbers) into `out` from `cell`, every k-th cell. Returns
 * how many rows had a code that does not fit (a negative sum), listed in `misses`, for the kernel
 * to score item by item.
 */
export function copyCombinations(
  input: KernelInput,
  i: number,
  sums: Int32Array,
  rows: number,
  roles: Int32Array,
  cell: number,
  misses: Int32Array,
): number {
  const { plan, roleTargets, out } = input;
  const { scores, levels, gaps, answered } = out;
  const k = plan.competences.length;
  const combo = plan.tables.comboStart[i]!;
  const { scores: comboScore, levels: comboLevel, answered: comboAnswered } = plan.tables.combos;
  let missed = 0;
  for (let b = 0; b < rows; b++, cell += k) {
    const sum = sums[b]!;
    if (sum < 0) {
      misses[missed++] = b;
      continue;
    }
    const e = combo + sum;
    const level = comboLevel[e]!;
    scores[cell] = comboScore[e]!;
    levels[cell] = level;
    answered[cell] = comboAnswered[e]!;
    const role = roles[b]!;
    const target = role >= 0 ? roleTargets[role * k + i]! : NONE;
    gaps[cell] = level === NONE || target === NONE ? NONE : target - level;
  }
  return missed;
}
