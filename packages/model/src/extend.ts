import type {
  Framework,
  FrameworkExtension,
  Issue,
  LocalizedText,
  ParseOptions,
  ParseResult,
} from '@competence-kit/schemas';
import {
  capIssues,
  checkObjectArgument,
  parseSafely,
  pointer,
  resolveParseOptions,
  validateWithLimits,
} from '@competence-kit/schemas';
import { validateFrameworkExtension } from '@competence-kit/schemas/validators';
import satisfies from 'semver/functions/satisfies.js';
import { parseFramework } from './parse.js';

type Keyed = { id: string };
type ListName = 'domains' | 'competences' | 'roleProfiles' | 'mappings';
const LISTS: readonly ListName[] = ['domains', 'competences', 'roleProfiles', 'mappings'];
const WHAT: Record<ListName, string> = {
  domains: 'domain',
  competences: 'competence',
  roleProfiles: 'role profile',
  mappings: 'mapping',
};

/** Locale by locale: the patch's locales override, the others are kept. */
function mergeText(
  base: LocalizedText | undefined,
  patch: LocalizedText | undefined,
): LocalizedText | undefined {
  if (!patch) return base;
  return { ...base, ...patch };
}

function mergeTextMap(
  base: Record<string, LocalizedText | undefined> | undefined,
  patch: Record<string, LocalizedText | undefined> | undefined,
): Record<string, LocalizedText> | undefined {
  if (!patch) return base as Record<string, LocalizedText> | undefined;
  const out: Record<string, LocalizedText> = { ...(base as Record<string, LocalizedText>) };
  for (const [key, text] of Object.entries(patch)) {
    const merged = mergeText(out[key], text);
    if (merged) out[key] = merged;
  }
  return out;
}

const cloneJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function listOf(framework: Framework, name: ListName): Keyed[] {
  return (framework[name] ?? []) as Keyed[];
}

/**
 * Applies a city's extension to a base framework and returns the city's framework.
 *
 * - `add` appends domains, competences, role profiles and mappings; an id the base already
 *   has is a conflict (use `modify`).
 * - `modify` changes existing entries by id: texts merge locale by locale (a new locale adds a
 *   translation, an existing one overrides), role targets are set, and `null` removes a target.
 * - `remove` removes entries by id. Nothing is removed otherwise, and whatever still refers to
 *   a removed entry is reported, never dropped.
 *
 * The result records `extends` (the base's id and exact version), takes the extension's id and
 * version, and must itself pass {@link parseFramework}; its issues come back with paths into
 * the result. The base is not modified.
 *
 * Like every parser it bounds its work: the extension is checked against `options.limits` (see
 * `DEFAULT_LIMITS` of `@competence-kit/schemas`) before it is validated, the lookups are by id,
 * and at most `maxIssues` issues are listed, then `too-many-issues`. It never throws on the
 * extension; a `base` that is not an object is a programmer's mistake (`TypeError`).
 *
 * @example
 * ```ts
 * const result = extendFramework(base, {
 *   extends: { id: base.id, version: '^1.0.0' },
 *   id: 'https://example.org/offenbach/framework', version: '1.0.0',
 *   modify: { roleProfiles: { 'front-desk': { targets: { 'plain-language': 'advanced' } } } },
 * });
 * if (result.ok) save(result.value);
 * ```
 */
export function extendFramework(
  base: Framework,
  extension: unknown,
  options?: ParseOptions,
): ParseResult<Framework> {
  checkObjectArgument('extendFramework', 'base', base, 'the Framework to extend');
  const limits = resolveParseOptions(options);
  return parseSafely(() => {
    const checked = validateWithLimits(validateFrameworkExtension, extension, limits);
    if (!checked.ok) return checked;
    const merged = merge(base, checked.value);
    if (merged.issues.length > 0)
      return { ok: false, issues: capIssues(merged.issues, limits.maxIssues) };
    const parsed = parseFramework(merged.value, { limits });
    if (parsed.ok) return parsed;
    return {
      ok: false,
      issues: parsed.issues.map((issue) => ({
        ...issue,
        message: `In the extended framework: ${issue.message}`,
      })),
    };
  });
}

