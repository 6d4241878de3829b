// Run by scripts/check-pack.mjs in an empty project where the packed tarball is installed.
import { parseCatalogue, planProgramme, recommendPath } from '@competence-kit/training';

const catalogue = {
  id: 'https://example.org/c',
  version: '1.0.0',
  title: { en: 'C' },
  framework: { id: 'https://example.org/fw', version: '^1.0.0' },
  locales: ['en'],
  modules: [
    {
      id: 'm',
      title: { en: 'M' },
      description: { en: 'M' },
      competences: [{ competence: 'c', upTo: 'high' }],
      format: 'workshop',
      hours: 7,
      languages: ['en'],
      maxGroupSize: 10,
    },
  ],
};
const framework = {
  id: 'https://example.org/fw',
  version: '1.0.0',
  title: { en: 'F' },
  locales: ['en'],
  defaultLocale: 'en',
  scale: {
    levels: [
      { id: 'low', rank: 1, title: { en: 'Low' } },
      { id: 'high', rank: 2, title: { en: 'High' } },
    ],
  },
  domains: [{ id: 'd', title: { en: 'D' } }],
  competences: [
    {
      id: 'c',
      domain: 'd',
      dimension: 'skills',
      title: { en: 'C' },
      descriptors: { low: { en: 'l' }, high: { en: 'h' } },
    },
  ],
  roleProfiles: [{ id: 'r', title: { en: 'R' }, targets: { c: 'high' } }],
};
const parsed = parseCatalogue(catalogue, framework);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
const result = {
  instrument: { id: 'https://example.org/i', version: '1.0.0' },
  framework: { id: framework.id, version: framework.version },
  respondent: 'p-1',
  roleProfile: 'r',
  phase: 'baseline',
  competences: [
    {
      competence: 'c',
      score: 0.2,
      raw: 1,
      rawMin: 0,
      rawMax: 4,
      answered: 1,
      total: 1,
      valid: true,
      level: 'low',
      target: 'high',
      gap: 1,
    },
  ],
  summary: {
    answered: 1,
    skipped: 0,
    total: 1,
    validCompetences: 1,
    meanScore: 0.2,
    belowTarget: 1,
  },
};
const path = recommendPath(result, catalogue, { framework, language: 'en' });
if (path.steps[0]?.module !== 'm') throw new Error(`unexpected path ${JSON.stringify(path)}`);
const plan = planProgramme([{ competence: 'c', priority: 1 }], catalogue, {
  id: 'p',
  territory: 't',
  period: { start: '2027-01-04', end: '2027-01-08' },
  cohortSize: 12,
  language: 'en',
  maxDaysPerMonth: 2,
});
if (plan.programme.sessions.length !== 2)
  throw new Error(`unexpected plan ${JSON.stringify(plan)}`);
console.log('training pack smoke ok');
