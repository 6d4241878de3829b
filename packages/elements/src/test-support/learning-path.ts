import { catalogue, framework, programmeTemplate } from '@competence-kit/framework-intercultural';
import type {
  Catalogue,
  Enrolment,
  Framework,
  LearningPath,
  Programme,
} from '@competence-kit/schemas';
import { recommendPath } from '@competence-kit/training';
import { framework as testFramework } from './framework.js';
import { syntheticResult } from './results.js';

/**
 * Data for `<ck-learning-path>`: the real catalogue and programme template of
 * `@competence-kit/framework-intercultural` with a path recommended by the real engine for a
 * synthetic result (stories, real-content tests), and a small hand-made set whose every text
 * is known (exact assertions).
 */
export { catalogue, framework, programmeTemplate };

/** Options of {@link realPath}. */
export interface RealPathOptions {
  roleProfile?: string;
  language?: string;
  budgetHours?: number | null;
  seed?: number;
}

/**
 * The learning path `recommendPath` makes from a synthetic staff self-assessment; one
 * competence is left unanswered, so one gap stays open for lack of a score.
 */
export function realPath({
  roleProfile = 'front-desk',
  language = 'de',
  budgetHours = 60,
  seed = 3,
}: RealPathOptions = {}): LearningPath {
  const result = syntheticResult({
    respondent: 'rav-s-0042',
    roleProfile,
    seed,
    skip: ['working-with-interpreters'],
  });
  return recommendPath(result, catalogue, { framework, language, budgetHours });
}

/** An enrolment of the respondent of {@link realPath} (or {@link smallPath}). */
export function enrolment(
  module: string,
  session: string,
  status: Enrolment['status'] = 'enrolled',
  { respondent = 'rav-s-0042', programme = programmeTemplate.id } = {},
): Enrolment {
  return {
    id: `${respondent}-${session}-${status}`,
    respondent,
    programme,
    session,
    module,
    status,
    enrolledAt: '2026-12-01T09:00:00Z',
  };
}

/** The test framework with a second competence, titled in every test locale. */
export function smallFramework(): Framework {
  const base = testFramework();
  return {
    ...base,
    competences: [
      { ...base.competences[0]!, title: { en: 'Plain language', de: 'Einfache Sprache' } },
      {
        id: 'interpreters',
        domain: 'communication',
        dimension: 'skills',
        title: { en: 'Working with interpreters', de: 'Arbeit mit Dolmetschenden' },
        descriptors: {},
      },
    ],
  };
}

/** Two modules, the second building on the first. */
export function smallCatalogue(): Catalogue {
  return {
    id: 'https://example.org/catalogues/test',
    version: '1.0.0',
    title: { en: 'Test catalogue' },
    framework: { id: 'https://example.org/frameworks/test', version: '^1.0.0' },
    locales: ['en'],
    modules: [
      {
        id: 'basics',
        title: { en: 'Basics online', de: 'Grundlagen online' },
        description: { en: 'The basics.' },
        competences: [{ competence: 'interpreters', upTo: 'practitioner' }],
        format: 'e-learning',
        hours: 1,
        languages: ['en', 'de'],
        maxGroupSize: 100,
      },
      {
        id: 'letters',
        title: { en: 'Plain letters', de: 'Verständliche Briefe' },
        description: { en: 'Writing letters people understand.' },
        competences: [{ competence: 'plain-language', upTo: 'advanced' }],
        format: 'workshop',
        hours: 14,
        languages: ['en', 'de'],
        prerequisites: ['basics'],
        maxGroupSize: 16,
      },
    ],
  };
}

/** The path through {@link smallCatalogue}: 15 of 20 hours, one gap left open. */
export function smallPath(): LearningPath {
  return {
    respondent: 'rav-s-0042',
    roleProfile: 'front-desk',
    catalogue: { id: 'https://example.org/catalogues/test', version: '1.0.0' },
    language: 'de',
    budgetHours: 20,
    totalHours: 15,
    steps: [
      {
        module: 'basics',
        hours: 1,
        closes: [
          { competence: 'interpreters', from: null, to: 'practitioner', target: 'advanced' },
        ],
        prerequisiteFor: ['letters'],
        reason: 'closes-gaps',
      },
      {
        module: 'letters',
        hours: 14,
        closes: [
          { competence: 'plain-language', from: 'foundation', to: 'advanced', target: 'advanced' },
        ],
        reason: 'closes-gaps',
      },
    ],
    open: [{ competence: 'interpreters', level: null, target: 'advanced', reason: 'no-module' }],
  };
}

/** Sessions of {@link smallCatalogue}: one past, two ahead in German, one in Italian. */
export function smallProgramme(): Programme {
  const online = { type: 'online' as const };
  return {
    id: 'test-2027',
    territory: 'ravenna',
    catalogue: { id: 'https://example.org/catalogues/test', version: '^1.0.0' },
    period: { start: '2027-01-01', end: '2027-12-31' },
    sessions: [
      {
        id: 'basics-1',
        module: 'basics',
        dates: ['2027-01-11'],
        place: online,
        language: 'de',
        capacity: 100,
      },
      {
        id: 'letters-1',
        module: 'letters',
        dates: ['2027-02-01', '2027-02-02'],
        place: { type: 'in-person', name: 'Rathaus, Saal 2', city: 'Dietzenbach' },
        language: 'de',
        capacity: 16,
      },
      {
        id: 'letters-2',
        module: 'letters',
        dates: ['2027-03-01', '2027-03-08'],
        place: { type: 'in-person', name: 'Kreishaus', city: 'Dietzenbach' },
        language: 'de',
        capacity: 16,
      },
      {
        id: 'letters-it',
        module: 'letters',
        dates: ['2027-02-15'],
        place: online,
        language: 'it',
        capacity: 16,
      },
      {
        id: 'basics-0',
        module: 'basics',
        dates: ['2026-10-01'],
        place: online,
        language: 'de',
        capacity: 100,
      },
    ],
  };
}
