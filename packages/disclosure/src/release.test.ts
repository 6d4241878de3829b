import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Result } from '@competence-kit/schemas';
import { mean, quartiles, standardDeviation } from '@competence-kit/scoring';
import { seededRandom } from '@competence-kit/schemas/testing';
import { buildRelease, HIDDEN_NOTICE } from './release.js';
import { framework, result, type Person } from './test-support/people.js';
import { attack } from './test-support/attack.js';

const plan = {
  population: 'test/staff',
  breakdowns: [[], ['roleProfile'], ['unit'], ['roleProfile', 'unit']] as const,
};
/** Options with a seeded suppression order, fresh for each release. */
const options = {
  framework,
  get random() {
    return seededRandom(7);
  },
};

const people = (count: number, person: (i: number) => Omit<Person, 'respondent'>): Result[] =>
  Array.from({ length: count }, (_, i) => result({ respondent: `p-${i}`, ...person(i) }));

describe('buildRelease', () => {
  it('counts people, not results: two people with three waves each are two, and hidden', async () => {
    const data = [0, 1].flatMap((p) =>
      ['2027-01-01', '2027-02-01', '2027-03-01'].map((day) =>
        result({
          respondent: `p-${p}`,
          roleProfile: 'a',
          unit: 'u',
          score: 0.5,
          submittedAt: `${day}T10:00:00Z`,
        }),
      ),
    );
    const { release } = await buildRelease(data, plan, options);
    const total = release.tables[0]!.cells[0]!;
    expect(total).toEqual({ key: {}, n: null, hidden: true, competences: [] });
  });

  it('hides a small cell with nothing but the notice, and protects it from the margins', async () => {
    // Role b has one person in unit u1: hidden. Without more, total − the rest gives it away.
    const data = people(31, (i) => ({
      roleProfile: i === 0 ? 'b' : 'a',
      unit: i < 16 ? 'u1' : 'u2',
      score: (i % 10) / 10,
    }));
    const { release, audit } = await buildRelease(data, plan, options);
    expect(release.hiddenNotice).toBe(HIDDEN_NOTICE);
    const byRole = release.tables[1]!.cells;
    expect(byRole.find((c) => c.key.roleProfile === 'b')).toMatchObject({ n: null, hidden: true });
    expect(audit.secondary).toBeGreaterThan(0);
    for (const hidden of audit.intervals.filter((i) => i.primary))
      expect(hidden.interval.high - hidden.interval.low).toBeGreaterThanOrEqual(5);
    // The attacker, searching every whole-number solution, cannot pin it down either.
    for (const { low, high } of attack(release, data)) expect(high - low).toBeGreaterThanOrEqual(5);
  });

  it('leaves every small cell open over at least the threshold, whatever the population (property)', async () => {
    const person = fc.record({
      roleProfile: fc.constantFrom('a', 'a', 'a', 'b'),
      unit: fc.constantFrom('u1', 'u1', 'u2', 'u3'),
      score: fc.integer({ min: 0, max: 4 }).map((s) => s / 4),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(person, { minLength: 3, maxLength: 24 }), async (list) => {
        const data = list.map((p, i) => result({ respondent: `p-${i}`, ...p }));
        const { release, audit } = await buildRelease(data, plan, options);
        // Every cell under the threshold is hidden, and shows nothing.
        for (const table of release.tables)
          for (const cell of table.cells) {
            if (cell.n !== null) expect(cell.n).toBeGreaterThanOrEqual(5);
            if (cell.hidden) expect(cell.competences).toEqual([]);
          }
        const primary = audit.intervals.filter((i) => i.primary);
        for (const { interval } of primary)
          expect(interval.high - interval.low).toBeGreaterThanOrEqual(5);
        // The exact attack agrees: no hidden small cell's size comes back.
        const exact = attack(release, data);
        for (const { interval } of audit.intervals) {
          const found = exact.find(
            (e) => e.low >= interval.low - 1e-9 && e.high <= interval.high + 1e-9,
          );
          expect(found).toBeDefined();
        }
        for (const e of exact) if (e.low < 5) expect(e.high - e.low).toBeGreaterThanOrEqual(5);
      }),
      { numRuns: 60, seed: 11 },
    );
  });

  it('shows sd, quartiles and levels only for groups of four times the threshold', async () => {
    const small = people(6, () => ({ roleProfile: 'a', unit: 'u', score: 0.5 }));
    const [plain] = (await buildRelease(small, { ...plan, breakdowns: [[]] }, options)).release
      .tables[0]!.cells[0]!.competences;
    expect(plain).toEqual({ competence: 'plain-language', mean: 0.5 });
    const large = people(40, (i) => ({ roleProfile: 'a', unit: 'u', score: (i % 4) / 4 + 0.1 }));
    const [full] = (await buildRelease(large, { ...plan, breakdowns: [[]] }, options)).release
      .tables[0]!.cells[0]!.competences;
    expect(Object.keys(full!).sort()).toEqual(
      ['competence', 'levels', 'mean', 'quartiles', 'sd'].sort(),
    );
    // Forty people who all reached the same level: the distribution would tell each one's level.
    const same = people(40, () => ({ roleProfile: 'a', unit: 'u', score: 0.7 }));
    const [uniform] = (await buildRelease(same, { ...plan, breakdowns: [[]] }, options)).release
      .tables[0]!.cells[0]!.competences;
    expect(uniform!.levels).toBeUndefined();
  });

  it('publishes belowTarget only where at least the threshold have a target', async () => {
    const data = people(12, (i) => ({ score: 0.4, gap: i < 4 ? 1 : null }));
    const [c] = (await buildRelease(data, { ...plan, breakdowns: [[]] }, options)).release
      .tables[0]!.cells[0]!.competences;
    expect(c!.belowTarget).toBeUndefined();
    const more = people(12, (i) => ({ score: 0.4, gap: i < 6 ? 1 : i < 9 ? 0 : null }));
    const [d] = (await buildRelease(more, { ...plan, breakdowns: [[]] }, options)).release
      .tables[0]!.cells[0]!.competences;
    expect(d!.belowTarget).toBeCloseTo(6 / 9, 12);
  });

  it('takes candidates in a seeded order: the same seed gives the same release', async () => {
    const data = people(40, (i) => ({
      roleProfile: ['a', 'b', 'c'][i % 3 === 0 && i < 9 ? 1 : i % 7 === 0 ? 2 : 0],
      unit: ['u1', 'u2', 'u3'][i % 3],
      score: (i % 5) / 4,
    }));
    const one = await buildRelease(data, plan, options);
    const two = await buildRelease(data, plan, options);
    expect(two).toEqual(one);
  });
});

