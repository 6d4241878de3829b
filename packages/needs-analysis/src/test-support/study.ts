import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  Answer,
  Framework,
  Instrument,
  Module,
  NeedsStudy,
  Programme,
  Response,
} from '@competence-kit/schemas';

const examples = join(import.meta.dirname, '..', '..', '..', '..', 'schemas', 'examples');
const read = <T>(...path: string[]) =>
  JSON.parse(readFileSync(join(examples, ...path), 'utf8')) as T;
export const framework = (): Framework => read('framework', 'valid', 'sample.json');
export const instrument = (): Instrument =>
  read('instrument', 'valid', 'sample-self-assessment.json');

const skip = (item: string): Answer => ({ item, skipped: true });

/** Answers plain-language only: pl-1, pl-2 (reverse-keyed), pl-3 (situational judgement). */
export function response(
  respondent: string,
  roleProfile: string | undefined,
  pl1: number,
  pl2: number,
  pl3: string,
): Response {
  return {
    instrument: {
      id: 'https://w3id.org/competence-kit/instruments/sample-self-assessment',
      version: '0.1.0',
    },
    respondent,
    ...(roleProfile ? { roleProfile } : {}),
    phase: 'baseline',
    submittedAt: '2026-03-10T10:00:00Z',
    answers: [
      { item: 'pl-1', value: pl1 },
      { item: 'pl-2', value: pl2 },
      { item: 'pl-3', value: pl3 },
      skip('wi-1'),
      skip('wi-2'),
      skip('od-1'),
      skip('unit-size'),
      skip('comment'),
    ],
  };
}

/**
 * A small study computed by hand in prioritise.test.ts: 3 front-desk staff scoring 0 on plain
 * language (target practitioner: 1 level short), 3 case workers scoring 1 (above target),
 * 5 third-country nationals scoring 0.5; two findings on plain language (one confirmed, one not
 * validated) and a strength.
 */
export function study(staffCount = 6): NeedsStudy {
  const staff = Array.from({ length: staffCount }, (_, i) =>
    i % 2 === 0
      ? response(`s-${i}`, 'front-desk', 1, 5, 'read-aloud')
      : response(`s-${i}`, 'case-worker', 5, 1, 'ask-and-explain'),
  );
  const tcn = Array.from({ length: 5 }, (_, i) => response(`t-${i}`, undefined, 3, 3, 'refer'));
  return {
    id: 'https://example.org/studies/test',
    synthetic: true,
    territory: { id: 'testland', name: { en: 'Testland', de: 'Testland' }, country: 'DE' },
    period: { start: '2026-03-01', end: '2026-06-30' },
    framework: { id: 'https://w3id.org/competence-kit/frameworks/sample', version: '^0.1.0' },
    sources: [
      {
        id: 'strategy',
        title: 'Integration strategy 2025',
        kind: 'strategy',
        summary: { en: 'Sets goals for access.' },
      },
    ],
    sessions: [
      {
        id: 'i1',
        kind: 'interview',
        date: '2026-03-15',
        language: 'en',
        facilitator: 'researcher',
        participants: [{ group: 'third-country-nationals', count: 1 }],
        consent: { recorded: true, method: 'written' },
        summary: { en: 'Letters are hard to understand.' },
      },
      {
        id: 'fg1',
        kind: 'focus-group',
        purpose: 'validation',
        date: '2026-06-20',
        language: 'de',
        facilitator: 'project lead',
        participants: [
          { group: 'staff', count: 8 },
          { group: 'ngos', count: 6 },
          { group: 'stakeholders', count: 6 },
        ],
        consent: { recorded: true, method: 'written' },
        summary: { en: 'Findings validated.' },
      },
    ],
    questionnaires: [
      {
        id: 'staff-q',
        instrument: {
          id: 'https://w3id.org/competence-kit/instruments/sample-self-assessment',
          version: '0.1.0',
        },
        group: 'staff',
        invited: 20,
        responses: staff,
      },
      {
        id: 'tcn-q',
        instrument: {
          id: 'https://w3id.org/competence-kit/instruments/sample-self-assessment',
          version: '0.1.0',
        },
        group: 'third-country-nationals',
        responses: tcn,
      },
    ],
    findings: [
      {
        id: 'f1',
        statement: { en: 'Decisions are explained in legal language.' },
        kind: 'weakness',
        level: 'services-and-access',
        competences: ['plain-language'],
        evidence: [{ session: 'i1', participants: 1 }],
        validation: { session: 'fg1', outcome: 'confirmed' },
      },
      {
        id: 'f2',
        statement: {
          en: 'Staff ask for training in plain language and in working with interpreters.',
        },
        kind: 'need',
        level: 'personnel',
        competences: ['plain-language', 'working-with-interpreters'],
        evidence: [{ session: 'fg1', participants: 5, groups: ['staff', 'ngos'] }],
      },
      {
        id: 'f3',
        statement: { en: 'Front-desk staff are courteous.' },
        kind: 'strength',
        level: 'services-and-access',
        competences: ['openness-to-diversity'],
        evidence: [{ questionnaire: 'tcn-q', item: 'od-1' }],
        validation: { session: 'fg1', outcome: 'amended' },
      },
    ],
  };
}

