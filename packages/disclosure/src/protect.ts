import type { GroupDimension } from '@competence-kit/scoring';
import { CellAudit, type Interval } from './audit.js';
import type { CellKey } from './cells.js';

/** A cell of a system of linked tables: which table, its key, its finest cells and its count. */
export interface LinkedCell {
  table: number;
  key: CellKey;
  /** The indices of the finest cells it sums. */
  parts: number[];
  n: number;
}

/** What {@link protect} decided, per cell in the order given. */
export interface Protection {
  hidden: boolean[];
  /** Whether the cell's count is known from what is shown (shown, or given away by the rest). */
  determined: boolean[];
  /** For each hidden cell, the interval the shown counts leave open. */
  intervals: (Interval | null)[];
}

/** The Web Crypto API, in Node (20 and later) and in browsers alike. */
const webCrypto = (
  globalThis as unknown as {
    crypto: { getRandomValues: (array: Uint32Array) => Uint32Array };
  }
).crypto;

/** Web Crypto's randomness as numbers in [0, 1). */
export function cryptoRandom(): () => number {
  const buffer = new Uint32Array(1);
  return () => webCrypto.getRandomValues(buffer)[0]! / 2 ** 32;
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/**
 * Cells that can protect `cell`, best first: in its own table those that differ in one dimension
 * (its row and column partners); then cells of finer tables that share a finest cell with it;
 * then of coarser ones (the margins it adds up to); the overall total last, since a release
 * without its total says little. As tiers, in cell order: the caller shuffles each.
 */
function partnerTiers(
  cell: LinkedCell,
  cells: readonly LinkedCell[],
  by: readonly (readonly GroupDimension[])[],
): number[][] {
  const parts = new Set(cell.parts);
  const tiers: number[][] = [[], [], [], []];
  const depth = by[cell.table]!.length;
  cells.forEach((other, i) => {
    if (other === cell) return;
    if (other.table === cell.table) {
      const dims = by[cell.table]!;
      const differ = dims.filter((d) => (other.key[d] ?? null) !== (cell.key[d] ?? null)).length;
      if (differ === 1) tiers[0]!.push(i);
    } else if (other.parts.some((p) => parts.has(p))) {
      const otherDepth = by[other.table]!.length;
      tiers[otherDepth === 0 ? 3 : otherDepth > depth ? 1 : 2]!.push(i);
    }
  });
  return tiers;
}

/**
 * One suppression pattern for a system of linked tables (every table a margin of the same
 * cross-classification). Each `primary` cell is hidden, and more cells (secondary suppression)
 * are hidden, taken in a random order among those that can protect a hidden one, until a linear
 * program proves, for every primary cell, that the shown counts leave its count open over at
 * least `k` values. Then, in random order, every secondary cell the protection turns out not to
 * need is shown again.
 */
export async function protect(
  cells: readonly LinkedCell[],
  by: readonly (readonly GroupDimension[])[],
  primary: readonly boolean[],
  k: number,
  random: () => number,
): Promise<Protection> {
  const hidden = primary.slice();
  const audit = await CellAudit.create(cells, hidden);
  try {
    return protectWith(audit, cells, by, primary, hidden, k, random);
  } finally {
    audit.dispose();
  }
}

/** {@link protect}'s rounds, on an audit built with the primary cells hidden. */
function protectWith(
  audit: CellAudit,
  cells: readonly LinkedCell[],
  by: readonly (readonly GroupDimension[])[],
  primary: readonly boolean[],
  hidden: boolean[],
  k: number,
  random: () => number,
): Protection {
  const hide = (i: number, value: boolean) => {
    hidden[i] = value;
    audit.set(i, value);
  };
  const width = (i: number) => {
    const { low, high } = audit.bounds(i);
    return high - low;
  };

  // Each cell's partners, found once: the rounds below ask for them again and again.
  const tiers: number[][][] = [];
  for (let h = 0; h < cells.length; h++) {
    if (!primary[h]) continue;
    let current = width(h);
    // Each round hides one more cell: the first candidate that protects the cell, else the one
    // that widens its interval most, else the best-placed candidate (two cells may be needed
    // together, a rectangle of a two-way table, where neither widens anything alone).
    while (current < k) {
      const candidates = [
        ...new Set(
          cells.flatMap((c, i) =>
            i === h || (hidden[i] && !primary[i])
              ? (tiers[i] ??= partnerTiers(c, cells, by)).flatMap((tier) =>
                  shuffle([...tier], random),
                )
              : [],
          ),
        ),
      ].filter((i) => !hidden[i]);
      if (candidates.length === 0) break; // everything that touches it is hidden already
      let best = -1;
      let bestWidth = current;
      let firstWidth = current;
      for (const candidate of candidates) {
        hide(candidate, true);
        const tried = width(h);
        hide(candidate, false);
        if (candidate === candidates[0]) firstWidth = tried;
        if (tried > bestWidth) {
          best = candidate;
          bestWidth = tried;
          if (tried >= k) break;
        }
      }
      hide(best >= 0 ? best : candidates[0]!, true);
      // The width with the chosen cell hidden was found while trying it: no need to solve again.
      current = best >= 0 ? bestWidth : firstWidth;
    }
  }

  // Show again, in random order, every secondary cell that the protection turns out not to need
  // (a candidate hidden early, before the pair that really protects, may be redundant).
  const protectedCells = cells.flatMap((_, i) => (primary[i] && width(i) >= k ? [i] : []));
  const secondaries = shuffle(
    cells.flatMap((_, i) => (hidden[i] && !primary[i] ? [i] : [])),
    random,
  );
  for (const cell of secondaries) {
    hide(cell, false);
    if (!protectedCells.every((i) => width(i) >= k)) hide(cell, true);
  }

  const intervals = cells.map((_, i) => (hidden[i] ? audit.bounds(i) : null));
  return {
    hidden,
    intervals,
    determined: intervals.map((interval) => interval === null || interval.high === interval.low),
  };
}
