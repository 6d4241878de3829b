import type { Framework, Instrument, Response } from '@competence-kit/schemas';
import { getRoleProfile, levelIndex } from '@competence-kit/model';
import { itemKeys, scoreItem, type ItemKey } from './items.js';
import { compileInstrument } from './score.js';

/** An integer typed array holding answer codes. */
export type CodeArray = Int8Array | Int16Array | Int32Array;

/**
 * A cohort's answers as a matrix: one row per respondent, one column per scored item (in the
 * order of {@link batchColumns}), row-major. Each cell holds a code:
 * - `-1`: skipped or missing;
 * - Likert: the rating;
 * - single choice and situational judgement: the option's index;
 * - multiple choice: the bitmask of the chosen options' indices (up to 30 options);
 * - ranking: the Lehmer code of the answer's permutation of the options (up to 12 options).
 */
export interface AnswerMatrix {
  /** Item ids of the columns; must equal `batchColumns(instrument)`. */
  items: readonly string[];
  respondents: number;
  codes: CodeArray;
  /** Per respondent, the index of the role profile in `roleProfiles`, or -1. */
  roles?: CodeArray;
  roleProfiles?: readonly string[];
}

/** Sentinel in {@link BatchScores.gaps} and `levels` where there is no value. */
export const NONE = -128;

/** Scores of a cohort, competence-major per respondent: cell `r * competences.length + c`. */
export interface BatchScores {
  competences: readonly string[];
  respondents: number;
  /** Normalised scores; NaN where the competence's score is not valid. */
  scores: Float64Array;
  /** Index of the level reached on the framework's scale, or {@link NONE}. */
  levels: Int8Array;
  /** Target index − level index, or {@link NONE} without a level or a target. */
  gaps: Int8Array;
  /** Scored items answered per respondent and competence. */
  answered: Uint16Array;
  /** Cells whose code does not fit its item; they count as not answered. */
  invalidCells: number;
}

/** The scored items of an instrument, in the column order scoreBatch expects. */
export function batchColumns(instrument: Instrument): string[] {
  return [...itemKeys(instrument).keys()];
}

function optionIds(key: ItemKey): string[] {
  return 'options' in key.item ? key.item.options.map((o) => o.id) : [];
}

/** Codes are 32-bit integers: these are the largest items they can encode. */
function checkEncodable(keys: readonly ItemKey[]): void {
  for (const key of keys) {
    const n = optionIds(key).length;
    if (key.item.type === 'ranking' && n > 12) {
      throw new RangeError(
        `Item "${key.item.id}": the columnar path encodes rankings of up to 12 options; this one has ${n}. Use scoreResponse.`,
      );
    }
    if (key.item.type === 'multiple-choice' && n > 30) {
      throw new RangeError(
        `Item "${key.item.id}": the columnar path encodes multiple choice of up to 30 options; this one has ${n}. Use scoreResponse.`,
      );
    }
  }
}

/** The permutation whose Lehmer code is `code`, or undefined when out of range. */
function fromLehmer(code: number, ids: readonly string[]): string[] | undefined {
  const pool = [...ids];
  const out: string[] = [];
  let factorial = 1;
  for (let i = 2; i < pool.length; i++) factorial *= i;
  for (let i = pool.length - 1; i >= 0; i--) {
    const index = Math.floor(code / factorial);
    if (index >= pool.length) return undefined;
    out.push(pool.splice(index, 1)[0]!);
    code -= index * factorial;
    if (i > 0) factorial /= i;
  }
  return code === 0 ? out : undefined;
}

/** The Lehmer code of a permutation of `ids`. */
export function toLehmer(permutation: readonly string[], ids: readonly string[]): number {
  const pool = [...ids];
  let code = 0;
  for (let i = 0; i < permutation.length; i++) {
    const index = pool.indexOf(permutation[i]!);
    pool.splice(index, 1);
    let factorial = 1;
    for (let k = 2; k <= pool.length; k++) factorial *= k;
    code += index * factorial;
  }
  return code;
}

/** The answer value a code stands for, or undefined when the code does not fit the item. */
function decode(key: ItemKey, code: number): string | number | string[] | undefined {
  const ids = optionIds(key);
  switch (key.item.type) {
    case 'likert':
      return code;
    case 'single-choice':
    case 'situational-judgement':
      return ids[code];
    case 'multiple-choice': {
      if (code >= 2 ** ids.length) return undefined;
      return ids.filter((_, i) => (code >>> i) & 1);
    }
    case 'ranking':
      return fromLehmer(code, ids);
    default:
      return undefined;
  }
}

