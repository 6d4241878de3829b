import type { Framework } from '@competence-kit/schemas';
import type { ReleaseLedger } from './ledger.js';
import { GROUP_DIMENSIONS, type GroupDimension } from '@competence-kit/scoring';

/** The lowest threshold a release accepts: no figure describes fewer than 5 people. */
export const MIN_GROUP_SIZE = 5;

/**
 * What a release publishes, fixed before the figures are computed: every table is built from the
 * same population and protected together, and nothing else is answered from it.
 */
export interface ReleasePlan {
  /**
   * The population the figures describe, such as `ravenna/staff-self-assessment/2027`. Releases
   * of one population are checked against each other (see `previous` in {@link ReleaseOptions}).
   */
  population: string;
  /**
   * The tables: each a list of dimensions to break the population down by; `[]` is everyone.
   * For example `[[], ['roleProfile'], ['unit'], ['roleProfile', 'unit']]`. When one table is by
   * `phase`, every table must be (a person answers once per phase and counts once per table).
   */
  breakdowns: readonly (readonly GroupDimension[])[];
  /** No figure describes fewer people than this; at least {@link MIN_GROUP_SIZE}. Default 5. */
  minGroupSize?: number;
  /** The competences to describe (default: every competence in the results, in framework order). */
  competences?: readonly string[];
  /**
   * A wave comparison to publish with the tables (a plan by phase only): for every cell, the
   * change of the people who answered in both waves, `from` the earlier `to` the later phase.
   */
  compare?: { from: string; to: string; confidence?: number };
  /**
   * Publish noisy figures instead of exact ones (differential privacy): every count and mean
   * gets random noise calibrated to `epsilon`, and nothing is hidden. The population's releases
   * together may not spend more than `budget` (recorded in the ledgers). `values` lists, for
   * every dimension the tables use, every value a cell may have (the city's roles, units,
   * phases…; `null` for "not stated" where it may occur): the cells are all their combinations,
   * so that which cells exist says nothing about who answered.
   */
  noise?: {
    epsilon: number;
    budget: number;
    values: Partial<Record<GroupDimension, readonly (string | null)[]>>;
  };
}

/** How a release is built. */
export interface ReleaseOptions {
  /** The framework the results were scored against: competence and level order. */
  framework: Framework;
  /**
   * Where the order in which cells are considered for secondary suppression comes from: numbers
   * in [0, 1). Leave it out in production: the order then comes from Web Crypto, so that which
   * cells are hidden says nothing about their sizes. Tests pass a seeded generator (such as
   * `seededRandom` of `@competence-kit/schemas/testing`) to get the same release twice.
   */
  random?: () => number;
  /**
   * The ledgers of every earlier release of the same population (from `buildRelease`'s
   * `ledger`, kept by the city, not published). The new release is checked against each: a cell
   * whose people changed by fewer than the threshold since a release that showed it is hidden,
   * so that no one learns the answers of those who joined or left by subtraction.
   */
  previous?: readonly ReleaseLedger[];
}

/** A plan after its checks: dimensions in a fixed order, the threshold resolved. */
export interface CheckedPlan {
  population: string;
  breakdowns: GroupDimension[][];
  /** Every dimension any table uses, in {@link GROUP_DIMENSIONS} order. */
  dimensions: GroupDimension[];
  minGroupSize: number;
  byPhase: boolean;
  competences: readonly string[] | undefined;
  compare: { from: string; to: string; confidence: number } | undefined;
  noise:
    | {
        epsilon: number;
        budget: number;
        values: Partial<Record<GroupDimension, readonly (string | null)[]>>;
      }
    | undefined;
}

const fail = (path: string, message: string): never => {
  throw new TypeError(`Invalid release plan at ${path}: ${message}`);
};

/**
 * Checks a plan and puts it in canonical form. A wrong plan is a programmer's mistake and throws
 * a `TypeError` naming the field and what was expected.
 */
