/**
 * `@competence-kit/networks/messages`: the words for every code and enum the networks engine
 * returns (stakeholder types, measure statuses, cooperation frequencies, knowledge entry kinds,
 * toolkit materials, late and unaddressed reasons, network findings), in English, German,
 * Italian and Spanish, as plain catalogues with `{name}` placeholders, and the engine's results
 * put into words. It imports nothing at run time, so a web page loads it without the engine.
 *
 * @packageDocumentation
 */
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { it } from './it.js';
import {
  networkLocaleOf,
  wordsOf,
  type NetworkCatalogue,
  type NetworkLocale,
  type NetworkWords,
} from './catalogue.js';

export {
  dateText,
  entryKindName,
  findingText,
  frequencyName,
  lateText,
  localized,
  materialName,
  measureStatusName,
  namesFrom,
  numberText,
  offTrackText,
  stakeholderTypeName,
  unaddressedText,
  unmeasuredText,
} from './text.js';
export type { NameLookup } from './text.js';
export { NETWORK_LOCALES, formatText, networkLocaleOf, wordsOf } from './catalogue.js';
export type {
  MessageParams,
  NetworkCatalogue,
  NetworkCountKey,
  NetworkLocale,
  NetworkMessageKey,
  NetworkWords,
} from './catalogue.js';

/** The engine's message catalogues, one per shipped locale. */
export const NETWORK_MESSAGES: Readonly<Record<NetworkLocale, NetworkCatalogue>> = {
  en,
  de,
  it,
  es,
};

/**
 * The engine's words for a locale (by its language); English when none ships, and then
 * `fallback` is true, so that a renderer can mark the words with `lang="en"`.
 *
 * @example
 * ```ts
 * const words = networkWordsFor('de');
 * words.text('stakeholderType.ngo'); // 'NGO' in German: 'Nichtregierungsorganisation'
 * ```
 */
export function networkWordsFor(locale: string): NetworkWords & { fallback: boolean } {
  const found = networkLocaleOf(locale);
  const chosen = found ?? 'en';
  return { ...wordsOf(NETWORK_MESSAGES[chosen], chosen), fallback: found === undefined };
}
