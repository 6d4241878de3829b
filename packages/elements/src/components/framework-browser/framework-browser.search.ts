import { localize } from '@competence-kit/model/read';
import type { Competence, Framework } from '@competence-kit/schemas';

/**
 * Text folded for search: lower case, without diacritics (é → e, ü → u, Arabic harakat
 * dropped), whitespace collapsed, so "Integracion" finds "Integración".
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

// The folded search text of a competence per locale, built once per framework object.
const haystacks = new WeakMap<Framework, Map<string, Map<string, string>>>();

function haystackOf(framework: Framework, competence: Competence, locale: string): string {
  let byLocale = haystacks.get(framework);
  if (!byLocale) haystacks.set(framework, (byLocale = new Map()));
  let texts = byLocale.get(locale);
  if (!texts) byLocale.set(locale, (texts = new Map()));
  let text = texts.get(competence.id);
  if (text === undefined) {
    const options = { defaultLocale: framework.defaultLocale };
    const parts = [
      competence.title,
      competence.description,
      ...Object.values(competence.descriptors),
    ];
    text = foldForSearch(parts.map((p) => (p ? localize(p, locale, options) : '')).join('\n'));
    texts.set(competence.id, text);
  }
  return text;
}

/**
 * The competences whose title, description or level descriptors, in `locale` (with the
 * framework's fallback), contain every word of `query`, ignoring case and diacritics. An
 * empty query matches every competence.
 */
export function searchCompetences(
  framework: Framework,
  query: string,
  locale: string,
): readonly Competence[] {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return framework.competences;
  return framework.competences.filter((c) => {
    const haystack = haystackOf(framework, c, locale);
    return words.every((w) => haystack.includes(w));
  });
}
