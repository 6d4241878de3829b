import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { NeedsStudy } from '@competence-kit/schemas';
import { parseNeedsStudy } from './parse.js';
import { framework, instrument, study } from './test-support/study.js';

const context = { framework: framework(), instruments: [instrument()] };

function issues(mutate: (s: NeedsStudy) => void) {
  const s = study();
  mutate(s);
  const result = parseNeedsStudy(s, context);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
}

describe('parseNeedsStudy', () => {
  it('accepts the test study', () => {
    expect(parseNeedsStudy(study(), context)).toMatchObject({ ok: true });
  });

  const checks: [string, (s: NeedsStudy) => void, { path: string; code: string }][] = [
    [
      'missing consent',
      (s) => void (s.sessions[0]!.consent.recorded = false),
      { path: '/sessions/0/consent/recorded', code: 'consent-missing' },
    ],
    [
      'session outside the period',
      (s) => void (s.sessions[1]!.date = '2026-07-02'),
      { path: '/sessions/1/date', code: 'outside-period' },
    ],
    [
      'group counted twice',
      (s) => void s.sessions[1]!.participants.push({ group: 'staff', count: 1 }),
      { path: '/sessions/1/participants/3/group', code: 'duplicate-group' },
    ],
    [
      'evidence from an unknown session',
      (s) => void (s.findings[0]!.evidence[0]!.session = 'i9'),
      { path: '/findings/0/evidence/0/session', code: 'unknown-reference' },
    ],
    [
      'more participants than the session had',
      (s) => void (s.findings[0]!.evidence[0]!.participants = 2),
      { path: '/findings/0/evidence/0/participants', code: 'count-mismatch' },
    ],
    [
      'a group that was not there',
      (s) => void (s.findings[1]!.evidence[0]!.groups = ['third-country-nationals']),
      { path: '/findings/1/evidence/0/groups', code: 'count-mismatch' },
    ],
    [
      'an unknown questionnaire item',
      (s) => void (s.findings[2]!.evidence[0]!.item = 'od-9'),
      { path: '/findings/2/evidence/0/item', code: 'unknown-reference' },
    ],
    [
      'an unknown source',
      (s) => void s.findings[0]!.evidence.push({ source: 'census' }),
      { path: '/findings/0/evidence/1/source', code: 'unknown-reference' },
    ],
    [
      'validation in an interview',
      (s) => void (s.findings[0]!.validation = { session: 'i1', outcome: 'confirmed' }),
      { path: '/findings/0/validation/session', code: 'not-a-focus-group' },
    ],
    [
      'an unknown competence',
      (s) => void (s.findings[0]!.competences = ['empathy']),
      { path: '/findings/0/competences/0', code: 'unknown-reference' },
    ],
    [
      'duplicate finding ids',
      (s) => void (s.findings[1]!.id = 'f1'),
      { path: '/findings/1/id', code: 'duplicate-id' },
    ],
    [
      'more responses than invited',
      (s) => void (s.questionnaires[0]!.invited = 3),
      { path: '/questionnaires/0/invited', code: 'count-mismatch' },
    ],
    [
      'an invalid response, with its path inside the study',
      (s) => void (s.questionnaires[0]!.responses[2]!.answers[0]!.value = 9),
      { path: '/questionnaires/0/responses/2/answers/0/value', code: 'invalid-answer' },
    ],
    [
      'a respondent twice',
      (s) => void (s.questionnaires[1]!.responses[1]!.respondent = 't-0'),
      { path: '/questionnaires/1/responses/1/respondent', code: 'duplicate-respondent' },
    ],
    [
      'an instrument that was not provided',
      (s) => void (s.questionnaires[1]!.instrument.version = '9.0.0'),
      { path: '/questionnaires/1/instrument', code: 'unknown-instrument' },
    ],
    [
      'evidence without a session, source or questionnaire (structure)',
      (s) => void (s.findings[0]!.evidence = [{ participants: 1 }]),
      { path: '/findings/0/evidence/0', code: 'invalid-value' },
    ],
  ];
  for (const [name, mutate, expected] of checks) {
    it(`reports ${name}`, () => {
      expect(issues(mutate)).toContainEqual(expect.objectContaining(expected));
    });
  }

  it('never throws on hostile input', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true }),
        (input) => void expect(parseNeedsStudy(input, context).ok).toBe(false),
      ),
    );
  });
});