/** The largest code an item can take, so a lookup table covers every valid code. */
function maxCode(key: ItemKey): number {
  const n = optionIds(key).length;
  switch (key.item.type) {
    case 'likert':
      return key.rawMax; // codes are ratings; those below the scale's min score NaN
    case 'multiple-choice':
      return n <= 16 ? 2 ** n - 1 : -1;
    case 'ranking': {
      let f = 1;
      for (let i = 2; i <= n; i++) f *= i;
      return n <= 8 ? f - 1 : -1;
    }
    default:
      return n - 1;
  }
}

function normalisedOf(key: ItemKey, code: number): number {
  const value = decode(key, code);
  if (value === undefined) return NaN;
  const s = scoreItem(key, { item: key.item.id, value });
  return s ? s.normalised : NaN;
}

interface RowInput {
  n: number;
  m: number;
  k: number;
  codes: CodeArray;
  roles: CodeArray | undefined;
}

/**
 * Column data in competence order: entries competenceStart[i] .. competenceStart[i + 1] are the
 * columns of competence i, in instrument order, each with its matrix column, table size
 * (-1: no table), table offset in `flat` and weight.
 */
interface RowTables {
  competenceStart: Int32Array;
  column: Int32Array;
  size: Int32Array;
  offset: Int32Array;
  weight: Float64Array;
  flat: Float64Array;
  /** Answered items a competence needs for a valid score. */
  minCount: Int32Array;
  thresholdStart: Int32Array;
  mins: Float64Array;
  levelOf: Int8Array;
  roleTargets: Int8Array;
}

/**
 * The hot loop of scoreBatch, on its own so that everything it reads is a parameter or a local
 * (V8 keeps variables captured by closures in a context object, and reading them in a loop of
 * 60 million iterations costs several times the arithmetic). Returns the invalid cells.
 */
function scoreRows(
  input: RowInput,
  t: RowTables,
  decodeSlow: (column: number, code: number) => number,
  out: Pick<BatchScores, 'scores' | 'levels' | 'gaps' | 'answered'>,
): number {
  const { n, m, k, codes, roles } = input;
  const {
    competenceStart,
    column,
    size,
    offset,
    weight,
    flat,
    minCount,
    thresholdStart,
    mins,
    levelOf,
    roleTargets,
  } = t;
  const { scores, levels, gaps, answered } = out;
  let invalidCells = 0;
  for (let r = 0; r < n; r++) {
    const row = r * m;
    const role = roles ? roles[r]! : -1;
    for (let i = 0; i < k; i++) {
      // The competence's columns in instrument order: the same additions, in the same order,
      // as scoreResponse, so the results are identical to the bit.
      let weights = 0;
      let weighted = 0;
      let count = 0;
      const end = competenceStart[i + 1]!;
      for (let x = competenceStart[i]!; x < end; x++) {
        const code = codes[row + column[x]!]!;
        if (code < 0) continue;
        const s = size[x]!;
        const value =
          code < s ? flat[offset[x]! + code]! : s < 0 ? decodeSlow(column[x]!, code) : NaN;
        if (value !== value) {
          invalidCells++;
          continue;
        }
        const w = weight[x]!;
        weights += w;
        weighted += w * value;
        count++;
      }
      const cell = r * k + i;
      answered[cell] = count;
      if (count < minCount[i]!) {
        scores[cell] = NaN;
        levels[cell] = NONE;
        gaps[cell] = NONE;
        continue;
      }
      const score = Math.min(1, Math.max(0, weighted / weights));
      scores[cell] = score;
      let level = NONE;
      for (let y = thresholdStart[i]!; y < thresholdStart[i + 1]!; y++)
        if (score + 1e-9 >= mins[y]!) level = levelOf[y]!;
      levels[cell] = level;
      const target = role >= 0 ? roleTargets[role * k + i]! : NONE;
      gaps[cell] = level === NONE || target === NONE ? NONE : target - level;
    }
  }
  return invalidCells;
}

/** In a padded table, the entry for a skipped answer (code -1, index 0). */
const SKIPPED = -1;

/**
 * scoreRows for Int8Array codes (the compact encoding of large cohorts). The per-competence
 * epilogue repeats scoreRows' on purpose: it sits in the innermost loop of 15 million cells, and
 * keeping both loops self-contained measured faster than a shared helper call.
 * The specialisation: every column's table is padded to the 129 entries a code
 * from -1 to 127 can index (at code + 1), with SKIPPED for -1 and NaN for codes that do not fit,
 * so the inner loop needs neither a bounds check nor a branch for skips and large items.
 */
