import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  Catalogue,
  CompetenceScore,
  Framework,
  Module,
  Result,
} from '@competence-kit/schemas';
import { levelIndex } from '@competence-kit/model';

const examples = join(import.meta.dirname, '..', '..', '..', '..', 'schemas', 'examples');

/** The sample framework: levels foundation < practitioner < advanced < expert; competences
 * plain-language, working-with-interpreters, openness-to-diversity, residence-law-basics;
 * roles front-desk and case-worker. */
export const sampleFramework = (): Framework =>
  JSON.parse(
    readFileSync(join(examples, 'framework', 'valid', 'sample.json'), 'utf8'),
  ) as Framework;

const text = (en: string) => ({ en, de: `${en} (de)` });
const module = (m: Omit<Module, 'title' | 'description'> & { title?: string }): Module => ({
  ...m,
  title: text(m.title ?? m.id),
  description: text(`About ${m.id}.`),
});

/** A small catalogue for the sample framework, with prerequisites, a role restriction and an
 * English-only module. */
export function sampleCatalogue(): Catalogue {
  return {
    id: 'https://example.org/catalogues/sample',
    version: '1.0.0',
    title: text('Sample catalogue'),
    framework: { id: 'https://w3id.org/competence-kit/frameworks/sample', version: '^0.1.0' },
    locales: ['en', 'de'],
    modules: [
      module({
        id: 'basics',
        competences: [
          { competence: 'plain-language', upTo: 'foundation' },
          { competence: 'openness-to-diversity', upTo: 'foundation' },
        ],
        format: 'e-learning',
        hours: 2,
        languages: ['de', 'en'],
        maxGroupSize: 200,
      }),
      module({
        id: 'plain-letters',
        competences: [{ competence: 'plain-language', upTo: 'practitioner' }],
        format: 'workshop',
        hours: 7,
        languages: ['de', 'en'],
        prerequisites: ['basics'],
        maxGroupSize: 16,
      }),
      module({
        id: 'interpreters',
        competences: [
          { competence: 'working-with-interpreters', upTo: 'practitioner' },
          { competence: 'openness-to-diversity', upTo: 'practitioner' },
        ],
        format: 'workshop',
        hours: 7,
        languages: ['de', 'en'],
        prerequisites: ['basics'],
        maxGroupSize: 16,
      }),
      module({
        id: 'residence-law',
        competences: [{ competence: 'residence-law-basics', upTo: 'advanced' }],
        format: 'workshop',
        hours: 14,
        days: 2,
        languages: ['de'],
        maxGroupSize: 20,
        roleProfiles: ['case-worker'],
      }),
      module({
        id: 'plain-advanced',
        competences: [{ competence: 'plain-language', upTo: 'advanced' }],
        format: 'mentoring',
        hours: 10,
        languages: ['de', 'en'],
        prerequisites: ['plain-letters'],
        maxGroupSize: 2,
      }),
      module({
        id: 'study-visit',
        competences: [{ competence: 'openness-to-diversity', upTo: 'advanced' }],
        format: 'study-visit',
        hours: 16,
        languages: ['en'],
        maxGroupSize: 12,
      }),
    ],
  };
}

/**
 * A scored result for a role, with the given level per competence (`null`: no level reached;
 * `'invalid'`: too few items answered). Targets and gaps come from the framework's role profile.
 */
export function resultFor(
  framework: Framework,
  role: string,
  levels: Record<string, string | null | 'invalid'>,
  respondent = 'p-001',
): Result {
  const targets = framework.roleProfiles?.find((r) => r.id === role)?.targets ?? {};
  const competences: CompetenceScore[] = Object.entries(levels).map(([competence, level]) => {
    const target = targets[competence] ?? null;
    const valid = level !== 'invalid';
    const reached = valid ? level : null;
    const gap =
      !valid || target === null
        ? null
        : levelIndex(framework, target) - (reached === null ? -1 : levelIndex(framework, reached));
    return {
      competence,
      score: valid ? 0.5 : null,
      raw: 0,
      rawMin: 0,
      rawMax: 0,
      answered: valid ? 3 : 0,
      total: 3,
      valid,
      level: reached,
      target,
      gap,
    };
  });
  return {
    instrument: { id: 'https://example.org/instruments/self', version: '1.0.0' },
    framework: { id: framework.id, version: framework.version },
    respondent,
    roleProfile: role,
    phase: 'baseline',
    competences,
    summary: {
      answered: 9,
      skipped: 0,
      total: 12,
      validCompetences: 4,
      meanScore: 0.5,
      belowTarget: 0,
    },
  };
}
