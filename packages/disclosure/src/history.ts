import type { GroupDimension } from '@competence-kit/scoring';
import { differenceNarrows } from './audit.js';
import { ledgerKey } from './cells.js';
import { protect, type LinkedCell, type Protection } from './protect.js';

/** A system of linked tables as the history check sees it. */
export interface HistorySystem {
  /** Each table's dimensions. */
  by: readonly (readonly GroupDimension[])[];
  /** The dimensions of the finest cells. */
  dims: readonly GroupDimension[];
  /** The finest cells of the new release (keys as {@link ledgerKey}). */
  finestKeys: readonly string[];
}

/** What one earlier release let anyone know: per table, the keys of the cells. */
export interface Known {
  determined: readonly (readonly string[])[];
  /** Per finest cell of this system that changed since then, how many contributions changed. */
  changes: ReadonlyMap<string, number>;
  /** Every finest cell the earlier release had (keys as {@link ledgerKey}). */
  finest: readonly string[];
}

/**
 * Protects the cells of a new release against the earlier releases as well as within itself.
 *
 * 1. A cell that an earlier release let anyone know and whose contributions changed since by
 *    1..k−1 (people who joined, left or answered again) is primary: hidden, and protected like a
 *    small cell.
 * 2. The result is then proved: for each finest cell that changed by fewer than k, no
 *    combination of the figures known from the earlier release may equal a combination of those
 *    known from the new one that weighs that cell and holds fewer than k changed contributions in
 *    all (a mixed-integer program, decided exactly). Where one does, every new cell that holds
 *    that finest cell becomes primary, and the protection runs again; once no known figure of the
 *    new release holds the cell, no difference reaches it.
 *
 * Returns the protection and which cells were made primary by the history.
 */
export async function protectOverTime(
  cells: readonly LinkedCell[],
  system: HistorySystem,
  primary: readonly boolean[],
  history: readonly Known[],
  k: number,
  random: () => number,
): Promise<{ protection: Protection; primary: boolean[] }> {
  const { by, dims, finestKeys } = system;
  // The finest cells of every release in one space: this release's, then earlier ones' (an
  // earlier release may hold cells that everyone has left since).
  const space = new Map<string, number>(finestKeys.map((key, i) => [key, i]));
  for (const { finest, changes } of history)
    for (const key of [...finest, ...changes.keys()])
      if (!space.has(key)) space.set(key, space.size);
  const parsed = [...space].map(([key, index]) => [JSON.parse(key) as unknown[], index] as const);
  const earlierRows = history.map(({ determined }) =>
    determined.flatMap((keys, table) => {
      const at = by[table]!.map((d) => dims.indexOf(d));
      return keys.map((key) => {
        const cell = JSON.parse(key) as unknown[];
        return parsed.flatMap(([values, index]) =>
          at.every((position, i) => values[position] === cell[i]) ? [index] : [],
        );
      });
    }),
  );

  const keyOf = (c: LinkedCell) => ledgerKey(c.key, by[c.table]!);
  const changed = history.map(
    ({ changes }) => new Map([...changes].map(([key, n]) => [space.get(key)!, n] as const)),
  );
  const marked = primary.slice();
  history.forEach(({ determined }, j) => {
    const known = determined.map((keys) => new Set(keys));
    cells.forEach((c, i) => {
      if (!known[c.table]!.has(keyOf(c))) return;
      const count = c.parts.reduce((sum, p) => sum + (changed[j]!.get(p) ?? 0), 0);
      if (count > 0 && count < k) marked[i] = true;
    });
  });

  for (;;) {
    const protection = await protect(cells, by, marked, k, random);
    const laterRows = cells.flatMap((c, i) => (protection.determined[i] ? [c.parts] : []));
    const reached = new Set<number>();
    for (let j = 0; j < history.length; j++)
      for (const [f, n] of changed[j]!)
        if (
          n < k &&
          !reached.has(f) &&
          (await differenceNarrows(earlierRows[j]!, laterRows, changed[j]!, f, k))
        )
          reached.add(f);
    if (reached.size === 0) return { protection, primary: marked };
    let more = false;
    cells.forEach((c, i) => {
      if (!marked[i] && c.parts.some((p) => reached.has(p))) marked[i] = more = true;
    });
    // Every cell that holds a reached finest cell is primary already and still known: the
    // protection could not hide it. Nothing safe is left to publish.
    if (!more)
      return {
        protection: {
          ...protection,
          hidden: cells.map(() => true),
          determined: cells.map(() => false),
        },
        primary: marked,
      };
  }
}
