import { html, nothing, type TemplateResult } from 'lit';
import { resolveText } from '@competence-kit/model/read';
import type { LocalizedText } from '@competence-kit/schemas';
import { directionOf } from '../../internal/lang.js';

/**
 * The instrument's texts in the element's locale, falling back along BCP 47 to the
 * instrument's default locale. A text that fell back is marked with its `lang` and `dir`, so
 * screen readers switch voice and an English text reads left to right on an Arabic page.
 * Rendered texts are cached per text and locale: a re-render after an answer resolves none.
 */
export class ContentText {
  readonly #cache = new WeakMap<LocalizedText, { key: string; text: TemplateResult | string }>();
  readonly #langFor: (locale: string) => string | typeof nothing;

  /** @param langFor `CkElement.langFor`: the `lang` for a text in a locale, or `nothing`. */
  constructor(langFor: (locale: string) => string | typeof nothing) {
    this.#langFor = langFor;
  }

  /** The text as a plain string, for attributes such as `aria-label`. */
  label(text: LocalizedText | undefined, locale: string, defaultLocale?: string): string {
    return resolveText(text, locale, { defaultLocale })?.value ?? '';
  }

  /** The text to render: a string, or a `<span lang dir>` when it is in another language. */
  text(text: LocalizedText | undefined, locale: string, defaultLocale?: string) {
    if (!text) return '';
    const key = `${locale}|${defaultLocale ?? ''}`;
    const cached = this.#cache.get(text);
    if (cached?.key === key) return cached.text;
    const resolved = resolveText(text, locale, { defaultLocale });
    const lang = resolved ? this.#langFor(resolved.locale) : nothing;
    const value = resolved?.value ?? '';
    const rendered =
      lang === nothing ? value : html`<span lang=${lang} dir=${directionOf(lang)}>${value}</span>`;
    this.#cache.set(text, { key, text: rendered });
    return rendered;
  }
}
