import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Result } from '@competence-kit/schemas';
import { compareWaves } from '@competence-kit/scoring';
import { seededRandom } from '@competence-kit/schemas/testing';
import { buildRelease } from './release.js';
import { framework, result, type Person } from './test-support/people.js';
import { attack } from './test-support/attack.js';

const plan = {
  population: 'test/staff',
  breakdowns: [['phase'], ['roleProfile', 'phase']] as const,
  compare: { from: 'baseline', to: 'post' },
};
const options = {
  framework,
  get random() {
    return seededRandom(9);
  },
};

type Wave = Omit<Person, 'respondent' | 'phase' | 'submittedAt'>;
/** One person's results in the two waves (a wave left out when `post` is null). */
const both = (i: number, base: Wave | null, post: Wave | null): Result[] => [
  ...(base
    ? [
        result({
          respondent: `p-${i}`,
          phase: 'baseline',
          submittedAt: '2027-01-10T09:00:00Z',
          ...base,
        }),
      ]
    : []),
  ...(post
    ? [
        result({
          respondent: `p-${i}`,
          phase: 'post',
          submittedAt: '2027-09-10T09:00:00Z',
          ...post,
        }),
      ]
    : []),
];

describe('wave comparisons in a release', () => {
  it('publishes the change of the people in both waves, with the figures compareWaves gives them', async () => {
    const data = Array.from({ length: 24 }, (_, i) =>
      both(
        i,
        { roleProfile: i < 12 ? 'a' : 'b', score: (i % 8) / 16 },
        { roleProfile: i < 12 ? 'a' : 'b', score: (i % 8) / 16 + (i % 3) / 8 },
      ),
    ).flat();
    const { release } = await buildRelease(data, plan, options);
    const everyone = release.changes!.find((c) => c.table === 0)!;
    expect(everyone).toMatchObject({ key: {}, from: 'baseline', to: 'post', n: 24, hidden: false });
    const expected = compareWaves(
      data.filter((r) => r.phase === 'baseline'),
      data.filter((r) => r.phase === 'post'),
    ).competences[0]!.paired.stats!;
    const [plainLanguage] = everyone.competences;
    expect(plainLanguage!.meanChange).toBeCloseTo(expected.meanChange!, 12);
    expect(plainLanguage!.meanFrom).toBeCloseTo(expected.meanBaseline!, 12);
    // 24 people: a mean change, but no spread, interval or effect size below 4 × 5 = 20? 24 ≥ 20.
    expect(plainLanguage!.confidenceInterval![0]).toBeCloseTo(expected.confidenceInterval![0], 12);
    // 12 per role: the change, without its spread.
    const roleA = release.changes!.find((c) => c.key.roleProfile === 'a')!;
    expect(roleA.n).toBe(12);
    expect(Object.keys(roleA.competences[0]!).sort()).toEqual(
      ['competence', 'meanChange', 'meanFrom', 'meanTo', 'n'].sort(),
    );
  });

  it('hides a comparison where one person answered only in the later wave', async () => {
    // Role a: 10 in both waves and one newcomer in the post wave. The post wave's mean over 11
    // and the pairs' post mean over 10 would give the newcomer's score by subtraction.
    const data = [
      ...Array.from({ length: 10 }, (_, i) =>
        both(i, { roleProfile: 'a', score: 0.25 }, { roleProfile: 'a', score: (i % 5) / 4 }),
      ).flat(),
      ...both(50, null, { roleProfile: 'a', score: 1 }),
      ...Array.from({ length: 10 }, (_, i) =>
        both(20 + i, { roleProfile: 'b', score: 0.5 }, { roleProfile: 'b', score: 0.75 }),
      ).flat(),
    ];
    const { release } = await buildRelease(data, plan, options);
    const postA = release.tables[1]!.cells.find(
      (c) => c.key.roleProfile === 'a' && c.key.phase === 'post',
    )!;
    expect(postA).toMatchObject({ hidden: false, n: 11 });
    const changeA = release.changes!.find((c) => c.key.roleProfile === 'a')!;
    expect(changeA).toEqual(expect.objectContaining({ hidden: true, n: null, competences: [] }));
    // With the total shown, role b's comparison alone would give role a's back: it is hidden too,
    // or the total is.
    const total = release.changes!.find((c) => c.table === 0)!;
    const roleB = release.changes!.find((c) => c.key.roleProfile === 'b')!;
    expect(total.hidden || roleB.hidden).toBe(true);
  });

  it('no hidden comparison’s count can be recomputed from the shown ones (property)', async () => {
    const wave = fc.record({
      roleProfile: fc.constantFrom('a', 'a', 'b'),
      unit: fc.constantFrom('u1', 'u2'),
      score: fc.integer({ min: 0, max: 4 }).map((s) => s / 4),
    });
    const twoWayPlan = {
      population: 'test/staff',
      breakdowns: [
        ['phase'],
        ['roleProfile', 'phase'],
        ['unit', 'phase'],
        ['roleProfile', 'unit', 'phase'],
      ] as const,
      compare: plan.compare,
    };
    await fc.assert(
      fc.asyncProperty(
        // Most people answer in both waves, a few in one only: the case the rule is for.
        fc.array(
          fc.tuple(wave, fc.constantFrom('both', 'both', 'both', 'both', 'both', 'base', 'post')),
          { minLength: 6, maxLength: 30 },
        ),
        async (list) => {
          const data = list.flatMap(([p, waves], i) =>
            both(i, waves === 'post' ? null : p, waves === 'base' ? null : p),
          );
          const { release } = await buildRelease(data, twoWayPlan, options);
          const changes = release.changes!;
          for (const c of changes) {
            if (c.n !== null) expect(c.n).toBeGreaterThanOrEqual(5);
            // A comparison is shown only where both waves' cells are.
            if (!c.hidden) {
              const cells = release.tables[c.table]!.cells.filter((cell) =>
                Object.entries(c.key).every(([d, v]) => (cell.key as never)[d] === v),
              );
              expect(cells.every((cell) => !cell.hidden)).toBe(true);
              // Those in one wave only, counted from the data: none, or at least the threshold.
              const inCell = (r: Result) =>
                Object.entries(c.key).every(([d, v]) => (r as never)[d] === v);
              const ids = (phase: string) =>
                new Set(
                  data.filter((r) => r.phase === phase && inCell(r)).map((r) => r.respondent),
                );
              const [base, post] = [ids('baseline'), ids('post')];
              const baseOnly = [...base].filter((r) => !post.has(r)).length;
              const postOnly = [...post].filter((r) => !base.has(r)).length;
              for (const only of [baseOnly, postOnly]) expect(only === 0 || only >= 5).toBe(true);
            }
          }
          // The exact attack on the comparisons' counts, over the people in both waves.
          const pairs = data.filter(
            (r) =>
              r.phase === 'post' &&
              data.some((b) => b.phase === 'baseline' && b.respondent === r.respondent),
          );
          const tables = twoWayPlan.breakdowns.map((_, t) => ({
            by: [],
            cells: changes
              .filter((c) => c.table === t)
              .filter((c) =>
                pairs.some((r) => Object.entries(c.key).every(([d, v]) => (r as never)[d] === v)),
              )
              .map((c) => ({ key: c.key, n: c.n, hidden: c.hidden, competences: [] })),
          }));
          for (const { low, high } of attack({ tables } as never, pairs))
            if (low < 5) expect(high - low).toBeGreaterThanOrEqual(5);
        },
      ),
      { numRuns: 40, seed: 4 },
    );
  });

  it('refuses a comparison without tables by phase, or of one phase with itself', async () => {
    await expect(
      buildRelease([], { population: 'x', breakdowns: [[]], compare: plan.compare }, options),
    ).rejects.toThrow('Invalid release plan at compare: a wave comparison needs tables by phase');
    await expect(
      buildRelease([], { ...plan, compare: { from: 'post', to: 'post' } }, options),
    ).rejects.toThrow('two different phases');
  });
});
