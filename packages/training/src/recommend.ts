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

/**
 * What a catalogue is for one framework, computed once per pair of objects (like scoring's
 * tables) and reused for every person: each module's levels as indices on the framework's scale,
 * its competences as indices into `competences`, and its prerequisite closure. Recommending a
 * path for 10,000 people against one catalogue compiles the catalogue once, not 10,000 times.
 * Catalogues and frameworks are treated as immutable once passed in, as everywhere in the kit.
 */
interface CatalogueIndex {
  modules: readonly Module[];
  /** Every competence id a module develops, numbered. */
  competences: Map<string, number>;
  /** Per module: its competences (indices) and the level index each is raised to, pairwise. */
  upCompetence: Int32Array[];
  upLevel: Int32Array[];
  hours: Float64Array;
  /** Per module: its prerequisite closure (module indices, in discovery order), or undefined. */
  closures: (Int32Array | undefined)[];
  /** Per language asked for: whether each module is offered in it. */
  languages: Map<string, Uint8Array>;
  /** Per competence index: the modules that develop it, with the level each reaches. */
  developers: { module: number; up: number }[][];
  byId: Map<string, Module>;
}

const indexes = new WeakMap<Catalogue, WeakMap<Framework, CatalogueIndex>>();

function catalogueIndex(catalogue: Catalogue, framework: Framework): CatalogueIndex {
  let byFramework = indexes.get(catalogue);
  if (!byFramework) indexes.set(catalogue, (byFramework = new WeakMap()));
  const cached = byFramework.get(framework);
  if (cached) return cached;
  const modules = catalogue.modules;
  const position = new Map(modules.map((m, i) => [m.id, i]));
  const byId = new Map(modules.map((m) => [m.id, m]));
  const competences = new Map<string, number>();
  const developers: { module: number; up: number }[][] = [];
  const upCompetence: Int32Array[] = [];
  const upLevel: Int32Array[] = [];
  modules.forEach((m, i) => {
    upCompetence.push(new Int32Array(m.competences.length));
    upLevel.push(new Int32Array(m.competences.length));
    m.competences.forEach((c, j) => {
      let index = competences.get(c.competence);
      if (index === undefined) {
        competences.set(c.competence, (index = competences.size));
        developers.push([]);
      }
      const up = levelIndex(framework, c.upTo);
      upCompetence[i]![j] = index;
      upLevel[i]![j] = up;
      developers[index]!.push({ module: i, up });
    });
  });
  const closures = modules.map((m) => {
    const closure = prerequisiteClosure(m.id, byId);
    return closure && Int32Array.from(closure, (id) => position.get(id)!);
  });
  const index: CatalogueIndex = {
    modules,
    competences,
    upCompetence,
    upLevel,
    hours: Float64Array.from(modules, (m) => m.hours),
    closures,
    languages: new Map(),
    developers,
    byId,
  };
  byFramework.set(framework, index);
  return index;
}

