import { describe, expect, it } from 'vitest';
import { framework, staffSelfAssessment } from '@competence-kit/framework-intercultural';
import { buildRelease, type Release } from '@competence-kit/disclosure';
import type { Result } from '@competence-kit/schemas';
import { seededRandom } from '@competence-kit/schemas/testing';
import { scoreResponse } from '@competence-kit/scoring';
import {
  evaluationLedger,
  guardBatch,
  readEvaluationLedger,
  releaseFigures,
  type ModuleFigures,
} from './programme-evaluation-guard.js';
import { responseOf } from './test-support/app.js';

const SALT = 'alpha-town/programme-evaluation/alpha-town-2027';
const COMPETENCE = 'openness-to-otherness';
const K = 5;

/** A person's answer in a wave, every rating `rating`. */
const answer = (id: string, phase: 'baseline' | 'post', rating: number): Result =>
  scoreResponse(staffSelfAssessment, framework, {
    ...responseOf(
      id,
      rating,
      phase === 'baseline' ? '2027-02-01T10:00:00Z' : '2027-09-01T10:00:00Z',
    ),
    phase,
  });

/** People answering both waves (or only those given). */
const people = (
  prefix: string,
  n: number,
  waves: { baseline?: number; post?: number } = { baseline: 3, post: 3 },
) =>
  Array.from({ length: n }, (_, i) => `${prefix}-${i}`).map((id) => ({
    id,
    results: [
      ...(waves.baseline === undefined ? [] : [answer(id, 'baseline', waves.baseline)]),
      ...(waves.post === undefined ? [] : [answer(id, 'post', waves.post)]),
    ],
  }));

/** A module's release (as the portal plans it) and its figures. */
async function moduleRelease(
  module: string,
  results: readonly Result[],
  participants: ReadonlySet<string>,
): Promise<ModuleFigures & { release: Release; grouped: Result[] }> {
  const grouped = results.map((r) => ({
    ...r,
    group: participants.has(r.respondent!) ? 'participant' : 'other',
  }));
  const { release } = await buildRelease(
    grouped,
    {
      population: `${SALT}/${module}`,
      breakdowns: [['phase'], ['phase', 'group']],
      minGroupSize: K,
      competences: [COMPETENCE],
      compare: { from: 'baseline', to: 'post' },
    },
    { framework, random: seededRandom(7) },
  );
  return { module, release, grouped, figures: releaseFigures(release, grouped, SALT) };
}

/** A group's shown figure: n and the mean of the competence. */
const shown = (release: Release, phase: string, group: string) => {
  const cell = release.tables
    .flatMap((t) => t.cells)
    .find((c) => c.key.phase === phase && c.key.group === group && !c.hidden);
  const mean = cell?.competences.find((c) => c.competence === COMPETENCE)?.mean;
  return cell && typeof mean === 'number' ? { n: cell.n!, mean } : undefined;
};
const subtract = (
  small: { n: number; mean: number } | undefined,
  large: { n: number; mean: number } | undefined,
) => (small && large ? large.n * large.mean - small.n * small.mean : undefined);
const ids = (list: { id: string }[]) => new Set(list.map((p) => p.id));
const all = (...lists: { results: Result[] }[][]) => lists.flat().flatMap((p) => p.results);

