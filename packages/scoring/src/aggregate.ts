import * as z from 'zod/mini';
import type { CompetenceScore, Framework, Result } from '@competence-kit/schemas';
import { BELOW_SCALE } from './levels.js';
import { mean, quartiles, standardDeviation } from './stats.js';

/** The properties of a result that groups can be formed by. */
export const GROUP_DIMENSIONS = ['territory', 'unit', 'roleProfile', 'phase', 'group'] as const;
export type GroupDimension = (typeof GROUP_DIMENSIONS)[number];

const Options = z.object({
  by: z.readonly(z.array(z.enum(GROUP_DIMENSIONS))),
  competences: z.optional(z.readonly(z.array(z.string()))),
  minGroupSize: z.optional(z.int().check(z.minimum(2), z.maximum(1000))),
  framework: z.optional(
    z.custom<Framework>((v) => typeof v === 'object' && v !== null && 'scale' in v),
  ),
});

/** Options of {@link aggregate}. */
export interface AggregateOptions {
  /** Dimensions whose combinations form the groups; `[]` gives the total only. */
  by: readonly GroupDimension[];
  /** The anonymity threshold: nothing is shown about fewer respondents. Default 5. */
  minGroupSize?: number;
  /** Orders competences and levels as the framework does; otherwise first seen. */
  framework?: Framework;
  /** Only these competences (default: all present in the results), to spare work for a table of a few. */
  competences?: readonly string[];
}

/** Why a number is not shown. */
export interface Suppression {
  /** `below-threshold`: fewer respondents than the threshold. `secondary`: hidden so that a
   * suppressed cell cannot be recomputed from the total and the other groups. */
  reason: 'below-threshold' | 'secondary';
  explanation: string;
}

/** Statistics of one competence's valid scores within a group. */
export interface CompetenceStats {
  /** Respondents with a valid score. */
  n: number;
  mean: number;
  /** Sample standard deviation; null for a single score. */
  sd: number | null;
  /** First quartile, median, third quartile (linear interpolation, "type 7"). */
  quartiles: [number, number, number];
  /**
   * Respondents per level reached, by level id; those with a valid score below the lowest level
   * under `BELOW_SCALE` ("below-scale", first), when there are any.
   */
  levels: Record<string, number>;
  /** Share (0..1) of those with a target who are below it; null when none has a target. */
  belowTarget: number | null;
}

/** One competence in one group: the statistics, or why they are suppressed. */
export interface CompetenceCell {
  competence: string;
  stats: CompetenceStats | null;
  suppressed: Suppression | null;
}

/** One group (or the total) of an aggregate. */
export interface GroupAggregate {
  /** The group's value of each dimension of `by` (null where results do not state it). */
  key: Partial<Record<GroupDimension, string | null>>;
  /** `territory=ravenna, unit=anagrafe`, or `total`. */
  label: string;
  /** Respondents in the group; null when suppressed. */
  n: number | null;
  suppressed: Suppression | null;
  competences: CompetenceCell[];
}

/** The result of {@link aggregate}. */
export interface Aggregate {
  by: readonly GroupDimension[];
  minGroupSize: number;
  total: GroupAggregate;
  groups: GroupAggregate[];
  /** Every suppression, for a note under the table. */
  suppressions: {
    group: string;
    competence: string | null;
    reason: Suppression['reason'];
    explanation: string;
  }[];
}

interface Draft {
  key: Partial<Record<GroupDimension, string | null>>;
  label: string;
  results: Result[];
  hidden: Suppression | null;
}

/**
 * The scores of the wanted competences in a set of results, by competence, in one pass. Results
 * scored from one instrument list their competences in the same order, so each competence is
 * looked for first where it stood in the previous result: a few comparisons per result instead of
 * a lookup per competence it holds (a report of 5,000 responses reads 140,000 of them).
 */
function indexScores(
  results: readonly Result[],
  competences: readonly string[],
): Map<string, CompetenceScore[]> {
  const index = new Map<string, CompetenceScore[]>(competences.map((id) => [id, []]));
  const lists = competences.map((id) => index.get(id)!);
  const at = competences.map(() => 0);
  for (const result of results) {
    const list = result.competences;
    for (let w = 0; w < competences.length; w++) {
      const id = competences[w]!;
      let i = at[w]!;
      if (list[i]?.competence !== id) {
        i = list.findIndex((c) => c.competence === id);
        if (i < 0) continue;
        at[w] = i;
      }
      lists[w]!.push(list[i]!);
    }
  }
  return index;
}

