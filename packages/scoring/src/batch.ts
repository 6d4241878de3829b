import type { Framework, Instrument, Response } from '@competence-kit/schemas';
import { getRoleProfile, levelIndex } from '@competence-kit/model';
import { itemKeys, scoreItem, type ItemKey } from './items.js';
import { compileInstrument } from './score.js';

/** An integer typed array holding answer codes. */
export type CodeArray = Int8Array | Int16Array | Int32Array;

/**
 * A cohort's answers as a matrix: one row per respondent, one column per scored item (in the
 * order of {@link batchColumns}), row-major. Each cell holds a code:
 * - `-1` (or any negative code): skipped or missing;
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

/**
 * Everything the hot loops read, in flat typed arrays, built once per instrument and framework.
 * Columns are in competence order: entries competenceStart[i] .. competenceStart[i + 1] are the
 * columns of competence i, in instrument order, each with its matrix column, table size (-1: no
 * table), table offset in `flat` and weight.
 */
interface BatchPlan {
  keys: ItemKey[];
  competences: readonly string[];
  competenceStart: Int32Array;
  column: Int32Array;
  size: Int32Array;
  offset: Int32Array;
  weight: Float64Array;
  /** The lookup tables of normalised scores (NaN for codes that do not fit), concatenated. */
  flat: Float64Array;
  /** Answered items a competence needs for a valid score. */
  minCount: Int32Array;
  thresholdStart: Int32Array;
  mins: Float64Array;
  levelOf: Int8Array;
  /** For Int8Array codes; undefined when a column has no table (then scoreRows does the work). */
  int8: Int8Plan | undefined;
}

/**
 * The tables of scoreRowsInt8. Every column has 256 entries, one per Int8 code at `code & 255`,
 * so the loops need neither bounds checks nor a branch for skips.
 *
 * Most competences have a handful of small items, so every combination of their answers can be
 * scored in advance: the codes of a competence's columns are read as the digits of a number in a
 * mixed radix (digit 0: skipped; digit d: the d-th code that fits the item), and that number
 * indexes tables of the competence's score, level index and answered count, computed with the
 * arithmetic of scoreRows (the same additions in the same order, so the same bits). A cell then
 * costs one table read and one addition per item, and one read per result.
 */
interface Int8Plan {
  /** Per column, normalised scores: SKIPPED for negative codes, NaN for codes that do not fit. */
  padded: Float64Array;
  /** Per column, digit × stride, or NOT_TABULATED for codes that do not fit. */
  digits: Int32Array;
  /** Per competence, where its combinations start in the tables below, or -1 (not tabulated). */
  comboStart: Int32Array;
  comboScore: Float64Array;
  comboLevel: Int8Array;
  comboAnswered: Uint8Array;
}

/** In a padded table, the entry for a skipped answer (a negative code). */
const SKIPPED = -1;
/** The most combinations tabulated per instrument: 2^16 take 640 KB of tables, kept in cache. */
const MAX_COMBINATIONS = 2 ** 16;
/**
 * The digit of a code that does not fit: less than minus any sum of digits that fit (which is
 * under MAX_COMBINATIONS), so a cell's sum is negative as soon as one of its codes does not fit.
 */
const NOT_TABULATED = -16 * MAX_COMBINATIONS;
/** The most items of a tabulated competence, so that a sum of digits stays within Int32. */
const MAX_TABULATED_ITEMS = 64;

type OutBuffers = Pick<BatchScores, 'scores' | 'levels' | 'gaps' | 'answered'>;

/** The level index a score reaches: the last of the competence's thresholds at or below it. */
function levelAt(score: number, i: number, plan: BatchPlan): number {
  let level = NONE;
  for (let y = plan.thresholdStart[i]!; y < plan.thresholdStart[i + 1]!; y++)
    if (score + 1e-9 >= plan.mins[y]!) level = plan.levelOf[y]!;
  return level;
}

