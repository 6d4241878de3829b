import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Result } from '@competence-kit/schemas';
import { aggregate, type Aggregate } from './aggregate.js';

let counter = 0;
/** A result with the given scores per competence (null: not valid); levels from the score. */
function result(
  meta: Partial<Result>,
  scores: Record<string, number | null>,
  target = 'practitioner',
): Result {
  const level = (s: number) =>
    s >= 0.85 ? 'expert' : s >= 0.65 ? 'advanced' : s >= 0.4 ? 'practitioner' : 'foundation';
  const index = ['foundation', 'practitioner', 'advanced', 'expert'];
  return {
    instrument: { id: 'https://example.org/i', version: '1.0.0' },
    framework: { id: 'https://example.org/f', version: '1.0.0' },
    respondent: `p-${++counter}`,
    phase: 'baseline',
    ...meta,
    competences: Object.entries(scores).map(([competence, score]) => ({
      competence,
      score,
      raw: 0,
      rawMin: 0,
      rawMax: 0,
      answered: score === null ? 0 : 1,
      total: 1,
      valid: score !== null,
      level: score === null ? null : level(score),
      target,
      gap: score === null ? null : index.indexOf(target) - index.indexOf(level(score)),
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

const cohort = (territory: string, xs: (number | null)[], ys: (number | null)[] = xs) =>
  xs.map((x, i) => result({ territory }, { x, y: ys[i] ?? null }));

describe('aggregate', () => {
  const results = [
    ...cohort('alpha', [0.2, 0.4, 0.6, 0.8, 1.0, 0.5]),
    ...cohort('beta', [0.3, 0.3, 0.9]),
    ...cohort('gamma', [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7], [0.5, 0.5, 0.5, 0.5, null, null, null]),
  ];
  const view = aggregate(results, { by: ['territory'], minGroupSize: 5 });
  const group = (label: string) => view.groups.find((g) => g.label === `territory=${label}`)!;

  it('computes group statistics by hand-checked values', () => {
    const x = group('gamma').competences.find((c) => c.competence === 'x')!.stats!;
    expect(x.n).toBe(7);
    expect(x.mean).toBeCloseTo(0.4, 12);
    expect(x.sd).toBeCloseTo(Math.sqrt(0.28 / 6), 12);
    expect(x.quartiles[0]).toBeCloseTo(0.25, 12);
    expect(x.quartiles[1]).toBeCloseTo(0.4, 12);
    expect(x.quartiles[2]).toBeCloseTo(0.55, 12);
    // Levels: 0.1 0.2 0.3 → foundation; 0.4 0.5 0.6 → practitioner; 0.7 → advanced. Below the
    // practitioner target: the three at foundation.
    expect(x.levels).toEqual({ foundation: 3, practitioner: 3, advanced: 1, expert: 0 }); // every level, for tables
    expect(x.belowTarget).toBeCloseTo(3 / 7, 12);
  });

  it('suppresses a small group, and a second one so it cannot be recovered from the total', () => {
    expect(group('beta')).toMatchObject({ n: null, suppressed: { reason: 'below-threshold' } });
    // Total 16 − gamma 7 would reveal beta's 3: alpha (the smallest published) goes too.
    expect(group('alpha')).toMatchObject({ n: null, suppressed: { reason: 'secondary' } });
    expect(group('gamma').n).toBe(7);
    expect(view.total.n).toBe(16);
    expect(view.suppressions.map((s) => [s.group, s.competence, s.reason])).toEqual([
      ['territory=beta', null, 'below-threshold'],
      ['territory=alpha', null, 'secondary'],
      ['territory=gamma', 'y', 'below-threshold'],
    ]);
  });

  it('suppresses a competence with too few valid scores inside a published group', () => {
    const y = group('gamma').competences.find((c) => c.competence === 'y')!;
    expect(y).toMatchObject({ stats: null, suppressed: { reason: 'below-threshold' } });
    expect(group('gamma').competences.find((c) => c.competence === 'x')!.stats).not.toBeNull();
  });

  it('shows nothing when the total is under the threshold', () => {
    const tiny = aggregate(results.slice(0, 4), { by: ['territory'] });
    expect(tiny.total).toMatchObject({ n: null, suppressed: { reason: 'below-threshold' } });
    expect(
      tiny.groups.every((g) => g.n === null && g.competences.every((c) => c.stats === null)),
    ).toBe(true);
  });

  it('groups results that do not state a dimension as "(not stated)"', () => {
    const mixed = aggregate(
      [
        ...cohort('alpha', [0.5, 0.5, 0.5, 0.5, 0.5]),
        ...[1, 2, 3, 4, 5].map(() => result({}, { x: 0.5 })),
      ],
      { by: ['territory'] },
    );
    expect(mixed.groups.map((g) => [g.label, g.n])).toEqual([
      ['territory=(not stated)', 5],
      ['territory=alpha', 5],
    ]);
  });

  it('gives the total only, and no groups, without dimensions', () => {
    const total = aggregate(results, { by: [] });
    expect(total.groups).toEqual([]);
    expect(total.total.n).toBe(16);
  });

  it('rejects malformed options, naming them', () => {
    expect(() => aggregate(results, { by: ['colour' as never] })).toThrow(/by/);
    expect(() => aggregate(results, { by: [], minGroupSize: 1 })).toThrow(/minGroupSize/);
  });

  /** The attack: subtract every published figure from the total and see what is left. */
  function attack(view: Aggregate, k: number) {
    const published = view.groups.filter((g) => g.n !== null);
    for (const g of published) expect(g.n).toBeGreaterThanOrEqual(k);
    if (view.total.n === null) {
      expect(published).toEqual([]);
      return;
    }
    const leftOver = view.total.n - published.reduce((s, g) => s + g.n!, 0);
    expect(leftOver === 0 || leftOver >= k, `group sizes leave ${leftOver}`).toBe(true);
    for (const cell of view.total.competences) {
      const cells = view.groups.map((g) =>
        g.competences.find((c) => c.competence === cell.competence)!,
      );
      for (const c of cells) if (c.stats) expect(c.stats.n).toBeGreaterThanOrEqual(k);
      if (!cell.stats) {
        expect(cells.every((c) => c.stats === null)).toBe(true);
        continue;
      }
      const rest = cell.stats.n - cells.reduce((s, c) => s + (c.stats?.n ?? 0), 0);
      expect(rest === 0 || rest >= k, `${cell.competence} leaves ${rest}`).toBe(true);
      // The same for the sum of scores: what is left is the sum over `rest` people.
      if (rest === 0) {
        const sum =
          cell.stats.n * cell.stats.mean -
          cells.reduce((s, c) => s + (c.stats ? c.stats.n * c.stats.mean : 0), 0);
        expect(Math.abs(sum)).toBeLessThan(1e-9);
      }
    }
  }

  it('never lets a suppressed cell be recomputed from the published ones (attacked at random)', () => {
    const arbitraryResult = fc
      .record({
        territory: fc.constantFrom('a', 'b', 'c', 'd'),
        unit: fc.option(fc.constantFrom('u1', 'u2', 'u3'), { nil: undefined }),
        x: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
        y: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null, freq: 3 }),
      })
      .map(({ territory, unit, x, y }) =>
        result(unit === undefined ? { territory } : { territory, unit }, { x, y }),
      );
    fc.assert(
      fc.property(
        fc.array(arbitraryResult, { maxLength: 60 }),
        fc.constantFrom<('territory' | 'unit')[]>(
          ['territory'],
          ['unit'],
          ['territory', 'unit'],
          [],
        ),
        fc.integer({ min: 2, max: 8 }),
        (rs, by, k) => attack(aggregate(rs, { by, minGroupSize: k }), k),
      ),
      { numRuns: 500 },
    );
  });
});

describe('aggregate of chosen competences', () => {
  it('computes only the competences asked for, with the same figures and suppressions', () => {
    const rs = [0.2, 0.4, 0.6, 0.8, 1.0, 0.5].map((x) =>
      result({ territory: 'alpha' }, { x, y: 1 - x }),
    );
    const all = aggregate(rs, { by: ['territory'] });
    const onlyY = aggregate(rs, { by: ['territory'], competences: ['y'] });
    expect(onlyY.total.competences.map((c) => c.competence)).toEqual(['y']);
    expect(onlyY.total.competences[0]).toEqual(
      all.total.competences.find((c) => c.competence === 'y'),
    );
    expect(onlyY.groups[0]!.competences).toEqual(
      all.groups[0]!.competences.filter((c) => c.competence === 'y'),
    );
  });
});
