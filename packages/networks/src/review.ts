import type { ActionPlan, Indicator, Measure, MeasureStatus } from '@competence-kit/schemas';
import { MEASURE_STATUSES, checkObjectArgument, describeValue } from '@competence-kit/schemas';
import { dayNumber, daysBetween } from './dates.js';
import type {
  ActionPlanReview,
  LateMeasure,
  OffTrackIndicator,
  ReviewNeeds,
  UnaddressedNeed,
} from './types.js';

/** Options of {@link reviewActionPlan}. */
export interface ReviewOptions {
  /** The needs report's priorities the plan answers; without them `unaddressed` stays empty. */
  needs?: ReviewNeeds;
}

/** Statuses of a measure that is under way or has happened (it addresses its goal's needs). */
const ACTIVE: ReadonlySet<MeasureStatus> = new Set(['planned', 'in-progress', 'delayed', 'done']);

/** The latest measurement on or before `today` (by date; on a tie, the later one in the list). */
function latestMeasurement(indicator: Indicator, today: string) {
  let latest: Indicator['measurements'][number] | undefined;
  for (const m of indicator.measurements)
    if (m.date <= today && (latest === undefined || m.date >= latest.date)) latest = m;
  return latest;
}

/** Whether any indicator of the measure was measured on or before `today`. */
const measuredBy = (measure: Measure, today: string) =>
  measure.indicators.some((i) => latestMeasurement(i, today) !== undefined);

/**
 * Why a measure is late on `today`, if it is: not done after its end date (this wins, since it
 * is the later deadline), or not started after its start date: `planned`, or `delayed` with no
 * indicator measured yet (the plan records no start date, so a measurement is the only sign that
 * a delayed measure has begun). Done and cancelled measures are never late.
 */
function lateness(measure: Measure, today: string): LateMeasure | undefined {
  const { status } = measure;
  if (status === 'done' || status === 'cancelled') return undefined;
  const base = { measure: measure.id, goal: measure.goal, owner: measure.owner };
  if (today > measure.end)
    return { ...base, reason: 'not-done', days: daysBetween(measure.end, today) };
  const notStarted = status === 'planned' || (status === 'delayed' && !measuredBy(measure, today));
  if (notStarted && today > measure.start)
    return { ...base, reason: 'not-started', days: daysBetween(measure.start, today) };
  return undefined;
}

/**
 * The value expected on `date`: the straight line from `baseline` on the measure's start to
 * `target` on its end, clamped to the measure's period (a one-day measure expects its target
 * from its start on).
 */
export function expectedValue(indicator: Indicator, measure: Measure, date: string): number {
  const length = daysBetween(measure.start, measure.end);
  const elapsed = daysBetween(measure.start, date);
  const share = length <= 0 ? (elapsed >= 0 ? 1 : 0) : Math.min(1, Math.max(0, elapsed / length));
  return indicator.baseline + (indicator.target - indicator.baseline) * share;
}

// Measured values are compared to the straight line with a tolerance, so that a value that is
// on the line but for the last bits of floating point (0.1 + 0.2) is not called off track.
const EPSILON = 1e-9;

function offTrack(
  indicator: Indicator,
  measure: Measure,
  measured: { date: string; value: number },
): OffTrackIndicator | undefined {
  const span = indicator.target - indicator.baseline;
  // A target equal to the baseline names no direction to fall behind in.
  if (span === 0) return undefined;
  // A done measure is held to its target, whenever its last value was measured.
  const expected =
    measure.status === 'done' ? indicator.target : expectedValue(indicator, measure, measured.date);
  const shortfall = span > 0 ? expected - measured.value : measured.value - expected;
  if (shortfall <= EPSILON * Math.max(1, Math.abs(expected))) return undefined;
  return {
    measure: measure.id,
    goal: measure.goal,
    indicator: indicator.id,
    measured: { date: measured.date, value: measured.value },
    expected,
    shortfall,
    shortfallShare: shortfall / Math.abs(span),
  };
}