describe('quartiles, mean and sd rebuild a small group (why the release does not publish them)', () => {
  // Every score an instrument of four 5-point items allows: sixteen steps of 1/16.
  const grid = Array.from({ length: 17 }, (_, i) => i / 16);
  /** Every sorted multiset of `n` scores from the grid that has the given figures. */
  function rebuild(n: number, figures: { mean: number; sd?: number; quartiles?: number[] }) {
    const found: number[][] = [];
    const pick: number[] = [];
    const walk = (from: number) => {
      if (found.length > 50) return;
      if (pick.length === n) {
        const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;
        if (!close(mean(pick), figures.mean)) return;
        if (figures.sd !== undefined && !close(standardDeviation(pick), figures.sd)) return;
        if (figures.quartiles && !quartiles(pick).every((q, i) => close(q, figures.quartiles![i]!)))
          return;
        found.push([...pick]);
        return;
      }
      for (let g = from; g < grid.length; g++) {
        pick.push(grid[g]!);
        walk(g);
        pick.pop();
      }
    };
    walk(0);
    return found;
  }

  it('rebuilds six scores from their quartiles, mean and sd, but not from the mean a release shows', async () => {
    const scores = [2, 5, 7, 8, 11, 15].map((s) => s / 16);
    const attack = rebuild(6, {
      mean: mean(scores),
      sd: standardDeviation(scores),
      quartiles: quartiles(scores),
    });
    expect(attack).toEqual([scores]); // the attack works on aggregate's figures
    const data = scores.map((score, i) => result({ respondent: `p-${i}`, score }));
    const [shown] = (await buildRelease(data, { ...plan, breakdowns: [[]] }, options)).release
      .tables[0]!.cells[0]!.competences;
    expect(shown).toEqual({ competence: 'plain-language', mean: mean(scores) });
    expect(rebuild(6, { mean: shown!.mean! }).length).toBeGreaterThan(50);
  });
});
