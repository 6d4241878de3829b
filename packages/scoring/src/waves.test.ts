import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Result } from '@competence-kit/schemas';
import { compareWaves, type CompetenceChange, type WaveComparison } from './waves.js';

/** A result of respondent `respondent` with the given scores (null: not valid). */
function result(
  respondent: string,
  scores: Record<string, number | null>,
  phase: Result['phase'] = 'baseline',
  instrument = 'https://example.org/i',
): Result {
  return {
    instrument: { id: instrument, version: '1.0.0' },
    framework: { id: 'https://example.org/f', version: '1.0.0' },
    respondent,
    phase,
    competences: Object.entries(scores).map(([competence, score]) => ({
      competence,
      score,
      raw: 0,
      rawMin: 0,
      rawMax: 0,
      answered: score === null ? 0 : 1,
      total: 1,
      valid: score !== null,
      level: null,
      target: null,
      gap: null,
    })),
    summary: {
      answered: 0,
      skipped: 0,
      total: 0,
      validCompetences: 0,
      meanScore: null,
      belowTarget: 0,
    },
  };
}

const wave = (phase: Result['phase'], scores: Record<string, number | null>, competence = 'x') =>
  Object.entries(scores).map(([respondent, score]) =>
    result(respondent, { [competence]: score }, phase),
  );

const find = (comparison: WaveComparison, competence: string): CompetenceChange =>
  comparison.competences.find((c) => c.competence === competence)!;

