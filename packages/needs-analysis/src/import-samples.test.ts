import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Framework, Instrument, NeedsStudy, Response } from '@competence-kit/schemas';
import { itemsOf } from '@competence-kit/scoring';
import { importResponses } from './import-csv.js';
import type { ResponseMapping } from './import-csv-mapping.js';
import { exportSurvey } from './test-support/survey-export.js';

// The synthetic sample studies of the pilot territories (in @competence-kit/framework-intercultural)
// go out as a survey tool's CSV export and come back through importResponses unchanged.
const content = join(import.meta.dirname, '..', '..', 'framework-intercultural', 'content');
const read = <T>(...path: string[]) =>
  JSON.parse(readFileSync(join(content, ...path), 'utf8')) as T;
const framework = read<Framework>('framework.json');
const instruments: Record<string, Instrument> = {
  'staff-self-assessment': read('instruments', 'staff-self-assessment.json'),
  'tcn-questionnaire': read('needs-analysis', 'tcn-questionnaire.json'),
  'stakeholder-questionnaire': read('needs-analysis', 'stakeholder-questionnaire.json'),
};

/** A LimeSurvey-like mapping for every item of the instrument. */
function mappingFor(instrument: Instrument): ResponseMapping {
  const items: Record<string, ResponseMapping['items'][string]> = {};
  for (const item of itemsOf(instrument)) {
    // One Y/N column per option: unlike a list in one cell, it tells "none chosen" from "skipped".
    if (item.type === 'multiple-choice') {
      items[item.id] = {
        columns: Object.fromEntries(item.options.map((o) => [o.id, `Q.${item.id}.${o.id}`])),
        chosen: ['Y'],
        notChosen: ['N'],
      };
    } else if (item.type === 'ranking')
      items[item.id] = { ranks: item.options.map((_, i) => `Q.${item.id}.${i + 1}`) };
    else items[item.id] = `Q.${item.id}`;
  }
  return {
    respondent: 'token',
    roleProfile: 'role',
    territory: 'territory',
    group: 'group',
    locale: 'language',
    phase: { column: 'wave' },
    submittedAt: 'submitdate',
    items,
    skipped: { 'N/A': 'not-applicable' },
  } as ResponseMapping;
}

/** An empty cell comes back as skipped for reason "missing": the samples record no reason. */
const normalised = (r: Response): Response => ({
  ...r,
  answers: r.answers.map((a) =>
    a.skipped && a.reason === undefined ? { ...a, reason: 'missing' as const } : a,
  ),
});

describe('importResponses on the sample studies of the pilot territories', () => {
  for (const territory of ['landkreis-offenbach', 'ravenna', 'cartagena']) {
    it(`${territory}: every questionnaire's responses survive export and import`, () => {
      const study = read<NeedsStudy>('samples', `${territory}.json`);
      for (const q of study.questionnaires) {
        const instrument = instruments[q.id]!;
        const mapping = mappingFor(instrument);
        const csv = exportSurvey(q.responses, mapping, instrument);
        const result = importResponses(csv, mapping, instrument, { framework });
        expect(result.issues).toEqual([]);
        expect(result.skippedRows).toBe(0);
        expect(result.responses).toEqual(q.responses.map(normalised));
      }
    });
  }
});
