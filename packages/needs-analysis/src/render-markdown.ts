import type { NeedsReport } from './report.js';
import type { RenderOptions } from './render-html.js';
import {
  evidenceText,
  languageName,
  programmeModuleText,
  quoteAttribution,
  reasonText,
  recommendationText,
  reportWordsFor,
  summaryText,
  type ReportMessageKey,
} from './messages/index.js';

/** Runs of white space that CommonMark or a renderer may take as a line or block break. */
const BREAKS = /[ \t\r\n\f\v\u0085\u2028\u2029]+/g;
/** Inline markup: escapes, code, emphasis, links and images, HTML and entities, table cells, strikethrough. */
const INLINE = /[\\`*_[\]<>|~&]/g;
/** What starts a block at the beginning of a line: heading, quote, list, setext or thematic break. */
const BLOCK_START = /^[#>+\-=]/;
const ORDERED_LIST = /^(\d+)([.)])/;
/** GFM autolinks without angle brackets: `http://`, `www.` and e-mail addresses. */
const AUTOLINK = /:(?=\/\/)|(?<=www)\.|@/gi;

/**
 * Escapes text from data for Markdown so that it renders as written and adds no structure:
 * every line break (CR, LF, form feed, vertical tab, NEL, U+2028, U+2029) and run of white
 * space becomes one space, and the text is trimmed, so it can neither start a line nor an
 * indented code block; inline markup (backslashes, code, emphasis, strikethrough, links and
 * images, HTML tags and entities, table pipes) is backslash-escaped everywhere, and so are the
 * characters that would make a bare URL or address a link; block markup at the start
 * (headings, quotes, list items, numbered items, setext and thematic breaks) is escaped too.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(BREAKS, ' ')
    .trim()
    .replace(INLINE, (c) => `\\${c}`)
    .replace(AUTOLINK, (c) => `\\${c}`)
    .replace(BLOCK_START, (c) => `\\${c}`)
    .replace(ORDERED_LIST, (_, digits: string, mark: string) => `${digits}\\${mark}`);
}

const fmt = (locale: string, value: number, style: 'percent' | 'decimal' = 'decimal') =>
  new Intl.NumberFormat(
    locale,
    style === 'percent' ? { style, maximumFractionDigits: 0 } : { maximumFractionDigits: 2 },
  ).format(value);

/**
 * Renders a needs report as Markdown (for a wiki, a repository or a PDF tool). Every text from
 * the study is escaped, so it renders as written.
 *
 * @example
 * ```ts
 * writeFileSync('needs-report.md', renderNeedsReportMarkdown(buildNeedsReport(study, framework, 'de', { instruments })));
 * ```
 */
export function renderNeedsReportMarkdown(
  report: NeedsReport,
  options: RenderOptions = {},
): string {
  const words = reportWordsFor(options.locale ?? report.locale);
  const m = (key: ReportMessageKey, params?: Record<string, string | number>) =>
    words.text(key, params);
  const e = escapeMarkdown;
  const l = words.locale;
  const titles = new Map(report.priorities.map((p) => [p.competence, p.title]));
  const out: string[] = [];
  out.push(`# ${e(m('title', { territory: report.territory.name }))}`, '');
  if (report.synthetic) out.push(`> ${e(m('synthetic'))}`, '');
  out.push(e(m('period', report.period)), '');
  out.push(`## ${m('summary')}`, '', e(summaryText(words, report.counts)), '');

  out.push(`## ${m('methods')}`, '', `### ${m('participation')}`, '');
  out.push(`| ${m('group')} | ${m('interviews')} | ${m('focusGroups')} |`, '| --- | ---: | ---: |');
  for (const g of report.participation.byGroup)
    out.push(`| ${e(m(`group.${g.group}`))} | ${g.interviews} | ${g.focusGroups} |`);
  out.push('', `### ${m('questionnaires')}`, '');
  out.push(
    `| ${m('group')} | ${m('responses')} | ${m('invited')} | ${m('responseRate')} |`,
    '| --- | ---: | ---: | ---: |',
  );
  for (const q of report.participation.questionnaires) {
    out.push(
      `| ${e(m(`group.${q.group}`))} | ${q.responses} | ${q.invited ?? '—'} | ${q.responseRate === null ? '—' : fmt(l, q.responseRate, 'percent')} |`,
    );
  }
  out.push('', `### ${m('deskResearch')}`, '');
  if (report.participation.sources.length === 0) out.push(m('none'));
  for (const s of report.participation.sources) {
    out.push(
      `- **${e(s.title)}**${s.publisher ? `, ${e(s.publisher)}` : ''}${s.date ? ` (${s.date})` : ''}: ${e(s.summary)}`,
    );
  }
  out.push('');

  if (report.internalReview) {
    out.push(`## ${m('internalReview')}`, '');
    if (report.internalReview.length === 0) out.push(m('none'), '');
    for (const r of report.internalReview) {
      out.push(`### ${m(`area.${r.area}`)}`, '', e(r.assessment), '');
      if (r.evidence.length > 0) {
        out.push(`${e(m('basedOn'))}:`, '');
        for (const x of r.evidence) out.push(`- ${e(evidenceText(words, x))}`);
        out.push('');
      }
    }
  }

  out.push(`## ${m('strengthsAndWeaknesses')}`, '');
  for (const level of report.levels) {
    out.push(`### ${e(m(`level.${level.level}`))}`, '');
    if (Object.values(level.findings).every((f) => f.length === 0)) out.push(m('none'), '');
    for (const [kind, findings] of Object.entries(level.findings)) {
      if (findings.length === 0) continue;
      out.push(`**${m(`kind.${kind as 'need'}`)}**`, '');
      for (const f of findings)
        out.push(
          `- ${e(f.statement)} (${e(f.validation ? m(`validation.${f.validation}`) : m('notValidated'))}; ${f.competences.map((c) => e(c.title)).join(', ')})`,
        );
      out.push('');
    }
  }

  if (report.quotes) {
    out.push(`## ${m('quotes')}`, '');
    if (report.quotes.length === 0) out.push(m('none'), '');
    else out.push(e(m('quotes.note')), '');
    for (const q of report.quotes) {
      // Each quote is one blockquote; its text is escaped, so it can add no structure.
      out.push(`> ${e(q.text)}`, '>', `> — ${e(quoteAttribution(words, q))}`, '');
      if (q.original !== null)
        out.push(
          e(m('quote.original', { language: languageName(words, q.language) })),
          '',
          `> ${e(q.original)}`,
          '',
        );
    }
  }

  out.push(`## ${m('priorities')}`, '');
  out.push(
    `| ${m('rank')} | ${m('competence')} | ${m('priority')} | ${m('evidence')} |`,
    '| ---: | --- | ---: | --- |',
  );
  for (const p of report.priorities) {
    const evidence = p.contributions
      .filter((c) => c.value !== null)
      .map(
        (c) =>
          `${e(m(`factor.${c.factor}`))} ${fmt(l, c.value!, 'percent')} (${e(reasonText(words, c.reason))})`,
      )
      .join('; ');
    out.push(`| ${p.rank} | ${e(p.title)} | ${fmt(l, p.priority)} | ${evidence} |`);
  }
  out.push('');

  if (report.strategy !== undefined || report.programme !== undefined) {
    out.push(`## ${m('linkage')}`, '', `### ${m('strategy')}`, '');
    const s = report.strategy;
    if (s) {
      out.push(
        `**${e(s.title)}**${s.publisher ? `, ${e(s.publisher)}` : ''}${s.date ? ` (${s.date})` : ''}${s.uri ? `: ${e(s.uri)}` : ''}`,
        '',
      );
      for (const goal of s.goals) out.push(`- ${e(goal.title)}`);
      if (s.goals.length > 0) out.push('');
    } else out.push(e(m('strategy.none')), '');
    const programme = report.programme;
    out.push(
      e(
        programme
          ? m('programme', { title: programme.title ?? programme.id, ...programme.period })
          : m('programme.notLinked'),
      ),
      '',
    );
    out.push(
      `| ${m('rank')} | ${m('competence')} | ${m('strategyGoals')} | ${m('programmeModules')} |`,
      '| ---: | --- | --- | --- |',
    );
    for (const p of report.priorities) {
      const goals = (p.strategyGoals ?? []).map((goal) => e(goal.title)).join('; ') || '—';
      const modules =
        p.programme === undefined || p.programme === null
          ? '—'
          : p.programme.length === 0
            ? e(m('programme.noModule'))
            : p.programme.map((x) => e(programmeModuleText(words, x))).join('; ');
      out.push(`| ${p.rank} | ${e(p.title)} | ${goals} | ${modules} |`);
    }
    out.push('');
  }

  out.push(`## ${m('groupResults')}`, '');
  const g = report.groupResults;
  out.push(`| ${m('role')} | n | ${g.competences.map((c) => e(c.title)).join(' | ')} |`);
  out.push(`| --- | ---: |${g.competences.map(() => ' ---: |').join('')}`);
  const hidden = e(m('suppressed', { k: report.minGroupSize }));
  for (const row of g.rows) {
    out.push(
      `| ${e(row.label)} | ${row.n ?? hidden} | ${row.cells.map((c) => (c === null ? hidden : fmt(l, c))).join(' | ')} |`,
    );
  }
  out.push('');

  out.push(`## ${m('recommendations')}`, '');
  for (const r of report.recommendations)
    out.push(`1. ${e(recommendationText(words, r, titles.get(r.competence) ?? r.competence))}`);
  out.push('');

  if (report.limitations) {
    out.push(`## ${m('limitations')}`, '');
    if (report.limitations.length === 0) out.push(m('none'));
    for (const x of report.limitations) out.push(`- ${e(x)}`);
    out.push('');
  }
  return out.join('\n');
}
