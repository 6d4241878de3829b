import { nothing } from 'lit';
import { resolveText } from '@competence-kit/model/read';
import type { LocalizedText } from '@competence-kit/schemas';
import { directionOf } from './lang.js';

/** A text of the content (a competence's title, a descriptor) ready to bind into a template. */
export interface ContentText {
  value: string;
  /** The text's locale where its language differs from the element's (a fallback), for `lang`. */
  lang: string | typeof nothing;
  /** The text's direction where it differs from the element's, for `dir`. */
  dir: 'ltr' | 'rtl' | typeof nothing;
}

/**
 * A localised text of the data in `locale`, along the fallback chain to `defaultLocale` (the
 * framework's), with the `lang` and `dir` it needs where it fell back to another language: an
 * English title in an Arabic table is read with an English voice and laid out left to right
 * (WCAG 3.1.2). `undefined` when there is no text.
 *
 * @example
 * ```ts
 * const title = contentText(competence.title, this.locale, framework.defaultLocale);
 * html`<th lang=${title.lang} dir=${title.dir}>${title.value}</th>`;
 * ```
 */
export function contentText(
  text: LocalizedText | undefined,
  locale: string,
  defaultLocale: string | undefined,
): ContentText | undefined {
  const found = resolveText(text, locale, defaultLocale ? { defaultLocale } : undefined);
  if (!found) return undefined;
  const sameLanguage = found.locale.split('-')[0] === locale.split('-')[0];
  const dir = directionOf(found.locale);
  return {
    value: found.value,
    lang: sameLanguage ? nothing : found.locale,
    dir: dir === directionOf(locale) ? nothing : dir,
  };
}
