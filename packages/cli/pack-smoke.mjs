// Run by scripts/check-pack.mjs in an empty project where the packed tarball is installed.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { exportTranslations, importTranslations, parseCsv } from '@competence-kit/cli';

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

const csv = exportTranslations(framework, 'uk');
const rows = parseCsv(csv).records.map((r) => r.fields);
rows.slice(1).forEach((row) => (row[3] = `uk: "${row[2]}", ok`));
const edited = rows.map((r) => r.map((f) => `"${f.replace(/"/g, '""')}"`).join(',')).join('\r\n');
const result = importTranslations(framework, edited, 'uk');
if (result.issues.length > 0 || result.framework.title.uk !== 'uk: "Smoke", ok') {
  throw new Error(`translation round trip failed: ${JSON.stringify(result.issues)}`);
}

// The bin is linked and runs from the installed package.
writeFileSync('framework.json', JSON.stringify(framework));
const bin = process.platform === 'win32' ? 'competence-kit.cmd' : 'competence-kit';
const out = execFileSync(`node_modules/.bin/${bin}`, ['summary', 'framework.json'], {
  encoding: 'utf8',
});
if (!out.includes('Smoke') || !out.includes('Translation coverage')) {
  throw new Error(`unexpected summary:\n${out}`);
}
console.log('cli smoke ok');