function scoreRowsInt8(
  n: number,
  m: number,
  k: number,
  codes: Int8Array,
  roles: CodeArray | undefined,
  t: RowTables,
  padded: Float64Array,
  out: Pick<BatchScores, 'scores' | 'levels' | 'gaps' | 'answered'>,
): number {
  const { competenceStart, column, weight, minCount, thresholdStart, mins, levelOf, roleTargets } =
    t;
  const { scores, levels, gaps, answered } = out;
  let invalidCells = 0;
  for (let r = 0; r < n; r++) {
    const row = r * m;
    const role = roles ? roles[r]! : -1;
    for (let i = 0; i < k; i++) {
      let weights = 0;
      let weighted = 0;
      let count = 0;
      const end = competenceStart[i + 1]!;
      for (let x = competenceStart[i]!; x < end; x++) {
        const value = padded[x * 129 + codes[row + column[x]!]! + 1]!;
        if (value >= 0) {
          const w = weight[x]!;
          weights += w;
          weighted += w * value;
          count++;
        } else if (value !== SKIPPED) invalidCells++;
      }
      const cell = r * k + i;
      answered[cell] = count;
      if (count < minCount[i]!) {
        scores[cell] = NaN;
        levels[cell] = NONE;
        gaps[cell] = NONE;
        continue;
      }
      const score = Math.min(1, Math.max(0, weighted / weights));
      scores[cell] = score;
      let level = NONE;
      for (let y = thresholdStart[i]!; y < thresholdStart[i + 1]!; y++)
        if (score + 1e-9 >= mins[y]!) level = levelOf[y]!;
      levels[cell] = level;
      const target = role >= 0 ? roleTargets[role * k + i]! : NONE;
      gaps[cell] = level === NONE || target === NONE ? NONE : target - level;
    }
  }
  return invalidCells;
}

/**
 * Encodes responses as an {@link AnswerMatrix}: the bridge from `Response` objects to the
 * columnar path (answers that do not fit their item are encoded as -1).
 */
export function encodeResponses(
  instrument: Instrument,
  responses: readonly Response[],
): AnswerMatrix {
  const keys = [...itemKeys(instrument).values()];
  checkEncodable(keys);
  const codes = new Int32Array(responses.length * keys.length).fill(-1);
  const roleProfiles = [
    ...new Set(responses.map((r) => r.roleProfile).filter((r): r is string => r !== undefined)),
  ];
  const roles = new Int16Array(responses.length).fill(-1);
  responses.forEach((response, r) => {
    if (response.roleProfile !== undefined) roles[r] = roleProfiles.indexOf(response.roleProfile);
    const answers = new Map(response.answers.map((a) => [a.item, a]));
    keys.forEach((key, j) => {
      const answer = answers.get(key.item.id);
      if (!answer || answer.skipped || answer.value === undefined || !scoreItem(key, answer))
        return;
      const ids = optionIds(key);
      const v = answer.value;
      let code = -1;
      if (key.item.type === 'likert' && typeof v === 'number') code = v;
      else if (typeof v === 'string') code = ids.indexOf(v);
      else if (Array.isArray(v) && key.item.type === 'multiple-choice')
        code = v.reduce((m, id) => m | (1 << ids.indexOf(id)), 0);
      else if (Array.isArray(v) && key.item.type === 'ranking') code = toLehmer(v, ids);
      codes[r * keys.length + j] = code;
    });
  });
  return {
    items: keys.map((k) => k.item.id),
    respondents: responses.length,
    codes,
    roles,
    roleProfiles,
  };
}

/**
 * Scores a whole cohort from an answer matrix, with the same arithmetic as `scoreResponse` (the
 * results are identical, bit for bit, to scoring each response on its own), but without an
 * object per answer: the item scores come from lookup tables built once per instrument. For
 * regional and EU-wide aggregation of large cohorts.
 *
 * Pass `into` to write the results into buffers of your own, for example to score a very large
 * cohort chunk by chunk (`codes.subarray(...)` is free) without allocating new result arrays
 * each time; the returned arrays are then views of `into` of the chunk's size.
 *
 * @throws RangeError when the matrix does not match the instrument, or `into` is too small (a
 * programmer error).
 * @example
 * ```ts
 * const matrix = encodeResponses(instrument, responses);
 * const batch = scoreBatch(instrument, framework, matrix);
 * batch.scores[r * batch.competences.length + c]; // NaN when not valid
 * ```
 */
/** Result buffers to score into, each of at least `respondents × competences` cells. */
export type BatchBuffers = Pick<BatchScores, 'scores' | 'levels' | 'gaps' | 'answered'>;

