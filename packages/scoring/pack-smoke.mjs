// Run by scripts/check-pack.mjs in an empty project where the packed tarball is installed.
import { parseInstrument, scoreResponse, aggregate, compareWaves } from '@competence-kit/scoring';

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
const instrument = {
  id: 'https://example.org/i',
  version: '1.0.0',
  framework: { id: framework.id, version: '^1.0.0' },
  title: { en: 'I' },
  locales: ['en'],
  defaultLocale: 'en',
  likertScales: [{ id: 's', min: 1, max: 5, labels: { 1: { en: 'no' }, 5: { en: 'yes' } } }],
  sections: [
    {
      id: 'a',
      title: { en: 'A' },
      items: [{ id: 'q', type: 'likert', competence: 'c', scale: 's', prompt: { en: 'Q' } }],
    },
  ],
  scoring: {
    minAnsweredShare: 1,
    thresholds: [
      { level: 'low', min: 0 },
      { level: 'high', min: 0.5 },
    ],
  },
};
if (!parseInstrument(instrument, framework).ok) throw new Error('instrument rejected');
const response = (r, v) => ({
  instrument: { id: instrument.id, version: '1.0.0' },
  respondent: `p${r}`,
  roleProfile: 'r',
  phase: 'baseline',
  submittedAt: '2026-01-01T00:00:00Z',
  answers: [{ item: 'q', value: v }],
});
const result = scoreResponse(instrument, framework, response(1, 2));
if (result.competences[0].score !== 0.25 || result.competences[0].gap !== 1)
  throw new Error(`wrong score ${JSON.stringify(result.competences[0])}`);
const results = [1, 2, 3, 4, 5, 6].map((r) =>
  scoreResponse(instrument, framework, response(r, (r % 5) + 1)),
);
if (aggregate(results, { by: [] }).total.n !== 6) throw new Error('aggregate broken');
if (!('competences' in compareWaves(results, results))) throw new Error('compareWaves broken');
console.log('scoring smoke ok');
