// The networks engine's words (types, statuses, kinds, review and analysis texts) as the three
// networks elements use them: in the element's language where the engine ships it (de, it, es,
// en), else English marked `lang="en"` so that a screen reader switches voice (WCAG 3.1.2).
import { nothing, type TemplateResult, html } from 'lit';
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

/** Whole days from `from` to `to` (both `YYYY-MM-DD`), in UTC. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Whether `text` is a real day written `YYYY-MM-DD`. */
export function isDay(text: unknown): text is string {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

/** Today in UTC, `YYYY-MM-DD`. */
export const currentDay = (): string => new Date().toISOString().slice(0, 10);

/** A `{id}` template (`/ravenna/measures/{id}`) filled with an id, or `undefined` without one. */
export function hrefFor(template: string | null | undefined, id: string): string | undefined {
  return template ? template.replaceAll('{id}', encodeURIComponent(id)) : undefined;
}
