import { describe, expect, it } from 'vitest';
import type { Indicator } from '@competence-kit/schemas';
import { expectedValue, reviewActionPlan } from './review.js';
import { examplePlan, measure, plan } from './test-support/fixtures.js';

const indicator = (fields: Partial<Indicator> & { id: string }): Indicator => ({
  title: { en: fields.id },
  unit: { en: 'people' },
  baseline: 0,
  target: 10,
  measurements: [],
  ...fields,
});

describe('reviewActionPlan: late measures', () => {
  // today 2026-03-11: 10 days after 2026-03-01, 11 after 2026-02-28, 38 after 2026-02-01
  // (28 days of February + 10 of March).
  const measures = [
    measure({ id: 'planned-late', status: 'planned', start: '2026-03-01' }),
    measure({ id: 'running-over', start: '2026-01-01', end: '2026-02-28' }),
    measure({ id: 'done-over', status: 'done', end: '2026-02-28' }),
    measure({ id: 'cancelled', status: 'cancelled', start: '2026-02-01' }),
    measure({ id: 'delayed-unmeasured', status: 'delayed', start: '2026-02-01' }),
    measure({
      id: 'delayed-measured',
      status: 'delayed',
      start: '2026-02-01',
      indicators: [indicator({ id: 'i', measurements: [{ date: '2026-02-15', value: 1 }] })],
    }),
    measure({ id: 'starts-today', status: 'planned', start: '2026-03-11' }),
    measure({ id: 'planned-over', status: 'planned', end: '2026-02-28' }),
  ];

  it('lists not started and not done measures with whole days, in the plan order', () => {
    const review = reviewActionPlan(plan([{ id: 'g1' }], measures), '2026-03-11');
    expect(review.late).toEqual([
      { measure: 'planned-late', goal: 'g1', owner: 'a', reason: 'not-started', days: 10 },
      { measure: 'running-over', goal: 'g1', owner: 'a', reason: 'not-done', days: 11 },
      { measure: 'delayed-unmeasured', goal: 'g1', owner: 'a', reason: 'not-started', days: 38 },
      // Past its end, the later deadline wins.
      { measure: 'planned-over', goal: 'g1', owner: 'a', reason: 'not-done', days: 11 },
    ]);
  });

  it('counts days in UTC across a daylight saving change and a leap day', () => {
    // 2028 is a leap year: 2028-02-28 to 2028-03-27 is 1 + 27 = 28 days, across the EU's
    // change to summer time on 2028-03-26.
    const p = plan([{ id: 'g1' }], [measure({ id: 'm', start: '2028-01-01', end: '2028-02-28' })]);
    expect(reviewActionPlan(p, '2028-03-27').late[0]!.days).toBe(28);
  });
});

