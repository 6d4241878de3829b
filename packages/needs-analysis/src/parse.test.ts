import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { NeedsStudy } from '@competence-kit/schemas';
import { identifierIn, parseNeedsStudy } from './parse.js';
import { framework, instrument, reviewStudy, study } from './test-support/study.js';

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

describe('parseNeedsStudy: strategy, internal review, quotes and limitations', () => {
  it('accepts a study with all of them, and one without any (they are optional)', () => {
    expect(parseNeedsStudy(reviewStudy(), context)).toMatchObject({ ok: true });
    expect(parseNeedsStudy(study(), context)).toMatchObject({ ok: true });
  });

  const broken: [string, (s: NeedsStudy) => void, { path: string; code: string }][] = [
    [
      'a goal id used twice',
      (s) => void (s.strategy!.goals[1]!.id = 'goal-access'),
      { path: '/strategy/goals/1/id', code: 'duplicate-id' },
    ],
    [
      'a finding naming a goal the strategy does not have',
      (s) => void (s.findings[1]!.strategyGoals = ['goal-access', 'goal-housing']),
      { path: '/findings/1/strategyGoals/1', code: 'unknown-reference' },
    ],
    [
      'a finding naming a goal when there is no strategy',
      (s) => void delete s.strategy,
      { path: '/findings/0/strategyGoals/0', code: 'unknown-reference' },
    ],
    [
      'a strategy goal without a title (schema)',
      (s) => void delete (s.strategy!.goals[0] as { title?: unknown }).title,
      { path: '/strategy/goals/0/title', code: 'required' },
    ],
    [
      'an internal-review area reviewed twice',
      (s) => void (s.internalReview![1]!.area = 'attitudes'),
      { path: '/internalReview/1/area', code: 'duplicate-area' },
    ],
    [
      'an internal-review area that does not exist (schema)',
      (s) => void ((s.internalReview![0] as { area: string }).area = 'budget'),
      { path: '/internalReview/0/area', code: 'invalid-value' },
    ],
    [
      'internal-review evidence from an unknown source',
      (s) => void (s.internalReview![1]!.evidence[0]!.source = 'census'),
      { path: '/internalReview/1/evidence/0/source', code: 'unknown-reference' },
    ],
    [
      'internal-review evidence naming a group that was not in the session',
      (s) => void (s.internalReview![0]!.evidence[0]!.groups = ['migrant-organisations']),
      { path: '/internalReview/0/evidence/0/groups', code: 'count-mismatch' },
    ],
    [
      'a quote from an unknown session',
      (s) => void (s.quotes![0]!.session = 'i9'),
      { path: '/quotes/0/session', code: 'unknown-reference' },
    ],
    [
      'a quote from a session without recorded consent',
      (s) => void (s.sessions[0]!.consent.recorded = false),
      { path: '/quotes/0/session', code: 'consent-missing' },
    ],
    [
      'a quote from a group that was not in its session',
      (s) => void (s.quotes![1]!.group = 'third-country-nationals'),
      { path: '/quotes/1/group', code: 'count-mismatch' },
    ],
    [
      'a quote with an e-mail address',
      (s) => void (s.quotes![1]!.text.en = 'Write to me at amina.k@example.org, please.'),
      { path: '/quotes/1/text/en', code: 'identifying-detail' },
    ],
    [
      'a quote with a phone number, in its original language',
      (s) => void (s.quotes![0]!.text.ar = 'اتصلوا بي على ‎+49 151 2345 6789'),
      { path: '/quotes/0/text/ar', code: 'identifying-detail' },
    ],
    [
      'a quote naming an unknown finding',
      (s) => void (s.quotes![0]!.findings = ['f9']),
      { path: '/quotes/0/findings/0', code: 'unknown-reference' },
    ],
    [
      'a quote id used twice',
      (s) => void (s.quotes![1]!.id = 'q-1'),
      { path: '/quotes/1/id', code: 'duplicate-id' },
    ],
    [
      'a limitation with an empty text (schema)',
      (s) => void (s.limitations = [{ en: '' }]),
      { path: '/limitations/0/en', code: 'empty' },
    ],
  ];
  for (const [name, mutate, expected] of broken) {
    it(`reports ${name}`, () => {
      const s = reviewStudy();
      mutate(s);
      const result = parseNeedsStudy(s, context);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issues).toContainEqual(expect.objectContaining(expected));
    });
  }

  it('identifierIn finds e-mail and web addresses and phone numbers, not dates or years', () => {
    for (const text of [
      'Call 0151 23456789',
      'Ring (069) 123 45 67 after five',
      'mi chiami al +39 0544 123456',
      'mail: a.b@comune.example.it',
      'see www.example.org',
      'https://example.org/me',
    ])
      expect(identifierIn(text), text).toBeDefined();
    for (const text of [
      'I arrived on 2026-03-15 and waited until 2026-04-02.',
      'From 2019 to 2021 I had 3 appointments.',
      'Il 12.03.2025 ho aspettato 4 ore.',
      'We are @ the office, 1 200 000 people live here.',
    ])
      expect(identifierIn(text), text).toBeUndefined();
  });
});
