import type { Result } from '@competence-kit/schemas';
import type { GroupDimension } from '@competence-kit/scoring';
import type { CheckedPlan } from './plan.js';

/** A value of a dimension in a cell's key; `null` when the result does not state it. */
export type CellKey = Partial<Record<GroupDimension, string | null>>;

/** One cell of one table, before protection: its key and the results of the people in it. */
export interface DraftCell {
  /** The index of the table in the plan. */
  table: number;
  key: CellKey;
  /** One result per person in the cell. */
  members: Result[];
  /** The indices of the finest cells (the cross-classification by every dimension) it sums. */
  parts: number[];
}

/** The population as the plan sees it, and every table's cells. */
export interface Cells {
  /** One result per respondent (per respondent and phase when the plan is by phase). */
  population: Result[];
  /** The finest cells: how many people share each combination of every dimension's value. */
  finest: number[];
  /** Each finest cell's key, as {@link ledgerKey} over every dimension of the plan. */
  finestKeys: string[];
  /** For each result of the population, the index of its finest cell. */
  partOf: number[];
  /** Every table's cells, table by table, each table's cells in key order. */
  cells: DraftCell[];
}

const valueOf = (result: Result, dimension: GroupDimension): string | null =>
  result[dimension] ?? null;

/** A key as text: for maps and for sorting (a dimension that is not stated sorts last). */
export const keyText = (key: CellKey, dimensions: readonly GroupDimension[]): string =>
  dimensions.map((d) => `${d}=${key[d] ?? '\uffff'}`).join('\u0000');

/**
 * A key as a ledger stores it: the JSON list of its values in the order of `dimensions`. Read
 * back with `JSON.parse`, whatever the values hold.
 */
export const ledgerKey = (key: CellKey, dimensions: readonly GroupDimension[]): string =>
  JSON.stringify(dimensions.map((d) => key[d] ?? null));

/**
 * The population of a release: one result per person, the latest submitted (per phase when the
 * plan is by phase), so that every figure counts people, not results. Results without a
 * respondent cannot be counted as people and are left out, as are results that do not state
 * their phase in a plan by phase.
 */
export function selectPopulation(results: readonly Result[], plan: CheckedPlan): Result[] {
  const latest = new Map<string, Result>();
  for (const result of results) {
    if (typeof result.respondent !== 'string' || result.respondent === '') continue;
    if (plan.byPhase && !result.phase) continue;
    const who = plan.byPhase ? `${result.respondent}\u0000${result.phase}` : result.respondent;
    const before = latest.get(who);
    if (!before || (result.submittedAt ?? '') >= (before.submittedAt ?? ''))
      latest.set(who, result);
  }
  return [...latest.values()];
}

/**
 * The cells of every table of the plan, and the finest cells they are sums of. With `values` (a
 * release with noise), the finest cells are every combination of the declared values, whether
 * anyone has it or not, and a result with a value not declared is refused.
 */
export function buildCells(
  results: readonly Result[],
  plan: CheckedPlan,
  values?: Partial<Record<GroupDimension, readonly (string | null)[]>>,
): Cells {
  const population = selectPopulation(results, plan);
  const { dimensions } = plan;
  const finestIndex = new Map<string, number>();
  const finestKeys: CellKey[] = [];
  const finestTexts: string[] = [];
  const finest: number[] = [];
  const add = (key: CellKey, text: string) => {
    const at = finest.length;
    finestIndex.set(text, at);
    finestKeys.push(key);
    finestTexts.push(ledgerKey(key, dimensions));
    finest.push(0);
    return at;
  };
  if (values) {
    let keys: CellKey[] = [{}];
    for (const d of dimensions)
      keys = keys.flatMap((key) => values[d]!.map((v) => ({ ...key, [d]: v })));
    for (const key of keys) add(key, keyText(key, dimensions));
  }
  const partOf = population.map((result, i) => {
    const key: CellKey = {};
    for (const d of dimensions) key[d] = valueOf(result, d);
    const text = keyText(key, dimensions);
    let at = finestIndex.get(text);
    if (at === undefined) {
      if (values) {
        const d = dimensions.find((d) => !values[d]!.includes(key[d] ?? null))!;
        throw new TypeError(
          `buildRelease: results.${i} has ${d} ${JSON.stringify(key[d] ?? null)}, which plan.noise.values.${d} does not list: declare every value a cell may have.`,
        );
      }
      at = add(key, text);
    }
    finest[at]!++;
    return at;
  });

  const cells: DraftCell[] = [];
  plan.breakdowns.forEach((by, table) => {
    const byKey = new Map<string, DraftCell>();
    const cellOfPart = finestKeys.map((fullKey) => {
      const key: CellKey = {};
      for (const d of by) key[d] = fullKey[d] ?? null;
      const text = keyText(key, by);
      let cell = byKey.get(text);
      if (!cell) byKey.set(text, (cell = { table, key, members: [], parts: [] }));
      return cell;
    });
    cellOfPart.forEach((cell, part) => cell.parts.push(part));
    population.forEach((result, i) => cellOfPart[partOf[i]!]!.members.push(result));
    const ordered = [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [, cell] of ordered) cells.push(cell);
  });
  return { population, finest, finestKeys: finestTexts, partOf, cells };
}
