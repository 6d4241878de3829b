// Run by scripts/check-pack.mjs in an empty project where the packed tarball is installed.
import { parseFramework, localize } from '@competence-kit/model';

const framework = {
  id: 'https://example.org/fw',
  version: '1.0.0',
  title: { en: 'Smoke', de: 'Rauch' },
  locales: ['en', 'de'],
  defaultLocale: 'en',
  scale: {
    levels: [
      { id: 'low', rank: 1, title: { en: 'Low', de: 'Niedrig' } },
      { id: 'high', rank: 2, title: { en: 'High', de: 'Hoch' } },
    ],
  },
  domains: [{ id: 'd', title: { en: 'D', de: 'D' } }],
  competences: [
    {
      id: 'c',
      domain: 'd',
      dimension: 'skills',
      title: { en: 'C', de: 'K' },
      descriptors: { low: { en: 'l', de: 'n' }, high: { en: 'h', de: 'h' } },
    },
  ],
};
const ok = parseFramework(framework);
if (!ok.ok) throw new Error(`valid framework rejected: ${JSON.stringify(ok.issues)}`);
const bad = parseFramework({
  ...framework,
  competences: [{ ...framework.competences[0], domain: 'x' }],
});
if (bad.ok || bad.issues[0].path !== '/competences/0/domain')
  throw new Error('semantic rule not applied');
if (localize(framework.title, 'de-AT') !== 'Rauch') throw new Error('fallback chain broken');
console.log('model smoke ok');