describe('reviewActionPlan: indicators', () => {
  // A ten-day measure, 2026-01-01 to 2026-01-11: the line rises 10 a day from 10 to 110.
  const tenDays = { start: '2026-01-01', end: '2026-01-11' };

  it('finds a rising indicator below the line, with its shortfall', () => {
    const p = plan(
      [{ id: 'g1' }],
      [
        measure({
          id: 'm',
          ...tenDays,
          indicators: [
            indicator({
              id: 'rising',
              baseline: 10,
              target: 110,
              measurements: [
                { date: '2026-01-06', value: 50 },
                // After today: ignored.
                { date: '2026-01-09', value: 999 },
              ],
            }),
            indicator({
              id: 'on-track',
              baseline: 10,
              target: 110,
              measurements: [{ date: '2026-01-06', value: 60 }],
            }),
          ],
        }),
      ],
    );
    // On 2026-01-06, 5 of 10 days: expected 10 + 100 × 0.5 = 60; 50 is 10 short, 10 % of 100.
    expect(reviewActionPlan(p, '2026-01-08').offTrack).toEqual([
      {
        measure: 'm',
        goal: 'g1',
        indicator: 'rising',
        measured: { date: '2026-01-06', value: 50 },
        expected: 60,
        shortfall: 10,
        shortfallShare: 0.1,
      },
    ]);
  });

  it('finds a falling indicator above the line; a value below it is on track', () => {
    const falling = (id: string, value: number) =>
      indicator({ id, baseline: 100, target: 0, measurements: [{ date: '2026-01-06', value }] });
    const p = plan(
      [{ id: 'g1' }],
      [measure({ id: 'm', ...tenDays, indicators: [falling('behind', 55), falling('ahead', 45)] })],
    );
    // Expected on day 5: 100 − 100 × 0.5 = 50; 55 is 5 too many: shortfall 5, share 0.05.
    const [found, ...rest] = reviewActionPlan(p, '2026-01-10').offTrack;
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ indicator: 'behind', expected: 50, shortfall: 5 });
    expect(found!.shortfallShare).toBeCloseTo(0.05, 12);
  });

  it('clamps the line to the measure period and takes the later of two same-day values', () => {
    const p = plan(
      [{ id: 'g1' }],
      [
        measure({
          id: 'm',
          ...tenDays,
          indicators: [
            indicator({
              id: 'late-value',
              baseline: 10,
              target: 110,
              measurements: [
                { date: '2026-01-20', value: 120 },
                { date: '2026-01-20', value: 100 },
              ],
            }),
          ],
        }),
      ],
    );
    // 2026-01-20 is after the end: expected 110 (not 200); the later value 100 is 10 short.
    expect(reviewActionPlan(p, '2026-02-01').offTrack[0]).toMatchObject({
      measured: { date: '2026-01-20', value: 100 },
      expected: 110,
      shortfall: 10,
    });
  });

  it('holds a done measure to its target, skips cancelled ones and flat targets', () => {
    const behind = (id: string, fields: Partial<Indicator> = {}) =>
      indicator({ id, target: 40, measurements: [{ date: '2026-01-06', value: 30 }], ...fields });
    const p = plan(
      [{ id: 'g1' }],
      [
        measure({ id: 'done', status: 'done', indicators: [behind('i')] }),
        measure({ id: 'cancelled', status: 'cancelled', indicators: [behind('i')] }),
        measure({ id: 'flat', indicators: [behind('i', { baseline: 40 })] }),
      ],
    );
    // Done: expected the target 40 (not the line's 40 × 5/364 on 2026-01-06): 10 short, 25 %.
    expect(reviewActionPlan(p, '2026-02-01').offTrack).toEqual([
      {
        measure: 'done',
        goal: 'g1',
        indicator: 'i',
        measured: { date: '2026-01-06', value: 30 },
        expected: 40,
        shortfall: 10,
        shortfallShare: 0.25,
      },
    ]);
  });

  it('lists indicators of started measures without a measurement up to today', () => {
    const empty = [indicator({ id: 'i' })];
    const p = plan(
      [{ id: 'g1' }],
      [
        measure({ id: 'running', indicators: empty }),
        measure({ id: 'done', status: 'done', indicators: empty }),
        measure({ id: 'planned', status: 'planned', indicators: empty }),
        measure({ id: 'future', start: '2026-06-01', indicators: empty }),
        measure({
          id: 'measured-later',
          indicators: [indicator({ id: 'i', measurements: [{ date: '2026-05-01', value: 9 }] })],
        }),
      ],
    );
    expect(reviewActionPlan(p, '2026-03-01').unmeasured).toEqual([
      { measure: 'running', goal: 'g1', indicator: 'i' },
      { measure: 'done', goal: 'g1', indicator: 'i' },
      { measure: 'measured-later', goal: 'g1', indicator: 'i' },
    ]);
  });

  it('expectedValue is the straight line, and a one-day measure expects its target', () => {
    const i = indicator({ id: 'i', baseline: 0, target: 100 });
    const m = measure({ id: 'm', start: '2026-01-01', end: '2026-01-05' });
    expect(expectedValue(i, m, '2026-01-02')).toBe(25);
    expect(expectedValue(i, m, '2025-12-01')).toBe(0);
    const oneDay = measure({ id: 'm', start: '2026-01-01', end: '2026-01-01' });
    expect(expectedValue(i, oneDay, '2026-01-01')).toBe(100);
  });
});

