import * as z from 'zod/mini';
import {
  PARTICIPANT_GROUPS,
  PRIORITY_FACTORS,
  type Framework,
  type Instrument,
  type NeedsStudy,
  type ParticipantGroup,
  type PriorityFactor,
  type PriorityReason,
  type Result,
} from '@competence-kit/schemas';
import { scoreResponse } from '@competence-kit/scoring';
import { instrumentOf } from './parse.js';

/** The factors a priority is made of (the schemas' `PRIORITY_FACTORS`). */
export type { PriorityFactor };

/** Weights of the factors; they are normalised to sum to 1. */
export type PriorityWeights = Record<PriorityFactor, number>;

/**
 * The default weights: what staff questionnaires measure (how far below target, how many below
 * target) counts half; what third-country nationals and stakeholders perceive, what the
 * qualitative findings say and how many participant groups say it, the other half.
 */
export const DEFAULT_WEIGHTS: Readonly<PriorityWeights> = Object.freeze({
  'gap-size': 0.25,
  'below-target': 0.25,
  perception: 0.15,
  findings: 0.2,
  breadth: 0.15,
});

/** How much a finding counts, by its focus group's validation. */
export const VALIDATION_FACTOR = Object.freeze({
  confirmed: 1,
  amended: 0.75,
  unvalidated: 0.5,
  rejected: 0,
});

/** Validated weakness/need/threat findings at which the findings factor reaches 1. */
export const FINDINGS_SATURATION = 3;

/** The participant groups, for the breadth factor (the schemas' array, re-exported). */
export { PARTICIPANT_GROUPS };

const Options = z.object({
  instruments: z.array(z.custom<Instrument>((v) => typeof v === 'object' && v !== null)),
  weights: z.optional(z.partialRecord(z.enum(PRIORITY_FACTORS), z.number().check(z.minimum(0)))),
  minGroupSize: z.optional(z.int().check(z.minimum(2))),
});

/** Options of {@link prioritiseNeeds}. */
export interface PrioritiseOptions {
  /** The instruments of the study's questionnaires. */
  instruments: readonly Instrument[];
  /** Factor weights (missing ones take the default); normalised to sum to 1. */
  weights?: Partial<PriorityWeights>;
  /** The anonymity threshold for questionnaire statistics. Default 5. */
  minGroupSize?: number;
}

/** One factor's part in a priority. */
export interface Contribution {
  factor: PriorityFactor;
  /** The factor's value, 0..1, or null when there is no evidence of that kind (or it is suppressed). */
  value: number | null;
  weight: number;
  /** `weight × value` (0 when the value is null). */
  contribution: number;
  /** What the value rests on, as a code with parameters (renderers put it into words). */
  reason: PriorityReason;
}

/** A training need and why it ranks where it does. */
export interface NeedPriority {
  competence: string;
  /** 1 for the most pressing need. */
  rank: number;
  /** Σ contributions, 0..1. */
  priority: number;
  contributions: Contribution[];
  /** Ids of the weakness, need and threat findings that concern the competence. */
  findings: string[];
  /** Ids of the strength findings that concern it (not counted in the priority). */
  strengths: string[];
}

/**
 * The participant groups behind each finding of a study: the groups an evidence names, else the
 * participants of its session, else its questionnaire's group (in {@link PARTICIPANT_GROUPS} order).
 */
export function findingGroups(study: NeedsStudy): Map<string, ParticipantGroup[]> {
  const sessions = new Map(study.sessions.map((s) => [s.id, s]));
  const questionnaires = new Map(study.questionnaires.map((q) => [q.id, q]));
  const byFinding = new Map<string, ParticipantGroup[]>();
  for (const finding of study.findings) {
    const groups = new Set<ParticipantGroup>();
    for (const e of finding.evidence) {
      if (e.groups) for (const g of e.groups) groups.add(g);
      else if (e.session)
        for (const p of sessions.get(e.session)?.participants ?? []) groups.add(p.group);
      else if (e.questionnaire) {
        const q = questionnaires.get(e.questionnaire);
        if (q) groups.add(q.group);
      }
    }
    byFinding.set(
      finding.id,
      PARTICIPANT_GROUPS.filter((g) => groups.has(g)),
    );
  }
  return byFinding;
}

