import type { Result } from '@competence-kit/schemas';
import type { GroupDimension } from '@competence-kit/scoring';
import type { Interval } from './audit.js';
import { buildCells, ledgerKey, type CellKey } from './cells.js';
import {
  narrowedAcrossKinds,
  narrowedWithin,
  protectOverTime,
  type AnswerView,
} from './history.js';
import {
  buildChanges,
  changeIsSmall,
  describeChanges,
  validityIndex,
  type DraftChange,
} from './changes.js';
import {
  checkHistory,
  digests,
  LEDGER_FORMAT,
  ReleaseRefused,
  changesSince,
  type ReleaseLedger,
} from './ledger.js';
import { NOISE_CONFIDENCE, noiseScales, noisyCell } from './noise.js';
import { checkPlan, type CheckedPlan, type ReleaseOptions, type ReleasePlan } from './plan.js';
import { cryptoRandom, type Protection } from './protect.js';
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
  /** The confidence level of `confidenceInterval` (the plan's, 0.95 by default). */
  confidence: number;
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
  /**
   * Of the primary cells, those hidden not for their size but because fewer than the threshold
   * of their people changed since an earlier release that showed them.
   */
  differencing: number;
  /** For each hidden cell (table index, key), what the published counts leave open about it. */
  intervals: { table: number; key: CellKey; interval: Interval; primary: boolean }[];
}

/** A release, its audit and its ledger. */
export interface ReleaseOutcome {
  /** What may be published. */
  release: Release;
  /** How it was protected: the city's own record. */
  audit: ReleaseAudit;
  /**
   * What the city keeps, unpublished, to check the next release of the population against this
   * one (pass it in `previous`). JSON; store it with the release.
   */
  ledger: ReleaseLedger;
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
 * With `options.previous`, the ledgers of the population's earlier releases, a cell that an
 * earlier release let anyone know is hidden as well (and protected like a small one) when fewer
 * than the threshold, but some, of its people joined, left or answered again since: comparing
 * the two releases would describe those few. With `plan.compare`, the wave comparison of every
 * cell is published under the same rules ({@link ReleaseChange}); with `plan.noise`, nothing is
 * hidden and every count and mean carries noise instead ({@link ReleaseNoise}).
 *
 * @throws ReleaseRefused when the release must not be published: the plan differs from the
 *   earlier releases', an earlier ledger is missing, the privacy budget is spent, or nothing
 *   would be left to show.
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
  if (options.random !== undefined && typeof options.random !== 'function')
    throw new TypeError(
      'buildRelease: options.random must be a function that returns numbers in [0, 1).',
    );
  const random = options.random ?? cryptoRandom();
  const history = checkHistory(options.previous, checked);
  const k = checked.minGroupSize;
  const built = buildCells(results, checked, checked.noise?.values);
  const { cells } = built;
  const competences = competencesOf(results, options.framework, checked.competences);
  const base = {
    population: checked.population,
    minGroupSize: k,
    competences,
    hiddenNotice: HIDDEN_NOTICE,
  };
  const ledgerBase = {
    format: LEDGER_FORMAT,
    population: checked.population,
    sequence: history.length + 1,
    breakdowns: checked.breakdowns,
    minGroupSize: k,
  } as const;

