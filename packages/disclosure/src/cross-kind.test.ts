import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Result } from '@competence-kit/schemas';
import { seededRandom } from '@competence-kit/schemas/testing';
import { buildRelease, type Release } from './release.js';
import { ReleaseRefused, type ReleaseLedger } from './ledger.js';
import { framework, result } from './test-support/people.js';

// A wave comparison publishes, for the people in both waves, their mean in the earlier wave
// (`meanFrom`) and in the later one (`meanTo`) with their number: the sum of their scores in
// each wave. A phase cell publishes the mean and number of everyone who answered in that phase.
// The two kinds of figure are sums over the same answers: these tests difference one kind in one
// release against the other kind in another.

const plan = {
  population: 'test/waves',
  breakdowns: [['phase']] as const,
  compare: { from: 'baseline', to: 'post' },
};
const options = (previous: ReleaseLedger[] = []) => ({
  framework,
  previous,
  random: seededRandom(11),
});

const BASELINE = '2027-01-10T09:00:00Z';
const POST = '2027-09-10T09:00:00Z';
/** Baseline scores, distinct so that a recovered one names its owner. */
const baselineScore = (i: number) => ((i * 5) % 17) / 16;
const baseline = (i: number) =>
  result({
    respondent: `p-${i}`,
    phase: 'baseline',
    submittedAt: BASELINE,
    score: baselineScore(i),
  });
const post = (i: number) =>
  result({ respondent: `p-${i}`, phase: 'post', submittedAt: POST, score: 0.5 + (i % 3) / 8 });

/** A shown phase cell's sum of plain-language scores, as anyone reads it: mean × n. */
const cellSum = (release: Release, phase: string) => {
  const cell = release.tables[0]!.cells.find((c) => c.key.phase === phase)!;
  return cell.hidden ? null : { sum: cell.competences[0]!.mean! * cell.n!, n: cell.n! };
};
/** A shown comparison's sum of baseline scores of the people in both waves: meanFrom × n. */
const fromSum = (release: Release) => {
  const change = release.changes!.find((c) => c.table === 0)!;
  const stats = change.competences[0];
  return change.hidden || !stats || stats.meanFrom === null
    ? null
    : { sum: stats.meanFrom * stats.n!, n: stats.n! };
};

/** Whatever the two figures give away about one person: their score, when they differ by one. */
const recovered = (
  bigger: { sum: number; n: number } | null,
  smaller: { sum: number; n: number } | null,
) => (bigger && smaller && bigger.n - smaller.n === 1 ? bigger.sum - smaller.sum : null);

