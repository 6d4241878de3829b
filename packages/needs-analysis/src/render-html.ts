import type { NeedsReport } from './report.js';
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

/** Options of the renderers. */
export interface RenderOptions {
  /** The language of the report's own words (de, it, es, en, ar); default the report's locale. */
  locale?: string;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'yi', 'dv']);
/** The writing direction of a language tag. */
export const directionOf = (tag: string): 'rtl' | 'ltr' =>
  RTL.has(tag.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';

// Colours meet WCAG 2.1 AA contrast (4.5:1 for text) on white; print drops colour.
const STYLE = `
:root { color-scheme: light; font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; }
body { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.8rem; } h2 { font-size: 1.4rem; margin-top: 2rem; border-bottom: 2px solid #1d4f91; } h3 { font-size: 1.15rem; }
.notice { border-inline-start: 4px solid #8a5300; background: #fff4e0; padding: 0.5rem 1rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
caption { text-align: start; font-weight: 600; padding: 0.25rem 0; }
th, td { border: 1px solid #6b6b6b; padding: 0.3rem 0.5rem; text-align: start; vertical-align: top; }
td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; }
.suppressed { font-style: italic; color: #4d4d4d; }
figure { margin: 1rem 0; }
blockquote { margin: 0.25rem 0; padding: 0.25rem 1rem; border-inline-start: 4px solid #1d4f91; }
figcaption { color: #4d4d4d; }
@media print { body { max-width: none; padding: 0; } h2 { break-after: avoid; } table, li { break-inside: avoid; } .notice { background: none; } }
`;

/**
 * Renders a needs report as a standalone, accessible HTML page (WCAG 2.1 AA: language and
 * direction declared, one h1 and ordered headings, tables with captions and header cells,
 * sufficient contrast, suppressed cells written out, print styles for the PDF a city files with
 * its funder). Quotes are blockquotes marked with the language (`lang`, `dir`) their text is in,
 * the original beside a translation where the study records it. Every text from the study, the
 * framework and the programme is escaped. The report's own words come in
 * `options.locale` (default the report's locale; English when that language does not ship).
 *
 * @example
 * ```ts
 * writeFileSync('needs-report.html', renderNeedsReportHtml(report));
 * ```
 */
export function renderNeedsReportHtml(report: NeedsReport, options: RenderOptions = {}): string {
  const words = reportWordsFor(options.locale ?? report.locale);
  const m = (key: ReportMessageKey, params?: Record<string, string | number>) =>
    words.text(key, params);
  const e = escapeHtml;
  const l = words.locale;
  const pct = new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 0 });
  const dec = new Intl.NumberFormat(l, { maximumFractionDigits: 2 });
  const hidden = `<span class="suppressed">${e(m('suppressed', { k: report.minGroupSize }))}</span>`;
  const lang = l;
  const dir = RTL.has(l) ? 'rtl' : 'ltr';
  const title = m('title', { territory: report.territory.name });
  const titles = new Map(report.priorities.map((p) => [p.competence, p.title]));
  const section = (id: string, title: string, body: string) =>
    `<section aria-labelledby="${id}"><h2 id="${id}">${e(title)}</h2>${body}</section>`;

  const participation = `
<h3>${e(m('participation'))}</h3>
<table><caption>${e(m('participants'))}</caption>
<thead><tr><th scope="col">${e(m('group'))}</th><th scope="col" class="num">${e(m('interviews'))}</th><th scope="col" class="num">${e(m('focusGroups'))}</th></tr></thead>
<tbody>${report.participation.byGroup.map((g) => `<tr><th scope="row">${e(m(`group.${g.group}`))}</th><td class="num">${g.interviews}</td><td class="num">${g.focusGroups}</td></tr>`).join('')}</tbody></table>
<table><caption>${e(m('questionnaires'))}</caption>
<thead><tr><th scope="col">${e(m('group'))}</th><th scope="col" class="num">${e(m('responses'))}</th><th scope="col" class="num">${e(m('invited'))}</th><th scope="col" class="num">${e(m('responseRate'))}</th></tr></thead>
<tbody>${report.participation.questionnaires.map((q) => `<tr><th scope="row">${e(m(`group.${q.group}`))}</th><td class="num">${q.responses}</td><td class="num">${q.invited ?? '—'}</td><td class="num">${q.responseRate === null ? '—' : pct.format(q.responseRate)}</td></tr>`).join('')}</tbody></table>
<h3>${e(m('deskResearch'))}</h3>
${report.participation.sources.length === 0 ? `<p>${e(m('none'))}</p>` : `<ul>${report.participation.sources.map((s) => `<li><strong>${e(s.title)}</strong>${s.publisher ? `, ${e(s.publisher)}` : ''}${s.date ? ` (${e(s.date)})` : ''}: ${e(s.summary)}</li>`).join('')}</ul>`}`;

  const levels = report.levels
    .map((level) => {
      const lists = Object.entries(level.findings)
        .filter(([, findings]) => findings.length > 0)
        .map(
          ([kind, findings]) =>
            `<h4>${e(m(`kind.${kind as 'need'}`))}</h4><ul>${findings.map((f) => `<li>${e(f.statement)} <span>(${e(f.validation ? m(`validation.${f.validation}`) : m('notValidated'))}; ${f.competences.map((c) => e(c.title)).join(', ')})</span></li>`).join('')}</ul>`,
        )
        .join('');
      return `<h3>${e(m(`level.${level.level}`))}</h3>${lists || `<p>${e(m('none'))}</p>`}`;
    })
    .join('');

  const priorities = `<table><caption>${e(m('priorities'))}</caption>
<thead><tr><th scope="col" class="num">${e(m('rank'))}</th><th scope="col">${e(m('competence'))}</th><th scope="col" class="num">${e(m('priority'))}</th><th scope="col">${e(m('evidence'))}</th></tr></thead>
<tbody>${report.priorities
    .map(
      (p) =>
        `<tr><td class="num">${p.rank}</td><th scope="row">${e(p.title)}</th><td class="num">${dec.format(p.priority)}</td><td><ul>${p.contributions
          .filter((c) => c.value !== null)
          .map(
            (c) =>
              `<li>${e(m(`factor.${c.factor}`))}: ${pct.format(c.value!)} <span>(${e(reasonText(words, c.reason))})</span></li>`,
          )
          .join('')}</ul></td></tr>`,
    )
    .join('')}</tbody></table>`;

  const internalReview =
    (report.internalReview ?? []).length === 0
      ? `<p>${e(m('none'))}</p>`
      : (report.internalReview ?? [])
          .map(
            (r) =>
              `<h3>${e(m(`area.${r.area}`))}</h3><p>${e(r.assessment)}</p>${r.evidence.length === 0 ? '' : `<p>${e(m('basedOn'))}:</p><ul>${r.evidence.map((x) => `<li>${e(evidenceText(words, x))}</li>`).join('')}</ul>`}`,
          )
          .join('');

  const quoted = (text: string, tag: string) =>
    `<blockquote lang="${e(tag)}" dir="${directionOf(tag)}"><p>${e(text)}</p></blockquote>`;
  const quotes =
    (report.quotes ?? []).length === 0
      ? `<p>${e(m('none'))}</p>`
      : `<p>${e(m('quotes.note'))}</p>${(report.quotes ?? [])
          .map(
            (q) =>
              `<figure>${quoted(q.text, q.textLanguage)}${q.original === null ? '' : `<p>${e(m('quote.original', { language: languageName(words, q.language) }))}</p>${quoted(q.original, q.language)}`}<figcaption>${e(quoteAttribution(words, q))}</figcaption></figure>`,
          )
          .join('')}`;

  const strategy = report.strategy;
  const programme = report.programme;
  const links = `<h3>${e(m('strategy'))}</h3>
${strategy ? `<p><strong>${e(strategy.title)}</strong>${strategy.publisher ? `, ${e(strategy.publisher)}` : ''}${strategy.date ? ` (${e(strategy.date)})` : ''}${strategy.uri ? `: ${e(strategy.uri)}` : ''}</p>${strategy.goals.length === 0 ? '' : `<ul>${strategy.goals.map((goal) => `<li>${e(goal.title)}</li>`).join('')}</ul>`}` : `<p>${e(m('strategy.none'))}</p>`}
<p>${e(programme ? m('programme', { title: programme.title ?? programme.id, ...programme.period }) : m('programme.notLinked'))}</p>
<table><caption>${e(m('priorityLinks'))}</caption>
<thead><tr><th scope="col" class="num">${e(m('rank'))}</th><th scope="col">${e(m('competence'))}</th><th scope="col">${e(m('strategyGoals'))}</th><th scope="col">${e(m('programmeModules'))}</th></tr></thead>
<tbody>${report.priorities
    .map((p) => {
      const goals = p.strategyGoals ?? [];
      const modules = p.programme ?? null;
      return `<tr><td class="num">${p.rank}</td><th scope="row">${e(p.title)}</th><td>${goals.length === 0 ? '—' : `<ul>${goals.map((goal) => `<li>${e(goal.title)}</li>`).join('')}</ul>`}</td><td>${modules === null ? '—' : modules.length === 0 ? e(m('programme.noModule')) : `<ul>${modules.map((x) => `<li>${e(programmeModuleText(words, x))}</li>`).join('')}</ul>`}</td></tr>`;
    })
    .join('')}</tbody></table>`;

  const limitations =
    (report.limitations ?? []).length === 0
      ? `<p>${e(m('none'))}</p>`
      : `<ul>${(report.limitations ?? []).map((x) => `<li>${e(x)}</li>`).join('')}</ul>`;

  const g = report.groupResults;
  const groups = `<table><caption>${e(m('groupResults'))}</caption>
<thead><tr><th scope="col">${e(m('role'))}</th><th scope="col" class="num">n</th>${g.competences.map((c) => `<th scope="col" class="num">${e(c.title)}</th>`).join('')}</tr></thead>
<tbody>${g.rows.map((r) => `<tr><th scope="row">${e(r.label)}</th><td class="num">${r.n ?? hidden}</td>${r.cells.map((c) => `<td class="num">${c === null ? hidden : dec.format(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;

  return `<!doctype html>
<html lang="${e(lang)}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${e(title)}</h1>
${report.synthetic ? `<p class="notice">${e(m('synthetic'))}</p>` : ''}
<p>${e(m('period', report.period))}</p>
${section('summary', m('summary'), `<p>${e(summaryText(words, report.counts))}</p>`)}
${section('methods', m('methods'), participation)}
${report.internalReview ? section('internal-review', m('internalReview'), internalReview) : ''}
${section('levels', m('strengthsAndWeaknesses'), levels)}
${report.quotes ? section('quotes', m('quotes'), quotes) : ''}
${section('priorities', m('priorities'), priorities)}
${report.strategy !== undefined || report.programme !== undefined ? section('links', m('linkage'), links) : ''}
${section('groups', m('groupResults'), groups)}
${section('recommendations', m('recommendations'), `<ol>${report.recommendations.map((r) => `<li>${e(recommendationText(words, r, titles.get(r.competence) ?? r.competence))}</li>`).join('')}</ol>`)}
${report.limitations ? section('limitations', m('limitations'), limitations) : ''}
</main>
</body>
</html>
`;
}
