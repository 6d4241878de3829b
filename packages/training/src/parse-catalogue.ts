import type { Catalogue, Framework, ParseOptions, ParseResult } from '@competence-kit/schemas';
import {
  checkObjectArgument,
  collectIssues,
  parseSafely,
  pointer,
  resolveParseOptions,
  validateWithLimits,
} from '@competence-kit/schemas';
import { validateCatalogue } from '@competence-kit/schemas/validators';
import { getCompetence, levelIndex } from '@competence-kit/model';
import satisfies from 'semver/functions/satisfies.js';
import { prerequisiteCycles } from './graph.js';

type Report = (path: string, code: string, message: string) => void;

function checkModules(catalogue: Catalogue, report: Report): void {
  const index = new Map<string, number>();
  catalogue.modules.forEach((module, i) => {
    if (index.has(module.id))
      report(
        pointer('modules', i, 'id'),
        'duplicate-id',
        `Module id "${module.id}" is used twice; ids must be unique.`,
      );
    else index.set(module.id, i);
  });
  catalogue.modules.forEach((module, i) => {
    (module.prerequisites ?? []).forEach((p, j) => {
      const at = pointer('modules', i, 'prerequisites', j);
      if (p === module.id) report(at, 'self-prerequisite', `Module "${p}" cannot require itself.`);
      else if (!index.has(p))
        report(at, 'unknown-module', `Prerequisite "${p}" is not a module of this catalogue.`);
    });
    if (module.minGroupSize !== undefined && module.minGroupSize > module.maxGroupSize)
      report(
        pointer('modules', i, 'minGroupSize'),
        'invalid-group-size',
        `minGroupSize (${module.minGroupSize}) exceeds maxGroupSize (${module.maxGroupSize}).`,
      );
    const seen = new Set<string>();
    module.competences.forEach((c, j) => {
      if (seen.has(c.competence))
        report(
          pointer('modules', i, 'competences', j, 'competence'),
          'duplicate-id',
          `Competence "${c.competence}" is listed twice in module "${module.id}".`,
        );
      seen.add(c.competence);
    });
  });
  for (const cycle of prerequisiteCycles(catalogue.modules)) {
    report(
      pointer('modules', index.get(cycle[0]!)!, 'prerequisites'),
      'prerequisite-cycle',
      `Prerequisites loop: ${cycle.join(' → ')}; no order can satisfy them.`,
    );
  }
}

function checkTexts(catalogue: Catalogue, report: Report): void {
  const texts: [string, Record<string, string | undefined> | undefined][] = [
    [pointer('title'), catalogue.title],
  ];
  catalogue.modules.forEach((m, i) => {
    texts.push([pointer('modules', i, 'title'), m.title]);
    texts.push([pointer('modules', i, 'description'), m.description]);
    if (m.outcomes) texts.push([pointer('modules', i, 'outcomes'), m.outcomes]);
  });
  for (const [path, text] of texts) {
    for (const locale of catalogue.locales) {
      if (!text?.[locale])
        report(
          pointer(...path.split('/').slice(1), locale),
          'missing-translation',
          `No "${locale}" text, although the catalogue declares that locale complete.`,
        );
    }
  }
}

function checkAgainstFramework(catalogue: Catalogue, framework: Framework, report: Report): void {
  if (catalogue.framework.id !== framework.id)
    report(
      pointer('framework', 'id'),
      'framework-mismatch',
      `The catalogue is written for framework "${catalogue.framework.id}", not "${framework.id}".`,
    );
  else if (!satisfies(framework.version, catalogue.framework.version, { includePrerelease: true }))
    report(
      pointer('framework', 'version'),
      'framework-version',
      `Framework version ${framework.version} does not satisfy "${catalogue.framework.version}".`,
    );
  catalogue.modules.forEach((module, i) => {
    module.competences.forEach((c, j) => {
      if (!getCompetence(framework, c.competence))
        report(
          pointer('modules', i, 'competences', j, 'competence'),
          'unknown-competence',
          `Competence "${c.competence}" is not in framework "${framework.id}".`,
        );
      if (levelIndex(framework, c.upTo) < 0)
        report(
          pointer('modules', i, 'competences', j, 'upTo'),
          'unknown-level',
          `Level "${c.upTo}" is not on the framework's scale (${framework.scale.levels.map((l) => l.id).join(', ')}).`,
        );
    });
    (module.roleProfiles ?? []).forEach((r, j) => {
      if (!(framework.roleProfiles ?? []).some((p) => p.id === r))
        report(
          pointer('modules', i, 'roleProfiles', j),
          'unknown-role-profile',
          `Role profile "${r}" is not in framework "${framework.id}".`,
        );
    });
  });
}

/**
 * Validates a module catalogue: its structure against `catalogue.schema.json`, then the rules
 * between its parts (unique ids, known and acyclic prerequisites, group sizes, complete texts
 * in the declared locales) and, given the framework, that every competence, level and role
 * profile exists and the framework version fits. Never throws.
 *
 * @example
 * ```ts
 * const parsed = parseCatalogue(json, framework);
 * if (!parsed.ok) for (const i of parsed.issues) console.error(i.path, i.code, i.message);
 * ```
 */
export function parseCatalogue(
  input: unknown,
  framework?: Framework,
  options?: ParseOptions,
): ParseResult<Catalogue> {
  checkObjectArgument('parseCatalogue', 'framework', framework, 'a Framework', { optional: true });
  const limits = resolveParseOptions(options);
  return parseSafely(() => {
    const checked = validateWithLimits(validateCatalogue, input, limits);
    if (!checked.ok) return checked;
    const catalogue = checked.value;
    const issues = collectIssues(limits.maxIssues, (add) => {
      const report: Report = (path, code, message) => add({ path, code, message });
      checkModules(catalogue, report);
      checkTexts(catalogue, report);
      if (framework) checkAgainstFramework(catalogue, framework, report);
    });
    return issues.length === 0 ? { ok: true, value: catalogue } : { ok: false, issues };
  });
}
