import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { format, resolveConfig } from 'prettier';
import type { Framework, Instrument, Module, NeedsStudy, Programme } from '@competence-kit/schemas';
import { validateNeedsReport } from '@competence-kit/schemas/validators';
import { buildNeedsReport } from './report.js';
import { parseNeedsReport } from './parse-report.js';
import { renderNeedsReportMarkdown } from './render-markdown.js';

// The committed sample reports (examples/) are the synthetic sample studies of
// @competence-kit/framework-intercultural as this package builds and renders them: the report
// as data (JSON) and in words (Markdown). UPDATE_EXAMPLES=1 rewrites them after a deliberate change.
const content = join(import.meta.dirname, '..', '..', 'framework-intercultural', 'content');
const examples = join(import.meta.dirname, '..', 'examples');
const read = <T>(...path: string[]) =>
  JSON.parse(readFileSync(join(content, ...path), 'utf8')) as T;
const framework = read<Framework>('framework.json');
const instruments: Instrument[] = [
  read('instruments', 'staff-self-assessment.json'),
  read('needs-analysis', 'tcn-questionnaire.json'),
  read('needs-analysis', 'stakeholder-questionnaire.json'),
];
const update = process.env.UPDATE_EXAMPLES === '1';
// Priorities are linked to the 12-month programme template, as the sample generator of
// framework-intercultural (scripts/generate-sample-studies.mjs) writes them too.
const programme = read<Programme>('training', 'programme-template.json');
const { modules } = read<{ modules: Module[] }>('training', 'catalogue.json');

const samples = [
  { territory: 'landkreis-offenbach', locale: 'en', words: ['en', 'ar'] },
  { territory: 'ravenna', locale: 'it', words: ['it'] },
] as const;

describe('the committed sample reports', () => {
  for (const { territory, locale, words } of samples) {
    it(`${territory}: the saved report and its renderings are what the code makes`, async () => {
      const study = read<NeedsStudy>('samples', `${territory}.json`);
      const report = buildNeedsReport(study, framework, locale, {
        instruments,
        programme,
        modules,
      });
      expect(validateNeedsReport(report)).toBe(true);
      // Saved as the repository formats JSON (prettier), so that lint and this test agree.
      const jsonPath = join(examples, `${territory}.${locale}.json`);
      const options = (await resolveConfig(jsonPath)) ?? {};
      const json = await format(JSON.stringify(report), { ...options, filepath: jsonPath });
      if (update) writeFileSync(jsonPath, json);
      expect(readFileSync(jsonPath, 'utf8')).toBe(json);

      const saved = parseNeedsReport(readFileSync(jsonPath, 'utf8'));
      if (!saved.ok) throw new Error(JSON.stringify(saved.issues));
      for (const w of words) {
        const markdown = renderNeedsReportMarkdown(saved.value, { locale: w });
        expect(markdown).toBe(renderNeedsReportMarkdown(report, { locale: w }));
        const mdPath = join(examples, `${territory}.${w}.md`);
        if (update) writeFileSync(mdPath, markdown);
        expect(readFileSync(mdPath, 'utf8')).toBe(markdown);
      }
    });
  }
});
