import type { Result } from '@competence-kit/schemas';
import { compareWaves, type GroupDimension } from '@competence-kit/scoring';
import { keyText, ledgerKey, type CellKey, type DraftCell } from './cells.js';
import type { CheckedPlan } from './plan.js';
import type { LinkedCell } from './protect.js';

/** A person who answered in both waves of the comparison, in the same cell of every table. */
export interface Pair {
  from: Result;
  to: Result;
  /** Index of the pair's finest cell (every dimension of the plan but phase). */
  part: number;
}

/** One wave comparison before protection: which phase cells it compares, and its people. */
export interface DraftChange extends LinkedCell {
  /** Index of the table (by phase) in the release. */
  table: number;
  fromCell: number;
  toCell: number;
  pairs: Pair[];
  /** Members of the earlier (later) cell who are not in a pair of this comparison. */
  fromOnly: Result[];
  toOnly: Result[];
}

/** The comparison system: the pairs' finest cells and every comparison cell. */
export interface ChangeCells {
  /** Each finest cell's key, as {@link ledgerKey} over the plan's dimensions without phase. */
  finestKeys: string[];
  pairs: Pair[];
  changes: DraftChange[];
  /** The tables of the comparison system: each release table's dimensions without phase. */
  by: GroupDimension[][];
  /** The dimensions of its finest cells: the plan's without phase. */
  dims: GroupDimension[];
}

/**
 * Pairs the people of the two waves and builds, for every table of the plan, one comparison per
 * key without phase whose earlier and later cells both exist. A person whose other dimensions
 * differ between the waves (who moved unit, say) is in no pair: in each wave's cell, they are
 * among those who answered only then.
 */
export function buildChanges(
  cells: readonly DraftCell[],
  population: readonly Result[],
  plan: CheckedPlan,
): ChangeCells {
  const { from, to } = plan.compare!;
  const dims = plan.dimensions.filter((d) => d !== 'phase');
  const key = (r: Result): CellKey => Object.fromEntries(dims.map((d) => [d, r[d] ?? null]));
  const earlier = new Map<string, Result>();
  for (const r of population) if (r.phase === from) earlier.set(r.respondent!, r);
  const finestIndex = new Map<string, number>();
  const finestKeys: string[] = [];
  const pairs: Pair[] = [];
  for (const r of population) {
    if (r.phase !== to) continue;
    const before = earlier.get(r.respondent!);
    if (!before) continue;
    const text = keyText(key(r), dims);
    if (text !== keyText(key(before), dims)) continue;
    let part = finestIndex.get(text);
    if (part === undefined) {
      finestIndex.set(text, (part = finestKeys.length));
      finestKeys.push(ledgerKey(key(r), dims));
    }
    pairs.push({ from: before, to: r, part });
  }

  const by = plan.breakdowns.map((b) => b.filter((d) => d !== 'phase'));
  const changes: DraftChange[] = [];
  const tables = [...new Set(cells.map((c) => c.table))];
  for (const table of tables) {
    const own = cells.map((c, i) => [c, i] as const).filter(([c]) => c.table === table);
    const at = (phase: string) =>
      new Map(
        own
          .filter(([c]) => c.key.phase === phase)
          .map(([c, i]) => [keyText(c.key, by[table]!), i] as const),
      );
    const fromCells = at(from);
    const toCells = at(to);
    for (const [text, fromCell] of fromCells) {
      const toCell = toCells.get(text);
      if (toCell === undefined) continue;
      const fromMembers = cells[fromCell]!.members;
      const fromSet = new Set(fromMembers);
      const toMembers = new Set(cells[toCell]!.members);
      const cellPairs = pairs.filter((p) => fromSet.has(p.from) && toMembers.has(p.to));
      const inPairs = new Set(cellPairs.flatMap((p) => [p.from, p.to]));
      const { phase: _phase, ...rest } = cells[fromCell]!.key;
      changes.push({
        table,
        key: rest,
        fromCell,
        toCell,
        pairs: cellPairs,
        parts: [...new Set(cellPairs.map((p) => p.part))],
        n: cellPairs.length,
        fromOnly: fromMembers.filter((r) => !inPairs.has(r)),
        toOnly: [...toMembers].filter((r) => !inPairs.has(r)),
      });
    }
  }
  return { finestKeys, pairs, changes, by, dims };
}

/** Whether a count describes fewer than `k` people without describing nobody. */
const small = (n: number, k: number) => n > 0 && n < k;

/**
 * Why a comparison must be hidden before any other is considered: fewer than `k` people in both
 * waves, a wave's cell hidden, or fewer than `k` (but some) who answered in one wave only (the
 * wave's mean and the pairs' mean would give those few away by subtraction).
 */
export function changeIsSmall(change: DraftChange, hiddenCell: readonly boolean[], k: number) {
  return (
    change.n < k ||
    hiddenCell[change.fromCell]! ||
    hiddenCell[change.toCell]! ||
    small(change.fromOnly.length, k) ||
    small(change.toOnly.length, k)
  );
}

/**
 * What a shown comparison says about one competence: the pairs with a valid score in both waves,
 * their means and the mean change from `k` of them, and the spread, interval and effect size
 * from four times `k` (the rule of a cell's spread). Nothing when fewer than `k` (but some) have
 * a valid score in one wave only: the wave's mean would give them away.
 */
export function describeChange(
  change: DraftChange,
  competence: string,
  k: number,
  confidence: number,
) {
  const valid = (r: Result) =>
    r.competences.some((c) => c.competence === competence && c.score !== null);
  const both = change.pairs.filter((p) => valid(p.from) && valid(p.to));
  const bothSet = new Set(both.flatMap((p) => [p.from, p.to]));
  const fromOnly = [...change.pairs.map((p) => p.from), ...change.fromOnly].filter(
    (r) => valid(r) && !bothSet.has(r),
  ).length;
  const toOnly = [...change.pairs.map((p) => p.to), ...change.toOnly].filter(
    (r) => valid(r) && !bothSet.has(r),
  ).length;
  const none = {
    competence,
    n: null,
    meanFrom: null,
    meanTo: null,
    meanChange: null,
  };
  if (both.length < k || small(fromOnly, k) || small(toOnly, k)) return none;
  const only = (r: Result): Result => ({
    ...r,
    competences: r.competences.filter((c) => c.competence === competence),
  });
  const [stats] = compareWaves(
    both.map((p) => only(p.from)),
    both.map((p) => only(p.to)),
    { minGroupSize: k, confidence },
  ).competences.map((c) => c.paired.stats);
  if (!stats) return none;
  return {
    competence,
    n: stats.n,
    meanFrom: stats.meanBaseline,
    meanTo: stats.meanPost,
    meanChange: stats.meanChange,
    ...(stats.n >= 4 * k && stats.sdChange !== null && stats.confidenceInterval
      ? {
          sdChange: stats.sdChange,
          confidenceInterval: stats.confidenceInterval,
          cohensDz: stats.cohensDz,
        }
      : {}),
  };
}