  if (checked.noise) {
    const { epsilon, budget } = checked.noise;
    const before = history.reduce((sum, l) => sum + (l.noise?.epsilon ?? 0), 0);
    const spent = before + epsilon;
    if (spent > budget + 1e-12)
      throw new ReleaseRefused(
        'budget-spent',
        `The privacy budget of "${checked.population}" is ${budget}; its ${history.length} earlier releases spent ${before}, and this one would spend ${epsilon} more. Publish no more noisy releases of this population, or one with an epsilon of at most ${Math.max(0, budget - before)}.`,
      );
    // One person answers at most once per phase: the declared phases, public, bound what they move.
    const phases = checked.byPhase ? checked.noise.values.phase!.length : 1;
    const scales = noiseScales(
      epsilon,
      checked.breakdowns.length,
      Math.max(1, phases),
      competences.length,
    );
    const tables: ReleaseTable[] = checked.breakdowns.map((by) => ({ by, cells: [] }));
    for (const cell of cells) {
      const noisy = noisyCell(cell, competences, scales, k, random);
      tables[cell.table]!.cells.push({ key: cell.key, hidden: false, ...noisy });
    }
    return {
      release: {
        ...base,
        tables,
        noise: {
          epsilon,
          spent,
          budget,
          mechanism: 'discrete-laplace',
          confidence: NOISE_CONFIDENCE,
        },
      },
      audit: { primary: 0, secondary: 0, differencing: 0, intervals: [] },
      ledger: {
        ...ledgerBase,
        noise: { epsilon, budget },
        determined: checked.breakdowns.map(() => []),
        contributions: {},
      },
    };
  }

  // Who contributed what to which finest cell: a digest per person, changed by any new answer.
  const contribution = (r: Result) =>
    [
      checked.population,
      r.respondent,
      r.phase ?? '',
      r.submittedAt ?? '',
      ...competences.map((id) => {
        const c = r.competences.find((x) => x.competence === id);
        return c ? `${c.score}|${c.level}|${c.gap}` : '';
      }),
    ].join('\u0000');
  const texts = built.population.map(contribution);
  const digested = await digests(texts);
  const contributions = groupDigests(built.partOf, built.finestKeys, digested);

  // The wave comparison's people, pairs of answers in the two waves' cells, and per finest cell
  // of those waves the digests of its answers that are in a pair (what the comparison's sides sum).
  const compared = checked.compare ? buildChanges(cells, built.population, checked) : undefined;
  const digestOf = new Map(built.population.map((r, i) => [r, digested[i]!] as const));
  const finestOf = new Map(
    built.population.map((r, i) => [r, built.finestKeys[built.partOf[i]!]!] as const),
  );
  const paired: Record<string, string[]> = {};
  for (const p of compared?.pairs ?? [])
    for (const r of [p.from, p.to]) (paired[finestOf.get(r)!] ??= []).push(digestOf.get(r)!);
  for (const list of Object.values(paired)) list.sort();
  let pairs: Record<string, string[]> = {};
  let pairChanges: Map<string, number>[] = [];
  if (compared) {
    const pairTexts = compared.pairs.map(
      (p) => `${contribution(p.from)}\u0001${contribution(p.to)}`,
    );
    pairs = groupDigests(
      compared.pairs.map((p) => p.part),
      compared.finestKeys,
      await digests(pairTexts),
    );
    pairChanges = changesSince(pairs, history, (l) => l.pairs);
  }
  // A comparison with nobody in both waves is no equation on the pairs: hidden, outside the
  // linear program, and shown exactly like every other hidden comparison.
  const inSystem = compared?.changes.filter((c) => c.n > 0) ?? [];

