/**
 * `@competence-kit/needs-analysis/messages`: the needs report's words in English, German,
 * Italian, Spanish and Arabic, as plain catalogues (`{name}` placeholders), and the reasons and
 * codes of a report put into words. It imports nothing but `@competence-kit/model/read`, so a
 * web page loads it without the engine.
 *
 * @packageDocumentation
 */
import type { NeedsReport } from '@competence-kit/schemas';
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

type Contribution = NeedsReport['priorities'][number]['contributions'][number];

/** A priority factor's reason in words: numbers in the words' locale, groups by their names. */
export function reasonText(words: ReportWords, reason: Contribution['reason']): string {
  const decimal = new Intl.NumberFormat(words.locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(words.locale, {
    style: 'percent',
    maximumFractionDigits: 0,
  });
  switch (reason.code) {
    case 'mean-shortfall':
      return words.text('reason.mean-shortfall', {
        gap: decimal.format(reason.params.gap),
        n: reason.params.n,
      });
    case 'share-below':
      return words.text('reason.share-below', {
        share: percent.format(reason.params.share),
        n: reason.params.n,
      });
    case 'mean-score':
      return words.text('reason.mean-score', {
        mean: decimal.format(reason.params.mean),
        n: reason.params.n,
      });
    case 'suppressed':
      return words.text('reason.suppressed', { k: reason.params.k });
    case 'weighted-findings':
      return words.text('reason.weighted-findings', {
        count: reason.params.count,
        weighted: decimal.format(reason.params.weighted),
        saturation: decimal.format(reason.params.saturation),
      });
    case 'raised-by':
      return words.text('reason.raised-by', {
        groups: reason.params.groups.map((g) => words.text(`group.${g}`)).join(', '),
      });
    default:
      return words.text(`reason.${reason.code}`);
  }
}

/** A recommendation of the report in words. */
export function recommendationText(
  words: ReportWords,
  recommendation: NeedsReport['recommendations'][number],
  competenceTitle: string,
): string {
  const share =
    recommendation.share === null
      ? null
      : new Intl.NumberFormat(words.locale, { style: 'percent', maximumFractionDigits: 0 }).format(
          recommendation.share,
        );
  const roles = recommendation.roles.join(', ');
  const key = roles
    ? share
      ? 'recommendation.rolesShare'
      : 'recommendation.roles'
    : share
      ? 'recommendation.share'
      : 'recommendation';
  return words.text(key, { competence: competenceTitle, roles, share: share ?? '' });
}

/** The summary of a report's counts in words. */
export function summaryText(words: ReportWords, counts: NeedsReport['counts']): string {
  return words.text('summary.text', {
    interviews: words.count('interviews', counts.interviews),
    focusGroups: words.count('focusGroups', counts.focusGroups),
    responses: words.count('responses', counts.responses),
    findings: words.count('findings', counts.findings),
  });
}
