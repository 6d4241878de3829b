// The data's texts as <ck-learning-path> shows them: titles of modules, competences and levels
// in the element's language (each isolated in a <bdi> and marked with its own `lang` when it
// fell back to another), places, session dates and lists, formatted for the locale.
import { html, nothing, type TemplateResult } from 'lit';
import { resolveText } from '@competence-kit/model/read';
import type { Framework, LocalizedText } from '@competence-kit/schemas';
import type { Catalogue, Module, ProgrammeSession } from '@competence-kit/training';
import { dateFormat } from '../../internal/format.js';
import { dateRuns, sameLanguage } from './learning-path.sessions.js';

export class PathTexts {
  readonly #catalogue: Catalogue | undefined;
  readonly #framework: Framework | undefined;
  readonly #locale: string;
  /** The language of the surrounding messages: a text in another one is marked with `lang`. */
  readonly #messageLocale: string;

  constructor(options: {
    catalogue: Catalogue | undefined;
    framework: Framework | undefined;
    locale: string;
    messageLocale: string;
  }) {
    this.#catalogue = options.catalogue;
    this.#framework = options.framework;
    this.#locale = options.locale;
    this.#messageLocale = options.messageLocale;
  }

  module(id: string): Module | undefined {
    return this.#catalogue?.modules.find((m) => m.id === id);
  }

  /** English when the catalogue has it (as the messages fall back to), else its first locale. */
  #catalogueFallback(): string | undefined {
    const locales = this.#catalogue?.locales ?? [];
    return locales.includes('en') ? 'en' : locales[0];
  }

  /** A text of the data in the element's language, isolated and marked with its own language. */
  #content(text: LocalizedText | undefined, fallback: string, defaultLocale = 'en') {
    const found = resolveText(text, this.#locale, { defaultLocale });
    const lang = found && !sameLanguage(found.locale, this.#messageLocale) ? found.locale : nothing;
    // <bdi> keeps a title's direction (or a stray U+202E) from reordering the text around it.
    return html`<bdi lang=${lang}>${found ? found.value : fallback}</bdi>`;
  }

  moduleTitle(id: string): TemplateResult {
    return this.#content(this.module(id)?.title, id, this.#catalogueFallback());
  }

  /** The module's title as a plain string, for an `aria-label`. */
  plainModuleTitle(id: string): string {
    const title = this.module(id)?.title;
    const found = resolveText(title, this.#locale, { defaultLocale: this.#catalogueFallback() });
    return found?.value || id;
  }

  competenceTitle(id: string): TemplateResult {
    const competence = this.#framework?.competences.find((c) => c.id === id);
    return this.#content(competence?.title, id, this.#framework?.defaultLocale);
  }

  levelTitle(id: string): TemplateResult {
    const level = this.#framework?.scale.levels.find((l) => l.id === id);
    return this.#content(level?.title, id, this.#framework?.defaultLocale);
  }

  /** An in-person session's place; `online` is the localised word for the others. */
  place(session: ProgrammeSession, online: string): TemplateResult | string {
    const { place } = session;
    if (place.type === 'online') return online;
    return html`<bdi>${[place.name, place.city].filter(Boolean).join(', ')}</bdi>`;
  }

  /** Session dates, consecutive days as one range: "Feb 1 – 2, 2027". ISO dates are UTC days. */
  dates(dates: readonly string[]): { iso: string; text: string }[] {
    const format = dateFormat(this.#locale, { dateStyle: 'medium', timeZone: 'UTC' });
    return dateRuns(dates).map(([start, end]) => ({
      iso: start,
      text:
        start === end
          ? format.format(new Date(start))
          : format.formatRange(new Date(start), new Date(end)),
    }));
  }

  languageName(tag: string): string {
    try {
      return new Intl.DisplayNames([this.#locale], { type: 'language' }).of(tag) ?? tag;
    } catch {
      return tag;
    }
  }

  /** Strings joined as the locale lists them: "A, B and C". */
  listText(items: string[]): string {
    return new Intl.ListFormat(this.#locale, { type: 'conjunction' }).format(items);
  }

  /** Rendered items joined as the locale lists them, each item kept as rendered. */
  list(items: TemplateResult[]): unknown[] {
    const parts = new Intl.ListFormat(this.#locale, { type: 'conjunction' }).formatToParts(
      items.map((_, i) => String(i)),
    );
    return parts.map((p) => (p.type === 'element' ? items[Number(p.value)] : p.value));
  }
}

/**
 * A localised message whose `{placeholders}` are filled with rendered content rather than
 * strings: `template` is split at them, so a value containing braces is never read as one.
 */
export function fillMessage(template: string, values: Record<string, unknown>): unknown[] {
  return template.split(/\{(\w+)\}/).map((piece, i) => (i % 2 === 0 ? piece : values[piece]));
}