  // Primary: under the threshold; then the history adds the cells whose difference from an
  // earlier release would describe fewer than the threshold (see protectOverTime).
  const changes = changesSince(contributions, history, (l) => l.contributions);
  const tooSmall = cells.map((c) => c.members.length < k);
  const linked = cells.map((c) => ({
    table: c.table,
    key: c.key,
    parts: c.parts,
    n: c.members.length,
  }));
  // Cells and comparisons against each other across releases (narrowedAcrossKinds), when this
  // release or an earlier one compares waves: what that check finds is hidden as well, and both
  // systems are protected again.
  const comparedPhases = new Set([
    ...(checked.compare ? [checked.compare.from, checked.compare.to] : []),
    ...history.flatMap((l) => (l.waves ? [l.waves.from, l.waves.to] : [])),
  ]);
  const earlierViews = comparedPhases.size > 0 ? history.map((l) => answerView(l, checked)) : [];
  const phaseAt = checked.dimensions.indexOf('phase');
  const phaseOf = (finest: string) => (JSON.parse(finest) as unknown[])[phaseAt];
  const anchorable = (finest: string) => comparedPhases.has(phaseOf(finest) as string);
  const cellMarked = new Set<number>();
  const changeMarked = new Set<number>();
  let cellOutcome: Awaited<ReturnType<typeof protectOverTime>>;
  let changeProtection: Protection | undefined;
  for (;;) {
    cellOutcome = await protectOverTime(
      linked,
      { by: checked.breakdowns, dims: checked.dimensions, finestKeys: built.finestKeys },
      tooSmall.map((small, i) => small || cellMarked.has(i)),
      history.map((l, j) => ({
        determined: l.determined,
        changes: changes[j]!,
        finest: Object.keys(l.contributions),
      })),
      k,
      random,
    );
    const cellsHidden = cellOutcome.protection.hidden;
    if (compared)
      ({ protection: changeProtection } = await protectOverTime(
        inSystem,
        { by: compared.by, dims: compared.dims, finestKeys: compared.finestKeys },
        inSystem.map((c, i) => changeIsSmall(c, cellsHidden, k) || changeMarked.has(i)),
        history.map((l, j) => ({
          determined: l.pairsDetermined ?? compared.by.map(() => []),
          changes: pairChanges[j]!,
          finest: Object.keys(l.pairs ?? {}),
        })),
        k,
        random,
      ));
    if (!compared && earlierViews.length === 0) break;
    // The figures this release lets anyone know: cells, and each comparison's two sides.
    const figures: { finest: string[]; side: boolean }[] = [];
    const owners: { cell?: number; change?: number }[] = [];
    cells.forEach((c, i) => {
      if (!cellOutcome.protection.determined[i]) return;
      figures.push({ finest: c.parts.map((p) => built.finestKeys[p]!), side: false });
      owners.push({ cell: i });
    });
    inSystem.forEach((c, i) => {
      if (!changeProtection!.determined[i]) return;
      for (const side of ['from', 'to'] as const) {
        figures.push({
          finest: [...new Set(c.pairs.map((p) => finestOf.get(p[side])!))],
          side: true,
        });
        owners.push({ change: i });
      }
    });
    const view = { contributions, paired, figures };
    const found = [
      ...(await narrowedWithin(view, anchorable, phaseOf, k)),
      ...(await narrowedAcrossKinds(view, earlierViews, anchorable, phaseOf, k)),
    ];
    if (found.length === 0) break;
    // Hide the comparisons a combination uses (they are what is new), else its cells.
    let more = false;
    for (const used of found) {
      const users = used.map((f) => owners[f]!);
      const newChanges = users.flatMap((o) =>
        o.change !== undefined && !changeMarked.has(o.change) ? [o.change] : [],
      );
      const newCells = users.flatMap((o) =>
        o.cell !== undefined && !cellMarked.has(o.cell) ? [o.cell] : [],
      );
      for (const c of newChanges) changeMarked.add(c);
      if (newChanges.length === 0) for (const c of newCells) cellMarked.add(c);
      more ||= newChanges.length + newCells.length > 0;
    }
    if (!more) {
      // What it found uses only figures hidden already and still known: nothing safe is left.
      if (cellMarked.size === cells.length && changeMarked.size === inSystem.length) break;
      cells.forEach((_, i) => cellMarked.add(i));
      inSystem.forEach((_, i) => changeMarked.add(i));
    }
  }
  const {
    protection: { hidden, determined, intervals },
    primary,
  } = cellOutcome;
  const keyOf = (table: number, key: CellKey) => ledgerKey(key, checked.breakdowns[table]!);
  const differencing = primary.filter((p, i) => p && !tooSmall[i]).length;
  if (history.length > 0 && differencing > 0 && hidden.every(Boolean))
    throw new ReleaseRefused(
      'nothing-left',
      `Too few answers have changed since release ${history.length} of "${checked.population}": every figure would have to be hidden, or it would tell about the few who joined, left or answered again. Publish when at least ${k} more have changed in each group.`,
    );

