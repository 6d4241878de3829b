import type { Framework, Result } from '@competence-kit/schemas';

export const LEVELS = ['foundation', 'practitioner', 'advanced', 'expert'] as const;

/** A framework with two competences and the four levels: all a release reads of it. */
export const framework = {
  id: 'https://example.org/fw',
  version: '1.0.0',
  competences: [{ id: 'plain-language' }, { id: 'interpreters' }],
  scale: { levels: LEVELS.map((id, rank) => ({ id, rank: rank + 1 })) },
} as unknown as Framework;

export interface Person {
  respondent: string;
  roleProfile?: string;
  unit?: string;
  phase?: 'baseline' | 'post' | 'follow-up';
  submittedAt?: string;
  /** Score of plain-language (interpreters gets 1 − score); null for too few answers. */
  score: number | null;
  /** Gap to the role's target; null for no target. */
  gap?: number | null;
}

const levelOf = (score: number) =>
  score >= 0.85
    ? 'expert'
    : score >= 0.6
      ? 'advanced'
      : score >= 0.3
        ? 'practitioner'
        : 'foundation';

/** A scored result as scoreResponse returns it, for one person. */
export function result(person: Person): Result {
  const competence = (id: string, score: number | null) => ({
    competence: id,
    score,
    raw: 0,
    rawMin: 0,
    rawMax: 1,
    answered: score === null ? 0 : 4,
    total: 4,
    valid: score !== null,
    level: score === null ? null : levelOf(score),
    target: person.gap === undefined || person.gap === null ? null : 'advanced',
    gap: score === null ? null : (person.gap ?? null),
  });
  return {
    instrument: { id: 'https://example.org/i', version: '1.0.0' },
    framework: { id: framework.id, version: framework.version },
    respondent: person.respondent,
    ...(person.roleProfile ? { roleProfile: person.roleProfile } : {}),
    ...(person.unit ? { unit: person.unit } : {}),
    phase: person.phase ?? 'baseline',
    submittedAt: person.submittedAt ?? '2027-03-01T10:00:00Z',
    competences: [
      competence('plain-language', person.score),
      competence('interpreters', person.score === null ? null : 1 - person.score),
    ],
    summary: {
      answered: 8,
      skipped: 0,
      total: 8,
      validCompetences: 2,
      meanScore: 0.5,
      belowTarget: 0,
    },
  } as Result;
}
