import { getLevel, levelIndex, nextLevel } from '@competence-kit/model/read';
import type {
  Competence,
  Domain,
  Framework,
  Issue,
  ProficiencyLevel,
  Result,
} from '@competence-kit/schemas';
import type { ProfileFilter, ProfileSort } from './competence-profile.types.js';

/** One competence of the profile. */
export interface ProfileEntry {
  competence: Competence;
  /** Whether enough items were answered for a score. */
  valid: boolean;
  /** The level reached; undefined when the score is invalid (too few answers) or below the scale. */
  level: ProficiencyLevel | undefined;
  /** A valid score below the lowest level (its statements not endorsed): no level reached yet. */
  below: boolean;
  /** The role's target level; undefined without a role profile. */
  target: ProficiencyLevel | undefined;
  /** Levels between the level reached and the target: positive below target. */
  gap: number | null;
  /**
   * The level above the one reached (below the scale: the lowest level); undefined at the top of
   * the scale or when the score is invalid.
   */
  next: ProficiencyLevel | undefined;
}

/** A domain and its competences, as listed. */
export interface ProfileSection {
  domain: Domain;
  entries: ProfileEntry[];
}

export interface ProfileView {
  sections: ProfileSection[];
  /** How many competences are listed, and how many the result has (in the domain). */
  shown: number;
  total: number;
}

/**
 * The result's competences grouped by the framework's domains (in framework order), filtered
 * to those below target if asked, and sorted by gap within each domain if asked (largest gap
 * first, invalid scores last; ties keep the framework's order).
 */
export function profileView(
  framework: Framework,
  result: Result,
  { filter, sort, domain }: { filter: ProfileFilter; sort: ProfileSort; domain: string },
): ProfileView {
  const scores = new Map(result.competences.map((c) => [c.competence, c]));
  const level = (id: string | null | undefined) => (id ? getLevel(framework, id) : undefined);
  const lowest = framework.scale.levels[0];
  let total = 0;
  let shown = 0;
  const sections = framework.domains
    .filter((d) => !domain || d.id === domain)
    .map((d): ProfileSection => {
      const all = framework.competences
        .filter((c) => c.domain === d.id && scores.has(c.id))
        .map((competence): ProfileEntry => {
          const score = scores.get(competence.id)!;
          const reached = score.valid ? level(score.level) : undefined;
          const below = score.valid && score.level === null;
          const target = level(score.target);
          // Below the scale the gap counts from one step below the lowest level.
          const from = reached ? levelIndex(framework, reached.id) : below ? -1 : undefined;
          return {
            competence,
            valid: score.valid,
            level: reached,
            below,
            target,
            gap: from !== undefined && target ? levelIndex(framework, target.id) - from : null,
            next: reached ? nextLevel(framework, reached.id) : below ? lowest : undefined,
          };
        });
      total += all.length;
      const entries = filter === 'gaps' ? all.filter((e) => (e.gap ?? 0) > 0) : all;
      if (sort === 'gap') {
        const rank = (e: ProfileEntry) => e.gap ?? -Infinity;
        entries.sort((a, b) => rank(b) - rank(a));
      }
      shown += entries.length;
      return { domain: d, entries };
    })
    .filter((s) => s.entries.length > 0);
  return { sections, shown, total };
}

/** What in the result the framework cannot place: another framework, unknown ids. */
export function profileIssues(framework: Framework, result: Result, domain: string): Issue[] {
  const issues: Issue[] = [];
  if (result.framework.id !== framework.id) {
    issues.push({
      path: '/result/framework/id',
      code: 'framework-mismatch',
      message: `The result was scored against "${result.framework.id}", not against the framework given ("${framework.id}").`,
    });
  }
  const known = new Set(framework.competences.map((c) => c.id));
  result.competences.forEach((c, i) => {
    if (!known.has(c.competence)) {
      issues.push({
        path: `/result/competences/${i}/competence`,
        code: 'unknown-reference',
        message: `Competence "${c.competence}" is not in the framework; it is left out.`,
      });
    }
    for (const field of ['level', 'target'] as const) {
      const id = c[field];
      if (id !== null && !getLevel(framework, id)) {
        issues.push({
          path: `/result/competences/${i}/${field}`,
          code: 'unknown-reference',
          message: `Level "${id}" is not on the framework's scale; it is shown as not available.`,
        });
      }
    }
  });
  if (domain && !framework.domains.some((d) => d.id === domain)) {
    issues.push({
      path: '/domain',
      code: 'unknown-reference',
      message: `Domain "${domain}" is not in the framework.`,
    });
  }
  return issues;
}
