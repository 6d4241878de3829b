import type {
  Framework,
  FrameworkExtension,
  Issue,
  LocalizedText,
  ParseResult,
} from '@competence-kit/schemas';
import { pointer, toIssues } from '@competence-kit/schemas';
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
export function extendFramework(base: Framework, extension: unknown): ParseResult<Framework> {
  if (!validateFrameworkExtension(extension)) {
    return { ok: false, issues: toIssues(validateFrameworkExtension.errors) };
  }
  const ext: FrameworkExtension = extension;
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
    const existing = new Set(listOf(base, name).map((e) => e.id));

    (ext.remove?.[name] ?? []).forEach((id, i) => {
      if (!existing.has(id)) {
        issues.push({
          path: pointer('remove', name, i),
          code: 'unknown-id',
          message: `There is no ${WHAT[name]} "${id}" in the base framework to remove.`,
        });
      } else if (modified.includes(id)) {
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

  for (const [id, patch] of Object.entries(ext.modify?.scale ?? {})) {
    const level = result.scale.levels.find((l) => l.id === id);
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
    const domain = result.domains.find((d) => d.id === id);
    if (!domain || !patch) continue;
    domain.title = mergeText(domain.title, patch.title)!;
    domain.description = mergeText(domain.description, patch.description);
  }
  for (const [id, patch] of Object.entries(ext.modify?.competences ?? {})) {
    const competence = result.competences.find((c) => c.id === id);
    if (!competence || !patch) continue;
    if (patch.domain) competence.domain = patch.domain;
    competence.title = mergeText(competence.title, patch.title)!;
    competence.description = mergeText(competence.description, patch.description);
    competence.descriptors = mergeTextMap(competence.descriptors, patch.descriptors)!;
    competence.notes = mergeTextMap(competence.notes, patch.notes);
  }
  for (const [id, patch] of Object.entries(ext.modify?.roleProfiles ?? {})) {
    const profile = result.roleProfiles?.find((r) => r.id === id);
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
    const mapping = result.mappings?.find((m) => m.id === id);
    if (!mapping || !patch) continue;
    if (patch.relation) mapping.relation = patch.relation;
    if (patch.targetLabel) mapping.targetLabel = patch.targetLabel;
    mapping.rationale = mergeText(mapping.rationale, patch.rationale);
  }
  // Remove keys that merging left undefined, so the result is clean JSON.
  const clean: Framework = cloneJson(result);

  if (issues.length > 0) return { ok: false, issues };
  const parsed = parseFramework(clean);
  if (parsed.ok) return parsed;
  return {
    ok: false,
    issues: parsed.issues.map((issue) => ({
      ...issue,
      message: `In the extended framework: ${issue.message}`,
    })),
  };
}
