import type { Framework, LocalizedText } from '@competence-kit/schemas';
import { pointer } from '@competence-kit/schemas';

/** A text of a framework and where it stands (a JSON pointer). */
export interface TextEntry {
  path: string;
  text: LocalizedText;
}

/**
 * Every text a person reads in a framework, in document order, each with its JSON pointer.
 * This is the one place that knows where texts stand; coverage, translation export and the
 * required-locale rule all walk it.
 *
 * @example
 * ```ts
 * for (const { path, text } of collectTexts(framework)) console.log(path, text.en);
 * // /title Intercultural competence …
 * ```
 */
export function collectTexts(framework: Framework): TextEntry[] {
  const out: TextEntry[] = [];
  const add = (text: LocalizedText | undefined, ...tokens: (string | number)[]) => {
    if (text) out.push({ path: pointer(...tokens), text });
  };
  add(framework.title, 'title');
  add(framework.description, 'description');
  add(framework.provenance?.note, 'provenance', 'note');
  framework.provenance?.sources?.forEach((s, i) => add(s.note, 'provenance', 'sources', i, 'note'));
  add(framework.scale.title, 'scale', 'title');
  add(framework.scale.description, 'scale', 'description');
  framework.scale.levels.forEach((level, i) => {
    add(level.title, 'scale', 'levels', i, 'title');
    add(level.description, 'scale', 'levels', i, 'description');
  });
  framework.domains.forEach((domain, i) => {
    add(domain.title, 'domains', i, 'title');
    add(domain.description, 'domains', i, 'description');
  });
  framework.competences.forEach((competence, i) => {
    add(competence.title, 'competences', i, 'title');
    add(competence.description, 'competences', i, 'description');
    for (const [level, text] of Object.entries(competence.descriptors)) {
      add(text, 'competences', i, 'descriptors', level);
    }
    for (const [key, text] of Object.entries(competence.notes ?? {}))
      add(text, 'competences', i, 'notes', key);
  });
  framework.roleProfiles?.forEach((profile, i) => {
    add(profile.title, 'roleProfiles', i, 'title');
    add(profile.description, 'roleProfiles', i, 'description');
  });
  framework.mappings?.forEach((mapping, i) => add(mapping.rationale, 'mappings', i, 'rationale'));
  return out;
}