function buildInt8Plan(plan: BatchPlan): Int8Plan | undefined {
  const { competenceStart, size, offset, weight, flat, minCount } = plan;
  const m = size.length;
  const k = plan.competences.length;
  if (size.some((s) => s < 0)) return undefined;
  const padded = new Float64Array(m * 256).fill(NaN);
  for (let x = 0; x < m; x++) {
    padded.set(flat.subarray(offset[x]!, offset[x]! + Math.min(size[x]!, 128)), x * 256);
    padded.fill(SKIPPED, x * 256 + 128, x * 256 + 256);
  }
  // Per competence and column, the codes that fit, in order: digit d stands for fits[d - 1].
  const fits: number[][][] = [];
  const comboStart = new Int32Array(k).fill(-1);
  let combinations = 0;
  for (let i = 0; i < k; i++) {
    const columns: number[][] = [];
    for (let x = competenceStart[i]!; x < competenceStart[i + 1]!; x++) {
      const fit: number[] = [];
      for (let code = 0; code < 128; code++) if (padded[x * 256 + code]! >= 0) fit.push(code);
      columns.push(fit);
    }
    fits.push(columns);
    const product = columns.reduce((p, fit) => p * (fit.length + 1), 1);
    if (columns.length > MAX_TABULATED_ITEMS || combinations + product > MAX_COMBINATIONS) continue;
    comboStart[i] = combinations;
    combinations += product;
  }
  const digits = new Int32Array(m * 256); // negative codes (from 128): digit 0
  const comboScore = new Float64Array(combinations);
  const comboLevel = new Int8Array(combinations);
  const comboAnswered = new Uint8Array(combinations);
  for (let i = 0; i < k; i++) {
    if (comboStart[i]! < 0) continue;
    const first = competenceStart[i]!;
    const columns = fits[i]!;
    let product = 1;
    columns.forEach((fit, p) => {
      const x = first + p;
      digits.fill(NOT_TABULATED, x * 256, x * 256 + 128);
      fit.forEach((code, d) => (digits[x * 256 + code] = (d + 1) * product));
      product *= fit.length + 1;
    });
    for (let e = 0; e < product; e++) {
      // The arithmetic of scoreRows, on the answers this combination stands for.
      let weights = 0;
      let weighted = 0;
      let count = 0;
      let rest = e;
      for (let p = 0; p < columns.length; p++) {
        const radix = columns[p]!.length + 1;
        const d = rest % radix;
        rest = (rest - d) / radix;
        if (d === 0) continue;
        const x = first + p;
        const w = weight[x]!;
        weights += w;
        weighted += w * padded[x * 256 + columns[p]![d - 1]!]!;
        count++;
      }
      const at = comboStart[i]! + e;
      comboAnswered[at] = count;
      if (count < minCount[i]!) {
        comboScore[at] = NaN;
        comboLevel[at] = NONE;
        continue;
      }
      const score = Math.min(1, Math.max(0, weighted / weights));
      comboScore[at] = score;
      comboLevel[at] = levelAt(score, i, plan);
    }
  }
  return { padded, digits, comboStart, comboScore, comboLevel, comboAnswered };
}

const plans = new WeakMap<Instrument, WeakMap<Framework, BatchPlan>>();

