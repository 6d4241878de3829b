import { formatMessage, pluralKey, type MessageCatalogue } from '@competence-kit/model/read';
import type { en } from './en.js';

/** A key of the needs report's words, such as `'summary'` or `'reason.suppressed'`. */
export type ReportMessageKey = keyof typeof en;

/**
 * The needs report's words in one locale: every key of the English reference, plus any plural
 * forms the language needs beyond `one` and `other` (`count.interviews.two` in Arabic).
 */
export type ReportCatalogue = MessageCatalogue<ReportMessageKey> & {
  readonly [plural: `count.${string}`]: string;
};

/** The locales the report's words ship in. */
export const REPORT_LOCALES = ['en', 'de', 'it', 'es', 'ar'] as const;
export type ReportLocale = (typeof REPORT_LOCALES)[number];

const isReportLocale = (language: string): language is ReportLocale =>
  (REPORT_LOCALES as readonly string[]).includes(language);

/** The report locale for a BCP 47 tag (by its language), or `undefined` when none ships. */
export function reportLocaleOf(locale: string): ReportLocale | undefined {
  const language = locale.split('-')[0]!.toLowerCase();
  return isReportLocale(language) ? language : undefined;
}

/** The counts the summary text names, with their plural forms. */
export type CountKey = 'interviews' | 'focusGroups' | 'responses' | 'findings';

/**
 * Puts report words into one locale's catalogue: `text(key, params)` formats a message,
 * `count(key, n)` picks the plural form, numbers use the locale's digits.
 */
export interface ReportWords {
  locale: ReportLocale;
  text: (key: ReportMessageKey, params?: Readonly<Record<string, string | number>>) => string;
  count: (key: CountKey, n: number) => string;
}

/** The words of `catalogue` for `locale`. */
export function wordsOf(catalogue: ReportCatalogue, locale: ReportLocale): ReportWords {
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return {
    locale,
    text: (key, params) => formatMessage(catalogue[key], params),
    count: (key, n) =>
      formatMessage(
        catalogue[pluralKey(catalogue, locale, `count.${key}`, n) as ReportMessageKey],
        {
          n: integer.format(n),
        },
      ),
  };
}
