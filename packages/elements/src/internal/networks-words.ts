// The networks engine's words (types, statuses, kinds, review and analysis texts) as the three
// networks elements use them: in the element's language where the engine ships it (de, it, es,
// en), else English marked `lang="en"` so that a screen reader switches voice (WCAG 3.1.2).
import { nothing, type TemplateResult, html } from 'lit';
import { dayNumber } from '@competence-kit/networks';
import { networkWordsFor, type NetworkWords } from '@competence-kit/networks/messages';

/** The engine's words for an element, with the `lang` that marks them when they fall back. */
export interface ElementWords {
  words: NetworkWords;
  /** `en` when the element's language ships no engine words, else `nothing`. */
  lang: 'en' | typeof nothing;
}

export function elementWords(locale: string): ElementWords {
  const words = networkWordsFor(locale);
  return { words, lang: words.fallback ? 'en' : nothing };
}

/** A text in the engine's words, wrapped in a `lang="en"` span when it fell back. */
export function wordText(w: ElementWords, text: string): string | TemplateResult {
  return w.lang === nothing ? text : html`<span lang=${w.lang}>${text}</span>`;
}

export { daysBetween } from '@competence-kit/networks';

/** Whether `text` is a real day written `YYYY-MM-DD` (the engine's reading of a date). */
export function isDay(text: unknown): text is string {
  return typeof text === 'string' && dayNumber(text) !== undefined;
}

/** Today in UTC, `YYYY-MM-DD`. */
export const currentDay = (): string => new Date().toISOString().slice(0, 10);

/** A `{id}` template (`/ravenna/measures/{id}`) filled with an id, or `undefined` without one. */
export function hrefFor(template: string | null | undefined, id: string): string | undefined {
  return template ? template.replaceAll('{id}', encodeURIComponent(id)) : undefined;
}