/** The base with the (valid) extension applied, and what does not fit the base. */
function merge(base: Framework, ext: FrameworkExtension): { value: Framework; issues: Issue[] } {
  const issues: Issue[] = [];

  if (ext.extends.id !== base.id) {
    issues.push({
      path: pointer('extends', 'id'),
      code: 'base-mismatch',
      message: `The extension was written for "${ext.extends.id}", but the base framework is "${base.id}".`,
    });
  }
  if (!satisfies(base.version, ext.extends.version, { includePrerelease: true })) {
    issues.push({
      path: pointer('extends', 'version'),
      code: 'base-version-mismatch',
      message: `The extension needs version ${ext.extends.version} of the base, but the base is version ${base.version}.`,
    });
  }
  if (ext.id === base.id) {
    issues.push({
      path: pointer('id'),
      code: 'conflict',
      message:
        'An extended framework needs an id of its own, different from the base framework it extends.',
    });
  }

  // Frameworks are JSON data, so a JSON round trip is a faithful deep copy in every runtime.
  const result: Framework = cloneJson(base);
  result.id = ext.id;
  result.version = ext.version;
  result.extends = { id: base.id, version: base.version };
  result.title = mergeText(result.title, ext.title)!;
  result.description = mergeText(result.description, ext.description);
  if (ext.locales) result.locales = [...new Set([...result.locales, ...ext.locales])];
  if (ext.defaultLocale) result.defaultLocale = ext.defaultLocale;
  if (ext.license) result.license = ext.license;
  if (ext.provenance) result.provenance = ext.provenance;

  for (const name of LISTS) {
    const removed = new Set(ext.remove?.[name] ?? []);
    const added = ((ext.add?.[name] ?? []) as Keyed[]).map((e) => e.id);
    const modified = Object.keys(ext.modify?.[name] ?? {});
    const modifiedSet = new Set(modified);
    const existing = new Set(listOf(base, name).map((e) => e.id));

    (ext.remove?.[name] ?? []).forEach((id, i) => {
      if (!existing.has(id)) {
        issues.push({
          path: pointer('remove', name, i),
          code: 'unknown-id',
          message: `There is no ${WHAT[name]} "${id}" in the base framework to remove.`,
        });
      } else if (modifiedSet.has(id)) {
        issues.push({
          path: pointer('remove', name, i),
          code: 'conflict',
          message: `The ${WHAT[name]} "${id}" is both removed and modified; do one or the other.`,
        });
      }
    });
    added.forEach((id, i) => {
      if (existing.has(id)) {
        issues.push({
          path: pointer('add', name, i, 'id'),
          code: 'conflict',
          message: removed.has(id)
            ? `The ${WHAT[name]} "${id}" is removed and added again; to change it, use modify.`
            : `The base framework already has a ${WHAT[name]} "${id}"; to change it, use modify, or choose a new id.`,
        });
      }
    });
    for (const id of modified) {
      if (!existing.has(id)) {
        issues.push({
          path: pointer('modify', name, id),
          code: 'unknown-id',
          message: `There is no ${WHAT[name]} "${id}" in the base framework to modify.`,
        });
      }
    }
    if (removed.size > 0) {
      (result as unknown as Record<ListName, Keyed[]>)[name] = listOf(result, name).filter(
        (e) => !removed.has(e.id),
      );
    }
    if (added.length > 0) {
      (result as unknown as Record<ListName, Keyed[]>)[name] = [
        ...listOf(result, name),
        ...(cloneJson(ext.add?.[name]) as Keyed[]),
      ];
    }
  }

  // Entries by id, so that a long `modify` costs one lookup per entry, not a scan of the list.
  const byId = <T extends Keyed>(list: readonly T[] | undefined) =>
    new Map((list ?? []).map((entry) => [entry.id, entry]));
  const levels = byId(result.scale.levels);
  const domains = byId(result.domains);
  const competences = byId(result.competences);
  const profiles = byId(result.roleProfiles);
  const mappings = byId(result.mappings);
  for (const [id, patch] of Object.entries(ext.modify?.scale ?? {})) {
    const level = levels.get(id);
    if (!level || !patch) {
      issues.push({
        path: pointer('modify', 'scale', id),
        code: 'unknown-id',
        message: `There is no level "${id}" on the base framework's scale.`,
      });
      continue;
    }
    level.title = mergeText(level.title, patch.title)!;
    level.description = mergeText(level.description, patch.description);
  }
  for (const [id, patch] of Object.entries(ext.modify?.domains ?? {})) {
    const domain = domains.get(id);
    if (!domain || !patch) continue;
    domain.title = mergeText(domain.title, patch.title)!;
    domain.description = mergeText(domain.description, patch.description);
  }
  for (const [id, patch] of Object.entries(ext.modify?.competences ?? {})) {
    const competence = competences.get(id);
    if (!competence || !patch) continue;
    if (patch.domain) competence.domain = patch.domain;
    competence.title = mergeText(competence.title, patch.title)!;
    competence.description = mergeText(competence.description, patch.description);
    competence.descriptors = mergeTextMap(competence.descriptors, patch.descriptors)!;
    competence.notes = mergeTextMap(competence.notes, patch.notes);
  }
  for (const [id, patch] of Object.entries(ext.modify?.roleProfiles ?? {})) {
    const profile = profiles.get(id);
    if (!profile || !patch) continue;
    profile.title = mergeText(profile.title, patch.title)!;
    profile.description = mergeText(profile.description, patch.description);
    for (const [competence, level] of Object.entries(patch.targets ?? {})) {
      if (level === null) {
        if (!Object.prototype.hasOwnProperty.call(profile.targets, competence)) {
          issues.push({
            path: pointer('modify', 'roleProfiles', id, 'targets', competence),
            code: 'unknown-id',
            message: `Role profile "${id}" has no target for "${competence}" to remove.`,
          });
        }
        delete profile.targets[competence];
      } else if (level !== undefined) {
        profile.targets[competence] = level;
      }
    }
  }
  for (const [id, patch] of Object.entries(ext.modify?.mappings ?? {})) {
    const mapping = mappings.get(id);
    if (!mapping || !patch) continue;
    if (patch.relation) mapping.relation = patch.relation;
    if (patch.targetLabel) mapping.targetLabel = patch.targetLabel;
    mapping.rationale = mergeText(mapping.rationale, patch.rationale);
  }
  // Remove keys that merging left undefined, so the result is clean JSON.
  return { value: cloneJson(result), issues };
}
