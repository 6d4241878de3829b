import type { Framework } from '@competence-kit/schemas';
import { collectTexts } from './texts.js';

/** How far one locale is translated. */
export interface LocaleCoverage {
  locale: string;
  /** Whether the framework declares this locale as required (`locales`). */
  required: boolean;
  /** Texts in the framework. */
  total: number;
  /** Texts present in this locale. */
  translated: number;
  /** `translated / total`, from 0 to 1. */
  ratio: number;
  /** JSON pointers of the texts missing in this locale, in document order. */
  missing: string[];
}

/**
 * Translation coverage per locale: the required locales first, then every other locale that
 * appears in at least one text (or that you ask about).
 *
 * @example
 * ```ts
 * for (const c of translationCoverage(framework, { locales: ['uk'] })) {
 *   console.log(c.locale, `${Math.round(c.ratio * 100)} %`, c.missing.slice(0, 3));
 * }
 * ```
 */
export function translationCoverage(
  framework: Framework,
  options: { locales?: string[] } = {},
): LocaleCoverage[] {
  const texts = collectTexts(framework);
  const locales = [...framework.locales];
  const seen = new Set(locales);
  const consider = (locale: string) => {
    if (!seen.has(locale)) {
      seen.add(locale);
      locales.push(locale);
    }
  };
  for (const { text } of texts) for (const locale of Object.keys(text)) consider(locale);
  for (const locale of options.locales ?? []) consider(locale);

  const required = new Set(framework.locales);
  return locales.map((locale) => {
    const missing = texts
      .filter(({ text }) => typeof text[locale] !== 'string')
      .map(({ path }) => path);
    const total = texts.length;
    const translated = total - missing.length;
    return {
      locale,
      required: required.has(locale),
      total,
      translated,
      ratio: total === 0 ? 1 : translated / total,
      missing,
    };
  });
}
