/**
 * Alignments of an achievement: one per competence the module develops, and one per ESCO skill
 * those competences map to closely enough.
 *
 * @packageDocumentation
 */
import type { Competence, Framework, LocalizedText, SkosRelation } from '@competence-kit/schemas';
import type { Alignment } from './credential.types.js';
import { COMPETENCE_TARGET_TYPE, ESCO_TARGET_TYPE } from './credential.types.js';

/** Where ESCO's skills and competences live; a mapping target under it is an ESCO skill. */
export const ESCO_SKILL_PREFIX = 'http://data.europa.eu/esco/skill/';

/** The relations that say our competence and the ESCO skill are (nearly) the same thing. */
export const DEFAULT_ESCO_RELATIONS: readonly SkosRelation[] = ['exactMatch', 'closeMatch'];

/**
 * The permanent URI of a competence: its own `uri`, else `{framework id}#{competence id}`, as
 * the framework schema defines it.
 *
 * @example
 * ```ts
 * competenceUri(framework, competence); // 'https://w3id.org/…/intercultural-public-administration#plain-language-communication'
 * ```
 */
export function competenceUri(framework: Framework, competence: Competence): string {
  return competence.uri ?? `${framework.id}#${competence.id}`;
}

/** Reads a framework's texts in one locale, falling back as `localize` does. */
export type TextReader = (text: LocalizedText) => string;

/** The alignment to one of our competences. */
export function competenceAlignment(
  framework: Framework,
  competence: Competence,
  read: TextReader,
): Alignment {
  const alignment: Alignment = {
    type: ['Alignment'],
    targetName: read(competence.title),
    targetUrl: competenceUri(framework, competence),
    targetFramework: read(framework.title),
    targetCode: competence.id,
    targetType: COMPETENCE_TARGET_TYPE,
  };
  if (competence.description) alignment.targetDescription = read(competence.description);
  return alignment;
}

/**
 * The alignments to ESCO skills of some competences: one per mapping whose target is an ESCO
 * skill and whose relation is among `relations`, in the order of the competences, each skill
 * once.
 */
export function escoAlignments(
  framework: Framework,
  competences: readonly Competence[],
  relations: readonly SkosRelation[],
): Alignment[] {
  const alignments: Alignment[] = [];
  const seen = new Set<string>();
  for (const competence of competences) {
    for (const mapping of framework.mappings ?? []) {
      if (mapping.competence !== competence.id) continue;
      if (!relations.includes(mapping.relation)) continue;
      if (!mapping.target.startsWith(ESCO_SKILL_PREFIX) || seen.has(mapping.target)) continue;
      seen.add(mapping.target);
      alignments.push({
        type: ['Alignment'],
        targetName: mapping.targetLabel ?? mapping.target,
        targetUrl: mapping.target,
        targetFramework: 'ESCO',
        targetCode: mapping.target.slice(ESCO_SKILL_PREFIX.length),
        targetType: ESCO_TARGET_TYPE,
      });
    }
  }
  return alignments;
}
