import { formatCsv } from '@competence-kit/model/csv';
import type { NeedsReport } from './report.js';
import type { RenderOptions } from './render-html.js';
import { programmeModuleText, reasonText, reportWordsFor } from './messages/index.js';

/**
 * Renders the report's figures as CSV (RFC 4180, CRLF) for spreadsheets: one row per priority
 * factor and one per role and competence of the staff results; then one per strategy goal of a
 * priority (`priority-goal`: the goal's id as measure, its title as note), one per programme
 * module of a priority (`priority-module`: the module's id as measure, the number of its sessions
 * as n, its title and programme months as note) or one `programme` row `not-linked` when the
 * report was built without a programme, one per area of the internal review
 * (`internal-review`: area as measure, assessment as note), one per quote (`quote`: its group,
 * its id as measure, its text as note) and one per limitation (`limitation`). Suppressed figures are empty,
 * with `suppressed` in the `note` column; nothing under the anonymity threshold appears. Codes
 * (sections, factors, groups) stay codes; the note explaining a missing factor is in
 * `options.locale` (default the report's locale).
 *
 * Figures (rank, priority, value, n) are written as numbers. Every text (a competence's title,
 * a role, a code) that a spreadsheet would run as a formula, such as `=HYPERLINK(…)` or `-1+2`,
 * is written with a leading `'` and quoted (`neutraliseFormula` of `@competence-kit/model/csv`),
 * so opening the report in a spreadsheet never runs a formula from the data.
 *
 * @example
 * ```ts
 * writeFileSync('needs-report.csv', '\uFEFF' + renderNeedsReportCsv(report));
 * ```
 */
export function renderNeedsReportCsv(report: NeedsReport, options: RenderOptions = {}): string {
  const words = reportWordsFor(options.locale ?? report.locale);
  const rows: (string | number | null)[][] = [
    ['section', 'rank', 'competence', 'title', 'group', 'measure', 'value', 'n', 'note'],
  ];
  for (const p of report.priorities) {
    rows.push([
      'priority',
      p.rank,
      p.competence,
      p.title,
      null,
      'priority',
      p.priority,
      null,
      null,
    ]);
    for (const c of p.contributions) {
      rows.push([
        'priority',
        p.rank,
        p.competence,
        p.title,
        null,
        c.factor,
        c.value,
        null,
        c.value === null ? reasonText(words, c.reason) : null,
      ]);
    }
  }
  for (const row of report.groupResults.rows) {
    report.groupResults.competences.forEach((c, i) => {
      const value = row.cells[i] ?? null;
      rows.push([
        'staff-by-role',
        null,
        c.id,
        c.title,
        row.role,
        'mean-score',
        value,
        row.n,
        value === null ? 'suppressed' : null,
      ]);
    });
  }
  for (const p of report.priorities) {
    for (const goal of p.strategyGoals ?? [])
      rows.push([
        'priority-goal',
        p.rank,
        p.competence,
        p.title,
        null,
        goal.id,
        null,
        null,
        goal.title,
      ]);
    for (const module of p.programme ?? [])
      rows.push([
        'priority-module',
        p.rank,
        p.competence,
        p.title,
        null,
        module.module,
        null,
        module.sessions,
        programmeModuleText(words, module),
      ]);
  }
  if (report.programme === null)
    rows.push(['programme', null, null, null, null, 'not-linked', null, null, null]);
  for (const r of report.internalReview ?? [])
    rows.push(['internal-review', null, null, null, null, r.area, null, null, r.assessment]);
  for (const q of report.quotes ?? [])
    rows.push(['quote', null, null, null, q.group, q.id, null, null, q.text]);
  for (const x of report.limitations ?? [])
    rows.push(['limitation', null, null, null, null, null, null, null, x]);
  // Numbers the report computed stay numbers; text goes through formatCsv's neutralisation.
  return formatCsv(rows.map((row) => row.map((value) => value ?? '')));
}
