import { describe, expect, it } from 'vitest';
import { compareTerritories } from './compare.js';
import { buildNeedsReport } from './report.js';
import { framework, instrument, study } from './test-support/study.js';

describe('compareTerritories', () => {
  const fw = framework();
  const instruments = [instrument()];
  const a = study();
  const b = study();
  b.territory = { id: 'otherland', name: { en: 'Otherland' }, country: 'IT' };
  b.findings = b.findings.filter((f) => f.id !== 'f2'); // no interpreter need in Otherland
  const reports = [a, b].map((s) => buildNeedsReport(s, fw, 'en', { instruments }));

  it('lines up each need across territories, sorted by mean priority', () => {
    const table = compareTerritories(reports);
    expect(table.territories).toEqual([
      { id: 'testland', name: 'Testland' },
      { id: 'otherland', name: 'Otherland' },
    ]);
    expect(table.rows.map((r) => r.competence)).toEqual([
      'plain-language',
      'working-with-interpreters',
    ]);
    const [pl, wi] = table.rows;
    expect(pl!.cells.map((c) => c?.rank)).toEqual([1, 1]);
    expect(pl!.meanPriority).toBeCloseTo(
      (reports[0]!.priorities[0]!.priority + reports[1]!.priorities[0]!.priority) / 2,
      12,
    );
    expect(wi!.cells[1]).toBeNull();
    expect(wi!.territoriesRaising).toBe(1);
    expect(wi!.meanPriority).toBeCloseTo(reports[0]!.priorities[1]!.priority / 2, 12);
  });

  it('refuses the same territory twice', () => {
    expect(() => compareTerritories([reports[0]!, reports[0]!])).toThrow(/testland/);
  });
});
