import type { NeedsReport } from '@competence-kit/schemas';
import type { ReportWords } from './catalogue.js';

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
