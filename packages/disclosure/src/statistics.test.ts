import { describe, expect, it } from 'vitest';
import type { CompetenceScore, Result } from '@competence-kit/schemas';
import { BELOW_SCALE } from '@competence-kit/scoring';
import { describeCompetence } from './statistics.js';

const LEVELS = ['foundation', 'practitioner', 'advanced', 'expert'];

/** A result with one competence at `level` (null with a valid score: below the scale). */
function member(i: number, level: string | null): Result {
  const score: CompetenceScore = {
    competence: 'plain-language',
    score: level === null ? 0.3 : 0.7,
    raw: 0,
    rawMin: 0,
    rawMax: 0,
    answered: 8,
    total: 8,
    valid: true,
    level,
    target: null,
    gap: null,
  };
  return {
    instrument: { id: 'https://example.org/i', version: '1.0.0' },
    framework: { id: 'https://example.org/f', version: '1.0.0' },
    respondent: `p-${String(i).padStart(6, '0')}`,
    phase: 'baseline',
    competences: [score],
    summary: {
      answered: 8,
      skipped: 0,
      total: 8,
      validCompetences: 1,
      meanScore: score.score,
      belowTarget: 0,
    },
  };
}

const cohort = (counts: [string | null, number][]) =>
  counts
    .flatMap(([level, n]) => Array.from({ length: n }, () => level))
    .map((level, i) => member(i, level));

describe('describeCompetence: scores below the scale', () => {
  it('publishes them as a level of their own, first', () => {
    const members = cohort([
      ['practitioner', 5],
      [null, 5],
      ['foundation', 10],
    ]);
    const out = describeCompetence(members, 'plain-language', 5, LEVELS);
    expect(Object.entries(out.levels!)).toEqual([
      [BELOW_SCALE, 5],
      ['foundation', 10],
      ['practitioner', 5],
    ]);
  });

  it('holds the distribution back when fewer than the threshold are below the scale', () => {
    // Left out of the buckets, the one person below would be 20 − (14 + 5).
    const members = cohort([
      [null, 1],
      ['foundation', 14],
      ['practitioner', 5],
    ]);
    const out = describeCompetence(members, 'plain-language', 5, LEVELS);
    expect(out.mean).not.toBeNull();
    expect(out.levels).toBeUndefined();
  });
});
