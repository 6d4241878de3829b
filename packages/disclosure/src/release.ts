import type { Result } from '@competence-kit/schemas';
import type { GroupDimension } from '@competence-kit/scoring';
import { Auditor, type Interval } from './audit.js';
import { buildCells, type CellKey, type DraftCell } from './cells.js';
import { checkPlan, type ReleaseOptions, type ReleasePlan } from './plan.js';
import { competencesOf, describeCompetence, type PublishedCompetence } from './statistics.js';

/** What a hidden cell says, the same for every hidden cell: nothing about why or how small. */
export const HIDDEN_NOTICE = 'Hidden to protect a small group.';

/** One cell of a published table. */
export interface ReleaseCell {
  key: CellKey;
  /** People in the cell, or `null` when it is hidden. */
  n: number | null;
  hidden: boolean;
  /** Per competence, what may be shown (empty when the cell is hidden). */
  competences: PublishedCompetence[];
  /**
   * In a release with noise ({@link Release.noise}): how far the noisy `n` may be from the true
   * count, as the half-width of a 90 % interval. Absent in a release without noise.
   */
  nMargin?: number;
}

/** One competence's change between two waves in one cell, over the people in both waves. */
export interface ReleaseCompetenceChange {
  competence: string;
  /** People with a valid score in both waves, or `null` when the change is not shown. */
  n: number | null;
  /** Their mean score in the earlier and the later wave, and the mean change (later − earlier). */
  meanFrom: number | null;
  meanTo: number | null;
  meanChange: number | null;
  /**
   * Standard deviation of the change, the confidence interval of the mean change and Cohen's d_z:
   * only from four times the threshold of people (the same size rule as a cell's spread).
   */
  sdChange?: number;
  confidenceInterval?: [number, number];
  cohensDz?: number | null;
}

/**
 * A wave comparison of one cell: the people of the cell who answered in both waves of
 * {@link ReleasePlan.compare}, published under the same protection as the tables.
 */
export interface ReleaseChange {
  /** The index of the table (by phase) in {@link Release.tables}. */
  table: number;
  /** The cell's key without its phase. */
  key: CellKey;
  from: string;
  to: string;
  /** People in both waves, or `null` when the comparison is hidden. */
  n: number | null;
  hidden: boolean;
  /** Per competence (empty when hidden). */
  competences: ReleaseCompetenceChange[];
}

/** How the figures of a release with noise were made: to be shown beside every figure. */
export interface ReleaseNoise {
  /** The privacy loss this release spends (differential privacy's ε). */
  epsilon: number;
  /** What the population's releases have spent together, this one included, and may spend. */
  spent: number;
  budget: number;
  /** The noise: two-sided geometric (discrete Laplace) on whole-number counts and sums. */
  mechanism: 'discrete-laplace';
  /** The confidence of the margins (`nMargin`, `meanMargin`): 0.9. */
  confidence: number;
}

/** One table of a release. */
export interface ReleaseTable {
  by: GroupDimension[];
  cells: ReleaseCell[];
}

/** The figures of a release: everything a city may publish about the population. */
export interface Release {
  population: string;
  minGroupSize: number;
  /** The competences described, in framework order. */
  competences: string[];
  tables: ReleaseTable[];
  /** {@link HIDDEN_NOTICE}, for whoever shows a hidden cell. */
  hiddenNotice: string;
  /** The wave comparisons, when the plan asks for one ({@link ReleasePlan.compare}). */
  changes?: ReleaseChange[];
  /** Present when the figures carry noise instead of exact values: say so on every figure. */
  noise?: ReleaseNoise;
}

/** How the release was protected: for the city's own records and the tests, not for publication. */
export interface ReleaseAudit {
  /** Cells hidden because fewer than the threshold are in them, by table and key. */
  primary: number;
  /** Cells hidden so that the primary ones cannot be recomputed from the others. */
  secondary: number;
  /** For each hidden cell (table index, key), what the published counts leave open about it. */
  intervals: { table: number; key: CellKey; interval: Interval; primary: boolean }[];
}

/** A release and its audit. */
export interface ReleaseOutcome {
  release: Release;
  audit: ReleaseAudit;
}

/** The Web Crypto API, in Node (20 and later) and in browsers alike. */
const webCrypto = (
  globalThis as unknown as {
    crypto: { getRandomValues: (array: Uint32Array) => Uint32Array };
  }
).crypto;

/** Web Crypto's randomness as numbers in [0, 1). */
function cryptoRandom(): () => number {
  const buffer = new Uint32Array(1);
  return () => webCrypto.getRandomValues(buffer)[0]! / 2 ** 32;
}

