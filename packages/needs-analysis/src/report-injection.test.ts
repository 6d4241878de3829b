import { describe, expect, it } from 'vitest';
import { isFormulaLike, parseCsv, restoreFormula } from '@competence-kit/model/csv';
import { buildNeedsReport } from './report.js';
import { renderNeedsReportCsv } from './render-csv.js';
import { instrument } from './test-support/study.js';
import { HOSTILE_TEXTS, studyWithTexts } from './test-support/hostile.js';

// Issue 12: a needs report built from a framework and a study whose every text is hostile.

const instruments = [instrument()];

describe('renderNeedsReportCsv with formulas in titles and free-text answers', () => {
  const { framework, study } = studyWithTexts('hostile');
  const report = buildNeedsReport(study, framework, 'en', { instruments });
  const csv = renderNeedsReportCsv(report);
  const parsed = parseCsv(csv);

  it('writes no cell that a spreadsheet would run as a formula', () => {
    expect(parsed.issues).toEqual([]);
    expect(parsed.records.length).toBeGreaterThan(5);
    const live = parsed.records.flatMap((r) => r.fields).filter(isFormulaLike);
    expect(live).toEqual([]);
  });

  it('keeps the hostile titles readable: restoreFormula gives back each one exactly', () => {
    const titles = new Set(parsed.records.slice(1).map((r) => restoreFormula(r.fields[3]!)));
    expect([...titles].every((t) => HOSTILE_TEXTS.includes(t))).toBe(true);
    expect([...titles].some((t) => isFormulaLike(t))).toBe(true);
  });

  it('writes the figures as numbers, a negative one included', () => {
    const header = parsed.records[0]!.fields;
    const value = header.indexOf('value');
    const numbers = parsed.records
      .slice(1)
      .map((r) => r.fields[value]!)
      .filter((v) => v !== '');
    expect(numbers.length).toBeGreaterThan(0);
    for (const v of numbers) expect(v).toMatch(/^-?\d+(?:\.\d+)?(?:e-?\d+)?$/);
    const negative = structuredClone(report);
    negative.priorities[0]!.contributions[0]!.value = -0.25;
    expect(renderNeedsReportCsv(negative)).toMatch(/,-0\.25,/);
  });
});
