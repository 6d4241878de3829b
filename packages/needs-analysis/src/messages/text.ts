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

/** A language's name in the words' language (`Arabic`, `Arabisch`), or the tag itself. */
export function languageName(words: ReportWords, tag: string): string {
  try {
    return new Intl.DisplayNames([words.locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Where a statement of the internal review comes from, in words. */
export function evidenceText(
  words: ReportWords,
  evidence: NonNullable<NeedsReport['internalReview']>[number]['evidence'][number],
): string {
  switch (evidence.type) {
    case 'session':
      return words.text(`evidence.${evidence.kind}`, {
        date: evidence.date,
        groups: evidence.groups.map((g) => words.text(`group.${g}`)).join(', '),
      });
    case 'source':
      return words.text('evidence.source', { title: evidence.title });
    default:
      return evidence.item === null
        ? words.text('evidence.questionnaire', { group: words.text(`group.${evidence.group}`) })
        : words.text('evidence.questionnaireItem', {
            group: words.text(`group.${evidence.group}`),
            item: evidence.item,
          });
  }
}

/** Who said a quote, in what kind of session and in which language. */
export function quoteAttribution(
  words: ReportWords,
  quote: NonNullable<NeedsReport['quotes']>[number],
): string {
  return words.text('quote.said', {
    group: words.text(`group.${quote.group}`),
    kind: words.text(`sessionKind.${quote.sessionKind}`),
    language: languageName(words, quote.language),
  });
}

/** A programme module of a priority in words: its title and the programme months it runs in. */
export function programmeModuleText(
  words: ReportWords,
  module: NonNullable<NeedsReport['priorities'][number]['programme']>[number],
): string {
  const integer = new Intl.NumberFormat(words.locale, { maximumFractionDigits: 0 });
  return words.text('programme.months', {
    title: module.title,
    months: module.months.map((m) => integer.format(m)).join(', '),
  });
}
