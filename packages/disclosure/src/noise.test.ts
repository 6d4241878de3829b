import { describe, expect, it } from 'vitest';
import { seededRandom } from '@competence-kit/schemas/testing';
import { buildRelease } from './release.js';
import { discreteLaplace, noiseMargin, noiseScales } from './noise.js';
import { framework, result } from './test-support/people.js';

const plan = {
  population: 'test/staff',
  breakdowns: [[], ['roleProfile']] as const,
  noise: { epsilon: 1, budget: 2, values: { roleProfile: ['a', 'b', 'c'] } },
};
const data = Array.from({ length: 60 }, (_, i) =>
  result({ respondent: `p-${i}`, roleProfile: i === 0 ? 'b' : 'a', score: (i % 9) / 8 }),
);

describe('the discrete Laplace mechanism', () => {
  it('draws whole numbers with P(x) ∝ exp(−|x| / scale), centred on 0', () => {
    const random = seededRandom(21);
    const scale = 3;
    const draws = Array.from({ length: 40_000 }, () => discreteLaplace(scale, random));
    expect(draws.every(Number.isInteger)).toBe(true);
    const alpha = Math.exp(-1 / scale);
    const share = (x: number) => draws.filter((d) => d === x).length / draws.length;
    // P(0) = (1 − α) / (1 + α); P(x) / P(x + 1) = 1 / α on either side.
    expect(share(0)).toBeCloseTo((1 - alpha) / (1 + alpha), 2);
    expect(share(2)).toBeCloseTo(((1 - alpha) / (1 + alpha)) * alpha ** 2, 2);
    expect(share(-2)).toBeCloseTo(((1 - alpha) / (1 + alpha)) * alpha ** 2, 2);
    expect(Math.abs(draws.reduce((a, b) => a + b, 0) / draws.length)).toBeLessThan(0.08);
    // The stated margin holds at 90 %: about 10 % of draws fall outside it, not more.
    const margin = noiseMargin(scale);
    const outside = draws.filter((d) => Math.abs(d) > margin).length / draws.length;
    expect(outside).toBeLessThanOrEqual(0.105);
    expect(outside).toBeGreaterThan(0.06);
  });

  it('gives the smallest margin that holds, by the exact tail of the distribution', () => {
    for (const scale of [0.5, 1, 3, 12, 180]) {
      const alpha = Math.exp(-1 / scale);
      const tail = (m: number) => (2 * alpha ** (m + 1)) / (1 + alpha);
      const m = noiseMargin(scale);
      expect(tail(m)).toBeLessThanOrEqual(0.1 + 1e-12);
      if (m > 0) expect(tail(m - 1)).toBeGreaterThan(0.1);
    }
  });

  it('splits epsilon in three and over every figure one person can change', () => {
    // Two tables, one phase, two competences: a person moves one count per table (2), one valid
    // count and one sum per competence and table (4 each, sums in hundredths).
    expect(noiseScales(1.5, 2, 1, 2)).toEqual({ count: 4, valid: 8, sum: 800 });
  });
});

describe('a release with noise', () => {
  it('hides nothing, marks every figure with its margin, and states epsilon and the budget', async () => {
    const { release, audit, ledger } = await buildRelease(data, plan, {
      framework,
      random: seededRandom(2),
    });
    expect(release.noise).toEqual({
      epsilon: 1,
      spent: 1,
      budget: 2,
      mechanism: 'discrete-laplace',
      confidence: 0.9,
    });
    expect(audit).toMatchObject({ primary: 0, secondary: 0, intervals: [] });
    for (const table of release.tables)
      for (const cell of table.cells) {
        expect(cell.hidden).toBe(false);
        expect(Number.isInteger(cell.n)).toBe(true);
        expect(cell.nMargin).toBeGreaterThan(0);
        for (const c of cell.competences) {
          expect(
            Object.keys(c).every((k) => ['competence', 'mean', 'meanMargin'].includes(k)),
          ).toBe(true);
          if (c.mean !== null) expect(c.meanMargin).toBeGreaterThan(0);
        }
      }
    expect(ledger.noise).toEqual({ epsilon: 1, budget: 2 });
  });

  it('publishes a cell for every declared value, so that which cells exist says nothing', async () => {
    const { release } = await buildRelease(data, plan, { framework, random: seededRandom(4) });
    // Nobody has role c: its cell is there all the same, with a noisy count.
    expect(release.tables[1]!.cells.map((c) => c.key.roleProfile)).toEqual(['a', 'b', 'c']);
    const nobody = data.filter((r) => r.roleProfile !== 'b');
    const again = await buildRelease(nobody, plan, { framework, random: seededRandom(4) });
    expect(again.release.tables[1]!.cells.map((c) => c.key.roleProfile)).toEqual(['a', 'b', 'c']);
  });

  it('refuses a result whose value the plan does not declare, and a plan without values', async () => {
    const other = [...data, result({ respondent: 'x', roleProfile: 'z', score: 0.5 })];
    await expect(buildRelease(other, plan, { framework })).rejects.toThrow(
      'results.60 has roleProfile "z", which plan.noise.values.roleProfile does not list',
    );
    await expect(
      buildRelease(data, { ...plan, noise: { epsilon: 1, budget: 2, values: {} } }, { framework }),
    ).rejects.toThrow('Invalid release plan at noise.values.roleProfile');
  });

  it('a one-person cell is not shown as exactly one in most releases', async () => {
    let exact = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const { release } = await buildRelease(data, plan, { framework, random: seededRandom(seed) });
      if (release.tables[1]!.cells.find((c) => c.key.roleProfile === 'b')!.n === 1) exact++;
    }
    // The count's scale is 2 tables / (1/3) = 6: P(noise = 0) is about 8 %.
    expect(exact).toBeLessThan(8);
  });

  it('spends the budget across releases and refuses the release that would overspend it', async () => {
    const random = seededRandom(3);
    const first = await buildRelease(data, plan, { framework, random });
    const second = await buildRelease(data, plan, { framework, random, previous: [first.ledger] });
    expect(second.release.noise!.spent).toBe(2);
    await expect(
      buildRelease(data, plan, { framework, random, previous: [first.ledger, second.ledger] }),
    ).rejects.toMatchObject({ name: 'ReleaseRefused', reason: 'budget-spent' });
    // Exact and noisy releases of one population do not mix.
    await expect(
      buildRelease(data, { ...plan, noise: undefined }, { framework, previous: [first.ledger] }),
    ).rejects.toMatchObject({ reason: 'plan-differs' });
  });

  it('refuses a plan with a wrong epsilon or budget, naming the field', async () => {
    await expect(
      buildRelease(
        data,
        { ...plan, noise: { ...plan.noise, epsilon: 0, budget: 1 } },
        { framework },
      ),
    ).rejects.toThrow('Invalid release plan at noise.epsilon');
    await expect(
      buildRelease(
        data,
        { ...plan, noise: { ...plan.noise, epsilon: 2, budget: 1 } },
        { framework },
      ),
    ).rejects.toThrow('Invalid release plan at noise.budget');
  });
});