describe('cells and wave comparisons differenced across releases', () => {
  it('a baseline cell shown in one release and the comparison’s baseline side in the next do not give the one left out away', async () => {
    // Release 1: six people at baseline (p-0…p-5), p-0 also after the training. The comparison
    // (one pair) is hidden; the baseline cell of six is shown.
    const first: Result[] = [...[0, 1, 2, 3, 4, 5].map(baseline), post(0)];
    const one = await buildRelease(first, plan, options());
    expect(cellSum(one.release, 'baseline')?.n).toBe(6);
    expect(fromSum(one.release)).toBeNull();

    // Release 2: p-1…p-4 answered after the training too, and five newcomers at baseline. The
    // baseline cell changed by five since (fine on its own), the comparison has five pairs and
    // six who answered at baseline only (fine on its own within the release).
    const second: Result[] = [
      ...first,
      ...[1, 2, 3, 4].map(post),
      ...[10, 11, 12, 13, 14].map(baseline),
    ];
    const two = await buildRelease(second, plan, options([one.ledger]));

    // The attack: six times release 1's baseline mean minus five times release 2's meanFrom is
    // p-5's baseline score, unless the release hides the comparison (or the cell) it needs.
    const score = recovered(cellSum(one.release, 'baseline'), fromSum(two.release));
    if (score !== null) expect(score).not.toBeCloseTo(baselineScore(5), 9);
    expect(score).toBeNull();
    // It hides the comparison, what is new; the cell, changed by five, is shown as before.
    expect(fromSum(two.release)).toBeNull();
    expect(cellSum(two.release, 'baseline')?.n).toBe(11);
    expect(two.ledger.waves?.paired).toBeDefined();
  });

  it('the mirror: a comparison shown first and a baseline cell shown later do not give the one who joined away', async () => {
    // Release 1: p-0…p-4 in both waves, five more at baseline only: the comparison of five and
    // the baseline cell of ten are shown.
    const first: Result[] = [
      ...[0, 1, 2, 3, 4].flatMap((i) => [baseline(i), post(i)]),
      ...[10, 11, 12, 13, 14].map(baseline),
    ];
    const one = await buildRelease(first, plan, options());
    expect(fromSum(one.release)?.n).toBe(5);
    expect(cellSum(one.release, 'baseline')?.n).toBe(10);

    // Release 2: the five at baseline only left, p-5 joined at baseline. The baseline cell (six)
    // changed by six since release 1; its comparison is hidden within the release (one at
    // baseline only). Release 1's comparison and release 2's cell would differ by p-5 alone.
    const second: Result[] = [
      ...[0, 1, 2, 3, 4].flatMap((i) => [baseline(i), post(i)]),
      baseline(5),
    ];
    const two = await buildRelease(second, plan, options([one.ledger]));
    expect(fromSum(two.release)).toBeNull();
    const score = recovered(cellSum(two.release, 'baseline'), fromSum(one.release));
    if (score !== null) expect(score).not.toBeCloseTo(baselineScore(5), 9);
    expect(score).toBeNull();
    // Only the cell can go: it is hidden for the history, the post wave's cell is shown.
    expect(cellSum(two.release, 'baseline')).toBeNull();
    expect(two.audit.differencing).toBeGreaterThan(0);
    expect(cellSum(two.release, 'post')?.n).toBe(5);
  });

  it('the mirror holds when the later release publishes no comparison at all', async () => {
    const first: Result[] = [
      ...[0, 1, 2, 3, 4].flatMap((i) => [baseline(i), post(i)]),
      ...[10, 11, 12, 13, 14].map(baseline),
    ];
    const one = await buildRelease(first, plan, options());
    const { compare: _compare, ...cellsOnly } = plan;
    const second: Result[] = [
      ...[0, 1, 2, 3, 4].flatMap((i) => [baseline(i), post(i)]),
      baseline(5),
    ];
    const two = await buildRelease(second, cellsOnly, options([one.ledger]));
    expect(two.release.changes).toBeUndefined();
    expect(recovered(cellSum(two.release, 'baseline'), fromSum(one.release))).toBeNull();
  });

  it('within one release: a comparison hidden for its pairs does not come back as a cell', async () => {
    // Role a: six in both waves (nobody at baseline only), role b: one in both, five at
    // baseline only. The comparison of role b (one pair) is hidden, and so is role a's or the
    // total's; but role a's baseline cell is the sum of role a's pairs, so the total's baseline
    // side minus that cell would be role b's one pair.
    const byRole = { ...plan, breakdowns: [['phase'], ['roleProfile', 'phase']] as const };
    const data: Result[] = [
      ...[0, 1, 2, 3, 4, 5].flatMap((i) => [
        result({
          respondent: `p-${i}`,
          roleProfile: 'a',
          phase: 'baseline',
          submittedAt: BASELINE,
          score: baselineScore(i),
        }),
        result({
          respondent: `p-${i}`,
          roleProfile: 'a',
          phase: 'post',
          submittedAt: POST,
          score: 0.5,
        }),
      ]),
      result({
        respondent: 'p-6',
        roleProfile: 'b',
        phase: 'baseline',
        submittedAt: BASELINE,
        score: baselineScore(6),
      }),
      result({ respondent: 'p-6', roleProfile: 'b', phase: 'post', submittedAt: POST, score: 0.5 }),
      ...[7, 8, 9, 10, 11].map((i) =>
        result({
          respondent: `p-${i}`,
          roleProfile: 'b',
          phase: 'baseline',
          submittedAt: BASELINE,
          score: baselineScore(i),
        }),
      ),
    ];
    const { release } = await buildRelease(data, byRole, options());
    const cellA = release.tables[1]!.cells.find(
      (c) => c.key.roleProfile === 'a' && c.key.phase === 'baseline',
    )!;
    const total = release.changes!.find((c) => c.table === 0)!;
    const a = cellA.hidden ? null : { sum: cellA.competences[0]!.mean! * cellA.n!, n: cellA.n! };
    expect(recovered(fromSum(release), a)).toBeNull();
    // Something is still published: the baseline cells of the two roles.
    expect(total.hidden || cellA.hidden).toBe(true);
    expect(release.tables[0]!.cells.every((c) => !c.hidden)).toBe(true);
  });

  it('reads ledgers made before the paired answers were kept, and refuses damaged ones', async () => {
    const first: Result[] = [...[0, 1, 2, 3, 4, 5].map(baseline), post(0)];
    const one = await buildRelease(first, plan, options());
    const { waves: _waves, ...older } = one.ledger;
    const second: Result[] = [
      ...first,
      ...[1, 2, 3, 4].map(post),
      ...[10, 11, 12, 13, 14].map(baseline),
    ];
    // Release 1's cells are still placed over the answers: the attack above is still refused.
    const two = await buildRelease(second, plan, options([older as ReleaseLedger]));
    expect(recovered(cellSum(one.release, 'baseline'), fromSum(two.release))).toBeNull();
    const stray = {
      ...one.ledger,
      waves: { ...one.ledger.waves!, paired: { '["baseline"]': ['00'] } },
    };
    await expect(buildRelease(second, plan, options([stray]))).rejects.toThrow(
      /Invalid release ledger at previous\.0\.waves\.paired\["\[\\"baseline\\"\]"\]: expected digests listed in contributions/,
    );
    await expect(
      buildRelease(
        second,
        plan,
        options([{ ...one.ledger, waves: { from: 'baseline' } } as never]),
      ),
    ).rejects.toThrow('Invalid release ledger at previous.0.waves: expected { from, to, paired }');
  });

  it('no cell and comparison side, shown in any two releases, differ by fewer than the threshold of answers (property)', async () => {
    // A first release where comparisons can be shown (none or at least five at baseline only),
    // then two releases after a few steps each: someone answers after the training, leaves, or
    // joins (at baseline, or in both waves).
    const role = fc.constantFrom('a', 'a', 'b');
    const start = fc.record({
      aBoth: fc.integer({ min: 3, max: 10 }),
      aBase: fc.constantFrom(0, 5, 6),
      bBoth: fc.integer({ min: 0, max: 6 }),
      bBase: fc.constantFrom(0, 1, 5),
    });
    const step = fc.record({
      kind: fc.constantFrom('post', 'post', 'leave', 'join', 'joinBoth'),
      who: fc.nat(40),
      role,
    });
    const steps = fc.array(step, { maxLength: 6 });
    const byRole = { ...plan, breakdowns: [['phase'], ['roleProfile', 'phase']] as const };
    let refused = 0;
    let shownSides = 0;
    await fc.assert(
      fc.asyncProperty(
        start,
        fc.tuple(steps, steps),
        async ({ aBoth, aBase, bBoth, bBase }, later) => {
          type Someone = { id: number; roleProfile: string; post: boolean };
          const people: Someone[] = [];
          const add = (roleProfile: string, post: boolean, n = 1) => {
            for (let j = 0; j < n; j++) people.push({ id: people.length, roleProfile, post });
          };
          add('a', true, aBoth);
          add('a', false, aBase);
          add('b', true, bBoth);
          add('b', false, bBase);
          let present = [...people];
          const releases: { data: Result[]; release: Release }[] = [];
          const ledgers: ReleaseLedger[] = [];
          for (let r = 0; r < 3; r++) {
            for (const { kind, who, role } of r === 0 ? [] : later[r - 1]!) {
              const someone = present[who % Math.max(1, present.length)];
              if (kind === 'post' && someone) someone.post = true;
              if (kind === 'leave' && someone) present = present.filter((p) => p !== someone);
              if (kind === 'join' || kind === 'joinBoth') {
                add(role, kind === 'joinBoth');
                present.push(people[people.length - 1]!);
              }
            }
            const data = present.flatMap(({ id, roleProfile, post }) => {
              const who = { respondent: `p-${id}`, roleProfile };
              return [
                result({
                  ...who,
                  phase: 'baseline',
                  submittedAt: BASELINE,
                  score: baselineScore(id),
                }),
                ...(post
                  ? [result({ ...who, phase: 'post', submittedAt: POST, score: (id % 4) / 4 })]
                  : []),
              ];
            });
            let outcome;
            try {
              outcome = await buildRelease(data, byRole, options(ledgers));
            } catch (error) {
              if (error instanceof ReleaseRefused && error.reason === 'nothing-left') {
                refused++;
                break;
              }
              throw error;
            }
            releases.push({ data, release: outcome.release });
            ledgers.push(outcome.ledger);
          }
          // The attacker's view, from the data: every shown figure as the answers it sums.
          const answer = (r: Result) => `${r.respondent}@${r.phase}`;
          const inKey = (key: object) => (r: Result) =>
            Object.entries(key).every(([d, v]) => (r as never)[d] === v);
          const figures = releases.map(({ data, release }) => {
            const cells = release.tables.flatMap((t) =>
              t.cells
                .filter((c) => !c.hidden)
                .map((c) => new Set(data.filter(inKey(c.key)).map(answer))),
            );
            const sides = release.changes!.flatMap((c) => {
              if (c.hidden) return [];
              const at = (phase: string) =>
                data.filter((r) => r.phase === phase && inKey(c.key)(r));
              const post = new Set(at('post').map((r) => r.respondent));
              const both = at('baseline').filter((r) => post.has(r.respondent));
              const ids = new Set(both.map((r) => r.respondent));
              return [
                new Set(both.map(answer)),
                new Set(
                  at('post')
                    .filter((r) => ids.has(r.respondent))
                    .map(answer),
                ),
              ];
            });
            shownSides += sides.length;
            return { cells, sides };
          });
          const differ = (a: Set<string>, b: Set<string>) =>
            [...a].filter((x) => !b.has(x)).length + [...b].filter((x) => !a.has(x)).length;
          figures.forEach((one, x) =>
            figures.forEach((other, y) => {
              for (const cell of one.cells)
                for (const side of other.sides) {
                  const n = differ(cell, side);
                  // Within one release, a side inside a cell (or a cell inside a side) leaves
                  // the sum of the rest's answers; other pairs are differences of two groups,
                  // which a release of linked tables never promised to avoid.
                  const nested =
                    [...side].every((a) => cell.has(a)) || [...cell].every((a) => side.has(a));
                  if (x === y && !nested) continue;
                  expect(
                    n === 0 || n >= 5,
                    `release ${x + 1} cell vs release ${y + 1} side: ${n}`,
                  ).toBe(true);
                }
            }),
          );
        },
      ),
      { numRuns: 100, seed: 7 },
    );
    // The property is about releases that publish comparisons, not about refusing them all.
    expect(refused).toBeLessThan(40);
    expect(shownSides).toBeGreaterThan(150);
  }, 240_000);
});
