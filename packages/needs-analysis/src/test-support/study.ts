import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Answer, Framework, Instrument, NeedsStudy, Response } from '@competence-kit/schemas';

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
