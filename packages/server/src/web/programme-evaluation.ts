// The programme's evaluation as releases (docs/decisions/0019-programme-evaluation-release.md).
// `evaluateProgramme` of @competence-kit/training compares, per module, the baseline → post change
// of the people who took it with the change of those who did not. Here the same comparison is put
// through the disclosure control: per module, one release of the population
// `<city>/programme-evaluation/<programme>/<module>`, whose results carry the `group` dimension
// (`participant` or `other`), with tables by phase and by phase and group, the wave comparison
// baseline → post, the module's competences, the city's threshold and the ledgers of the
// population's earlier releases. No figure about a module's participants exists outside these
// releases.
import {
  buildRelease,
  type Release,
  type ReleaseOutcome,
  type ReleasePlan,
} from '@competence-kit/disclosure';
import type { Catalogue, Framework, Result } from '@competence-kit/schemas';

/** The value of the `group` dimension: completed the module, or did not. */
export type EvaluationGroup = 'participant' | 'other';
export const PARTICIPANT: EvaluationGroup = 'participant';
export const OTHER: EvaluationGroup = 'other';
/** The waves compared. */
export const FROM = 'baseline';
export const TO = 'post';

/** The population of a module's evaluation releases. */
export const evaluationPopulation = (cityId: string, programmeId: string, moduleId: string) =>
  `${cityId}/programme-evaluation/${programmeId}/${moduleId}`;

/** What every population of a programme's evaluation starts with. */
export const evaluationPrefix = (cityId: string, programmeId: string) =>
  `${cityId}/programme-evaluation/${programmeId}/`;

/**
 * The plan of a module's releases: everyone by phase and the two groups by phase (the total is in
 * the release, so that the protection knows what the city's other releases publish about
 * everyone: a hidden group's figures cannot come back as the total minus the other group), and
 * the paired comparison of the waves.
 */
export function modulePlan(
  population: string,
  competences: readonly string[],
  minGroupSize: number,
): ReleasePlan {
  return {
    population,
    breakdowns: [['phase'], ['phase', 'group']],
    minGroupSize,
    competences: [...competences],
    compare: { from: FROM, to: TO },
  };
}

/**
 * Who completed which module, from `attendance.completions`: per module, the accounts (a person
 * completed a module by attending one of its sessions).
 */
export function participantsByModule(
  completions: ReadonlyMap<string, ReadonlyMap<string, unknown>>,
): Map<string, Set<string>> {
  const byModule = new Map<string, Set<string>>();
  for (const [accountId, modules] of completions)
    for (const moduleId of modules.keys()) {
      const set = byModule.get(moduleId) ?? new Set<string>();
      set.add(accountId);
      byModule.set(moduleId, set);
    }
  return byModule;
}

/**
 * The results of the two waves, each marked with its person's group for one module. Results of
 * other waves are left out (the release compares baseline and post only).
 */
export function groupedResults(
  results: readonly Result[],
  participants: ReadonlySet<string>,
): Result[] {
  return results
    .filter((r) => r.phase === FROM || r.phase === TO)
    .map((r) => ({ ...r, group: participants.has(r.respondent) ? PARTICIPANT : OTHER }));
}

/** How many people two sets differ by (in one and not the other). */
const difference = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  [...a].filter((x) => !b.has(x)).length + [...b].filter((x) => !a.has(x)).length;

/** A module of the programme as the evaluation sees it. */
export interface ModuleState {
  module: string;
  /** `enough`: at least the threshold completed it (among those with results, or not). */
  state: 'enough' | 'few' | 'none';
  /**
   * When not published with the others: the module (published in the same batch) whose
   * participants with results differ from this one's by fewer than the threshold. Both releases
   * together would give those few people's answers away by subtraction.
   */
  closeTo?: string;
}

/**
 * Which modules a publication covers: every module of the programme that someone completed, in
 * catalogue order, except one whose participants with results differ by 1 to k − 1 people from
 * those of a module earlier in the batch (its figures minus the other's would describe those
 * few).
 */
export function moduleStates(
  modules: readonly string[],
  participants: ReadonlyMap<string, ReadonlySet<string>>,
  respondents: ReadonlySet<string>,
  k: number,
): ModuleState[] {
  const chosen: { module: string; who: Set<string> }[] = [];
  return modules.map((module): ModuleState => {
    const all = participants.get(module) ?? new Set<string>();
    if (all.size === 0) return { module, state: 'none' };
    const state = all.size >= k ? 'enough' : 'few';
    const who = new Set([...all].filter((a) => respondents.has(a)));
    const close = chosen.find((c) => {
      const d = difference(c.who, who);
      return d > 0 && d < k;
    });
    if (close) return { module, state, closeTo: close.module };
    chosen.push({ module, who });
    return { module, state };
  });
}

/** The competences a module develops, as the framework knows them. */
export function moduleCompetences(
  catalogue: Catalogue,
  framework: Framework,
  moduleId: string,
): string[] {
  const known = new Set(framework.competences.map((c) => c.id));
  const module = catalogue.modules.find((m) => m.id === moduleId);
  return (module?.competences ?? []).map((c) => c.competence).filter((c) => known.has(c));
}

/**
 * The next release of a module's evaluation: the results grouped for the module, checked against
 * the population's earlier ledgers. Throws `ReleaseRefused` as `buildRelease` does.
 */
export async function buildModuleRelease(
  results: readonly Result[],
  options: {
    cityId: string;
    programmeId: string;
    module: string;
    participants: ReadonlySet<string>;
    competences: readonly string[];
    minGroupSize: number;
    framework: Framework;
    previous: readonly unknown[];
    random?: () => number;
  },
): Promise<{ plan: ReleasePlan; outcome: ReleaseOutcome }> {
  const plan = modulePlan(
    evaluationPopulation(options.cityId, options.programmeId, options.module),
    options.competences,
    options.minGroupSize,
  );
  const outcome = await buildRelease(groupedResults(results, options.participants), plan, {
    framework: options.framework,
    previous: options.previous as never,
    ...(options.random && { random: options.random }),
  });
  return { plan, outcome };
}

/** The wave comparison of one group in a module's release (undefined: the release has none). */
export function groupChange(release: Release, group: EvaluationGroup) {
  const index = (release.changes ?? []).findIndex((c) => c.key.group === group);
  return index < 0 ? undefined : { index, change: release.changes![index]! };
}