  const levelOrder = options.framework.scale.levels.map((l) => l.id);
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
  const audit: ReleaseAudit = {
    primary: primary.filter(Boolean).length,
    secondary: hidden.filter((h, i) => h && !primary[i]).length,
    differencing,
    intervals: cells.flatMap((cell, i) =>
      hidden[i]
        ? [{ table: cell.table, key: cell.key, interval: intervals[i]!, primary: primary[i]! }]
        : [],
    ),
  };
  const ledger: ReleaseLedger = {
    ...ledgerBase,
    determined: checked.breakdowns.map((_, t) =>
      cells.flatMap((c, i) => (c.table === t && determined[i] ? [keyOf(t, c.key)] : [])),
    ),
    contributions,
  };
  const release: Release = { ...base, tables };

  if (compared && changeProtection) {
    const protection = changeProtection;
    const pairKey = (c: DraftChange) => ledgerKey(c.key, compared.by[c.table]!);
    const shown = new Map(inSystem.map((c, i) => [c, !protection.hidden[i]] as const));
    const valid = validityIndex();
    release.changes = compared.changes.map((c) =>
      shown.get(c)
        ? {
            table: c.table,
            key: c.key,
            from: checked.compare!.from,
            to: checked.compare!.to,
            confidence: checked.compare!.confidence,
            n: c.n,
            hidden: false,
            competences: describeChanges(c, competences, k, checked.compare!.confidence, valid),
          }
        : {
            table: c.table,
            key: c.key,
            from: checked.compare!.from,
            to: checked.compare!.to,
            confidence: checked.compare!.confidence,
            n: null,
            hidden: true,
            competences: [],
          },
    );
    ledger.pairs = pairs;
    ledger.waves = { from: checked.compare!.from, to: checked.compare!.to, paired };
    ledger.pairsDetermined = checked.breakdowns.map((_, t) =>
      inSystem.flatMap((c, i) => (c.table === t && protection.determined[i] ? [pairKey(c)] : [])),
    );
  }
  return { release, audit, ledger };
}

/** Digests grouped by finest cell, each list sorted (a ledger compares sorted lists). */
function groupDigests(
  partOf: readonly number[],
  finestKeys: readonly string[],
  digested: readonly string[],
): Record<string, string[]> {
  const grouped: Record<string, string[]> = {};
  partOf.forEach((part, i) => (grouped[finestKeys[part]!] ??= []).push(digested[i]!));
  for (const list of Object.values(grouped)) list.sort();
  return grouped;
}

/** What an earlier release let anyone know, as the check across kinds sees it. */
function answerView(ledger: ReleaseLedger, plan: CheckedPlan): AnswerView {
  const dims = plan.dimensions;
  const finest = Object.keys(ledger.contributions).map(
    (key) => [key, JSON.parse(key) as unknown[]] as const,
  );
  const matching = (by: readonly GroupDimension[], key: string, phase?: string) => {
    const values = JSON.parse(key) as unknown[];
    const at = by.map((d) => dims.indexOf(d));
    const phaseAt = dims.indexOf('phase');
    return finest.flatMap(([text, v]) =>
      at.every((position, i) => v[position] === values[i]) &&
      (phase === undefined || v[phaseAt] === phase)
        ? [text]
        : [],
    );
  };
  const figures = ledger.determined.flatMap((keys, t) =>
    keys.map((key) => ({ finest: matching(plan.breakdowns[t]!, key), side: false })),
  );
  // A ledger made before the paired answers were kept: its comparisons cannot be placed.
  const { waves } = ledger;
  if (waves)
    ledger.pairsDetermined?.forEach((keys, t) => {
      const by = plan.breakdowns[t]!.filter((d) => d !== 'phase');
      for (const key of keys)
        for (const phase of [waves.from, waves.to])
          figures.push({ finest: matching(by, key, phase), side: true });
    });
  return { contributions: ledger.contributions, paired: waves?.paired ?? {}, figures };
}
