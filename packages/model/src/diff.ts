import type { Framework, LocalizedText } from '@competence-kit/schemas';
import { pointer } from '@competence-kit/schemas';
import semverDiff from 'semver/functions/diff.js';
import semverGt from 'semver/functions/gt.js';

/** How much a change breaks those who use the framework. */
export type Impact = 'major' | 'minor' | 'patch';

/** The kind of entry a change is about. */
export type EntityKind =
  'framework' | 'locale' | 'level' | 'domain' | 'competence' | 'roleProfile' | 'mapping';

/** One difference between two versions of a framework. */
export interface FrameworkChange {
  type: 'added' | 'removed' | 'changed';
  entity: EntityKind;
  /** The entry's id (the locale tag for `locale`, the framework id for `framework`). */
  id: string;
  /** For `changed`: which field, as a JSON pointer inside the entry (`/title/de`, `/targets/x`). */
  field?: string;
  impact: Impact;
  /** A sentence for a changelog. */
  description: string;
}

/** What changed between two versions of a framework, and what that means for the version. */
export interface FrameworkDiff {
  changes: FrameworkChange[];
  added: FrameworkChange[];
  removed: FrameworkChange[];
  changed: FrameworkChange[];
  /** The bump the changes require; `none` when nothing changed. */
  bump: Impact | 'none';
  /** The bump from `a.version` to `b.version` as declared (`none` when equal or lower). */
  declaredBump: Impact | 'none';
  /** Whether `b.version` is higher than `a.version` by at least the required bump. */
  versionSufficient: boolean;
}

const RANK: Record<Impact | 'none', number> = { none: 0, patch: 1, minor: 2, major: 3 };

function textChanges(
  a: LocalizedText | undefined,
  b: LocalizedText | undefined,
  entity: EntityKind,
  id: string,
  field: string,
  out: FrameworkChange[],
): void {
  const locales = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]);
  for (const locale of locales) {
    const before = a?.[locale];
    const after = b?.[locale];
    if (before === after) continue;
    const what = before === undefined ? 'added' : after === undefined ? 'removed' : 'reworded';
    out.push({
      type: 'changed',
      entity,
      id,
      field: `${field}${pointer(locale)}`,
      impact: 'patch',
      description: `Text ${field}${pointer(locale)} of ${entity} "${id}" ${what}.`,
    });
  }
}

function byId<T extends { id: string }>(list: readonly T[] | undefined): Map<string, T> {
  return new Map((list ?? []).map((e) => [e.id, e]));
}

/** Added and removed entries of one list; calls `compare` for entries in both. */
function compareLists<T extends { id: string }>(
  entity: EntityKind,
  a: readonly T[] | undefined,
  b: readonly T[] | undefined,
  out: FrameworkChange[],
  compare: (x: T, y: T) => void,
): void {
  const before = byId(a);
  const after = byId(b);
  for (const [id, x] of before) {
    const y = after.get(id);
    if (!y)
      out.push({
        type: 'removed',
        entity,
        id,
        impact: 'major',
        description: `${entity} "${id}" removed.`,
      });
    else compare(x, y);
  }
  for (const id of after.keys()) {
    if (!before.has(id))
      out.push({
        type: 'added',
        entity,
        id,
        impact: 'minor',
        description: `${entity} "${id}" added.`,
      });
  }
}

function changed(
  entity: EntityKind,
  id: string,
  field: string,
  impact: Impact,
  description: string,
): FrameworkChange {
  return { type: 'changed', entity, id, field, impact, description };
}

/**
 * Compares two versions of a framework: what was added, removed and changed, and the semver
 * bump that implies. Removing anything, re-scaling (levels added, removed, reordered or
 * re-ranked), changing a competence's dimension or a mapping's target, or dropping a required
 * locale is **major**; adding entries, required locales or role targets, moving a competence
 * to another domain, changing a target level or a mapping relation is **minor**; any change
 * of wording or translation is a **patch**.
 *
 * @example
 * ```ts
 * const diff = diffFrameworks(published, draft);
 * if (!diff.versionSufficient) console.warn(`This needs a ${diff.bump} release.`);
 * ```
 */