function offeredIn(index: CatalogueIndex, language: string): Uint8Array {
  let offered = index.languages.get(language);
  if (!offered) {
    offered = Uint8Array.from(index.modules, (m) =>
      offersLanguage(m.languages, language) ? 1 : 0,
    );
    index.languages.set(language, offered);
  }
  return offered;
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
  const index = catalogueIndex(catalogue, framework);
  const { modules, upCompetence, upLevel, hours } = index;
  const offered = offeredIn(index, language);
  const forRole = (m: Module) =>
    !m.roleProfiles ||
    (result.roleProfile !== undefined && m.roleProfiles.includes(result.roleProfile));

  const { gaps, unscored } = gapsOf(result, framework);
  // The gaps over the catalogue's competences. A competence without a gap gets a target below
  // every level, so no module gains anything on it; a closed gap gets current = target.
  const d = index.competences.size;
  const current = new Int32Array(d);
  const target = new Int32Array(d).fill(-2);
  for (const gap of gaps.values()) {
    const c = index.competences.get(gap.competence);
    if (c === undefined) continue;
    current[c] = gap.current;
    target[c] = gap.target;
  }

  // Each candidate with the modules it brings (its missing prerequisites first).
  const n = modules.length;
  const done = Uint8Array.from(modules, (m) => (completed.has(m.id) ? 1 : 0));
  const feasible = new Uint8Array(n);
  const bundles: Int32Array[] = [];
  for (let i = 0; i < n; i++) {
    const closure = index.closures[i];
    if (done[i] || !closure || !offered[i] || !forRole(modules[i]!)) continue;
    const prereqs = closure.filter((p) => !done[p]);
    if (prereqs.some((p) => !offered[p])) continue;
    const bundle = new Int32Array(prereqs.length + 1);
    bundle.set(prereqs);
    bundle[prereqs.length] = i;
    bundles.push(bundle);
    feasible[i] = 1;
  }

  const taken = new Uint8Array(n);
  const reached = new Int32Array(d);
  const seen = new Int32Array(d);
  let epoch = 0;
  /**
   * What taking the bundle's modules not yet taken does to the gaps: each competence's level
   * reached (capped at its target) in `reached`, marked in `seen` with this evaluation's epoch;
   * returns the number of gaps narrowed and adds the levels gained to `gained[0]`.
   */
  const gained = [0];
  const gainOf = (bundle: Int32Array): number => {
    epoch++;
    let narrowed = 0;
    let levels = 0;
    for (let b = 0; b < bundle.length; b++) {
      const x = bundle[b]!;
      if (taken[x]) continue;
      const cs = upCompetence[x]!;
      const ls = upLevel[x]!;
      for (let j = 0; j < cs.length; j++) {
        const c = cs[j]!;
        const t = target[c]!;
        const capped = ls[j]! < t ? ls[j]! : t;
        if (capped <= current[c]!) continue;
        if (seen[c] !== epoch) {
          seen[c] = epoch;
          reached[c] = capped;
          narrowed++;
          levels += capped - current[c]!;
        } else if (capped > reached[c]!) {
          levels += capped - reached[c]!;
          reached[c] = capped;
        }
      }
    }
    gained[0] = levels;
    return narrowed;
  };

  // Greedy rounds: the bundle that narrows the most gaps, then gains the most levels, then
  // costs the fewest hours, then comes first in the catalogue.
  const chosen: string[] = [];
  let spent = 0;
  for (;;) {
    let best = -1;
    let bestNarrowed = 0;
    let bestLevels = 0;
    let bestCost = 0;
    for (let b = 0; b < bundles.length; b++) {
      const bundle = bundles[b]!;
      if (taken[bundle[bundle.length - 1]!]) continue;
      let cost = 0;
      for (let x = 0; x < bundle.length; x++) if (!taken[bundle[x]!]) cost += hours[bundle[x]!]!;
      if (budget !== null && spent + cost > budget + 1e-9) continue;
      const narrowed = gainOf(bundle);
      if (narrowed === 0) continue;
      const levels = gained[0]!;
      if (
        best < 0 ||
        narrowed > bestNarrowed ||
        (narrowed === bestNarrowed &&
          (levels > bestLevels || (levels === bestLevels && cost < bestCost)))
      ) {
        best = b;
        bestNarrowed = narrowed;
        bestLevels = levels;
        bestCost = cost;
      }
    }
    if (best < 0) break;
    const bundle = bundles[best]!;
    gainOf(bundle);
    for (let c = 0; c < d; c++) if (seen[c] === epoch) current[c] = reached[c]!;
    for (let x = 0; x < bundle.length; x++) {
      if (taken[bundle[x]!]) continue;
      taken[bundle[x]!] = 1;
      chosen.push(modules[bundle[x]!]!.id);
    }
    spent += bestCost;
  }

  // The gaps left open, in the result's order, at the level the path leaves them.
  const left: Gap[] = [];
  for (const gap of gaps.values()) {
    const c = index.competences.get(gap.competence);
    if (c === undefined) left.push(gap);
    else if (current[c]! < target[c]!) left.push({ ...gap, current: current[c]! });
  }
  const order = topologicalOrder(chosen, (id) => index.byId.get(id)?.prerequisites ?? []);
  return {
    respondent: result.respondent,
    ...(result.roleProfile !== undefined && { roleProfile: result.roleProfile }),
    catalogue: { id: catalogue.id, version: catalogue.version },
    language,
    budgetHours: budget,
    totalHours: spent,
    steps: describeSteps(order, index.byId, gaps, framework),
    open: [...unscored, ...openGaps(left, index, result, framework, offered, feasible, forRole)],
  };
}

function describeSteps(
  order: readonly string[],
  byId: ReadonlyMap<string, Module>,
  gaps: ReadonlyMap<string, Gap>,
  framework: Framework,
): PathStep[] {
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
  gaps: readonly Gap[],
  index: CatalogueIndex,
  result: Result,
  framework: Framework,
  offered: Uint8Array,
  feasible: Uint8Array,
  forRole: (m: Module) => boolean,
): OpenGap[] {
  const levels = framework.scale.levels;
  return gaps.map((gap) => {
    const c = index.competences.get(gap.competence);
    const developing = (c === undefined ? [] : index.developers[c]!)
      .filter((d) => d.up > gap.current)
      .map((d) => index.modules[d.module]!);
    // A module counts as available in the language only if its prerequisites are too.
    const inLanguage = (c === undefined ? [] : index.developers[c]!)
      .filter(
        (d) =>
          d.up > gap.current &&
          offered[d.module] &&
          (feasible[d.module] || !forRole(index.modules[d.module]!)),
      )
      .map((d) => index.modules[d.module]!);
    const reason: OpenGap['reason'] =
      developing.length === 0
        ? 'no-module'
        : inLanguage.length === 0
          ? 'no-module-in-language'
          : !inLanguage.some(forRole)
            ? 'not-for-role'
            : 'budget';
    const level = result.competences.find((r) => r.competence === gap.competence)?.level ?? null;
    return { competence: gap.competence, level, target: levels[gap.target]!.id, reason };
  });
}
