import * as z from 'zod/mini';
import type {
  Catalogue,
  Framework,
  GapClosure,
  LearningPath,
  Module,
  OpenGap,
  PathStep,
  Result,
} from '@competence-kit/schemas';
import { levelIndex } from '@competence-kit/model';
import { prerequisiteClosure, topologicalOrder } from './graph.js';
import { offersLanguage } from './languages.js';

const Options = z.object({
  framework: z.custom<Framework>(
    (f) => typeof f === 'object' && f !== null && 'scale' in f && 'competences' in f,
  ),
  language: z.string().check(z.minLength(2), z.maxLength(35)),
  budgetHours: z.optional(z.nullable(z.number().check(z.gte(0)))),
  completed: z.optional(z.array(z.string())),
});

/**
 * Options of {@link recommendPath}.
 *
 * @example
 * ```ts
 * const options: RecommendPathOptions = { framework, language: 'de', budgetHours: 40 };
 * ```
 */
export interface RecommendPathOptions {
  /** The framework the result was scored against: its scale orders the levels. */
  framework: Framework;
  /** The language the person takes training in (BCP 47); `de-AT` is served by `de`. */
  language: string;
  /** The most hours the path may take; `null` or absent for no limit. */
  budgetHours?: number | null;
  /** Ids of modules the person has already completed: they satisfy prerequisites and are not proposed. */
  completed?: readonly string[];
}

/** A gap to the role target: the current level index (−1 for none) and the target index. */
interface Gap {
  competence: string;
  current: number;
  target: number;
}

/** What taking a set of modules does to the gaps. */
interface Gain {
  narrowed: number;
  levels: number;
}

/** A module with its levels resolved on the framework's scale. */
interface Compiled {
  module: Module;
  ups: { competence: string; up: number }[];
}

/**
 * Sums what taking `add` (modules not yet taken) does to the gaps into `reached`
 * (competence → level reached, capped at the target) and returns the gain.
 */
function gainOf(
  add: readonly Compiled[],
  gaps: ReadonlyMap<string, Gap>,
  reached: Map<string, number>,
): Gain {
  reached.clear();
  for (const m of add) {
    for (const { competence, up } of m.ups) {
      const gap = gaps.get(competence);
      if (!gap) continue;
      const capped = up < gap.target ? up : gap.target;
      const before = reached.get(competence);
      if (capped > gap.current && (before === undefined || capped > before))
        reached.set(competence, capped);
    }
  }
  const gain: Gain = { narrowed: reached.size, levels: 0 };
  for (const [competence, up] of reached) gain.levels += up - gaps.get(competence)!.current;
  return gain;
}

/** Each module's prerequisite closure, or undefined when it cannot be taken. */
function closuresOf(catalogue: Catalogue, byId: ReadonlyMap<string, Module>) {
  const closures = new Map<string, string[] | undefined>();
  for (const m of catalogue.modules) {
    const closure = prerequisiteClosure(m.id, byId);
    closures.set(m.id, closure && [...closure]);
  }
  return closures;
}

/** Modules with their levels resolved on the framework's scale. */
function compiledOf(catalogue: Catalogue, framework: Framework): Map<string, Compiled> {
  return new Map(
    catalogue.modules.map((module) => [
      module.id,
      {
        module,
        ups: module.competences.map((c) => ({
          competence: c.competence,
          up: levelIndex(framework, c.upTo),
        })),
      },
    ]),
  );
}

function gapsOf(result: Result, framework: Framework) {
  const gaps = new Map<string, Gap>();
  const unscored: OpenGap[] = [];
  for (const c of result.competences) {
    if (c.target === null) continue;
    const target = levelIndex(framework, c.target);
    if (target < 0) continue;
    if (!c.valid || c.gap === null) {
      unscored.push({
        competence: c.competence,
        level: null,
        target: c.target,
        reason: 'no-score',
      });
      continue;
    }
    const current = c.level === null ? -1 : levelIndex(framework, c.level);
    if (current < target) gaps.set(c.competence, { competence: c.competence, current, target });
  }
  return { gaps, unscored };
}

/**
 * Recommends a learning path: the modules that close one person's gaps to their role target,
 * in an order that respects prerequisites, within an hours budget and in one language.
 *
 * The choice is greedy and deterministic. Each round takes the module (with whatever of its
 * prerequisites the person has not done) that narrows the most gaps at once; ties go to the
 * one that gains more levels, then to fewer hours, then to the catalogue's order. A module
 * counts only if it, and each prerequisite it brings, is offered in the language, is meant
 * for the person's role (prerequisites excepted) and fits in what is left of the budget. A
 * module raises a competence to its `upTo` level; gains beyond the target do not count.
 *
 * Every step says which gaps it narrows (`closes`, from level → to level) or, for a step
 * that only enables a later one, `reason: 'prerequisite'` and `prerequisiteFor`. Gaps the
 * path leaves open are listed with the reason: `no-module` (the catalogue has none that
 * develops the competence far enough), `no-module-in-language`, `not-for-role`, `budget`,
 * or `no-score` (too few items answered to know the level).
 *
 * @throws TypeError for malformed options (a programmer error).
 * @example
 * ```ts
 * const path = recommendPath(result, catalogue, { framework, language: 'it', budgetHours: 40 });
 * for (const step of path.steps) console.log(step.module, step.hours, step.closes);
 * for (const gap of path.open) console.log(gap.competence, gap.reason);
 * ```
 */
