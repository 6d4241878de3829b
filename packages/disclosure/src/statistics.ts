import type { Framework, Result } from '@competence-kit/schemas';
import { BELOW_SCALE, mean, quartiles, standardDeviation } from '@competence-kit/scoring';

/**
 * What a release says about one competence in one published cell. Which figures appear depends on
 * how many people stand behind them (see {@link describeCompetence}).
 */
export interface PublishedCompetence {
  competence: string;
  /**
   * The mean score (0..1) of the people in the cell with a valid score, or `null` when fewer than
   * the threshold have one.
   */
  mean: number | null;
  /** Standard deviation and quartiles: only for at least four times the threshold of scores. */
  sd?: number;
  quartiles?: [number, number, number];
  /**
   * People per level reached: only for at least four times the threshold of scores, when every
   * level shown holds at least the threshold and at least the threshold are outside the most
   * common level (so that nobody's level follows from being in the cell). Valid scores below the
   * lowest level count as a level of their own, under `BELOW_SCALE` ("below-scale", first): left
   * out, the difference between the people and the levels would publish how many they are.
   */
  levels?: Record<string, number>;
  /** Share below their role's target: only when at least the threshold have a target. */
  belowTarget?: number;
  /** In a release with noise: the half-width of a 90 % interval around the noisy mean. */
  meanMargin?: number;
}

/**
 * The size rules, and why: a mean of k or more scores leaves every member's score open. With a
 * standard deviation and quartiles as well, the scores of a small group can be rebuilt, because an
 * instrument allows only a finite set of scores (a group of 6: its 3 quartiles, mean and sd leave
 * one multiset in most cases); from four times the threshold on, the same figures fit so many
 * multisets that no member's score follows. A level distribution tells each member's level when
 * all but a few share one level, so it needs a spread as well as a size.
 */
export function describeCompetence(
  members: readonly Result[],
  competence: string,
  k: number,
  levelOrder: readonly string[],
): PublishedCompetence {
  const scores: number[] = [];
  const levels: Record<string, number> = {};
  let withTarget = 0;
  let below = 0;
  for (const result of members) {
    const c = result.competences.find((x) => x.competence === competence);
    if (!c || c.score === null) continue;
    scores.push(c.score);
    // A valid score without a level is below the scale: a bucket like any level.
    const level = c.level ?? BELOW_SCALE;
    levels[level] = (levels[level] ?? 0) + 1;
    if (c.gap !== null) {
      withTarget++;
      if (c.gap > 0) below++;
    }
  }
  const out: PublishedCompetence = { competence, mean: null };
  if (scores.length < k) return out;
  out.mean = mean(scores);
  if (withTarget >= k) out.belowTarget = below / withTarget;
  if (scores.length >= 4 * k) {
    out.sd = standardDeviation(scores);
    out.quartiles = quartiles(scores);
    const counts = Object.values(levels);
    const largest = Math.max(0, ...counts);
    if (counts.every((n) => n === 0 || n >= k) && scores.length - largest >= k) {
      out.levels = Object.fromEntries(
        [
          BELOW_SCALE,
          ...levelOrder,
          ...Object.keys(levels).filter((l) => l !== BELOW_SCALE && !levelOrder.includes(l)),
        ]
          .filter((l) => levels[l] !== undefined)
          .map((l) => [l, levels[l]!]),
      );
    }
  }
  return out;
}

/** The competences a release describes: those asked for, or every one in the results. */
export function competencesOf(
  results: readonly Result[],
  framework: Framework,
  asked: readonly string[] | undefined,
): string[] {
  if (asked) return [...asked];
  const present = new Set(results.flatMap((r) => r.competences.map((c) => c.competence)));
  const ordered = framework.competences.map((c) => c.id).filter((id) => present.has(id));
  return [...ordered, ...[...present].filter((id) => !ordered.includes(id))];
}