/** Scored results of a study's questionnaires, by participant group. */
export function scoreStudy(
  study: NeedsStudy,
  framework: Framework,
  instruments: readonly Instrument[],
): Map<ParticipantGroup, Result[]> {
  const byGroup = new Map<ParticipantGroup, Result[]>();
  for (const q of study.questionnaires) {
    const instrument = instrumentOf(instruments, q.instrument);
    if (!instrument) continue;
    const results = byGroup.get(q.group) ?? [];
    for (const response of q.responses)
      results.push(scoreResponse(instrument, framework, response));
    byGroup.set(q.group, results);
  }
  return byGroup;
}

/** Per competence, what prioritisation needs of a group's results, counted in one pass. */
interface Tally {
  /** Valid scores. */
  n: number;
  sum: number;
  /** Valid scores with a target, and those of them below it. */
  withTarget: number;
  below: number;
  /** Shortfall below target (0 when met) of every result with a gap. */
  shortfalls: number[];
  /** Under the anonymity threshold, as `aggregate` decides it for a total: fewer than `k`
   * respondents in the group, or fewer than `k` valid scores (but some). */
  suppressed: boolean;
}

function tally(results: readonly Result[], k: number): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  // The results of one instrument list their competences in one order: the tally at the same
  // position in the last result is tried before the lookup (a string compare, not a Map lookup,
  // per competence of each of thousands of results).
  const ids: string[] = [];
  const atPosition: Tally[] = [];
  for (const result of results) {
    const competences = result.competences;
    for (let j = 0; j < competences.length; j++) {
      const c = competences[j]!;
      let t = ids[j] === c.competence ? atPosition[j] : tallies.get(c.competence);
      if (!t)
        tallies.set(
          c.competence,
          (t = { n: 0, sum: 0, withTarget: 0, below: 0, shortfalls: [], suppressed: false }),
        );
      ids[j] = c.competence;
      atPosition[j] = t;
      if (c.gap !== null) t.shortfalls.push(Math.max(0, c.gap));
      if (c.score === null) continue;
      t.n++;
      t.sum += c.score;
      if (c.gap !== null) {
        t.withTarget++;
        if (c.gap > 0) t.below++;
      }
    }
  }
  for (const t of tallies.values()) t.suppressed = results.length < k || (t.n > 0 && t.n < k);
  return tallies;
}

function normalisedWeights(weights: Partial<PriorityWeights> | undefined): PriorityWeights {
  const merged = { ...DEFAULT_WEIGHTS, ...weights };
  const sum = Object.values(merged).reduce((a, b) => a + b, 0);
  if (sum <= 0)
    throw new TypeError(
      'Invalid prioritise options at weights: at least one weight must be positive',
    );
  return Object.fromEntries(
    Object.entries(merged).map(([k, v]) => [k, v / sum]),
  ) as PriorityWeights;
}

/**
 * Ranks the training needs of a territory by combining, per competence, five factors (each 0..1):
 *
 * - `gap-size`: the mean shortfall of staff below their role's target, in levels, divided by the
 *   scale's span (from the staff questionnaires);
 * - `below-target`: the share of staff below their role's target;
 * - `perception`: 1 − the mean score that third-country nationals and stakeholders give the
 *   competence in their questionnaires;
 * - `findings`: the weakness, need and threat findings that concern it, each counting by its
 *   validation (confirmed 1, amended 0.75, not validated 0.5, rejected 0), saturating at 3;
 * - `breadth`: how many of the five participant groups raised those findings, divided by 5.
 *
 * The priority is the weighted sum (default weights {@link DEFAULT_WEIGHTS}). Questionnaire
 * factors computed over fewer than `minGroupSize` respondents are not used (anonymity), and the
 * contribution says so. Each priority lists every contribution and the findings behind it.
 *
 * @throws TypeError for malformed options (a programmer error).
 * @example
 * ```ts
 * const needs = prioritiseNeeds(study, framework, { instruments: [staffQuestionnaire] });
 * needs[0].contributions; // why the first need is first
 * ```
 */
export function prioritiseNeeds(
  study: NeedsStudy,
  framework: Framework,
  options: PrioritiseOptions,
): NeedPriority[] {
  checkOptions(options);
  return prioritiseScored(
    study,
    framework,
    scoreStudy(study, framework, options.instruments),
    options,
  );
}

function checkOptions(options: PrioritiseOptions): void {
  const parsed = Options.safeParse(options);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new TypeError(
      `Invalid prioritise options at ${first.path.join('.') || '(root)'}: ${first.message}`,
    );
  }
}

/**
 * {@link prioritiseNeeds} on results already scored by {@link scoreStudy}, so that a report
 * scores each response once.
 *
 * @example
 * ```ts
 * const scored = scoreStudy(study, framework, instruments);
 * const needs = prioritiseScored(study, framework, scored, { instruments });
 * ```
 */