export function checkPlan(plan: ReleasePlan): CheckedPlan {
  if (typeof plan !== 'object' || plan === null)
    fail('(root)', 'expected an object with population and breakdowns');
  if (typeof plan.population !== 'string' || plan.population.trim() === '')
    fail('population', 'expected a name for the population, such as "ravenna/staff/2027"');
  if (!Array.isArray(plan.breakdowns) || plan.breakdowns.length === 0)
    fail('breakdowns', 'expected at least one table, such as [[], ["roleProfile"]]');
  const seen = new Set<string>();
  const breakdowns = plan.breakdowns.map((breakdown, i) => {
    if (!Array.isArray(breakdown)) fail(`breakdowns.${i}`, 'expected a list of dimensions');
    const dims = [...new Set(breakdown)];
    for (const d of dims)
      if (!(GROUP_DIMENSIONS as readonly string[]).includes(d))
        fail(`breakdowns.${i}`, `"${String(d)}" is not one of ${GROUP_DIMENSIONS.join(', ')}`);
    const ordered = GROUP_DIMENSIONS.filter((d) => dims.includes(d));
    const key = ordered.join(',');
    if (seen.has(key)) fail(`breakdowns.${i}`, `the table by [${key}] is named twice`);
    seen.add(key);
    return ordered;
  });
  const byPhase = breakdowns.some((b) => b.includes('phase'));
  if (byPhase && !breakdowns.every((b) => b.includes('phase')))
    fail(
      'breakdowns',
      'when one table is by phase, every table must be: a person answers once per phase, and a table across phases would count them twice',
    );
  const minGroupSize = plan.minGroupSize ?? MIN_GROUP_SIZE;
  if (!Number.isInteger(minGroupSize) || minGroupSize < MIN_GROUP_SIZE)
    fail(
      'minGroupSize',
      `expected a whole number of at least ${MIN_GROUP_SIZE}; a city may protect more, never less`,
    );
  if (plan.competences !== undefined && !Array.isArray(plan.competences))
    fail('competences', 'expected a list of competence ids');
  let compare: CheckedPlan['compare'];
  if (plan.compare !== undefined) {
    const { from, to, confidence = 0.95 } = plan.compare ?? {};
    if (!byPhase)
      fail('compare', 'a wave comparison needs tables by phase: add "phase" to every breakdown');
    if (typeof from !== 'string' || from === '' || typeof to !== 'string' || to === '')
      fail('compare', 'expected { from, to }: the names of two phases, such as "baseline"');
    if (from === to) fail('compare', `expected two different phases, got "${from}" twice`);
    if (typeof confidence !== 'number' || !(confidence > 0 && confidence < 1))
      fail('compare.confidence', 'expected a number between 0 and 1, such as 0.95');
    compare = { from, to, confidence };
  }
  let noise: CheckedPlan['noise'];
  if (plan.noise !== undefined) {
    const { epsilon, budget, values } = plan.noise ?? {};
    if (typeof epsilon !== 'number' || !(epsilon > 0) || !Number.isFinite(epsilon))
      fail('noise.epsilon', 'expected a positive number, such as 1');
    if (typeof budget !== 'number' || !(budget >= epsilon) || !Number.isFinite(budget))
      fail('noise.budget', `expected a number of at least epsilon (${epsilon})`);
    if (compare)
      fail(
        'noise',
        'a release with noise does not publish wave comparisons yet: leave out compare',
      );
    if (typeof values !== 'object' || values === null)
      fail(
        'noise.values',
        'expected the values of every dimension the tables use, such as { unit: ["registry", "job-centre"] }',
      );
    for (const d of GROUP_DIMENSIONS.filter((d) => breakdowns.some((b) => b.includes(d)))) {
      const list = values[d];
      if (
        !Array.isArray(list) ||
        list.length === 0 ||
        !list.every((v) => v === null || (typeof v === 'string' && v !== '')) ||
        new Set(list).size !== list.length
      )
        fail(
          `noise.values.${d}`,
          'expected every value the dimension may have, each once (text, or null for "not stated")',
        );
    }
    noise = { epsilon, budget, values };
  }
  const used = new Set(breakdowns.flat());
  return {
    population: plan.population,
    breakdowns,
    dimensions: GROUP_DIMENSIONS.filter((d) => used.has(d)),
    minGroupSize,
    byPhase,
    competences: plan.competences,
    compare,
    noise,
  };
}
