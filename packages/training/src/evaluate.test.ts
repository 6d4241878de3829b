import { describe, expect, it } from 'vitest';
import type { Enrolment, LearningPath, Result } from '@competence-kit/schemas';
import { evaluateProgramme } from './evaluate.js';
import { resultFor, sampleCatalogue, sampleFramework } from './test-support/fixtures.js';

const framework = sampleFramework();
const catalogue = sampleCatalogue();

/** A result whose plain-language and openness scores are set directly. */
function scored(
  respondent: string,
  phase: Result['phase'],
  plain: number,
  openness: number,
): Result {
  const r = resultFor(
    framework,
    'front-desk',
    { 'plain-language': 'foundation', 'openness-to-diversity': 'foundation' },
    respondent,
  );
  r.phase = phase;
  r.competences[0]!.score = plain;
  r.competences[1]!.score = openness;
  return r;
}

const path = (respondent: string, modules: string[]): LearningPath => ({
  respondent,
  catalogue: { id: catalogue.id, version: catalogue.version },
  language: 'de',
  budgetHours: null,
  totalHours: 0,
  steps: modules.map((module) => ({ module, hours: 1, closes: [], reason: 'closes-gaps' })),
  open: [],
});

// Six people took plain-letters and gained 0.1, 0.2, 0.3, 0.1, 0.2, 0.3 in plain language;
// six did not and gained 0.0, 0.1, −0.1, 0.0, 0.1, −0.1. Openness changed by +0.05 for all.
const gains = [0.1, 0.2, 0.3, 0.1, 0.2, 0.3];
const drift = [0, 0.1, -0.1, 0, 0.1, -0.1];
const people = [...gains.map((_, i) => `t-${i}`), ...drift.map((_, i) => `c-${i}`)];
const baseline = people.map((p) => scored(p, 'baseline', 0.4, 0.5));
const post = people.map((p, i) =>
  scored(p, 'post', 0.4 + (i < 6 ? gains[i]! : drift[i - 6]!), 0.55),
);
const paths = people.map((p, i) => path(p, i < 6 ? ['basics', 'plain-letters'] : ['basics']));

describe('evaluateProgramme', () => {
  it('measures the change per module and competence among its participants (hand-checked)', () => {
    const evaluation = evaluateProgramme(baseline, post, paths, catalogue);
    expect(evaluation.issues).toEqual([]);
    expect(evaluation.modules.map((m) => [m.module, m.participants])).toEqual([
      ['basics', 12],
      ['plain-letters', 6],
    ]);
    const letters = evaluation.modules[1]!;
    expect(letters.competences.map((c) => c.competence)).toEqual(['plain-language']);
    const stats = letters.competences[0]!.paired.stats!;
    // Differences 0.1 0.2 0.3 0.1 0.2 0.3: mean 0.2, sample sd √(0.04/5) = 0.08944,
    // t(5, 0.975) = 2.5706, half-width 2.5706 × 0.08944 / √6 = 0.09386, d_z = 0.2 / 0.08944 = 2.236.
    expect(stats.n).toBe(6);
    expect(stats.meanChange).toBeCloseTo(0.2, 10);
    expect(stats.sdChange).toBeCloseTo(0.08944, 5);
    expect(stats.confidenceInterval![0]).toBeCloseTo(0.2 - 0.09386, 4);
    expect(stats.confidenceInterval![1]).toBeCloseTo(0.2 + 0.09386, 4);
    expect(stats.cohensDz).toBeCloseTo(2.236, 3);
    // The comparison group: differences 0 0.1 −0.1 0 0.1 −0.1, mean 0.
    expect(letters.comparison[0]!.paired.stats!.meanChange).toBeCloseTo(0, 10);
    // basics develops plain language and openness: its 12 participants' openness rose 0.05.
    const basics = evaluation.modules[0]!;
    expect(basics.competences.map((c) => c.competence)).toEqual([
      'plain-language',
      'openness-to-diversity',
    ]);
    expect(basics.competences[1]!.paired.stats!.meanChange).toBeCloseTo(0.05, 10);
    expect(basics.comparison).toEqual([]); // everyone took basics: no comparison group
  });

  it('counts only completed enrolments when they are given, and suppresses small groups', () => {
    const enrolments: Enrolment[] = people.slice(0, 4).map((p, i) => ({
      id: `e-${i}`,
      respondent: p,
      programme: 'x',
      session: 's',
      module: 'plain-letters',
      status: 'completed',
      enrolledAt: '2027-01-01T00:00:00Z',
    }));
    const evaluation = evaluateProgramme(baseline, post, paths, catalogue, { enrolments });
    expect(evaluation.modules.map((m) => [m.module, m.participants])).toEqual([
      ['plain-letters', 4],
    ]);
    const cell = evaluation.modules[0]!.competences[0]!.paired;
    expect(cell.stats).toBeNull();
    expect(cell.suppressed?.reason).toBe('below-threshold');
  });

  it('passes on problems with the results, with paths', () => {
    const twice = [...baseline, baseline[0]!];
    const evaluation = evaluateProgramme(twice, post, paths, catalogue);
    expect(evaluation.issues.length).toBeGreaterThan(0);
    expect(evaluation.issues[0]!.path).toMatch(/^\/baseline\//);
  });
});
