import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Answer, Instrument, Response } from '@competence-kit/schemas';
import { reliability, type ScaleReliability } from './reliability.js';
import { responseFor, sampleInstrument } from './test-support/fixtures.js';

interface ItemSpec {
  id: string;
  competence?: string;
  reverse?: boolean;
  weight?: number;
}

/** An instrument of Likert items on a 1..5 scale. */
function instrument(items: ItemSpec[]): Instrument {
  return {
    id: 'https://example.org/i',
    version: '1.0.0',
    framework: { id: 'https://example.org/f', version: '^1.0.0' },
    title: { en: 'Test' },
    locales: ['en'],
    defaultLocale: 'en',
    likertScales: [
      { id: 'agree', min: 1, max: 5, labels: { '1': { en: 'No' }, '5': { en: 'Yes' } } },
    ],
    sections: [
      {
        id: 's',
        title: { en: 'S' },
        items: items.map(({ id, competence = 'c', reverse, weight }) => ({
          id,
          type: 'likert' as const,
          competence,
          scale: 'agree',
          prompt: { en: id },
          ...(reverse ? { reverse } : {}),
          ...(weight ? { weight } : {}),
        })),
      },
    ],
    scoring: { minAnsweredShare: 0.5, thresholds: [{ level: 'a', min: 0 }] },
  };
}

/** One response per row; `null` is a skipped item, `undefined` a missing answer. */
function responses(ids: string[], rows: (number | null | undefined)[][]): Response[] {
  return rows.map((row, r) => ({
    instrument: { id: 'https://example.org/i', version: '1.0.0' },
    respondent: `p-${r}`,
    phase: 'baseline',
    submittedAt: '2026-03-02T09:00:00Z',
    answers: ids.flatMap((item, j): Answer[] => {
      const v = row[j];
      if (v === undefined) return [];
      return [v === null ? { item, skipped: true } : { item, value: v }];
    }),
  }));
}

/**
 * A second, independent implementation from the covariance matrix C of the items:
 * alpha = k/(k−1)·(1 − trace(C)/sum(C)); the corrected item-total correlation of item j is
 * Σ_{i≠j} C_ij / √(C_jj · Σ_{a,b≠j} C_ab).
 */
function covarianceMatrix(rows: number[][]): number[][] {
  const n = rows.length;
  const k = rows[0]!.length;
  const m = Array.from({ length: k }, (_, j) => rows.reduce((s, r) => s + r[j]!, 0) / n);
  return m.map((_, a) =>
    m.map((_, b) => rows.reduce((s, r) => s + (r[a]! - m[a]!) * (r[b]! - m[b]!), 0) / (n - 1)),
  );
}
function alphaFromCovariance(c: number[][]): number {
  const k = c.length;
  const trace = c.reduce((s, row, i) => s + row[i]!, 0);
  const sum = c.flat().reduce((s, v) => s + v, 0);
  return (k / (k - 1)) * (1 - trace / sum);
}
const without = (c: number[][], j: number) =>
  c.filter((_, a) => a !== j).map((row) => row.filter((_, b) => b !== j));
function itemRestFromCovariance(c: number[][], j: number): number {
  const rest = without(c, j);
  const cross = c[j]!.reduce((s, v, i) => s + (i === j ? 0 : v), 0);
  return cross / Math.sqrt(c[j]![j]! * rest.flat().reduce((s, v) => s + v, 0));
}

// The example of "Survey reliability", thinkdeeply.cc/posts/survey-reliability (CC BY 4.0):
// 10 respondents, Likert items X1..X4 on 1..5. The post states the covariance matrix (diagonal
// 0.6778, 0.989, 0.6222, 1.344) and alpha = 0.674, confirmed there with R.
const X = ['x1', 'x2', 'x3', 'x4'];
const DATA = [
  [3, 3, 3, 3],
  [3, 3, 4, 3],
  [3, 3, 3, 1],
  [5, 4, 4, 5],
  [2, 1, 4, 4],
  [4, 4, 4, 5],
  [3, 2, 3, 3],
  [3, 4, 3, 3],
  [4, 2, 2, 3],
  [3, 3, 2, 3],
];

const scale = (i: Instrument, rs: Response[], options = {}): ScaleReliability =>
  reliability(i, rs, options).scales[0]!;

