import { describe, expect, it } from 'vitest';
import { collectTexts } from '@competence-kit/model';
import { parseCsv } from '@competence-kit/model/csv';
import { exportTranslations } from './translations.js';
import { sample } from './test-support/memory-io.js';

/** Rows of an exported CSV, header first. */
const rowsOf = (csv: string) => parseCsv(csv).records.map((r) => r.fields);

describe('exportTranslations', () => {
  it('writes a header and one row per text with its readable id, path, source and translation', () => {
    const fw = sample();
    const csv = exportTranslations(fw, 'uk');
    expect(csv.startsWith('\uFEFFid,path,source,translation\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/); // CRLF only (the sample has no breaks)
    const rows = rowsOf(csv);
    expect(rows).toHaveLength(1 + collectTexts(fw).length);
    expect(rows.map((r) => r[1])).toEqual(['path', ...collectTexts(fw).map((t) => t.path)]);
    expect(rows).toContainEqual([
      'competence:plain-language/descriptors/expert',
      '/competences/0/descriptors/expert',
      fw.competences[0]!.descriptors.expert!.en,
      '',
    ]);
    const ids = rows.slice(1).map((r) => r[0]);
    expect(ids).toEqual(
      expect.arrayContaining([
        'framework:title',
        'scale:title',
        'level:advanced/description',
        'domain:legal-knowledge/title',
        'competence:residence-law-basics/notes/de',
        'role:case-worker/title',
        'mapping:openness-rfcdc-4/rationale',
      ]),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('fills the translation column with the texts already in the target locale', () => {
    const rows = rowsOf(exportTranslations(sample(), 'it'));
    expect(rows[1]).toEqual([
      'framework:title',
      '/title',
      'Sample framework: welcoming public services',
      'Quadro di esempio: servizi pubblici accoglienti',
    ]);
    expect(rows.slice(1).filter((r) => r[3] !== '')).toHaveLength(7);
  });

  it('takes the source from --source, falling back to the default locale where it is missing', () => {
    const rows = rowsOf(exportTranslations(sample(), 'uk', { source: 'it' }));
    expect(rows.find((r) => r[1] === '/domains/0/title')?.[2]).toBe('Comunicazione');
    expect(rows.find((r) => r[1] === '/domains/1/title')?.[2]).toBe('Legal knowledge');
  });

  it('can leave out the byte order mark', () => {
    expect(exportTranslations(sample(), 'uk', { bom: false }).startsWith('id,')).toBe(true);
  });

  it('rejects a locale that is not a canonical BCP 47 tag', () => {
    expect(() => exportTranslations(sample(), 'uk_UA')).toThrow(TypeError);
    expect(() => exportTranslations(sample(), 'de-at')).toThrow(/canonical/);
    expect(() => exportTranslations(sample(), 'uk', { source: 'EN' })).toThrow(TypeError);
  });
});
