import type { Issue, NeedsReport, ParseResult } from '@competence-kit/schemas';
import { pointer, toIssues, parseSafely } from '@competence-kit/schemas';
import { validateNeedsReport } from '@competence-kit/schemas/validators';

/** The longest report text {@link parseNeedsReport} reads (16 MiB of JSON). */
export const MAX_REPORT_LENGTH = 16 * 1024 * 1024;
/** Issues collected before {@link parseNeedsReport} stops looking. */
const MAX_ISSUES = 100;

/**
 * Reopens a saved needs report: JSON text (or the value `JSON.parse` made of it), checked
 * against the `needs-report` schema and for the agreements the schema cannot state (each staff
 * row has one cell per competence column, ranks run 1, 2, 3…, recommendations name listed
 * needs). Errors are values: `{ ok: false, issues }`, each with a JSON pointer `path`.
 *
 * @example
 * ```ts
 * const reopened = parseNeedsReport(savedJson);
 * if (reopened.ok) renderNeedsReportHtml(reopened.value, { locale: 'ar' });
 * else console.error(reopened.issues);
 * ```
 */
export function parseNeedsReport(input: unknown): ParseResult<NeedsReport> {
  return parseSafely(() => {
    if (typeof input === 'string') {
      if (input.length > MAX_REPORT_LENGTH) {
        return {
          ok: false,
          issues: [
            {
              path: '',
              code: 'too-large',
              message: `The report is ${input.length} characters long; at most ${MAX_REPORT_LENGTH} are read.`,
            },
          ],
        };
      }
      input = JSON.parse(input) as unknown;
    }
    if (!validateNeedsReport(input))
      return { ok: false, issues: toIssues(validateNeedsReport.errors).slice(0, MAX_ISSUES) };
    const report = input;
    const issues: Issue[] = [];
    const columns = report.groupResults.competences.length;
    report.groupResults.rows.forEach((row, i) => {
      if (row.cells.length !== columns)
        issues.push({
          path: pointer('groupResults', 'rows', i, 'cells'),
          code: 'invalid-length',
          message: `Expected ${columns} cells, one per competence column; found ${row.cells.length}.`,
        });
    });
    report.priorities.forEach((p, i) => {
      if (p.rank !== i + 1)
        issues.push({
          path: pointer('priorities', i, 'rank'),
          code: 'invalid-value',
          message: `Expected rank ${i + 1} (priorities are listed in rank order); found ${p.rank}.`,
        });
    });
    const listed = new Set(report.priorities.map((p) => p.competence));
    report.recommendations.forEach((r, i) => {
      if (!listed.has(r.competence))
        issues.push({
          path: pointer('recommendations', i, 'competence'),
          code: 'unknown-reference',
          message: `"${r.competence}" is not one of the report's priorities.`,
        });
    });
    return issues.length > 0
      ? { ok: false, issues: issues.slice(0, MAX_ISSUES) }
      : { ok: true, value: report };
  });
}