/** Builds (once per instrument and framework object) the tables of scoreBatch. */
function planFor(instrument: Instrument, framework: Framework): BatchPlan {
  let perFramework = plans.get(instrument);
  if (!perFramework) plans.set(instrument, (perFramework = new WeakMap()));
  const cached = perFramework.get(framework);
  if (cached) return cached;

  const c = compileInstrument(instrument, framework);
  const keys = [...c.keys.values()];
  checkEncodable(keys);
  const m = keys.length;
  const competences = c.competences;
  const k = competences.length;
  const competenceIndex = new Map(competences.map((id, i) => [id, i]));
  // One lookup table of normalised scores per column (NaN for codes that do not fit).
  const columnCompetence = new Int32Array(m);
  const columnOffset = new Int32Array(m);
  const columnSize = new Int32Array(m); // -1: no table, decode each code (large items)
  const tables: Float64Array[] = [];
  let offset = 0;
  keys.forEach((key, j) => {
    columnCompetence[j] = competenceIndex.get(key.competence!)!;
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
  const column = new Int32Array(m);
  let next = 0;
  for (let i = 0; i < k; i++) {
    competenceStart[i] = next;
    for (let j = 0; j < m; j++) if (columnCompetence[j] === i) column[next++] = j;
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

  const plan: BatchPlan = {
    keys,
    competences,
    competenceStart,
    column,
    size: Int32Array.from(column, (j) => columnSize[j]!),
    offset: Int32Array.from(column, (j) => columnOffset[j]!),
    weight: Float64Array.from(column, (j) => keys[j]!.weight),
    flat,
    minCount,
    thresholdStart,
    mins: new Float64Array(thresholdMin),
    levelOf: new Int8Array(thresholdLevel),
    int8: undefined,
  };
  plan.int8 = buildInt8Plan(plan);
  perFramework.set(framework, plan);
  return plan;
}

/**
 * The hot loop of scoreBatch for Int16Array and Int32Array codes, on its own so that everything
 * it reads is a parameter or a local (V8 keeps variables captured by closures in a context object,
 * and reading them in a loop of 60 million iterations costs several times the arithmetic).
 * Returns the invalid cells.
 */
function scoreRows(
  n: number,
  m: number,
  codes: CodeArray,
  roles: CodeArray | undefined,
  roleTargets: Int8Array,
  plan: BatchPlan,
  out: OutBuffers,
): number {
  const { competenceStart, column, size, offset, weight, flat, minCount, keys } = plan;
  const { thresholdStart, mins, levelOf } = plan;
  const k = plan.competences.length;
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
          code < s ? flat[offset[x]! + code]! : s < 0 ? normalisedOf(keys[column[x]!]!, code) : NaN;
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

/** Respondents per block of scoreRowsInt8: the block's codes and results stay in L2 cache. */
const BLOCK = 1024;

/**
 * One cell the per-item way, with the padded tables: for competences too large to tabulate and
 * cells with a code that does not fit. Returns the cell's invalid codes.
 */
function scoreCellInt8(
  r: number,
  i: number,
  m: number,
  codes: Int8Array,
  role: number,
  roleTargets: Int8Array,
  plan: BatchPlan,
  padded: Float64Array,
  out: OutBuffers,
): number {
  const { competenceStart, column, weight, minCount } = plan;
  const k = plan.competences.length;
  const row = r * m;
  let invalid = 0;
  let weights = 0;
  let weighted = 0;
  let count = 0;
  for (let x = competenceStart[i]!; x < competenceStart[i + 1]!; x++) {
    const value = padded[(x << 8) | (codes[row + column[x]!]! & 255)]!;
    if (value >= 0) {
      const w = weight[x]!;
      weights += w;
      weighted += w * value;
      count++;
    } else if (value !== SKIPPED) invalid++;
  }
  const cell = r * k + i;
  out.answered[cell] = count;
  if (count < minCount[i]!) {
    out.scores[cell] = NaN;
    out.levels[cell] = NONE;
    out.gaps[cell] = NONE;
    return invalid;
  }
  const score = Math.min(1, Math.max(0, weighted / weights));
  out.scores[cell] = score;
  const level = levelAt(score, i, plan);
  out.levels[cell] = level;
  const target = role >= 0 ? roleTargets[role * k + i]! : NONE;
  out.gaps[cell] = level === NONE || target === NONE ? NONE : target - level;
  return invalid;
}

/**
 * Adds the digits of columns x .. x + 3 (those before `end`) to `sums`, for the `rows`
 * respondents from the one whose codes start at `row`. Four columns per pass, because V8 checks
 * every typed array access: one pass per column would read and write `sums` four times as often.
 */
function addDigits(
  sums: Int32Array,
  rows: number,
  codes: Int8Array,
  m: number,
  row: number,
  column: Int32Array,
  digits: Int32Array,
  x: number,
  end: number,
): void {
  const t0 = x << 8;
  const t1 = t0 + 256;
  const t2 = t0 + 512;
  const t3 = t0 + 768;
  let a0 = row + column[x]!;
  const left = end - x;
  if (left >= 4) {
    let a1 = row + column[x + 1]!;
    let a2 = row + column[x + 2]!;
    let a3 = row + column[x + 3]!;
    for (let b = 0; b < rows; b++, a0 += m, a1 += m, a2 += m, a3 += m)
      sums[b] =
        sums[b]! +
        digits[t0 | (codes[a0]! & 255)]! +
        digits[t1 | (codes[a1]! & 255)]! +
        digits[t2 | (codes[a2]! & 255)]! +
        digits[t3 | (codes[a3]! & 255)]!;
  } else if (left === 3) {
    let a1 = row + column[x + 1]!;
    let a2 = row + column[x + 2]!;
    for (let b = 0; b < rows; b++, a0 += m, a1 += m, a2 += m)
      sums[b] =
        sums[b]! +
        digits[t0 | (codes[a0]! & 255)]! +
        digits[t1 | (codes[a1]! & 255)]! +
        digits[t2 | (codes[a2]! & 255)]!;
  } else if (left === 2) {
    let a1 = row + column[x + 1]!;
    for (let b = 0; b < rows; b++, a0 += m, a1 += m)
      sums[b] = sums[b]! + digits[t0 | (codes[a0]! & 255)]! + digits[t1 | (codes[a1]! & 255)]!;
  } else {
    for (let b = 0; b < rows; b++, a0 += m) sums[b] = sums[b]! + digits[t0 | (codes[a0]! & 255)]!;
  }
}

/**
 * scoreRows for Int8Array codes (the compact encoding of large cohorts), with the tables of
 * {@link Int8Plan}. Competence-major in blocks of respondents: for a tabulated competence, passes
 * over the block add up its items' digits, and one pass copies each respondent's results from the
 * tables, so every inner loop is long and simple (short loops over a competence's few items, per
 * respondent, measured 1.4 times as slow).
 */
function scoreRowsInt8(
  n: number,
  m: number,
  codes: Int8Array,
  roles: CodeArray | undefined,
  roleTargets: Int8Array,
  plan: BatchPlan,
  int8: Int8Plan,
  out: OutBuffers,
): number {
  const { competenceStart, column, weight, minCount, thresholdStart, mins, levelOf } = plan;
  const { padded, digits, comboStart, comboScore, comboLevel, comboAnswered } = int8;
  const k = plan.competences.length;
  const { scores, levels, gaps, answered } = out;
  const sums = new Int32Array(BLOCK);
  let invalidCells = 0;
  for (let first = 0; first < n; first += BLOCK) {
    const rows = Math.min(BLOCK, n - first);
    for (let i = 0; i < k; i++) {
      const combo = comboStart[i]!;
      const start = competenceStart[i]!;
      const end = competenceStart[i + 1]!;
      if (combo < 0) {
        // Too many combinations to tabulate: item by item, as scoreRows.
        const min = minCount[i]!;
        for (let r = first, cell = first * k + i; r < first + rows; r++, cell += k) {
          const row = r * m;
          let weights = 0;
          let weighted = 0;
          let count = 0;
          for (let x = start; x < end; x++) {
            const value = padded[(x << 8) | (codes[row + column[x]!]! & 255)]!;
            if (value >= 0) {
              const w = weight[x]!;
              weights += w;
              weighted += w * value;
              count++;
            } else if (value !== SKIPPED) invalidCells++;
          }
          answered[cell] = count;
          if (count < min) {
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
          const role = roles ? roles[r]! : -1;
          const target = role >= 0 ? roleTargets[role * k + i]! : NONE;
          gaps[cell] = level === NONE || target === NONE ? NONE : target - level;
        }
        continue;
      }
      sums.fill(0);
      for (let x = start; x < end; x += 4)
        addDigits(sums, rows, codes, m, first * m, column, digits, x, end);
      let cell = first * k + i;
      for (let b = 0; b < rows; b++, cell += k) {
        const role = roles ? roles[first + b]! : -1;
        const sum = sums[b]!;
        if (sum < 0) {
          // A code that does not fit: score the cell item by item, which counts it.
          invalidCells += scoreCellInt8(
            first + b,
            i,
            m,
            codes,
            role,
            roleTargets,
            plan,
            padded,
            out,
          );
          continue;
        }
        const e = combo + sum;
        const level = comboLevel[e]!;
        scores[cell] = comboScore[e]!;
        levels[cell] = level;
        answered[cell] = comboAnswered[e]!;
        const target = role >= 0 ? roleTargets[role * k + i]! : NONE;
        gaps[cell] = level === NONE || target === NONE ? NONE : target - level;
      }
    }
  }
  return invalidCells;
}

/** The largest code any answer to the item can have (Lehmer codes count permutations). */
function largestCode(key: ItemKey): number {
  const n = optionIds(key).length;
  switch (key.item.type) {
    case 'likert':
      return key.rawMax;
    case 'multiple-choice':
      return 2 ** n - 1;
    case 'ranking': {
      let f = 1;
      for (let i = 2; i <= n; i++) f *= i;
      return f - 1;
    }
    default:
      return n - 1;
  }
}

/**
 * The narrowest code array that holds every answer to these items: Int8Array when every code
 * fits in a byte (the shipped instruments: ratings, option indices, multiple choice of up to 7
 * options, rankings of up to 5), else Int16Array, else Int32Array. Int8 codes take the fast,
 * tabulated path of {@link scoreBatch}.
 */
export function codeArrayFor(instrument: Instrument, length: number): CodeArray {
  const largest = Math.max(-1, ...[...itemKeys(instrument).values()].map(largestCode));
  return largest <= 127
    ? new Int8Array(length)
    : largest <= 32_767
      ? new Int16Array(length)
      : new Int32Array(length);
}

/**
 * Encodes responses as an {@link AnswerMatrix}: the bridge from `Response` objects to the
 * columnar path (answers that do not fit their item are encoded as -1). The codes come in the
 * narrowest array that holds them ({@link codeArrayFor}), so that the shipped instruments get
 * Int8Array codes and the fast path of {@link scoreBatch}.
 */
export function encodeResponses(
  instrument: Instrument,
  responses: readonly Response[],
): AnswerMatrix {
  const keys = [...itemKeys(instrument).values()];
  checkEncodable(keys);
  const codes = codeArrayFor(instrument, responses.length * keys.length).fill(-1);
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

/** Bytes of results per cell: a Float64 score, Int8 level and gap, Uint16 answered count. */
const BYTES_PER_CELL = 12;

/**
 * The most result cells (respondents × competences) one call of {@link scoreBatch} without
 * `into` allocates: 2^24 cells, about 200 MB of results, so that a process with the codes and
 * the results stays under 512 MB. Larger cohorts are scored in chunks.
 */
export const MAX_CELLS_PER_CALL = 2 ** 24;

/** Result buffers to score into, each of at least `respondents × competences` cells. */
export type BatchBuffers = Pick<BatchScores, 'scores' | 'levels' | 'gaps' | 'answered'>;

/**
 * Scores a whole cohort from an answer matrix, with the same arithmetic as `scoreResponse` (the
 * results are identical, bit for bit, to scoring each response on its own), but without an
 * object per answer: the item scores come from lookup tables built once per instrument and
 * framework object. For regional and EU-wide aggregation of large cohorts.
 *
 * With Int8Array codes (the compact encoding; one byte per answer), a competence whose items
 * allow few combinations of answers (four 5-point Likert items make 6^4 = 1,296, skips included;
 * up to 65,536 per instrument) is scored from a table of every combination, computed in advance
 * with the same arithmetic: about 2.5 times as fast as item by item. Int16Array and Int32Array
 * codes, and instruments with multiple choice of more than 16 options or rankings of more than 8,
 * are scored item by item.
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
export function scoreBatch(
  instrument: Instrument,
  framework: Framework,
  matrix: AnswerMatrix,
  into?: BatchBuffers,
): BatchScores {
  const plan = planFor(instrument, framework);
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

  const competences = plan.competences;
  const k = competences.length;
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
  if (!into && cells > MAX_CELLS_PER_CALL) {
    throw new RangeError(
      `${n} respondents × ${k} competences = ${cells} result cells (${Math.round((cells * BYTES_PER_CELL) / 1e6)} MB) are more than one call allocates (${MAX_CELLS_PER_CALL} cells, ${Math.round((MAX_CELLS_PER_CALL * BYTES_PER_CELL) / 1e6)} MB). Score in chunks: scoreBatchChunks, or scoreBatch with "into" buffers over codes.subarray(...).`,
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
  const codes = matrix.codes;
  const invalidCells =
    codes instanceof Int8Array && plan.int8
      ? scoreRowsInt8(n, m, codes, matrix.roles, roleTargets, plan, plan.int8, out)
      : scoreRows(n, m, codes, matrix.roles, roleTargets, plan, out);
  return { competences, respondents: n, ...out, invalidCells };
}
