/**
 * `@competence-kit/needs-analysis/messages/lazy`: the needs report's words with only English
 * bundled; German, Italian, Spanish and Arabic load on first use, so that a page pays only for the
 * language it shows (the web component uses this entry).
 *
 * @packageDocumentation
 */
import { en } from './en.js';
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
export { REPORT_LOCALES, reportLocaleOf } from './catalogue.js';
export type { ReportLocale, ReportMessageKey, ReportWords } from './catalogue.js';

// Static import() paths, so that every bundler splits them.
const loaders: Record<Exclude<ReportLocale, 'en'>, () => Promise<ReportCatalogue>> = {
  de: async () => (await import('./de.js')).de,
  it: async () => (await import('./it.js')).it,
  es: async () => (await import('./es.js')).es,
  ar: async () => (await import('./ar.js')).ar,
};
const loaded = new Map<ReportLocale, ReportCatalogue>([['en', en]]);

/** Loads the words of a locale's language; `undefined` when there is nothing to load. */
export function loadReportWords(locale: string): Promise<void> | undefined {
  const language = reportLocaleOf(locale);
  if (language === undefined || language === 'en' || loaded.has(language)) return undefined;
  return loaders[language]().then((catalogue) => {
    loaded.set(language, catalogue);
  });
}

/**
 * The words of a locale if loaded (see {@link loadReportWords}), else English; `fallback` is
 * true when the locale's language ships no words at all.
 */
export function loadedReportWordsFor(locale: string): ReportWords & { fallback: boolean } {
  const language = reportLocaleOf(locale);
  const catalogue = language && loaded.get(language);
  return catalogue
    ? { ...wordsOf(catalogue, language), fallback: false }
    : { ...wordsOf(en, 'en'), fallback: language === undefined };
}
