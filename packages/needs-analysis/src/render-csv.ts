import { formatCsv } from '@competence-kit/model/csv';
import type { NeedsReport } from './report.js';
import type { RenderOptions } from './render-html.js';
import { reasonText, reportWordsFor } from './messages/index.js';

/**
 * Renders the report's figures as CSV (RFC 4180, CRLF) for spreadsheets: one row per priority
 * factor and one per role and competence of the staff results. Suppressed figures are empty,
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
  // Numbers the report computed stay numbers; text goes through formatCsv's neutralisation.
  return formatCsv(rows.map((row) => row.map((value) => value ?? '')));
}