export function recommendPath(
  result: Result,
  catalogue: Catalogue,
  options: RecommendPathOptions,
): LearningPath {
  const parsed = Options.safeParse(options);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new TypeError(
      `Invalid recommendPath options at ${first.path.join('.') || '(root)'}: ${first.message}`,
    );
  }
  const { framework, language } = options;
  const budget = options.budgetHours ?? null;
  const completed = new Set(options.completed ?? []);
  const byId = new Map(catalogue.modules.map((m) => [m.id, m]));
  const forRole = (m: Module) =>
    !m.roleProfiles ||
    (result.roleProfile !== undefined && m.roleProfiles.includes(result.roleProfile));

  const { gaps, unscored } = gapsOf(result, framework);
  const chosen: string[] = [];
  const taken = new Set<string>();
  let spent = 0;

  // Each candidate with the modules it brings (its missing prerequisites first).
  const compiled = compiledOf(catalogue, framework);
  const closures = closuresOf(catalogue, byId);
  const bundles = new Map<string, Compiled[]>();
  for (const m of catalogue.modules) {
    if (completed.has(m.id) || !forRole(m) || !offersLanguage(m.languages, language)) continue;
    const closure = closures.get(m.id);
    if (!closure) continue;
    const prereqs = closure.filter((p) => !completed.has(p)).map((p) => compiled.get(p)!);
    if (prereqs.some((p) => !offersLanguage(p.module.languages, language))) continue;
    bundles.set(m.id, [...prereqs, compiled.get(m.id)!]);
  }

  const reached = new Map<string, number>();
  const add: Compiled[] = [];
  for (;;) {
    let best: { id: string; add: Compiled[]; cost: number; gain: Gain } | undefined;
    for (const [id, bundle] of bundles) {
      if (taken.has(id)) continue;
      add.length = 0;
      let cost = 0;
      for (const m of bundle) {
        if (taken.has(m.module.id)) continue;
        add.push(m);
        cost += m.module.hours;
      }
      if (budget !== null && spent + cost > budget + 1e-9) continue;
      const gain = gainOf(add, gaps, reached);
      if (gain.narrowed === 0) continue;
      if (
        !best ||
        gain.narrowed > best.gain.narrowed ||
        (gain.narrowed === best.gain.narrowed &&
          (gain.levels > best.gain.levels ||
            (gain.levels === best.gain.levels && cost < best.cost)))
      )
        best = { id, add: [...add], cost, gain };
    }
    if (!best) break;
    gainOf(best.add, gaps, reached);
    for (const [competence, up] of reached) {
      const gap = gaps.get(competence)!;
      if (up >= gap.target) gaps.delete(competence);
      else gaps.set(competence, { ...gap, current: up });
    }
    for (const m of best.add) {
      taken.add(m.module.id);
      chosen.push(m.module.id);
    }
    spent += best.cost;
  }

  const order = topologicalOrder(chosen, (id) => byId.get(id)?.prerequisites ?? []);
  return {
    respondent: result.respondent,
    ...(result.roleProfile !== undefined && { roleProfile: result.roleProfile }),
    catalogue: { id: catalogue.id, version: catalogue.version },
    language,
    budgetHours: budget,
    totalHours: spent,
    steps: describeSteps(order, byId, result, framework),
    open: [...unscored, ...openGaps(gaps, catalogue, result, options, forRole, bundles)],
  };
}

function describeSteps(
  order: readonly string[],
  byId: ReadonlyMap<string, Module>,
  result: Result,
  framework: Framework,
): PathStep[] {
  const { gaps } = gapsOf(result, framework);
  const levels = framework.scale.levels;
  const current = new Map([...gaps].map(([c, g]) => [c, g.current]));
  const inPath = new Set(order);
  return order.map((id) => {
    const module = byId.get(id)!;
    const closes: GapClosure[] = [];
    for (const c of module.competences) {
      const gap = gaps.get(c.competence);
      const now = current.get(c.competence);
      const up = levelIndex(framework, c.upTo);
      if (!gap || now === undefined || now >= gap.target || up <= now) continue;
      closes.push({
        competence: c.competence,
        from: now < 0 ? null : levels[now]!.id,
        to: c.upTo,
        target: levels[gap.target]!.id,
      });
      current.set(c.competence, up);
    }
    const prerequisiteFor = order.filter(
      (other) => inPath.has(other) && (byId.get(other)!.prerequisites ?? []).includes(id),
    );
    return {
      module: id,
      hours: module.hours,
      closes,
      ...(prerequisiteFor.length > 0 && { prerequisiteFor }),
      reason: closes.length > 0 ? 'closes-gaps' : 'prerequisite',
    };
  });
}

function openGaps(
  gaps: ReadonlyMap<string, Gap>,
  catalogue: Catalogue,
  result: Result,
  options: RecommendPathOptions,
  forRole: (m: Module) => boolean,
  feasible: ReadonlyMap<string, readonly Compiled[]>,
): OpenGap[] {
  const { framework, language } = options;
  const levels = framework.scale.levels;
  return [...gaps.values()].map((gap) => {
    const developing = catalogue.modules.filter((m) =>
      m.competences.some(
        (c) => c.competence === gap.competence && levelIndex(framework, c.upTo) > gap.current,
      ),
    );
    // A module counts as available in the language only if its prerequisites are too.
    const inLanguage = developing.filter(
      (m) => offersLanguage(m.languages, language) && (feasible.has(m.id) || !forRole(m)),
    );
    const reason: OpenGap['reason'] =
      developing.length === 0
        ? 'no-module'
        : inLanguage.length === 0
          ? 'no-module-in-language'
          : !inLanguage.some(forRole)
            ? 'not-for-role'
            : 'budget';
    const level = result.competences.find((c) => c.competence === gap.competence)?.level ?? null;
    return { competence: gap.competence, level, target: levels[gap.target]!.id, reason };
  });
}
