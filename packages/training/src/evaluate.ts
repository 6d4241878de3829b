import type { Catalogue, Enrolment, LearningPath, Result } from '@competence-kit/schemas';
import { compareWaves } from '@competence-kit/scoring';
import type { CompareWavesOptions, CompetenceChange } from '@competence-kit/scoring';

/**
 * Options of {@link evaluateProgramme}: those of `compareWaves`, and optionally the
 * enrolments, so that only people who completed a module count as its participants.
 *
 * @example
 * ```ts
 * const options: EvaluateProgrammeOptions = { minGroupSize: 5, enrolments };
 * ```
 */
export interface EvaluateProgrammeOptions extends CompareWavesOptions {
  /** When given, a person counts for a module only with a `completed` enrolment in it. */
  enrolments?: readonly Enrolment[];
}

/** The measured change for one module. */
export interface ModuleEvaluation {
  module: string;
  /** People who took the module (by their path, or completed enrolment when given). */
  participants: number;
  /**
   * Per competence the module develops, the change between the waves among its participants,
   * as `compareWaves` measures it (with the same anonymity rules).
   */
  competences: CompetenceChange[];
  /**
   * The same competences among the people with results who did not take the module: a
   * comparison, so that a change everyone shows is not credited to the module.
   */
  comparison: CompetenceChange[];
}

/** The result of {@link evaluateProgramme}. */
export interface ProgrammeEvaluation {
  modules: ModuleEvaluation[];
  /** Problems with the results, from `compareWaves`, with paths into `{ baseline, post }`. */
  issues: { path: string; code: string; message: string }[];
}

/**
 * Evaluates a programme: per module and competence it develops, the change between the
 * baseline and the post results of the people who took it, as measured by `compareWaves`
 * (paired by respondent: mean change, its confidence interval, Cohen's d_z), next to the
 * same competences among those who did not take it.
 *
 * Participants of a module are the respondents whose learning path contains it; with
 * `options.enrolments`, only those with a `completed` enrolment in it.
 *
 * @throws TypeError for malformed options (a programmer error).
 * @example
 * ```ts
 * const evaluation = evaluateProgramme(baseline, post, paths, catalogue, { enrolments });
 * for (const m of evaluation.modules)
 *   for (const c of m.competences)
 *     if (c.paired.stats) console.log(m.module, c.competence, c.paired.stats.meanChange);
 * ```
 */
export function evaluateProgramme(
  baseline: readonly Result[],
  post: readonly Result[],
  paths: readonly LearningPath[],
  catalogue: Catalogue,
  options: EvaluateProgrammeOptions = {},
): ProgrammeEvaluation {
  const { enrolments, ...waveOptions } = options;
  const completed = enrolments
    ? new Set(
        enrolments
          .filter((e) => e.status === 'completed')
          .map((e) => `${e.module}\u0000${e.respondent}`),
      )
    : undefined;
  const takers = new Map<string, Set<string>>();
  for (const path of paths) {
    for (const step of path.steps) {
      if (completed && !completed.has(`${step.module}\u0000${path.respondent}`)) continue;
      const set = takers.get(step.module) ?? new Set<string>();
      set.add(path.respondent);
      takers.set(step.module, set);
    }
  }
  const restrict = (
    results: readonly Result[],
    keep: (r: Result) => boolean,
    competences: Set<string>,
  ) =>
    results.filter(keep).map((r) => ({
      ...r,
      competences: r.competences.filter((c) => competences.has(c.competence)),
    }));

  // Input problems are the same for every module: report them once, from the whole waves.
  const issues = compareWaves(baseline, post, waveOptions).issues;
  const modules: ModuleEvaluation[] = [];
  for (const module of catalogue.modules) {
    const who = takers.get(module.id);
    if (!who) continue;
    const competences = new Set(module.competences.map((c) => c.competence));
    const inside = (r: Result) => who.has(r.respondent);
    const outside = (r: Result) => !who.has(r.respondent);
    const order = (changes: CompetenceChange[]) =>
      module.competences
        .map((mc) => changes.find((c) => c.competence === mc.competence))
        .filter((c): c is CompetenceChange => c !== undefined);
    modules.push({
      module: module.id,
      participants: who.size,
      competences: order(
        compareWaves(
          restrict(baseline, inside, competences),
          restrict(post, inside, competences),
          waveOptions,
        ).competences,
      ),
      comparison: order(
        compareWaves(
          restrict(baseline, outside, competences),
          restrict(post, outside, competences),
          waveOptions,
        ).competences,
      ),
    });
  }
  return { modules, issues };
}