/**
 * The test study with the review's optional parts: a local strategy with three goals (f1 serves
 * access, f2 staff, no finding the third), an internal review of policies and attitudes, two quotes (one
 * said in Arabic by a third-country national in interview i1, recorded in Arabic and English;
 * one said in German by NGOs in focus group fg1, illustrating f2, recorded in English only) and
 * one limitation.
 */
export function reviewStudy(staffCount = 6): NeedsStudy {
  const s = study(staffCount);
  s.strategy = {
    title: 'Testland integration strategy',
    publisher: 'Testland council',
    date: '2025-01-15',
    goals: [
      { id: 'goal-access', title: { en: 'Services everyone can use', de: 'Zugängliche Dienste' } },
      { id: 'goal-staff', title: { en: 'Trained staff' } },
      { id: 'goal-unused', title: { en: 'A goal no finding serves' } },
    ],
  };
  s.findings[0]!.strategyGoals = ['goal-access'];
  s.findings[1]!.strategyGoals = ['goal-staff'];
  s.internalReview = [
    {
      area: 'attitudes',
      assessment: { en: 'Staff are open but unsure how to explain decisions.' },
      evidence: [
        { session: 'fg1', groups: ['staff'] },
        { questionnaire: 'staff-q', item: 'pl-1' },
      ],
    },
    {
      area: 'policies',
      assessment: { en: 'No rule asks for plain language in letters.' },
      evidence: [{ source: 'strategy' }],
    },
  ];
  s.quotes = [
    {
      id: 'q-1',
      session: 'i1',
      group: 'third-country-nationals',
      language: 'ar',
      text: { ar: 'لم أفهم الرسالة.', en: 'I did not understand the letter.' },
      findings: ['f1'],
    },
    {
      id: 'q-2',
      session: 'fg1',
      group: 'ngos',
      language: 'de',
      text: { en: 'We translate letters for people every week.' },
    },
  ];
  s.limitations = [
    { en: 'No interview with staff of the job centre.', de: 'Kein Interview im Jobcenter.' },
  ];
  return s;
}

/**
 * A small hand-made programme for the sample framework: `m-both` (plain language and openness)
 * on 2027-01-20; `m-plain` (plain language) on 2027-02-10 and on 2027-03-03/04; a session of a
 * module the catalogue does not have; `m-interpreters` is in the catalogue but not scheduled.
 */
export function smallProgramme(): { programme: Programme; modules: Module[] } {
  const module = (id: string, competences: string[]): Module => ({
    id,
    title: { en: `Module ${id}`, de: `Modul ${id}` },
    description: { en: 'A test module.' },
    competences: competences.map((competence) => ({ competence, upTo: 'practitioner' })),
    format: 'workshop',
    hours: 7,
    languages: ['en'],
    maxGroupSize: 12,
  });
  const session = (id: string, mod: string, dates: string[]) => ({
    id,
    module: mod,
    dates,
    place: { type: 'online' as const },
    language: 'en',
    capacity: 12,
  });
  return {
    programme: {
      id: 'test-programme',
      territory: 'testland',
      title: { en: 'Testland training year' },
      catalogue: { id: 'https://example.org/catalogues/test', version: '^1.0.0' },
      period: { start: '2027-01-01', end: '2027-12-31' },
      sessions: [
        session('plain-2', 'm-plain', ['2027-03-04', '2027-03-03']),
        session('plain-1', 'm-plain', ['2027-02-10']),
        session('both-1', 'm-both', ['2027-01-20']),
        session('ghost-1', 'm-ghost', ['2027-01-05']),
      ],
    },
    modules: [
      module('m-plain', ['plain-language']),
      module('m-both', ['plain-language', 'openness-to-diversity']),
      module('m-interpreters', ['working-with-interpreters']),
    ],
  };
}
