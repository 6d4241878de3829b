/**
 * `@competence-kit/needs-analysis/messages`: the needs report's words in English, German,
 * Italian, Spanish and Arabic, as plain catalogues (`{name}` placeholders), and the reasons and
 * codes of a report put into words. It imports nothing but `@competence-kit/model/read`, so a
 * web page loads it without the engine.
 *
 * @packageDocumentation
 */
import { ar } from './ar.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { it } from './it.js';
import {
  reportLocaleOf,
  wordsOf,
  type ReportCatalogue,
  type ReportLocale,
  type ReportWords,
} from './catalogue.js';

export {
  evidenceText,
  languageName,
  programmeModuleText,
  quoteAttribution,
  reasonText,
  recommendationText,
  summaryText,
} from './text.js';

export { REPORT_LOCALES, reportLocaleOf, wordsOf } from './catalogue.js';
export type {
  ReportCatalogue,
  ReportLocale,
  ReportMessageKey,
  ReportWords,
  CountKey,
} from './catalogue.js';

/** The report's message catalogues, one per shipped locale. */
export const REPORT_MESSAGES: Readonly<Record<ReportLocale, ReportCatalogue>> = {
  en,
  de,
  it,
  es,
  ar,
};

/**
 * The report's words for a locale (by its language); English when none ships, and then
 * `fallback` is true, so that a renderer can mark the words with `lang="en"`.
 *
 * @example
 * ```ts
 * const words = reportWordsFor('ar');
 * words.text('reason.suppressed', { k: 5 });
 * ```
 */
export function reportWordsFor(locale: string): ReportWords & { fallback: boolean } {
  const found = reportLocaleOf(locale);
  const chosen = found ?? 'en';
  return { ...wordsOf(REPORT_MESSAGES[chosen], chosen), fallback: found === undefined };
}