function shuffle<T>(items: T[], random: () => number): T[] {
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
  cell: DraftCell,
  cells: readonly DraftCell[],
  by: GroupDimension[][],
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
 * Builds a release: every table of the plan from one population (one result per person; per
 * person and phase when the tables are by phase), with one suppression pattern for all of them.
 *
 * 1. A cell with fewer people than the threshold is hidden (primary suppression).
 * 2. More cells are hidden (secondary suppression), taken in a random order among those that can
 *    protect a hidden one, until a linear program proves, for every primarily hidden cell, that
 *    the published counts of all the tables leave its count open over at least the threshold.
 * 3. Published cells show the figures their size allows ({@link describeCompetence}); hidden
 *    cells show nothing but {@link HIDDEN_NOTICE}.
 *
 * @throws TypeError for a plan that is not valid (a programmer's mistake).
 * @example
 * ```ts
 * const { release } = await buildRelease(results, {
 *   population: 'ravenna/staff-self-assessment/2027',
 *   breakdowns: [[], ['roleProfile'], ['unit'], ['roleProfile', 'unit']],
 * }, { framework });
 * ```
 */
export async function buildRelease(
  results: readonly Result[],
  plan: ReleasePlan,
  options: ReleaseOptions,
): Promise<ReleaseOutcome> {
  const checked = checkPlan(plan);
  if (!Array.isArray(results))
    throw new TypeError('buildRelease: results must be an array of scored results.');
  if (typeof options?.framework?.competences !== 'object')
    throw new TypeError('buildRelease: options.framework must be the framework of the results.');
  const k = checked.minGroupSize;
  const { cells } = buildCells(results, checked);
  const hidden = cells.map((c) => c.members.length < k);
  const primary = hidden.slice();
  if (options.random !== undefined && typeof options.random !== 'function')
    throw new TypeError(
      'buildRelease: options.random must be a function that returns numbers in [0, 1).',
    );
  const random = options.random ?? cryptoRandom();

  const auditor = await Auditor.create();
  const publish = () =>
    auditor.publish(
      cells.flatMap((c, i) => (hidden[i] ? [] : [{ parts: c.parts, value: c.members.length }])),
      cells.flatMap((c, i) => (hidden[i] ? [c.parts] : [])),
    );
  const width = (i: number) => {
    const { low, high } = auditor.bounds(cells[i]!.parts);
    return high - low;
  };

  // Each cell's partners, found once: the rounds below ask for them again and again.
  const tiers: number[][][] = [];
  publish();
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
              ? (tiers[i] ??= partnerTiers(c, cells, checked.breakdowns)).flatMap((tier) =>
                  shuffle([...tier], random),
                )
              : [],
          ),
        ),
      ].filter((i) => !hidden[i]);
      if (candidates.length === 0) break; // everything that touches it is hidden already
      let best = -1;
      let bestWidth = current;
      for (const candidate of candidates) {
        hidden[candidate] = true;
        publish();
        const tried = width(h);
        hidden[candidate] = false;
        if (tried > bestWidth) {
          best = candidate;
          bestWidth = tried;
          if (tried >= k) break;
        }
      }
      hidden[best >= 0 ? best : candidates[0]!] = true;
      publish();
      current = width(h);
    }
  }

  // Un-hide, in random order, every secondary cell that the protection turns out not to need
  // (a candidate hidden early, before the pair that really protects, may be redundant).
  const protectedCells = cells.flatMap((_, i) => (primary[i] && width(i) >= k ? [i] : []));
  const secondaries = shuffle(
    cells.flatMap((_, i) => (hidden[i] && !primary[i] ? [i] : [])),
    random,
  );
  for (const cell of secondaries) {
    hidden[cell] = false;
    publish();
    if (!protectedCells.every((i) => width(i) >= k)) {
      hidden[cell] = true;
      publish();
    }
  }

  const levelOrder = options.framework.scale.levels.map((l) => l.id);
  const competences = competencesOf(results, options.framework, checked.competences);
  const intervals: ReleaseAudit['intervals'] = [];
  cells.forEach((cell, i) => {
    if (hidden[i])
      intervals.push({
        table: cell.table,
        key: cell.key,
        interval: auditor.bounds(cell.parts),
        primary: primary[i]!,
      });
  });
  const tables: ReleaseTable[] = checked.breakdowns.map((by) => ({ by, cells: [] }));
  cells.forEach((cell, i) => {
    tables[cell.table]!.cells.push(
      hidden[i]
        ? { key: cell.key, n: null, hidden: true, competences: [] }
        : {
            key: cell.key,
            n: cell.members.length,
            hidden: false,
            competences: competences.map((c) => describeCompetence(cell.members, c, k, levelOrder)),
          },
    );
  });
  return {
    release: {
      population: checked.population,
      minGroupSize: k,
      competences,
      tables,
      hiddenNotice: HIDDEN_NOTICE,
    },
    audit: {
      primary: primary.filter(Boolean).length,
      secondary: hidden.filter((h, i) => h && !primary[i]).length,
      intervals,
    },
  };
}
