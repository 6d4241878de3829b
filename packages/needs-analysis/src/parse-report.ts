import type { NeedsReport, ParseOptions, ParseResult } from '@competence-kit/schemas';
import {
  DEFAULT_LIMITS,
  collectIssues,
  parseSafely,
  pointer,
  resolveParseOptions,
  validateWithLimits,
} from '@competence-kit/schemas';
import { validateNeedsReport } from '@competence-kit/schemas/validators';

/**
 * The longest report {@link parseNeedsReport} reads by default (16 MiB of JSON): its default
 * `maxSize`, which `options.limits.maxSize` overrides.
 */
export const MAX_REPORT_LENGTH = 16 * 1024 * 1024;
/** A needs report is read with the shared limits, but at most {@link MAX_REPORT_LENGTH} long. */
const REPORT_LIMITS = Object.freeze({ ...DEFAULT_LIMITS, maxSize: MAX_REPORT_LENGTH });

/**
 * Reopens a saved needs report: JSON text (or the value `JSON.parse` made of it), checked
 * against the `needs-report` schema and for the agreements the schema cannot state (each staff
 * row has one cell per competence column, ranks run 1, 2, 3…, recommendations name listed
 * needs, a priority's strategy goals are goals of the report's strategy, and a quote illustrates
 * only findings the report lists). Reports saved before the internal review, quotes,
 * limitations, strategy and programme were added still open. Errors are values: `{ ok: false, issues }`, each with a JSON pointer `path`.
 *
 * @example
 * ```ts
 * const reopened = parseNeedsReport(savedJson);
 * if (reopened.ok) renderNeedsReportHtml(reopened.value, { locale: 'ar' });
 * else console.error(reopened.issues);
 * ```
 */
export function parseNeedsReport(input: unknown, options?: ParseOptions): ParseResult<NeedsReport> {
  const limits = resolveParseOptions(options, REPORT_LIMITS);
  return parseSafely(() => {
    if (typeof input === 'string') {
      if (input.length > limits.maxSize)
        return validateWithLimits(validateNeedsReport, input, limits);
      input = JSON.parse(input) as unknown;
    }
    const checked = validateWithLimits(validateNeedsReport, input, limits);
    if (!checked.ok) return checked;
    const report = checked.value;
    const issues = collectIssues(limits.maxIssues, (add) => {
      const columns = report.groupResults.competences.length;
      report.groupResults.rows.forEach((row, i) => {
        if (row.cells.length !== columns)
          add({
            path: pointer('groupResults', 'rows', i, 'cells'),
            code: 'invalid-length',
            message: `Expected ${columns} cells, one per competence column; found ${row.cells.length}.`,
          });
      });
      report.priorities.forEach((p, i) => {
        if (p.rank !== i + 1)
          add({
            path: pointer('priorities', i, 'rank'),
            code: 'invalid-value',
            message: `Expected rank ${i + 1} (priorities are listed in rank order); found ${p.rank}.`,
          });
      });
      const listed = new Set(report.priorities.map((p) => p.competence));
      report.recommendations.forEach((r, i) => {
        if (!listed.has(r.competence))
          add({
            path: pointer('recommendations', i, 'competence'),
            code: 'unknown-reference',
            message: `"${r.competence}" is not one of the report's priorities.`,
          });
      });
      const goals = new Set(report.strategy?.goals.map((g) => g.id) ?? []);
      report.priorities.forEach((p, i) => {
        p.strategyGoals?.forEach((g, j) => {
          if (!goals.has(g.id))
            add({
              path: pointer('priorities', i, 'strategyGoals', j, 'id'),
              code: 'unknown-reference',
              message: `"${g.id}" is not a goal of the report's strategy.`,
            });
        });
      });
      const findings = new Set(
        report.levels.flatMap((l) =>
          Object.values(l.findings)
            .flat()
            .map((f) => f.id),
        ),
      );
      report.quotes?.forEach((q, i) => {
        q.findings.forEach((id, j) => {
          if (!findings.has(id))
            add({
              path: pointer('quotes', i, 'findings', j),
              code: 'unknown-reference',
              message: `"${id}" is not one of the report's findings.`,
            });
        });
      });
    });
    return issues.length > 0 ? { ok: false, issues } : { ok: true, value: report };
  });
}