describe('programme evaluation guard: differencing between module releases', () => {
  it('stops a module whose participants in one wave differ by one from another module’s', async () => {
    const six = people('s', 6);
    const x = people('x', 1, { baseline: 3, post: 5 });
    const late = people('late', 4, { baseline: 3 });
    const neither = people('o', 6);
    const results = all(six, x, late, neither);
    const a = await moduleRelease('a', results, ids(six));
    const b = await moduleRelease('b', results, ids([...six, ...x, ...late]));
    // Without the guard, B's participants after the training minus A's are x (score 1).
    expect(
      subtract(shown(a.release, 'post', 'participant'), shown(b.release, 'post', 'participant')),
    ).toBeCloseTo(1, 9);
    expect(guardBatch([a, b], [], K)).toEqual([
      { module: 'a', publish: true },
      { module: 'b', publish: false, closeTo: 'a' },
    ]);
  });

  it('stops a module whose others differ by one from another module’s participants', async () => {
    const six = people('s', 6);
    const x = people('x', 1, { baseline: 5, post: 5 });
    const rest = people('r', 6);
    const results = all(six, x, rest);
    const a = await moduleRelease('a', results, ids(six));
    const b = await moduleRelease('b', results, ids(rest));
    expect(
      subtract(shown(a.release, 'post', 'participant'), shown(b.release, 'post', 'other')),
    ).toBeCloseTo(1, 9);
    expect(guardBatch([a, b], [], K).map((m) => m.publish)).toEqual([true, false]);
  });

  it('stops a module whose participants differ by one from a group published earlier', async () => {
    const six = people('s', 6);
    const x = people('x', 1, { baseline: 5, post: 5 });
    const neither = people('o', 6);
    const first = await moduleRelease('a', all(six, x, neither), ids(six));
    // Later five more answer and take A; the six and x take B.
    const y = people('y', 5);
    const results = all(six, x, neither, y);
    const a = await moduleRelease('a', results, ids([...six, ...y]));
    const b = await moduleRelease('b', results, ids([...six, ...x]));
    expect(
      subtract(
        shown(first.release, 'post', 'participant'),
        shown(b.release, 'post', 'participant'),
      ),
    ).toBeCloseTo(1, 9);
    // Checked against the current batch only, B would pass (A's participants differ by six).
    expect(guardBatch([a, b], [], K).map((m) => m.publish)).toEqual([true, true]);
    expect(guardBatch([a, b], [first], K)).toEqual([
      { module: 'a', publish: true },
      { module: 'b', publish: false, closeTo: 'a' },
    ]);
  });

  it('publishes modules whose groups differ by the threshold or more, or not at all', async () => {
    const six = people('s', 6);
    const five = people('f', 5);
    const neither = people('o', 7);
    const results = all(six, five, neither);
    const a = await moduleRelease('a', results, ids(six));
    const b = await moduleRelease('b', results, ids([...six, ...five]));
    const same = await moduleRelease('c', results, ids(six));
    expect(guardBatch([a, b, same], [a], K).every((m) => m.publish)).toBe(true);
  });

  it('counts a new answer of the same person as a change', async () => {
    const six = people('s', 6);
    const neither = people('o', 6);
    const first = await moduleRelease('a', all(six, neither), ids(six));
    const again = answer('s-0', 'post', 5);
    again.submittedAt = '2027-10-01T10:00:00Z';
    const b = await moduleRelease('b', [...all(six, neither), again], ids(six));
    expect(guardBatch([b], [first], K)[0]!.publish).toBe(false);
  });

  it('stops a comparison that differs by one from the same module’s earlier wave', async () => {
    // The disclosure ledgers compare a population's comparisons with its earlier comparisons,
    // and its cells with its earlier cells, but not one with the other. Here the first release
    // shows the six participants' baseline (s-0 answered only then, so the comparison is
    // hidden); once five more answered the baseline, the second shows the comparison of the
    // five who answered both waves: 6 × the first baseline mean − 5 × its baseline mean = s-0.
    const five = people('s', 6).slice(1);
    const s0 = { id: 's0', results: [answer('s0', 'baseline', 5)] };
    const neither = people('o', 6);
    const participants = ids([s0, ...five]);
    const first = await moduleRelease('a', all([s0], five, neither), participants);
    const late = people('y', 5, { baseline: 2 });
    const results = all([s0], five, neither, late);
    const second = await moduleRelease('a', results, new Set([...participants, ...ids(late)]));
    const before = shown(first.release, 'baseline', 'participant');
    const change = second.release.changes!.find((c) => c.key.group === 'participant')!;
    expect(change.hidden).toBe(false);
    const from = change.competences.find((c) => c.competence === COMPETENCE)!.meanFrom!;
    expect(before!.n * before!.mean - change.n! * from).toBeCloseTo(1, 9);
    expect(guardBatch([second], [first], K)[0]).toEqual({
      module: 'a',
      publish: false,
      closeTo: 'a',
    });
  });

  it('keeps the figures with the disclosure ledger, and refuses a damaged one', () => {
    const stored = JSON.parse(
      JSON.stringify(evaluationLedger({ format: 'x' }, [{ phase: 'post', answers: ['ab'] }])),
    );
    expect(readEvaluationLedger(stored, 'a#1')).toEqual({
      format: 'competence-kit/programme-evaluation-ledger@1',
      disclosure: { format: 'x' },
      figures: [{ phase: 'post', answers: ['ab'] }],
    });
    expect(() => readEvaluationLedger({ format: 'x' }, 'a#1')).toThrow(TypeError);
    expect(() =>
      readEvaluationLedger({ ...stored, figures: [{ phase: 1, answers: [] }] }, 'a#1'),
    ).toThrow(/a#1/);
  });
});