describe('reliability', () => {
  const published = scale(instrument(X.map((id) => ({ id }))), responses(X, DATA));
  const c = covarianceMatrix(DATA);

  it('reproduces the published alpha and item variances', () => {
    expect(published.used).toBe(10);
    expect(published.excluded).toBe(0);
    expect(published.reason).toBeNull();
    expect(published.alpha).toBeCloseTo(0.674, 3);
    // Normalised scores are (x − 1) / 4, so raw variances are 16 × the normalised ones.
    const rawVariances = published.items.map((item) => 16 * item.sd! ** 2);
    [0.6778, 0.9889, 0.6222, 1.3444].forEach((v, j) => expect(rawVariances[j]).toBeCloseTo(v, 3));
    expect(published.items.map((item) => item.mean! * 4 + 1)).toEqual(
      [3.3, 2.9, 3.2, 3.3].map((m) => expect.closeTo(m, 12)),
    );
  });

  it('agrees with an independent implementation through the covariance matrix', () => {
    expect(published.alpha).toBeCloseTo(alphaFromCovariance(c), 12);
    published.items.forEach((item, j) => {
      expect(item.correctedItemTotal).toBeCloseTo(itemRestFromCovariance(c, j), 12);
      expect(item.alphaIfDeleted).toBeCloseTo(alphaFromCovariance(without(c, j)), 12);
    });
  });

  it('gives alpha if deleted equal to alpha recomputed without the item', () => {
    published.items.forEach((item, j) => {
      const rest = X.filter((_, i) => i !== j);
      const rows = DATA.map((row) => row.filter((_, i) => i !== j));
      expect(item.alphaIfDeleted).toBeCloseTo(
        scale(instrument(rest.map((id) => ({ id }))), responses(rest, rows)).alpha!,
        12,
      );
    });
  });

  it('reflects reverse-keyed items, so a consistent answer correlates positively', () => {
    const items = X.map((id) => ({ id, reverse: id === 'x4' }));
    const reversed = DATA.map((row) => row.map((v, j) => (j === 3 ? 6 - v : v)));
    const s = scale(instrument(items), responses(X, reversed));
    expect(s.items[3]!.reverse).toBe(true);
    expect(s.items[3]!.correctedItemTotal).toBeGreaterThan(0);
    expect(s.items[3]!.correctedItemTotal).toBeCloseTo(published.items[3]!.correctedItemTotal!, 12);
    expect(s.alpha).toBeCloseTo(0.674, 3);
    // The same answers read without reverse keying weaken the scale.
    expect(scale(instrument(X.map((id) => ({ id }))), responses(X, reversed)).alpha!).toBeLessThan(
      0.3,
    );
  });

  it('counts an item answered twice as not answered, as scoreResponse and scoreBatch do', () => {
    const data = responses(X, DATA);
    const twice = structuredClone(data);
    twice[0]!.answers.push({ ...twice[0]!.answers[1]! });
    const skipped = structuredClone(data);
    skipped[0]!.answers[1] = { item: skipped[0]!.answers[1]!.item, skipped: true };
    const s = scale(instrument(X.map((id) => ({ id }))), twice);
    expect(s.excluded).toBe(1);
    expect(s).toEqual(scale(instrument(X.map((id) => ({ id }))), skipped));
  });

  it('uses only respondents who answered every item (listwise deletion)', () => {
    const extra = [
      [4, null, 3, 3], // skipped
      [4, 4, 7, 3], // 7 is off the 1..5 scale
      [undefined, 2, 2, 2], // no answer at all
    ];
    const s = scale(instrument(X.map((id) => ({ id }))), responses(X, [...DATA, ...extra]));
    expect(s.used).toBe(10);
    expect(s.excluded).toBe(3);
    expect(s.alpha).toBeCloseTo(published.alpha!, 12);
  });

  it('matches exact values derived by hand', () => {
    const two = instrument([{ id: 'a' }, { id: 'b' }]);
    // Identical items: Σσᵢ² = 2σ², σ²_total = 4σ², alpha = 2 · (1 − ½) = 1.
    expect(
      scale(
        two,
        responses(
          ['a', 'b'],
          [
            [1, 1],
            [3, 3],
            [4, 4],
            [5, 5],
          ],
        ),
      ).alpha,
    ).toBeCloseTo(1, 12);
    // a = 1..5, b = 2, 1, 4, 3, 5: σ² = 2.5 each, cov = 2, alpha = 4·2 / (2.5 + 2.5 + 2·2) = 8/9;
    // each item's corrected item-total correlation is r(a, b) = 2 / 2.5 = 0.8.
    const rows = [1, 2, 3, 4, 5].map((v, i) => [v, [2, 1, 4, 3, 5][i]!]);
    const s = scale(two, responses(['a', 'b'], rows));
    expect(s.alpha).toBeCloseTo(8 / 9, 12);
    expect(s.items.map((i) => i.correctedItemTotal)).toEqual([
      expect.closeTo(0.8, 12),
      expect.closeTo(0.8, 12),
    ]);
    expect(s.items.map((i) => i.alphaIfDeleted)).toEqual([null, null]);
  });

  it('gives a reason instead of alpha when it cannot be estimated', () => {
    const report = reliability(
      instrument([{ id: 'a' }, { id: 'b' }, { id: 'solo', competence: 'd' }]),
      responses(
        ['a', 'b', 'solo'],
        [
          [2, 2, 1],
          [3, 3, 4],
          [4, 4, 5],
        ],
      ),
    );
    const [c2, d] = report.scales;
    expect(d).toMatchObject({ competence: 'd', alpha: null, reason: 'too-few-items', used: 3 });
    expect(d!.items[0]!.mean).toBeCloseTo((10 / 3 - 1) / 4, 12); // ratings 1, 4, 5
    expect(c2).toMatchObject({ competence: 'c', alpha: expect.closeTo(1, 12), reason: null });
    const few = scale(
      instrument([{ id: 'a' }, { id: 'b' }]),
      responses(
        ['a', 'b'],
        [
          [1, 2],
          [3, 5],
        ],
      ),
    );
    expect(few).toMatchObject({ alpha: null, reason: 'too-few-respondents', used: 2 });
    expect(few.items[0]).toMatchObject({ mean: null, sd: null, correctedItemTotal: null });
    const flat = scale(
      instrument([{ id: 'a' }, { id: 'b' }]),
      responses(
        ['a', 'b'],
        [
          [2, 2],
          [2, 2],
          [2, 2],
        ],
      ),
    );
    expect(flat).toMatchObject({ alpha: null, reason: 'no-variance' });
  });

  it('applies item weights only when asked', () => {
    const items = X.map((id, j) => ({ id, weight: j === 0 ? 3 : 1 }));
    const rs = responses(X, DATA);
    expect(scale(instrument(items), rs).alpha).toBeCloseTo(published.alpha!, 12);
    const weighted = reliability(instrument(items), rs, { weighted: true });
    expect(weighted.weighted).toBe(true);
    const scaled = DATA.map((row) => row.map((v, j) => (j === 0 ? 3 * v : v)));
    expect(weighted.scales[0]!.alpha).toBeCloseTo(
      alphaFromCovariance(covarianceMatrix(scaled)),
      12,
    );
    expect(weighted.scales[0]!.items[0]!.mean).toBeCloseTo(published.items[0]!.mean!, 12);
  });

  it('reports responses to another instrument or version and leaves them out', () => {
    const rs = responses(X, DATA);
    rs[2] = { ...rs[2]!, instrument: { id: 'https://example.org/i', version: '2.0.0' } };
    const report = reliability(instrument(X.map((id) => ({ id }))), rs);
    expect(report.issues).toEqual([
      expect.objectContaining({ path: '/responses/2/instrument', code: 'instrument-mismatch' }),
    ]);
    expect(report.scales[0]!.used + report.scales[0]!.excluded).toBe(9);
    expect(() => reliability(instrument([]), [], { weighted: 'yes' } as never)).toThrow(TypeError);
  });

  it('analyses every scale of mixed item types without throwing (property)', () => {
    const sample = sampleInstrument();
    fc.assert(
      fc.property(fc.array(responseFor(sample, ['front-desk']), { maxLength: 25 }), (rs) => {
        const report = reliability(sample, rs);
        expect(report.scales.map((s) => s.competence)).toEqual([
          'plain-language',
          'working-with-interpreters',
          'openness-to-diversity',
        ]);
        for (const s of report.scales) {
          expect(s.used + s.excluded).toBe(rs.length);
          if (s.alpha !== null) expect(s.alpha).toBeLessThanOrEqual(1 + 1e-12);
          for (const item of s.items) {
            if (item.correctedItemTotal !== null)
              expect(Math.abs(item.correctedItemTotal)).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 50 },
    );
  });
});