export function prioritiseScored(
  study: NeedsStudy,
  framework: Framework,
  byGroup: ReadonlyMap<ParticipantGroup, Result[]>,
  options: PrioritiseOptions,
): NeedPriority[] {
  checkOptions(options);
  const weights = normalisedWeights(options.weights);
  const k = options.minGroupSize ?? 5;
  const span = Math.max(1, framework.scale.levels.length - 1);
  const staff = byGroup.get('staff') ?? [];
  const others = [...byGroup.entries()].filter(([g]) => g !== 'staff').flatMap(([, r]) => r);
  const staffTally = tally(staff, k);
  const othersTally = tally(others, k);
  const raisedBy = findingGroups(study);

  const priorities: Omit<NeedPriority, 'rank'>[] = framework.competences.map(({ id }) => {
    const contributions: Contribution[] = [];
    const add = (factor: PriorityFactor, value: number | null, reason: PriorityReason) =>
      contributions.push({
        factor,
        value,
        weight: weights[factor],
        contribution: value === null ? 0 : weights[factor] * value,
        reason,
      });

    const staffCell = staffTally.get(id);
    if (staffCell && !staffCell.suppressed && staffCell.n > 0) {
      const gaps = staffCell.shortfalls;
      const meanGap = gaps.length > 0 ? gaps.reduce((a, b) => a + b, 0) / gaps.length : 0;
      add('gap-size', Math.min(1, meanGap / span), {
        code: 'mean-shortfall',
        params: { gap: meanGap, n: gaps.length },
      });
      const below = staffCell.withTarget === 0 ? null : staffCell.below / staffCell.withTarget;
      add(
        'below-target',
        below,
        below === null
          ? { code: 'no-target', params: {} }
          : { code: 'share-below', params: { share: below, n: staffCell.withTarget } },
      );
    } else {
      const why: PriorityReason = staffCell?.suppressed
        ? { code: 'suppressed', params: { k } }
        : staffCell
          ? { code: 'no-valid-score', params: {} }
          : { code: 'not-measured', params: {} };
      add('gap-size', null, why);
      add('below-target', null, why);
    }

    const otherCell = othersTally.get(id);
    if (otherCell && !otherCell.suppressed && otherCell.n > 0) {
      const mean = otherCell.sum / otherCell.n;
      add('perception', 1 - mean, { code: 'mean-score', params: { mean, n: otherCell.n } });
    } else {
      add(
        'perception',
        null,
        otherCell?.suppressed
          ? { code: 'suppressed', params: { k } }
          : { code: 'not-perceived', params: {} },
      );
    }

    const concerning = study.findings.filter((f) => f.competences.includes(id));
    const negative = concerning.filter(
      (f) => f.kind === 'weakness' || f.kind === 'need' || f.kind === 'threat',
    );
    const weighted = negative.reduce(
      (sum, f) => sum + VALIDATION_FACTOR[f.validation?.outcome ?? 'unvalidated'],
      0,
    );
    add(
      'findings',
      negative.length === 0 ? null : Math.min(1, weighted / FINDINGS_SATURATION),
      negative.length === 0
        ? { code: 'no-findings', params: {} }
        : {
            code: 'weighted-findings',
            params: { count: negative.length, weighted, saturation: FINDINGS_SATURATION },
          },
    );

    const groups = new Set<ParticipantGroup>();
    for (const f of negative.filter((f) => f.validation?.outcome !== 'rejected'))
      for (const g of raisedBy.get(f.id) ?? []) groups.add(g);
    add(
      'breadth',
      negative.length === 0 ? null : groups.size / PARTICIPANT_GROUPS.length,
      groups.size === 0
        ? { code: 'no-groups', params: {} }
        : {
            code: 'raised-by',
            params: { groups: PARTICIPANT_GROUPS.filter((g) => groups.has(g)) },
          },
    );

    return {
      competence: id,
      priority: contributions.reduce((sum, c) => sum + c.contribution, 0),
      contributions,
      findings: negative.map((f) => f.id),
      strengths: concerning.filter((f) => f.kind === 'strength').map((f) => f.id),
    };
  });

  const order = new Map(framework.competences.map((c, i) => [c.id, i]));
  return priorities
    .filter((p) => p.contributions.some((c) => c.value !== null))
    .sort((a, b) => b.priority - a.priority || order.get(a.competence)! - order.get(b.competence)!)
    .map((p, i) => ({ ...p, rank: i + 1 }));
}
