import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizedText } from '@competence-kit/schemas';
import { contentText } from '../../internal/content-text.js';
import { directionOf } from '../../internal/lang.js';

/** A content text resolved for the element's locale; `lang` and `dir` set when it fell back. */
export interface ResolvedText {
  value: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

interface Cached {
  key: string;
  resolved: ResolvedText;
  text: TemplateResult | string;
}

/**
 * The instrument's texts in the element's locale, falling back along BCP 47 to the
 * instrument's default locale (by the shared `contentText`). A text that fell back is marked
 * with its `lang` and `dir`, so screen readers switch voice and an English text reads left to
 * right on an Arabic page. Resolved texts are cached per text and locale: a re-render after an
 * answer resolves none.
 */
export class InstrumentTexts {
  readonly #cache = new WeakMap<LocalizedText, Cached>();

  /** The text as a plain string, for attributes such as `aria-label`. */
  label(text: LocalizedText | undefined, locale: string, defaultLocale?: string): string {
    return this.resolved(text, locale, defaultLocale).value;
  }

  /** The text to render: a string, or a `<span lang dir>` when it is in another language. */
  text(text: LocalizedText | undefined, locale: string, defaultLocale?: string) {
    return text ? this.#cached(text, locale, defaultLocale).text : '';
  }

  /** The text with the `lang` and `dir` its `<span>` needs, for nodes made without a template. */
  resolved(text: LocalizedText | undefined, locale: string, defaultLocale?: string): ResolvedText {
    return text ? this.#cached(text, locale, defaultLocale).resolved : { value: '' };
  }

  #cached(text: LocalizedText, locale: string, defaultLocale: string | undefined): Cached {
    const key = `${locale}|${defaultLocale ?? ''}`;
    const cached = this.#cache.get(text);
    if (cached?.key === key) return cached;
    const found = contentText(text, locale, defaultLocale);
    let made: Cached;
    if (!found) made = { key, resolved: { value: '' }, text: '' };
    else if (found.lang === nothing)
      made = { key, resolved: { value: found.value }, text: found.value };
    else {
      const { value, lang } = found;
      const dir = directionOf(lang);
      made = {
        key,
        resolved: { value, lang, dir },
        text: html`<span lang=${lang} dir=${dir}>${value}</span>`,
      };
    }
    this.#cache.set(text, made);
    return made;
  }
}
