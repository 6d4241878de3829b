import type { Framework, Instrument } from '@competence-kit/schemas';
import { getRoleProfile, levelIndex } from '@competence-kit/model';
import { scoreAnchored } from './kernel-anchored.js';
import { scoreInt8 } from './kernel-int8.js';
import type { KernelInput } from './kernel-shared.js';
import { scoreWide } from './kernel-wide.js';
import { planFor, type BatchPlan } from './plan.js';
import {
  BYTES_PER_CELL,
  MAX_CELLS_PER_CALL,
  NONE,
  type AnswerMatrix,
  type BatchBuffers,
  type BatchScores,
} from './types.js';

/** Refuses a matrix that does not fit the instrument (a programmer error). */
function checkMatrix(plan: BatchPlan, matrix: AnswerMatrix): void {
  const keys = plan.keys;
  const m = keys.length;
  if (matrix.items.length !== m || matrix.items.some((id, j) => id !== keys[j]!.item.id)) {
    throw new RangeError(
      `The matrix columns must be the instrument's scored items in order: ${keys.map((k) => k.item.id).join(', ')}.`,
    );
  }
  if (matrix.codes.length !== matrix.respondents * m) {
    throw new RangeError(
      `Expected ${matrix.respondents} × ${m} = ${matrix.respondents * m} codes, got ${matrix.codes.length}.`,
    );
  }
  if (matrix.roles && matrix.roles.length !== matrix.respondents) {
    throw new RangeError(
      `Expected one role index per respondent (${matrix.respondents}), got ${matrix.roles.length}.`,
    );
  }
  const profiles = matrix.roleProfiles?.length ?? 0;
  const roles = matrix.roles ?? [];
  for (let r = 0; r < roles.length; r++) {
    if (roles[r]! >= profiles) {
      throw new RangeError(
        `roles[${r}] is ${roles[r]}, but roleProfiles has ${profiles} entries: a role index must be below ${profiles}, or negative for none.`,
      );
    }
  }
}

/** Role target level indices, role-major: `roleTargets[role * k + i]`, NONE without a target. */
function roleTargetsOf(framework: Framework, plan: BatchPlan, roleProfiles: readonly string[]) {
  const k = plan.competences.length;
  const roleTargets = new Int8Array(roleProfiles.length * k).fill(NONE);
  // Targets are framework levels: they do not apply to an instrument's own levels.
  if (plan.own) return roleTargets;
  roleProfiles.forEach((role, p) => {
    const targets = getRoleProfile(framework, role)?.targets ?? {};
    plan.competences.forEach((id, i) => {
      if (targets[id] !== undefined) roleTargets[p * k + i] = levelIndex(framework, targets[id]!);
    });
  });
  return roleTargets;
}

function score(input: KernelInput, matrix: AnswerMatrix): BatchScores {
  const codes = matrix.codes;
  // Int8 codes (the documented path) go through the tables, anchored or not; wider codes of an
  // anchored instrument cell by cell.
  const invalidCells =
    codes instanceof Int8Array
      ? scoreInt8(input, codes)
      : input.plan.anchored
        ? scoreAnchored(input, codes)
        : scoreWide(input, codes);
  return {
    competences: input.plan.competences,
    respondents: input.n,
    ...input.out,
    invalidCells,
  };
}

/**
 * Scores a whole cohort from an answer matrix, with the same arithmetic as `scoreResponse` (the
 * results are identical, bit for bit, to scoring each response on its own), but without an
 * object per answer: item scores, and the scores of every combination of answers of a competence
 * with few items (up to 65,536 combinations, e.g. 8^4 for four 7-point items with skips), come
 * from tables built once per instrument and framework object. For regional and EU-wide
 * aggregation of large cohorts.
 *
 * Codes from `encodeResponses` are the fastest the instrument allows (Int8Array, one byte per
 * answer, whenever every code is below 128; see `codeArrayFor`). One call allocates results of
 * 12 bytes per cell (respondents × competences) and scores at most {@link MAX_CELLS_PER_CALL}
 * cells; for larger cohorts use `scoreBatchChunks`, or pass `into`: buffers of your own to write
 * the results into (the returned arrays are then views of `into` of the matrix's size).
 *
 * @throws RangeError when the matrix does not match the instrument, `into` is too small, or
 * without `into` the cohort has more than MAX_CELLS_PER_CALL cells (programmer errors; the message
 * names the sizes).
 * @example
 * ```ts
 * const matrix = encodeResponses(instrument, responses);
 * const batch = scoreBatch(instrument, framework, matrix);
 * batch.scores[r * batch.competences.length + c]; // NaN when not valid
 * ```
 */
export function scoreBatch(
  instrument: Instrument,
  framework: Framework,
  matrix: AnswerMatrix,
  into?: BatchBuffers,
): BatchScores {
  const plan = planFor(instrument, framework);
  checkMatrix(plan, matrix);
  const n = matrix.respondents;
  const k = plan.competences.length;
  const cells = n * k;
  if (into && [into.scores, into.levels, into.gaps, into.answered].some((a) => a.length < cells)) {
    throw new RangeError(`Each buffer of "into" needs at least ${n} × ${k} = ${cells} cells.`);
  }
  if (!into && cells > MAX_CELLS_PER_CALL) {
    const mb = (c: number) => Math.round((c * BYTES_PER_CELL) / 1e6);
    throw new RangeError(
      `${n} respondents × ${k} competences = ${cells} result cells (${mb(cells)} MB) are more than one call allocates (${MAX_CELLS_PER_CALL} cells, ${mb(MAX_CELLS_PER_CALL)} MB). Score in chunks: scoreBatchChunks, or scoreBatch with "into" buffers over codes.subarray(...).`,
    );
  }
  const out: BatchBuffers = into
    ? {
        scores: into.scores.subarray(0, cells),
        levels: into.levels.subarray(0, cells),
        gaps: into.gaps.subarray(0, cells),
        answered: into.answered.subarray(0, cells),
      }
    : {
        scores: new Float64Array(cells),
        levels: new Int8Array(cells),
        gaps: new Int8Array(cells),
        answered: new Uint16Array(cells),
      };
  const roleTargets = roleTargetsOf(framework, plan, matrix.roleProfiles ?? []);
  return score({ plan, n, roles: matrix.roles, roleTargets, out }, matrix);
}
