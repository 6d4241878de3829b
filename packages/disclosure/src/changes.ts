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

/** Whether a result has a valid score for a competence (any entry of it, as listed). */
type Validity = (r: Result, competence: string) => boolean;

/** Per result, the competences it has a valid score for: read once, asked per competence. */
export function validityIndex(): Validity {
  const cache = new WeakMap<Result, Set<string>>();
  return (r, competence) => {
    let valid = cache.get(r);
    if (!valid) {
      valid = new Set();
      for (const c of r.competences) if (c.score !== null) valid.add(c.competence);
      cache.set(r, valid);
    }
    return valid.has(competence);
  };
}

/**
 * What a shown comparison says about each competence: the pairs with a valid score in both
 * waves, their means and the mean change from `k` of them, and the spread, interval and effect
 * size from four times `k` (the rule of a cell's spread). Nothing for a competence when fewer
 * than `k` (but some) have a valid score in one wave only: the wave's mean would give them away.
 *
 * One comparison of the pairs gives every competence's paired statistics: per competence,
 * `compareWaves` pairs exactly the respondents with a valid score in both waves, in the pairs'
 * order, so the figures are those of comparing each competence's own pairs alone.
 */
export function describeChanges(
  change: DraftChange,
  competences: readonly string[],
  k: number,
  confidence: number,
  valid: Validity = validityIndex(),
) {
  const stats = new Map(
    compareWaves(
      change.pairs.map((p) => p.from),
      change.pairs.map((p) => p.to),
      { minGroupSize: k, confidence },
    ).competences.map((c) => [c.competence, c.paired.stats] as const),
  );
  return competences.map((competence) => {
    let both = 0;
    let fromOnly = 0;
    let toOnly = 0;
    for (const p of change.pairs) {
      const from = valid(p.from, competence);
      const to = valid(p.to, competence);
      if (from && to) both++;
      else if (from) fromOnly++;
      else if (to) toOnly++;
    }
    for (const r of change.fromOnly) if (valid(r, competence)) fromOnly++;
    for (const r of change.toOnly) if (valid(r, competence)) toOnly++;
    const none = {
      competence,
      n: null,
      meanFrom: null,
      meanTo: null,
      meanChange: null,
    };
    if (both < k || small(fromOnly, k) || small(toOnly, k)) return none;
    const s = stats.get(competence);
    if (!s) return none;
    return {
      competence,
      n: s.n,
      meanFrom: s.meanBaseline,
      meanTo: s.meanPost,
      meanChange: s.meanChange,
      ...(s.n >= 4 * k && s.sdChange !== null && s.confidenceInterval
        ? {
            sdChange: s.sdChange,
            confidenceInterval: s.confidenceInterval,
            cohensDz: s.cohensDz,
          }
        : {}),
    };
  });
}