function statsOf(
  competenceScores: readonly CompetenceScore[],
  levelOrder: string[],
): CompetenceStats | null {
  const scores: number[] = [];
  const levels: Record<string, number> = {};
  for (const l of levelOrder) levels[l] = 0;
  let withTarget = 0;
  let below = 0;
  let belowScale = 0;
  for (const c of competenceScores) {
    if (c.score === null) continue;
    scores.push(c.score);
    if (c.level !== null) levels[c.level] = (levels[c.level] ?? 0) + 1;
    else belowScale++;
    if (c.gap !== null) {
      withTarget++;
      if (c.gap > 0) below++;
    }
  }
  if (scores.length === 0) return null;
  return {
    n: scores.length,
    mean: mean(scores),
    sd: scores.length > 1 ? standardDeviation(scores) : null,
    quartiles: quartiles(scores),
    levels: belowScale > 0 ? { [BELOW_SCALE]: belowScale, ...levels } : levels,
    belowTarget: withTarget === 0 ? null : below / withTarget,
  };
}

const validCount = (scores: readonly CompetenceScore[]) =>
  scores.reduce((n, c) => n + (c.score === null ? 0 : 1), 0);

/**
 * Hides the smallest published cells until the hidden ones together are empty or hold at least
 * `k` respondents, so that subtracting the published cells from the total never reveals fewer
 * than `k` people. `sizes[i]` is cell i's size; `hidden[i]` says whether it is already hidden.
 * Returns the indices newly hidden.
 */
function secondarySuppression(
  sizes: readonly number[],
  hidden: boolean[],
  labels: readonly string[],
  k: number,
): number[] {
  const added: number[] = [];
  let hiddenSize = sizes.reduce((sum, n, i) => sum + (hidden[i] ? n : 0), 0);
  while (hiddenSize > 0 && hiddenSize < k) {
    let pick = -1;
    sizes.forEach((n, i) => {
      if (hidden[i] || n === 0) return;
      if (pick < 0 || n < sizes[pick]! || (n === sizes[pick]! && labels[i]! < labels[pick]!))
        pick = i;
    });
    if (pick < 0) break; // everything is hidden: the total alone is published
    hidden[pick] = true;
    hiddenSize += sizes[pick]!;
    added.push(pick);
  }
  return added;
}

/**
 * Group statistics of scored results, with the anonymity rules of a public administration:
 * per group and competence the number of valid scores, mean, standard deviation, quartiles,
 * the distribution over levels and the share below the role's target.
 *
 * Nothing is shown for fewer than `minGroupSize` respondents (default 5): such a group, or such
 * a competence within a group, is suppressed. Because the total is published too, a single
 * suppressed group could be recovered by subtracting the others from the total; so further
 * groups (the smallest first) are suppressed until the suppressed ones together hold none or at
 * least `minGroupSize` respondents (secondary suppression), for the group sizes and again for
 * each competence. When the total itself is under the threshold, nothing is shown. Every
 * suppression is listed with its reason.
 *
 * @throws TypeError for malformed options (a programmer error).
 * @example
 * ```ts
 * const view = aggregate(results, { by: ['territory', 'unit'], minGroupSize: 5, framework });
 * for (const g of view.groups) console.log(g.label, g.n ?? g.suppressed?.reason);
 * ```
 */