export function diffFrameworks(a: Framework, b: Framework): FrameworkDiff {
  const out: FrameworkChange[] = [];

  if (a.id !== b.id) {
    out.push(
      changed(
        'framework',
        b.id,
        '/id',
        'major',
        `Framework id changed from "${a.id}" to "${b.id}".`,
      ),
    );
  }
  textChanges(a.title, b.title, 'framework', b.id, '/title', out);
  textChanges(a.description, b.description, 'framework', b.id, '/description', out);
  if (a.defaultLocale !== b.defaultLocale) {
    out.push(
      changed(
        'framework',
        b.id,
        '/defaultLocale',
        'minor',
        `Default locale changed from "${a.defaultLocale}" to "${b.defaultLocale}".`,
      ),
    );
  }
  for (const l of a.locales) {
    if (!b.locales.includes(l))
      out.push({
        type: 'removed',
        entity: 'locale',
        id: l,
        impact: 'major',
        description: `Required locale "${l}" removed.`,
      });
  }
  for (const l of b.locales) {
    if (!a.locales.includes(l))
      out.push({
        type: 'added',
        entity: 'locale',
        id: l,
        impact: 'minor',
        description: `Required locale "${l}" added.`,
      });
  }

  // The scale: any change to the set, order or rank of levels re-scales every result.
  const la = a.scale.levels;
  const lb = b.scale.levels;
  const sameScale =
    la.length === lb.length && la.every((l, i) => l.id === lb[i]!.id && l.rank === lb[i]!.rank);
  compareLists('level', la, lb, out, (x, y) => {
    textChanges(x.title, y.title, 'level', x.id, '/title', out);
    textChanges(x.description, y.description, 'level', x.id, '/description', out);
  });
  for (const change of out)
    if (change.entity === 'level' && change.type === 'added') change.impact = 'major';
  if (
    !sameScale &&
    la.every((l) => lb.some((m) => m.id === l.id)) &&
    lb.every((l) => la.some((m) => m.id === l.id))
  ) {
    out.push(
      changed(
        'level',
        '*',
        '/scale/levels',
        'major',
        'The levels of the scale were reordered or re-ranked.',
      ),
    );
  }
  textChanges(a.scale.title, b.scale.title, 'level', '*', '/scale/title', out);

  compareLists('domain', a.domains, b.domains, out, (x, y) => {
    textChanges(x.title, y.title, 'domain', x.id, '/title', out);
    textChanges(x.description, y.description, 'domain', x.id, '/description', out);
  });

  compareLists('competence', a.competences, b.competences, out, (x, y) => {
    if (x.dimension !== y.dimension) {
      out.push(
        changed(
          'competence',
          x.id,
          '/dimension',
          'major',
          `Competence "${x.id}" changed dimension from ${x.dimension} to ${y.dimension}.`,
        ),
      );
    }
    if (x.domain !== y.domain) {
      out.push(
        changed(
          'competence',
          x.id,
          '/domain',
          'minor',
          `Competence "${x.id}" moved from domain "${x.domain}" to "${y.domain}".`,
        ),
      );
    }
    if ((x.uri ?? '') !== (y.uri ?? '')) {
      out.push(
        changed('competence', x.id, '/uri', 'major', `Competence "${x.id}" changed its URI.`),
      );
    }
    textChanges(x.title, y.title, 'competence', x.id, '/title', out);
    textChanges(x.description, y.description, 'competence', x.id, '/description', out);
    for (const level of new Set([...Object.keys(x.descriptors), ...Object.keys(y.descriptors)])) {
      textChanges(
        x.descriptors[level],
        y.descriptors[level],
        'competence',
        x.id,
        `/descriptors/${level}`,
        out,
      );
    }
    for (const key of new Set([...Object.keys(x.notes ?? {}), ...Object.keys(y.notes ?? {})])) {
      textChanges(x.notes?.[key], y.notes?.[key], 'competence', x.id, `/notes/${key}`, out);
    }
  });

  compareLists('roleProfile', a.roleProfiles, b.roleProfiles, out, (x, y) => {
    textChanges(x.title, y.title, 'roleProfile', x.id, '/title', out);
    textChanges(x.description, y.description, 'roleProfile', x.id, '/description', out);
    for (const competence of new Set([...Object.keys(x.targets), ...Object.keys(y.targets)])) {
      const before = x.targets[competence];
      const after = y.targets[competence];
      if (before === after) continue;
      const field = `/targets${pointer(competence)}`;
      if (after === undefined) {
        out.push(
          changed(
            'roleProfile',
            x.id,
            field,
            'major',
            `Role "${x.id}" no longer targets "${competence}".`,
          ),
        );
      } else if (before === undefined) {
        out.push(
          changed(
            'roleProfile',
            x.id,
            field,
            'minor',
            `Role "${x.id}" now targets "${competence}" at "${after}".`,
          ),
        );
      } else {
        out.push(
          changed(
            'roleProfile',
            x.id,
            field,
            'minor',
            `Role "${x.id}" target for "${competence}" changed from "${before}" to "${after}".`,
          ),
        );
      }
    }
  });

  compareLists('mapping', a.mappings, b.mappings, out, (x, y) => {
    if (x.competence !== y.competence || x.scheme !== y.scheme || x.target !== y.target) {
      out.push(
        changed('mapping', x.id, '/target', 'major', `Mapping "${x.id}" now links other concepts.`),
      );
    }
    if (x.relation !== y.relation) {
      out.push(
        changed(
          'mapping',
          x.id,
          '/relation',
          'minor',
          `Mapping "${x.id}" relation changed from ${x.relation} to ${y.relation}.`,
        ),
      );
    }
    if (x.targetLabel !== y.targetLabel) {
      out.push(
        changed('mapping', x.id, '/targetLabel', 'patch', `Mapping "${x.id}" label changed.`),
      );
    }
    textChanges(x.rationale, y.rationale, 'mapping', x.id, '/rationale', out);
  });

  const bump = out.reduce<Impact | 'none'>(
    (max, c) => (RANK[c.impact] > RANK[max] ? c.impact : max),
    'none',
  );
  let declaredBump: Impact | 'none' = 'none';
  if (semverGt(b.version, a.version)) {
    const d = semverDiff(a.version, b.version);
    // Pre-release steps (premajor, preminor…) count as the bump they lead to.
    declaredBump = d === null ? 'none' : (d.replace(/^pre(?!release)/, '') as Impact);
    if (d === 'prerelease') declaredBump = 'patch';
  }
  // Before 1.0.0 semver allows breaking changes in a minor release.
  const effective = a.version.startsWith('0.') && declaredBump === 'minor' ? 'major' : declaredBump;
  return {
    changes: out,
    added: out.filter((c) => c.type === 'added'),
    removed: out.filter((c) => c.type === 'removed'),
    changed: out.filter((c) => c.type === 'changed'),
    bump,
    declaredBump,
    versionSufficient: RANK[effective] >= RANK[bump],
  };
}