describe('compareWaves', () => {
  it("reproduces Student's paired t-test on the sleep data", () => {
    // Student (W. S. Gosset), 1908, "The probable error of a mean", Biometrika 6(1), 1–25: the
    // data of Cushny & Peebles (1905), as in R's `sleep` data set. Extra hours of sleep of the
    // same 10 patients under drug 1 and drug 2. R's t.test(drug2, drug1, paired = TRUE) reports
    // mean difference 1.58, t = 4.0621, df = 9, p-value = 0.002833, 95 % CI [0.7001, 2.4599].
    const drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
    const drug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

    // Our scores live in 0..1, so hours map to scores by s = (h + 2) / 10 (−1.6 → 0.04,
    // 5.5 → 0.75). Means transform the same way; differences, their sd and the interval scale
    // by 1/10; t, df, p and d_z are unchanged.
    const toScore = (h: number) => (h + 2) / 10;
    const people = drug1.map((_, i) => `patient-${i + 1}`);
    const baseline = people.map((p, i) => result(p, { sleep: toScore(drug1[i]!) }, 'baseline'));
    const post = people.map((p, i) => result(p, { sleep: toScore(drug2[i]!) }, 'post'));

    // Independent check of the published figures, by hand from sums of squares.
    const d = drug2.map((x, i) => x - drug1[i]!);
    const sum = d.reduce((s, x) => s + x, 0);
    const sumSquares = d.reduce((s, x) => s + x * x, 0);
    const ss = sumSquares - (sum * sum) / 10; // 38.58 − 15.8² / 10 = 13.616
    const standardError = Math.sqrt(ss / 9 / 10);
    expect(sum / 10).toBeCloseTo(1.58, 12);
    expect(sum / 10 / standardError).toBeCloseTo(4.0621, 4);
    const tTable = 2.262157; // t(0.975, 9) from a printed table
    expect(sum / 10 - tTable * standardError).toBeCloseTo(0.7001, 4);
    expect(sum / 10 + tTable * standardError).toBeCloseTo(2.4599, 4);

    const comparison = compareWaves(baseline, post);
    expect(comparison.issues).toEqual([]);
    const paired = find(comparison, 'sleep').paired;
    expect(paired.suppressed).toBeNull();
    const s = paired.stats!;
    expect(s.n).toBe(10);
    expect(s.df).toBe(9);
    expect(s.meanBaseline).toBeCloseTo(toScore(0.75), 12);
    expect(s.meanPost).toBeCloseTo(toScore(2.33), 12);
    expect(s.meanChange! * 10).toBeCloseTo(1.58, 12);
    expect(s.sdChange! * 10).toBeCloseTo(Math.sqrt(ss / 9), 12);
    expect(s.t).toBeCloseTo(4.0621, 4);
    expect(s.pValue).toBeCloseTo(0.002833, 6);
    expect(s.confidenceInterval![0] * 10).toBeCloseTo(0.7001, 4);
    expect(s.confidenceInterval![1] * 10).toBeCloseTo(2.4599, 4);
    expect(s.cohensDz).toBeCloseTo(1.58 / Math.sqrt(ss / 9), 10); // ≈ 1.2846
    expect(find(comparison, 'sleep').baselineOnly.stats).toEqual({ n: 0, mean: null });
  });

  it('pairs by respondent and summarises the unpaired, per competence', () => {
    const baseline = [
      ...wave('baseline', { p1: 0.2, p2: 0.4, p3: 0.6, p4: 0.5, p5: 0.7, p9: 0.1 }),
      result('p10', { y: 0.5 }),
    ];
    const post = wave('post', { p1: 0.5, p2: 0.5, p3: 0.8, p6: 0.9, p7: 0.3, p8: 0.6, p9: null });
    const comparison = compareWaves(baseline, post, { minGroupSize: 2 });
    expect(comparison.competences.map((c) => c.competence)).toEqual(['x', 'y']);
    const x = find(comparison, 'x');
    // Changes 0.3, 0.1, 0.2: mean 0.2, sd 0.1, t = 0.2 / (0.1 / √3), t(0.975, 2) = 4.302653.
    const s = x.paired.stats!;
    expect(s.n).toBe(3);
    expect(s.meanBaseline).toBeCloseTo(0.4, 12);
    expect(s.meanPost).toBeCloseTo(0.6, 12);
    expect(s.meanChange).toBeCloseTo(0.2, 12);
    expect(s.sdChange).toBeCloseTo(0.1, 12);
    expect(s.t).toBeCloseTo(2 * Math.sqrt(3), 10);
    expect(s.cohensDz).toBeCloseTo(2, 10);
    expect(s.confidenceInterval![0]).toBeCloseTo(0.2 - (4.302653 * 0.1) / Math.sqrt(3), 6);
    expect(s.confidenceInterval![1]).toBeCloseTo(0.2 + (4.302653 * 0.1) / Math.sqrt(3), 6);
    // p4, p5 and p9 (whose post score is not valid) are valid at baseline only.
    expect(x.baselineOnly.stats!.n).toBe(3);
    expect(x.baselineOnly.stats!.mean).toBeCloseTo((0.5 + 0.7 + 0.1) / 3, 12);
    expect(x.postOnly.stats!.n).toBe(3);
    expect(x.postOnly.stats!.mean).toBeCloseTo(0.6, 12);
    const y = find(comparison, 'y');
    expect(y.paired.stats).toMatchObject({ n: 0, meanChange: null, confidenceInterval: null });
    expect(y.baselineOnly.suppressed?.reason).toBe('below-threshold'); // one respondent
  });

  it('uses the requested confidence level and handles a constant change', () => {
    const baseline = wave('baseline', { a: 0.1, b: 0.2, c: 0.3, d: 0.4, e: 0.5 });
    const post = wave('post', { a: 0.3, b: 0.3, c: 0.4, d: 0.5, e: 0.7 });
    // Changes 0.2, 0.1, 0.1, 0.1, 0.2: mean 0.14, sd √(0.012 / 4); t(0.995, 4) = 4.604095.
    const s = compareWaves(baseline, post, { confidence: 0.99 }).competences[0]!.paired.stats!;
    const halfWidth = (4.604095 * Math.sqrt(0.003)) / Math.sqrt(5);
    expect(s.confidenceInterval![0]).toBeCloseTo(0.14 - halfWidth, 6);
    expect(s.confidenceInterval![1]).toBeCloseTo(0.14 + halfWidth, 6);

    const same = compareWaves(baseline, wave('post', { a: 0.2, b: 0.3, c: 0.4, d: 0.5, e: 0.6 }));
    const c = same.competences[0]!.paired.stats!;
    expect(c.meanChange).toBeCloseTo(0.1, 12);
    expect(c).toMatchObject({ sdChange: 0, t: null, pValue: null, cohensDz: null });
    expect(c.confidenceInterval![0]).toBeCloseTo(0.1, 12);
    expect(c.confidenceInterval![1]).toBeCloseTo(0.1, 12);
  });

  it('suppresses statistics over fewer than minGroupSize respondents, count included', () => {
    const baseline = wave('baseline', { a: 0.2, b: 0.3, c: 0.4, d: 0.5 });
    const post = wave('post', { a: 0.4, b: 0.4, c: 0.6, d: 0.6 });
    const comparison = compareWaves(baseline, post, { minGroupSize: 5 });
    const x = find(comparison, 'x');
    expect(x.paired).toEqual({
      stats: null,
      suppressed: {
        reason: 'below-threshold',
        explanation: expect.stringContaining('Fewer than 5'),
      },
    });
    expect(JSON.stringify(x.paired)).not.toMatch(/"n"|\b4\b/);
    expect(x.baselineOnly.stats).toEqual({ n: 0, mean: null });
    expect(comparison.minGroupSize).toBe(5);
  });

  it('reports duplicate respondents and leaves them out of both waves, without throwing', () => {
    const baseline = wave('baseline', { a: 0.1, b: 0.2, c: 0.3, d: 0.4, e: 0.5, f: 0.6 });
    baseline.splice(3, 0, result('a', { x: 0.9 }));
    const post = wave('post', { a: 0.5, b: 0.3, c: 0.4, d: 0.5, e: 0.6, f: 0.7 });
    const comparison = compareWaves(baseline, post);
    expect(comparison.issues.map((i) => [i.path, i.code])).toEqual([
      ['/baseline/0', 'duplicate-respondent'],
      ['/baseline/3', 'duplicate-respondent'],
    ]);
    expect(comparison.issues[0]!.message).toContain('/baseline/0, /baseline/3');
    const x = find(comparison, 'x');
    expect(x.paired.stats!.n).toBe(5);
    expect(x.paired.stats!.meanChange).toBeCloseTo(0.1, 12);
    expect(x.postOnly.stats).toEqual({ n: 0, mean: null }); // a is not counted as post-only
  });

  it('reports results of another instrument and leaves them out', () => {
    const baseline = wave('baseline', { a: 0.1, b: 0.2, c: 0.3, d: 0.4, e: 0.5 });
    const post = [
      ...wave('post', { a: 0.2, b: 0.3, c: 0.4, d: 0.5, e: 0.6 }),
      result('f', { x: 0.1 }, 'post', 'https://example.org/other'),
    ];
    const comparison = compareWaves(baseline, post);
    expect(comparison.issues).toEqual([
      expect.objectContaining({ path: '/post/5/instrument/id', code: 'instrument-mismatch' }),
    ]);
    expect(find(comparison, 'x').postOnly.stats).toEqual({ n: 0, mean: null });
  });

  it('rejects malformed options', () => {
    expect(() => compareWaves([], [], { minGroupSize: 1 })).toThrow(TypeError);
    expect(() => compareWaves([], [], { confidence: 1 })).toThrow(TypeError);
    expect(compareWaves([], [])).toEqual({
      competences: [],
      issues: [],
      minGroupSize: 5,
      confidence: 0.95,
    });
  });

  it('never shows a statistic over 1..minGroupSize−1 respondents (property)', () => {
    const score = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null });
    const results = (phase: Result['phase']) =>
      fc.array(
        fc
          .record({ who: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), x: score, y: score })
          .map(({ who, x, y }) => result(who, { x, y }, phase)),
        { maxLength: 12 },
      );
    fc.assert(
      fc.property(
        results('baseline'),
        results('post'),
        fc.integer({ min: 2, max: 6 }),
        (b, p, k) => {
          const comparison = compareWaves(b, p, { minGroupSize: k });
          for (const c of comparison.competences) {
            for (const cell of [c.paired, c.baselineOnly, c.postOnly]) {
              if (cell.stats === null) expect(cell.suppressed.reason).toBe('below-threshold');
              else expect(cell.stats.n === 0 || cell.stats.n >= k).toBe(true);
            }
          }
          for (const issue of comparison.issues)
            expect(issue.path).toMatch(/^\/(baseline|post)\/\d+$/);
        },
      ),
    );
  });
});
