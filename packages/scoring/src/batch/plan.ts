import type { Framework, Instrument, LevelThreshold } from '@competence-kit/schemas';
import type { ItemKey } from '../items.js';
import { scalePosition } from '../levels.js';
import { compileInstrument, EPSILON } from '../score.js';
import { checkEncodable, largestCode, normalisedOf } from './encode.js';
import { tabulate, type Tables } from './tabulate.js';

/** Items with more codes than this (multiple choice of over 16 options, rankings of over 8) have no table: each code is decoded. */
const MAX_TABLE = 2 ** 16;

/**
 * Everything the kernels read, in flat typed arrays, built once per instrument and framework.
 * Columns are in competence order: entries competenceStart[i] .. competenceStart[i + 1] are the
 * columns of competence i, in instrument order, each with its matrix column, table size (-1: no
 * table), table offset in `flat` and weight.
 */
export interface BatchPlan {
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
  /** Per competence, the thresholds scoreResponse applies. */
  thresholds: (readonly LevelThreshold[])[];
  /** Level ids to their index on the scale (the instrument's own, or the framework's). */
  levelIndexOf: ReadonlyMap<string, number>;
  /** The method is `anchored`: the kernel of anchored levels scores every cell, no tables. */
  anchored: boolean;
  /** The levels are the instrument's own: role targets do not apply. */
  own: boolean;
  /** Levels on the scale. */
  levelCount: number;
  /** Per column: the scale position of the level its item is anchored to, or -1. */
  anchors: Int32Array;
  /** Per competence and level (`i * levelCount + l`): the competence's items anchored there. */
  levelTotals: Int32Array;
  minShare: number;
  endorsement: number;
  tables: Tables;
}

/** The least count with count > 0 and count / items ≥ minShare (as scoreResponse decides it). */
function leastValidCount(items: number, minShare: number): number {
  for (let count = 1; count <= items; count++)
    if (count / items + EPSILON >= minShare) return count;
  return items + 1;
}

/** One lookup table of normalised scores per column (NaN for codes that do not fit), concatenated. */
function columnTables(keys: readonly ItemKey[], column: Int32Array) {
  const size = Int32Array.from(column, (j) => {
    const codes = largestCode(keys[j]!) + 1;
    return codes <= MAX_TABLE ? codes : -1;
  });
  const offset = new Int32Array(column.length);
  let total = 0;
  size.forEach((s, x) => {
    offset[x] = total;
    total += Math.max(0, s);
  });
  const flat = new Float64Array(total);
  size.forEach((s, x) => {
    for (let code = 0; code < s; code++)
      flat[offset[x]! + code] = normalisedOf(keys[column[x]!]!, code);
  });
  return { size, offset, flat };
}

const plans = new WeakMap<Instrument, WeakMap<Framework, BatchPlan>>();

/** Builds (once per instrument and framework object) the tables of scoreBatch. */
export function planFor(instrument: Instrument, framework: Framework): BatchPlan {
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
  // Columns in competence order, each competence's in instrument order (scoreResponse's order).
  const competenceStart = new Int32Array(k + 1);
  const column = new Int32Array(m);
  let next = 0;
  for (let i = 0; i < k; i++) {
    competenceStart[i] = next;
    for (let j = 0; j < m; j++)
      if (competenceIndex.get(keys[j]!.competence!) === i) column[next++] = j;
  }
  competenceStart[k] = next;
  const { size, offset, flat } = columnTables(keys, column);
  const minShare = instrument.scoring.minAnsweredShare;
  const minCount = Int32Array.from(competences, (id) =>
    leastValidCount(c.byCompetence.get(id)!.length, minShare),
  );
  const thresholds = competences.map((id) => c.thresholds(id));
  const plan: BatchPlan = {
    keys,
    competences,
    competenceStart,
    column,
    size,
    offset,
    weight: Float64Array.from(column, (j) => keys[j]!.weight),
    flat,
    minCount,
    thresholds,
    levelIndexOf: new Map(
      thresholds.flat().map((t) => [t.level, scalePosition(instrument, framework, t.level)]),
    ),
    anchored: c.anchored,
    own: c.own,
    levelCount: c.scale.length,
    // `keys` is `c.keyList`'s order: a column's key j has its anchor at c.anchors[j].
    anchors: Int32Array.from(column, (j) => c.anchors[j]!),
    levelTotals: Int32Array.from(c.levelTotals.flat()),
    minShare,
    endorsement: c.endorsement,
    tables: undefined as unknown as Tables,
  };
  plan.tables = tabulate(plan);
  perFramework.set(framework, plan);
  return plan;
}