export function aggregate(results: readonly Result[], options: AggregateOptions): Aggregate {
  const parsed = Options.safeParse(options);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new TypeError(
      `Invalid aggregate options at ${first.path.join('.') || '(root)'}: ${first.message}`,
    );
  }
  const { by, framework } = options;
  const k = options.minGroupSize ?? 5;

  // Competences present in the results, in the framework's order, then in the order first seen.
  const competenceOrder = framework?.competences.map((c) => c.id) ?? [];
  const levelOrder = framework?.scale.levels.map((l) => l.id) ?? [];
  const known = new Set(competenceOrder);
  const present = new Set<string>();
  const levelsSeen = new Set(levelOrder);
  // Most results list the same competences as the one before (one instrument): only a result
  // that differs, and a level not met yet, need the sets.
  let previous: readonly CompetenceScore[] = [];
  let lastLevel: string | null = null;
  for (const r of results) {
    const list = r.competences;
    const same =
      list.length === previous.length &&
      list.every((c, i) => c.competence === previous[i]!.competence);
    for (const c of list) {
      if (!same) {
        present.add(c.competence);
        if (!known.has(c.competence)) {
          known.add(c.competence);
          competenceOrder.push(c.competence);
        }
      }
      if (c.level !== null && c.level !== lastLevel) {
        lastLevel = c.level;
        if (!levelsSeen.has(c.level)) {
          levelsSeen.add(c.level);
          levelOrder.push(c.level);
        }
      }
    }
    previous = list;
  }
  const wanted = options.competences ? new Set(options.competences) : undefined;
  const competences = competenceOrder.filter(
    (id) => present.has(id) && (!wanted || wanted.has(id)),
  );

  // Groups by their dimensions' values, in nested maps (no key string per result); the label is
  // made once per group. With no dimension there are no groups, only the total.
  const drafts: Draft[] = [];
  const root = new Map<string | null, unknown>();
  for (const result of by.length === 0 ? [] : results) {
    let level = root;
    let draft: Draft | undefined;
    for (let d = 0; d < by.length; d++) {
      const value = result[by[d]!] ?? null;
      const next = level.get(value);
      if (d < by.length - 1) {
        if (next) level = next as Map<string | null, unknown>;
        else level.set(value, (level = new Map()));
      } else if (next) draft = next as Draft;
      else {
        const key: Partial<Record<GroupDimension, string | null>> = {};
        for (const dimension of by) key[dimension] = result[dimension] ?? null;
        const label = by.map((dim) => `${dim}=${key[dim] ?? '(not stated)'}`).join(', ');
        level.set(value, (draft = { key, label, results: [], hidden: null }));
        drafts.push(draft);
      }
    }
    draft!.results.push(result);
  }
  const groups = drafts.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const suppressions: Aggregate['suppressions'] = [];
  const note = (group: string, competence: string | null, s: Suppression) =>
    suppressions.push({ group, competence, ...s });

  const totalHidden = results.length < k;
  const below = (): Suppression => ({
    reason: 'below-threshold',
    explanation: `Fewer than ${k} respondents.`,
  });
  const secondary: Suppression = {
    reason: 'secondary',
    explanation: `Hidden so that a suppressed group cannot be recomputed from the total and the other groups.`,
  };

  // Groups: primary, then secondary suppression on their sizes.
  const hiddenGroups = groups.map((g) => totalHidden || g.results.length < k);
  groups.forEach((g, i) => {
    if (hiddenGroups[i]) note(g.label, null, (g.hidden = below()));
  });
  for (const i of secondarySuppression(
    groups.map((g) => g.results.length),
    hiddenGroups,
    groups.map((g) => g.label),
    k,
  )) {
    note(groups[i]!.label, null, (groups[i]!.hidden = secondary));
  }

  // Cells: per competence, primary then secondary, given the groups already hidden.
  const cells = groups.map(() => new Map<string, Suppression | null>());
  const totalCells = new Map<string, Suppression | null>();
  const totalScores = indexScores(results, competences);
  const groupScores = groups.map((g) => indexScores(g.results, competences));
  for (const competence of competences) {
    const totalN = validCount(totalScores.get(competence)!);
    const totalCellHidden = totalHidden || (totalN > 0 && totalN < k);
    totalCells.set(competence, totalCellHidden ? below() : null);
    if (totalCellHidden && !totalHidden) note('total', competence, below());
    const sizes = groups.map((_, i) => validCount(groupScores[i]!.get(competence)!));
    const hidden = groups.map(
      (g, i) => hiddenGroups[i]! || totalCellHidden || (sizes[i]! > 0 && sizes[i]! < k),
    );
    groups.forEach((g, i) => {
      if (hidden[i] && !hiddenGroups[i]) {
        const s = below();
        cells[i]!.set(competence, s);
        note(g.label, competence, s);
      }
    });
    for (const i of secondarySuppression(
      sizes,
      hidden,
      groups.map((g) => g.label),
      k,
    )) {
      cells[i]!.set(competence, secondary);
      note(groups[i]!.label, competence, secondary);
    }
  }

  const build = (
    label: string,
    key: GroupAggregate['key'],
    members: readonly Result[],
    scores: Map<string, CompetenceScore[]>,
    hidden: Suppression | null,
    cellState: Map<string, Suppression | null>,
  ): GroupAggregate => ({
    key,
    label,
    n: hidden ? null : members.length,
    suppressed: hidden,
    competences: competences.map((competence) => {
      const suppressed = hidden ?? cellState.get(competence) ?? null;
      return {
        competence,
        stats: suppressed ? null : statsOf(scores.get(competence)!, levelOrder),
        suppressed,
      };
    }),
  });

  return {
    by,
    minGroupSize: k,
    total: build('total', {}, results, totalScores, totalHidden ? below() : null, totalCells),
    groups: groups.map((g, i) =>
      build(g.label, g.key, g.results, groupScores[i]!, g.hidden, cells[i]!),
    ),
    suppressions: totalHidden
      ? [{ group: 'total', competence: null, ...below() }, ...suppressions]
      : suppressions,
  };
}