describe('reviewActionPlan: needs, statuses and budget', () => {
  it('lists unaddressed priorities by rank with their reason', () => {
    const p = plan(
      [
        { id: 'g1', needs: ['a'] },
        { id: 'g2', needs: ['b'] },
        { id: 'g3', needs: ['d'] },
      ],
      [
        measure({ id: 'm1', goal: 'g1', status: 'planned' }),
        measure({ id: 'm2', goal: 'g2', status: 'cancelled' }),
      ],
    );
    const needs = {
      priorities: [
        { competence: 'c', rank: 3 },
        { competence: 'a', rank: 1 },
        { competence: 'b', rank: 2 },
        { competence: 'd', rank: 4 },
      ],
    };
    expect(reviewActionPlan(p, '2026-01-01', { needs }).unaddressed).toEqual([
      { competence: 'b', rank: 2, reason: 'no-active-measure' },
      { competence: 'c', rank: 3, reason: 'no-goal' },
      { competence: 'd', rank: 4, reason: 'no-active-measure' },
    ]);
    expect(reviewActionPlan(p, '2026-01-01').unaddressed).toEqual([]);
  });

  it('counts every status and sums budgets per currency without cancelled measures', () => {
    const p = plan(
      [{ id: 'g1' }],
      [
        measure({ id: 'a', budget: { amount: 1000.1, currency: 'EUR' } }),
        measure({ id: 'b', status: 'done', budget: { amount: 2000.2, currency: 'EUR' } }),
        measure({ id: 'c', status: 'planned', budget: { amount: 5, currency: 'USD' } }),
        measure({ id: 'd', status: 'cancelled', budget: { amount: 9999, currency: 'EUR' } }),
      ],
    );
    const review = reviewActionPlan(p, '2026-01-01');
    expect(review.byStatus).toEqual({
      planned: 1,
      'in-progress': 1,
      done: 1,
      delayed: 0,
      cancelled: 1,
    });
    // 1000.1 + 2000.2 is 3000.2999… in floating point; rounded to cents.
    expect(review.budget).toEqual({ EUR: 3000.3, USD: 5 });
  });

  it('reviews the schema example on 2026-07-01', () => {
    const review = reviewActionPlan(examplePlan(), '2026-07-01');
    // joint-advice is planned from 2026-03-01: 31 + 30 + 31 + 30 = 122 days late.
    expect(review.late).toEqual([
      {
        measure: 'joint-advice',
        goal: 'reach',
        owner: 'brueckenhaus',
        reason: 'not-started',
        days: 122,
      },
    ]);
    // letter-workshops runs 2026-02-01 to 2026-11-30 (302 days); on 2026-06-30, day 149, the
    // line from 0 to 40 expects 40 × 149 / 302 = 19.735…; 18 were trained.
    expect(review.offTrack).toHaveLength(1);
    expect(review.offTrack[0]!.expected).toBeCloseTo((40 * 149) / 302, 10);
    expect(review.offTrack[0]!.shortfall).toBeCloseTo((40 * 149) / 302 - 18, 10);
    expect(review.unmeasured).toEqual([]);
    expect(review.budget).toEqual({ EUR: 12000 });
    expect(review.today).toBe('2026-07-01');
  });
});

describe('reviewActionPlan: arguments', () => {
  const p = plan([{ id: 'g1' }], []);

  it('throws a TypeError naming a today that is not a real date', () => {
    expect(() => reviewActionPlan(p, '2026-02-30')).toThrow(
      new TypeError(
        'reviewActionPlan: the argument "today" must be a real date written YYYY-MM-DD; got "2026-02-30".',
      ),
    );
    expect(() => reviewActionPlan(p, 20260101 as never)).toThrow(/"today".*got a number/);
    expect(() => reviewActionPlan(p, '2026-1-5')).toThrow(TypeError);
  });

  it('throws a TypeError naming a wrong plan or options', () => {
    expect(() => reviewActionPlan(null as never, '2026-01-01')).toThrow(
      /reviewActionPlan: the argument "plan" must be the ActionPlan \(an object\); got null/,
    );
    expect(() => reviewActionPlan({ goals: [] } as never, '2026-01-01')).toThrow(
      /"plan" must be an ActionPlan with "goals" and "measures" arrays/,
    );
    expect(() =>
      reviewActionPlan(p, '2026-01-01', { needs: { priorities: 'a' } } as never),
    ).toThrow(/"options.needs.priorities" must be an array/);
  });
});
