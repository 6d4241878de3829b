import { html, nothing, type TemplateResult } from 'lit';
import { resolveText } from '@competence-kit/model/read';
import type { LocalizedText } from '@competence-kit/schemas';
import { contentText } from '../../internal/content-text.js';
import { directionOf } from '../../internal/lang.js';

/**
 * The instrument's texts in the element's locale, falling back along BCP 47 to the
 * instrument's default locale (by the shared `contentText`). A text that fell back is marked
 * with its `lang` and `dir`, so screen readers switch voice and an English text reads left to
 * right on an Arabic page. Rendered texts are cached per text and locale: a re-render after an
 * answer resolves none.
 */
export class InstrumentTexts {
  readonly #cache = new WeakMap<LocalizedText, { key: string; text: TemplateResult | string }>();

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
    const found = contentText(text, locale, defaultLocale);
    const rendered = !found
      ? ''
      : found.lang === nothing
        ? found.value
        : html`<span lang=${found.lang} dir=${directionOf(found.lang)}>${found.value}</span>`;
    this.#cache.set(text, { key, text: rendered });
    return rendered;
  }
}