export function scoreBatch(
  instrument: Instrument,
  framework: Framework,
  matrix: AnswerMatrix,
  into?: BatchBuffers,
): BatchScores {
  const c = compileInstrument(instrument, framework);
  const keys = [...c.keys.values()];
  checkEncodable(keys);
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

  const competences = c.competences;
  const k = competences.length;
  const competenceIndex = new Map(competences.map((id, i) => [id, i]));
  // Everything the inner loop reads lives in flat typed arrays: one lookup table of normalised
  // scores per column (NaN for codes that do not fit), concatenated.
  const columnCompetence = new Int32Array(m);
  const columnWeight = new Float64Array(m);
  const columnOffset = new Int32Array(m);
  const columnSize = new Int32Array(m); // -1: no table, decode each code (large items)
  const tables: Float64Array[] = [];
  let offset = 0;
  keys.forEach((key, j) => {
    columnCompetence[j] = competenceIndex.get(key.competence!)!;
    columnWeight[j] = key.weight;
    const max = maxCode(key);
    columnOffset[j] = offset;
    columnSize[j] = max + 1 > 0 ? max + 1 : -1;
    if (max >= 0) {
      const table = new Float64Array(max + 1);
      for (let code = 0; code <= max; code++) table[code] = normalisedOf(key, code);
      tables.push(table);
      offset += max + 1;
    }
  });
  const competenceStart = new Int32Array(k + 1);
  const competenceColumns = new Int32Array(m);
  let next = 0;
  for (let i = 0; i < k; i++) {
    competenceStart[i] = next;
    for (let j = 0; j < m; j++) if (columnCompetence[j] === i) competenceColumns[next++] = j;
  }
  competenceStart[k] = next;
  const flat = new Float64Array(offset);
  let at = 0;
  for (const table of tables) {
    flat.set(table, at);
    at += table.length;
  }
  const minShare = instrument.scoring.minAnsweredShare;
  // The least count with count > 0 and count / total ≥ minShare (as scoreResponse decides it).
  const minCount = Int32Array.from(competences, (id) => {
    const total = c.byCompetence.get(id)!.length;
    for (let count = 1; count <= total; count++) if (count / total + 1e-9 >= minShare) return count;
    return total + 1;
  });
  // Thresholds per competence, flattened: mins and level indices from thresholdStart[i].
  const thresholdStart = new Int32Array(k + 1);
  const thresholdMin: number[] = [];
  const thresholdLevel: number[] = [];
  competences.forEach((id, i) => {
    thresholdStart[i] = thresholdMin.length;
    for (const t of c.thresholds(id)) {
      thresholdMin.push(t.min);
      thresholdLevel.push(levelIndex(framework, t.level));
    }
  });
  thresholdStart[k] = thresholdMin.length;
  const mins = new Float64Array(thresholdMin);
  const levelOf = new Int8Array(thresholdLevel);
  // Role target level indices, role-major.
  const roleProfiles = matrix.roleProfiles ?? [];
  const roleTargets = new Int8Array(roleProfiles.length * k).fill(NONE);
  roleProfiles.forEach((role, p) => {
    const targets = getRoleProfile(framework, role)?.targets ?? {};
    competences.forEach((id, i) => {
      if (targets[id] !== undefined) roleTargets[p * k + i] = levelIndex(framework, targets[id]!);
    });
  });

  const n = matrix.respondents;
  const cells = n * k;
  if (into && [into.scores, into.levels, into.gaps, into.answered].some((a) => a.length < cells)) {
    throw new RangeError(`Each buffer of "into" needs at least ${n} × ${k} = ${cells} cells.`);
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
  const rowTables: RowTables = {
    competenceStart,
    column: competenceColumns,
    size: Int32Array.from(competenceColumns, (j) => columnSize[j]!),
    offset: Int32Array.from(competenceColumns, (j) => columnOffset[j]!),
    weight: Float64Array.from(competenceColumns, (j) => columnWeight[j]!),
    flat,
    minCount,
    thresholdStart,
    mins,
    levelOf,
    roleTargets,
  };
  const codes = matrix.codes;
  let invalidCells: number;
  if (codes instanceof Int8Array && rowTables.size.every((size) => size >= 0)) {
    const padded = new Float64Array(m * 129).fill(NaN);
    for (let x = 0; x < m; x++) {
      padded[x * 129] = SKIPPED;
      const size = Math.min(rowTables.size[x]!, 128);
      padded.set(flat.subarray(rowTables.offset[x]!, rowTables.offset[x]! + size), x * 129 + 1);
    }
    invalidCells = scoreRowsInt8(n, m, k, codes, matrix.roles, rowTables, padded, out);
  } else {
    invalidCells = scoreRows(
      { n, m, k, codes, roles: matrix.roles },
      rowTables,
      (j, code) => normalisedOf(keys[j]!, code),
      out,
    );
  }
  return { competences, respondents: n, ...out, invalidCells };
}
