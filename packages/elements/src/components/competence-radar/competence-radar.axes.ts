import { levelIndex } from '@competence-kit/model/read';
import type { Competence, Framework, Issue, LocalizedText, Result } from '@competence-kit/schemas';

/** One competence of the radar: its level, target and second-wave level on the scale. */
export interface RadarAxis {
  competence: Competence;
  /**
   * Position of the level reached on the scale (1 = lowest; 0 below the lowest level, a valid
   * score whose lowest level is not reached); null when the score is invalid.
   */
  level: number | null;
  /** Position of the role's target level; null without a target. */
  target: number | null;
  /** Levels between the level reached and the target: positive below target. */
  gap: number | null;
  /** Position of the level reached in the second wave, if there is one. */
  comparisonLevel: number | null;
  comparisonGap: number | null;
}

/** The axes to draw, in framework order, and what in the data could not be placed. */
export interface RadarData {
  axes: RadarAxis[];
  issues: Issue[];
}

/**
 * The competences of `result` (and `comparison`) that belong to the framework (and `domain`,
 * when given), in the framework's order. Competences or levels the framework does not know,
 * and results of another framework, are reported as issues; unknown levels count as invalid.
 */
export function radarData(
  framework: Framework,
  result: Result,
  comparison: Result | undefined,
  domain: string,
): RadarData {
  const issues: Issue[] = [];
  const known = new Set(framework.competences.map((c) => c.id));
  const check = (r: Result, name: 'result' | 'comparison') => {
    if (r.framework.id !== framework.id) {
      issues.push({
        path: `/${name}/framework/id`,
        code: 'framework-mismatch',
        message: `The ${name} was scored against "${r.framework.id}", not against the framework given ("${framework.id}").`,
      });
    }
    r.competences.forEach((c, i) => {
      if (!known.has(c.competence)) {
        issues.push({
          path: `/${name}/competences/${i}/competence`,
          code: 'unknown-reference',
          message: `Competence "${c.competence}" is not in the framework; it is left out.`,
        });
      }
      for (const field of ['level', 'target'] as const) {
        const id = c[field];
        if (id !== null && levelIndex(framework, id) < 0) {
          issues.push({
            path: `/${name}/competences/${i}/${field}`,
            code: 'unknown-reference',
            message: `Level "${id}" is not on the framework's scale; it is shown as not available.`,
          });
        }
      }
    });
  };
  check(result, 'result');
  if (comparison) check(comparison, 'comparison');

  const position = (id: string | null | undefined) => {
    const i = id ? levelIndex(framework, id) : -1;
    return i < 0 ? null : i + 1;
  };
  const scores = new Map(result.competences.map((c) => [c.competence, c]));
  const second = new Map(comparison?.competences.map((c) => [c.competence, c]));
  // A valid score without a level is below the scale: position 0, the chart's centre.
  const reached = (score: Result['competences'][number] | undefined) =>
    !score?.valid ? null : score.level === null ? 0 : position(score.level);
  const gap = (level: number | null, target: number | null) =>
    level !== null && target !== null ? target - level : null;

  const axes = framework.competences
    .filter((c) => (!domain || c.domain === domain) && (scores.has(c.id) || second.has(c.id)))
    .map((competence): RadarAxis => {
      const score = scores.get(competence.id);
      const other = second.get(competence.id);
      const level = reached(score);
      const target = position(score?.target ?? other?.target);
      const comparisonLevel = reached(other);
      return {
        competence,
        level,
        target,
        gap: gap(level, target),
        comparisonLevel,
        comparisonGap: gap(comparisonLevel, target),
      };
    });
  return { axes, issues };
}

/**
 * More competences than this are drawn as one axis per domain: 28 labels round a circle do not
 * fit a phone, nor do they read well anywhere.
 */
export const MAX_COMPETENCE_AXES = 12;

/** An axis of the chart: a competence, or a domain drawn as the means of its competences. */
export interface ChartAxis {
  id: string;
  title: LocalizedText;
  /** Set when the axis is a domain, which the chart can drill down into. */
  domain: boolean;
  /** Positions on the scale (1 = lowest), fractional for a domain's mean; null when none. */
  level: number | null;
  target: number | null;
  comparisonLevel: number | null;
}

const mean = (values: readonly (number | null)[]): number | null => {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
};

/**
 * The axes to draw for `axes` (the competences shown): the competences themselves, or, when
 * there are more than {@link MAX_COMPETENCE_AXES} and no domain is chosen, one axis per domain
 * of the framework at the mean position of its competences' levels, targets and second wave.
 */
export function chartAxes(
  framework: Framework,
  axes: readonly RadarAxis[],
  domain: string,
): ChartAxis[] {
  if (domain || axes.length <= MAX_COMPETENCE_AXES) {
    return axes.map((a) => ({
      id: a.competence.id,
      title: a.competence.title,
      domain: false,
      level: a.level,
      target: a.target,
      comparisonLevel: a.comparisonLevel,
    }));
  }
  return framework.domains.flatMap((d): ChartAxis[] => {
    const inDomain = axes.filter((a) => a.competence.domain === d.id);
    if (inDomain.length === 0) return [];
    return [
      {
        id: d.id,
        title: d.title,
        domain: true,
        level: mean(inDomain.map((a) => a.level)),
        target: mean(inDomain.map((a) => a.target)),
        comparisonLevel: mean(inDomain.map((a) => a.comparisonLevel)),
      },
    ];
  });
}
