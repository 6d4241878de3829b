import type {
  Competence,
  Dimension,
  Domain,
  Framework,
  LocalizedText,
  ProficiencyLevel,
  RoleProfile,
} from '@competence-kit/schemas';

interface FrameworkIndex {
  competences: Map<string, Competence>;
  domains: Map<string, Domain>;
  levels: Map<string, ProficiencyLevel>;
  levelIndex: Map<string, number>;
  roleProfiles: Map<string, RoleProfile>;
  byDomain: Map<string, Competence[]>;
  byDimension: Map<Dimension, Competence[]>;
}

// Built once per framework object. Frameworks are treated as immutable values: after changing
// one in place, look things up in a copy.
const indexes = new WeakMap<Framework, FrameworkIndex>();

function indexOf(framework: Framework): FrameworkIndex {
  let index = indexes.get(framework);
  if (!index) {
    const byDomain = new Map<string, Competence[]>();
    const byDimension = new Map<Dimension, Competence[]>();
    for (const c of framework.competences) {
      byDomain.set(c.domain, [...(byDomain.get(c.domain) ?? []), c]);
      byDimension.set(c.dimension, [...(byDimension.get(c.dimension) ?? []), c]);
    }
    index = {
      competences: new Map(framework.competences.map((c) => [c.id, c])),
      domains: new Map(framework.domains.map((d) => [d.id, d])),
      levels: new Map(framework.scale.levels.map((l) => [l.id, l])),
      levelIndex: new Map(framework.scale.levels.map((l, i) => [l.id, i])),
      roleProfiles: new Map((framework.roleProfiles ?? []).map((r) => [r.id, r])),
      byDomain,
      byDimension,
    };
    indexes.set(framework, index);
  }
  return index;
}

/**
 * A competence by id.
 * @example
 * ```ts
 * getCompetence(framework, 'plain-language')?.dimension; // 'skills'
 * ```
 */
export function getCompetence(framework: Framework, id: string): Competence | undefined {
  return indexOf(framework).competences.get(id);
}

/**
 * A domain by id.
 * @example
 * ```ts
 * getDomain(framework, 'communication')?.title.en;
 * ```
 */
export function getDomain(framework: Framework, id: string): Domain | undefined {
  return indexOf(framework).domains.get(id);
}

/**
 * A proficiency level by id.
 * @example
 * ```ts
 * getLevel(framework, 'advanced')?.rank; // 3
 * ```
 */
export function getLevel(framework: Framework, id: string): ProficiencyLevel | undefined {
  return indexOf(framework).levels.get(id);
}

/**
 * The position of a level on the scale, from 0 for the lowest, or `-1` for an unknown id.
 * @example
 * ```ts
 * levelIndex(framework, 'foundation'); // 0
 * ```
 */
export function levelIndex(framework: Framework, id: string): number {
  return indexOf(framework).levelIndex.get(id) ?? -1;
}

/**
 * The level above the given one, or `undefined` at the top of the scale or for an unknown id.
 * @example
 * ```ts
 * nextLevel(framework, 'practitioner')?.id; // 'advanced'
 * ```
 */
export function nextLevel(framework: Framework, id: string): ProficiencyLevel | undefined {
  const i = levelIndex(framework, id);
  return i < 0 ? undefined : framework.scale.levels[i + 1];
}

/**
 * A role profile by id.
 * @example
 * ```ts
 * getRoleProfile(framework, 'front-desk')?.targets['plain-language']; // 'practitioner'
 * ```
 */
export function getRoleProfile(framework: Framework, id: string): RoleProfile | undefined {
  return indexOf(framework).roleProfiles.get(id);
}

/**
 * The competences of a domain, in framework order (empty for an unknown domain).
 * @example
 * ```ts
 * competencesByDomain(framework, 'communication').map((c) => c.id);
 * ```
 */
export function competencesByDomain(framework: Framework, domainId: string): readonly Competence[] {
  return indexOf(framework).byDomain.get(domainId) ?? [];
}

/**
 * The competences of one dimension, in framework order.
 * @example
 * ```ts
 * competencesByDimension(framework, 'attitudes').length;
 * ```
 */
export function competencesByDimension(
  framework: Framework,
  dimension: Dimension,
): readonly Competence[] {
  return indexOf(framework).byDimension.get(dimension) ?? [];
}

/**
 * What a person does in a competence at a level: its behavioural descriptor.
 * @example
 * ```ts
 * localize(getDescriptor(framework, 'plain-language', 'advanced')!, 'de');
 * ```
 */
export function getDescriptor(
  framework: Framework,
  competenceId: string,
  levelId: string,
): LocalizedText | undefined {
  const competence = getCompetence(framework, competenceId);
  if (!competence || !Object.prototype.hasOwnProperty.call(competence.descriptors, levelId))
    return undefined;
  return competence.descriptors[levelId];
}