function checkArguments(plan: ActionPlan, today: string, options: ReviewOptions): void {
  checkObjectArgument('reviewActionPlan', 'plan', plan, 'the ActionPlan');
  if (!Array.isArray(plan.measures) || !Array.isArray(plan.goals))
    throw new TypeError(
      'reviewActionPlan: the argument "plan" must be an ActionPlan with "goals" and "measures" arrays; parse it with parseActionPlan first.',
    );
  if (typeof today !== 'string' || dayNumber(today) === undefined)
    throw new TypeError(
      `reviewActionPlan: the argument "today" must be a real date written YYYY-MM-DD; got ${typeof today === 'string' ? JSON.stringify(today) : describeValue(today)}.`,
    );
  checkObjectArgument('reviewActionPlan', 'options', options, '{ needs? }');
  if (options.needs !== undefined) {
    checkObjectArgument('reviewActionPlan', 'options.needs', options.needs, '{ priorities }');
    if (!Array.isArray(options.needs.priorities))
      throw new TypeError(
        `reviewActionPlan: the argument "options.needs.priorities" must be an array of { competence, rank }; got ${describeValue(options.needs.priorities)}.`,
      );
  }
}

/** The report's priorities no goal names, or whose goals have no measure under way or done. */
function unaddressedNeeds(plan: ActionPlan, needs: ReviewNeeds | undefined): UnaddressedNeed[] {
  if (!needs) return [];
  const result: UnaddressedNeed[] = [];
  const ranked = needs.priorities
    .map((p, order) => ({ ...p, order }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order);
  for (const { competence, rank } of ranked) {
    const goals = new Set(plan.goals.filter((g) => g.needs.includes(competence)).map((g) => g.id));
    if (goals.size === 0) result.push({ competence, rank, reason: 'no-goal' });
    else if (!plan.measures.some((m) => goals.has(m.goal) && ACTIVE.has(m.status)))
      result.push({ competence, rank, reason: 'no-active-measure' });
  }
  return result;
}

/**
 * Reviews an action plan on `today` (`YYYY-MM-DD`; day arithmetic in UTC, on dates only):
 *
 * - `late`: measures not done after their end date (`not-done`), or not started after their start
 *   date (`not-started`: status `planned`, or `delayed` with no indicator measured yet), with the
 *   whole days past that date; done and cancelled measures are never late. In the plan's order.
 * - `offTrack`: indicators whose latest measurement (on or before `today`) is behind the straight
 *   line from the baseline at the measure's start to the target at its end (clamped): below it
 *   for a rising target, above it for a falling one. A done measure's indicators are held to
 *   their target; cancelled measures' indicators are not checked; a target equal to its baseline
 *   is never off track.
 * - `unmeasured`: indicators of measures in progress, delayed or done, started on or before
 *   `today`, with no measurement yet.
 * - `unaddressed`: the needs report's priorities (by rank) that no goal names (`no-goal`), or
 *   whose goals have no measure planned, in progress, delayed or done (`no-active-measure`).
 * - `byStatus` and `budget` (per currency, cancelled measures excluded, rounded to cents).
 *
 * Measurements dated after `today` are ignored. Throws a TypeError naming a wrong argument.
 *
 * @example
 * ```ts
 * const review = reviewActionPlan(plan, '2026-06-30', { needs: { priorities } });
 * review.late.map((l) => `${l.measure}: ${l.reason}, ${l.days} days`);
 * ```
 */
export function reviewActionPlan(
  plan: ActionPlan,
  today: string,
  options: ReviewOptions = {},
): ActionPlanReview {
  checkArguments(plan, today, options);
  const late: LateMeasure[] = [];
  const offTrackList: OffTrackIndicator[] = [];
  const unmeasured: ActionPlanReview['unmeasured'] = [];
  const byStatus = Object.fromEntries(MEASURE_STATUSES.map((s) => [s, 0])) as Record<
    MeasureStatus,
    number
  >;
  const budget: Record<string, number> = {};

  for (const measure of plan.measures) {
    byStatus[measure.status] += 1;
    if (measure.status !== 'cancelled' && measure.budget) {
      const { currency, amount } = measure.budget;
      budget[currency] = Math.round(((budget[currency] ?? 0) + amount) * 100) / 100;
    }
    const isLate = lateness(measure, today);
    if (isLate) late.push(isLate);
    if (measure.status === 'cancelled') continue;
    const started = measure.status !== 'planned' && measure.start <= today;
    for (const indicator of measure.indicators) {
      const measured = latestMeasurement(indicator, today);
      if (!measured) {
        if (started)
          unmeasured.push({ measure: measure.id, goal: measure.goal, indicator: indicator.id });
        continue;
      }
      const behind = offTrack(indicator, measure, measured);
      if (behind) offTrackList.push(behind);
    }
  }

  return {
    today,
    late,
    offTrack: offTrackList,
    unmeasured,
    unaddressed: unaddressedNeeds(plan, options.needs),
    byStatus,
    budget,
  };
}
