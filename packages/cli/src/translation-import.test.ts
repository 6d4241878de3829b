import { describe, expect, it } from 'vitest';
import type { Framework } from '@competence-kit/schemas';
import { collectTexts, parseFramework } from '@competence-kit/model';
import { formatCsv, parseCsv } from '@competence-kit/model/csv';
import { exportTranslations } from './translations.js';
import { importTranslations } from './translation-import.js';
import { sample } from './test-support/memory-io.js';

const HEADER = ['id', 'path', 'source', 'translation'];
const csvOf = (rows: string[][], header = HEADER) => formatCsv([header, ...rows]);
const codes = (result: { issues: { line: number; code: string }[] }) =>
  result.issues.map((i) => [i.line, i.code]);

/** Rows of an exported CSV, header first. */
const rowsOf = (csv: string) => parseCsv(csv).records.map((r) => r.fields);

/** Text a translator might write, distinct per text, with everything that breaks CSV code. */
const arabic = (i: number) =>
  [
    `النص ${i}: مرحبا، "أهلا" بكم`,
    '\u202Eمعكوس\u202C',
    i % 3 === 0 ? 'سطر أول\r\nسطر ثان\nسطر ثالث' : 'سطر واحد',
    i % 4 === 0 ? '=SUM(A1)' : '',
    i % 5 === 0 ? ' 🇺🇦 👩🏽‍⚕️, ' : '',
  ].join(' ');

function withArabic(framework: Framework): Framework {
  const copy = JSON.parse(JSON.stringify(framework)) as Framework;
  collectTexts(copy).forEach(({ text }, i) => (text.ar = arabic(i)));
  return copy;
}

describe('importTranslations', () => {
  it('round-trips every Arabic text byte for byte, also through a UTF-8 file', () => {
    const original = sample();
    const filled = withArabic(original);
    const csv = exportTranslations(filled, 'ar');
    const viaFile = Buffer.from(csv, 'utf8').toString('utf8');
    const result = importTranslations(original, viaFile, 'ar');
    expect(result.issues).toEqual([]);
    expect(result.applied).toBe(collectTexts(original).length);
    expect(JSON.stringify(result.framework)).toBe(JSON.stringify(filled));
    expect(parseFramework(result.framework).ok).toBe(true);
  });

  it('changes nothing when an exported CSV comes back unedited', () => {
    const fw = sample();
    const before = JSON.stringify(fw);
    const result = importTranslations(fw, exportTranslations(fw, 'it'), 'it');
    expect(result).toMatchObject({ applied: 0, unchanged: 7, empty: 31, issues: [] });
    expect(JSON.stringify(result.framework)).toBe(before);
    expect(JSON.stringify(fw)).toBe(before);
  });

  it('never deletes: empty cells and missing rows leave existing translations alone', () => {
    const fw = sample();
    const emptied = rowsOf(exportTranslations(fw, 'de'))
      .slice(1)
      .map(([id, path, source]) => [id!, path!, source!, '']);
    const result = importTranslations(fw, csvOf(emptied.slice(0, 10)), 'de');
    expect(result).toMatchObject({ applied: 0, unchanged: 0, empty: 10, issues: [] });
    expect(result.framework).toEqual(fw);
  });

  it('applies a translation, counts blank cells as empty and skips blank rows', () => {
    const csv = csvOf([
      ['framework:title', '/title', 'Sample framework: welcoming public services', 'Зразок'],
      ['scale:title', '/scale/title', 'Proficiency', '   '],
      ['', '', '', ''],
    ]);
    const result = importTranslations(sample(), `${csv}\r\n`, 'uk');
    expect(result).toMatchObject({ applied: 1, unchanged: 0, empty: 1, issues: [] });
    expect(result.framework.title.uk).toBe('Зразок');
    expect(result.framework.scale.title?.uk).toBeUndefined();
  });

  it('reads a CSV that a spreadsheet saved with semicolons', () => {
    const csv = formatCsv(
      [HEADER, ['domain:communication/title', '/domains/0/title', 'Communication', 'Зв’язок; так']],
      { delimiter: ';' },
    );
    const result = importTranslations(sample(), csv, 'uk');
    expect(result.issues).toEqual([]);
    expect(result.framework.domains[0]!.title.uk).toBe('Зв’язок; так');
  });

  it('reports an unterminated quote at the line where it opens, after a multi-line field', () => {
    const csv =
      'id,path,source,translation\r\n' +
      'framework:title,/title,Sample framework: welcoming public services,"Зразок\r\nу два рядки"\r\n' +
      'scale:title,/scale/title,Proficiency,"Рівень\r\n' +
      'domain:communication/title,/domains/0/title,Communication,Зв’язок\r\n';
    const result = importTranslations(sample(), csv, 'uk');
    expect(result.issues).toEqual([
      expect.objectContaining({
        line: 4,
        column: 4,
        code: 'unterminated-quote',
        severity: 'error',
      }),
    ]);
    // The rows before it are read and applied to the returned copy.
    expect(result.applied).toBe(1);
  });

  it('reports a row with three columns at its line', () => {
    const csv = csvOf([
      ['framework:title', '/title', 'Sample framework: welcoming public services', 'a\nb'],
      ['scale:title', '/scale/title', 'Proficiency'],
      ['domain:communication/title', '/domains/0/title', 'Communication', 'x', 'y'],
    ]);
    const result = importTranslations(sample(), csv, 'uk');
    expect(codes(result)).toEqual([
      [4, 'wrong-column-count'],
      [5, 'wrong-column-count'],
    ]);
    expect(result.issues[1]!.message).toMatch(/found 5.*double quotes/);
  });

  it('reports a wrong header, a missing header and an empty file at line 1, and applies nothing', () => {
    const row = ['framework:title', '/title', 'Sample framework: welcoming public services', 'X'];
    const wrong = importTranslations(
      sample(),
      csvOf([row], ['id', 'path', 'text', 'ukrainian']),
      'uk',
    );
    expect(codes(wrong)).toEqual([[1, 'invalid-header']]);
    expect(wrong.applied).toBe(0);
    const missing = importTranslations(sample(), formatCsv([row]), 'uk');
    expect(codes(missing)).toEqual([[1, 'missing-header']]);
    expect(missing.framework.title.uk).toBeUndefined();
    expect(codes(importTranslations(sample(), '', 'uk'))).toEqual([[1, 'missing-header']]);
    expect(codes(importTranslations(sample(), '\uFEFF\r\n', 'uk'))).toEqual([
      [1, 'missing-header'],
    ]);
  });

  it('accepts a header in another letter case', () => {
    const csv = csvOf([], ['ID', 'Path', 'Source', 'Translation']);
    expect(importTranslations(sample(), csv, 'uk').issues).toEqual([]);
  });

  it('reports an unknown path, a duplicate path and an id that does not match, at their lines', () => {
    const csv = csvOf([
      ['framework:title', '/title', 'Sample framework: welcoming public services', 'Перший'],
      ['framework:subtitle', '/subtitle', 'x', 'y'],
      ['framework:title', '/title', 'Sample framework: welcoming public services', 'Другий'],
      ['competence:plain-language/title', '/competences/1/title', 'Plain language', 'z'],
      ['competence:plain-language/title', '/competences/0/title', 'Plain language', 'Проста мова'],
    ]);
    const result = importTranslations(sample(), csv, 'uk');
    expect(result.issues.map((i) => [i.line, i.column, i.code])).toEqual([
      [3, 2, 'unknown-path'],
      [4, 2, 'duplicate-path'],
      [5, 1, 'id-mismatch'],
    ]);
    expect(result.issues[1]!.message).toContain('line 2');
    // The first of the duplicates and the correct rows are applied; the others are not.
    expect(result.framework.title.uk).toBe('Перший');
    expect(result.framework.competences[0]!.title.uk).toBe('Проста мова');
    expect(result.framework.competences[1]!.title.uk).toBeUndefined();
    expect(result.applied).toBe(2);
  });

  it('says where a text went when the framework was reordered since the export', () => {
    const fw = sample();
    const csv = exportTranslations(fw, 'uk');
    fw.competences.reverse();
    const moved = csv.replace(
      'competence:plain-language/title,/competences/0/title,Plain language,',
      'competence:plain-language/title,/competences/9/title,Plain language,Проста мова',
    );
    const result = importTranslations(fw, moved, 'uk');
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        line: 15,
        code: 'unknown-path',
        message: expect.stringContaining('now at /competences/3/title'),
      }),
    );
  });

  it('warns when the source changed since the export, and still applies the translation', () => {
    const fw = sample();
    const csv = exportTranslations(fw, 'uk').replace(
      'Proficiency,\r\n',
      'Proficiency level,Рівень володіння\r\n',
    );
    const result = importTranslations(fw, csv, 'uk');
    expect(result.issues).toEqual([
      expect.objectContaining({ line: 4, column: 3, code: 'source-changed', severity: 'warning' }),
    ]);
    expect(result.framework.scale.title?.uk).toBe('Рівень володіння');
  });

  it('compares sources in the locale the CSV was exported from', () => {
    const fw = sample();
    const csv = exportTranslations(fw, 'uk', { source: 'de' }).replace(
      'Kompetenzstufe,\r\n',
      'Kompetenzstufe,Рівень\r\n',
    );
    expect(importTranslations(fw, csv, 'uk', { source: 'de' }).issues).toEqual([]);
    expect(codes(importTranslations(fw, csv, 'uk'))).toEqual([[4, 'source-changed']]);
  });

  it('reports a result that would not be a valid framework, at the row that caused it', () => {
    const csv = csvOf([['scale:title', '/scale/title', 'Proficiency', 'x'.repeat(20001)]]);
    const result = importTranslations(sample(), csv, 'uk');
    expect(result.issues).toEqual([
      expect.objectContaining({
        line: 2,
        path: '/scale/title/uk',
        code: 'too-long',
        severity: 'error',
      }),
    ]);
  });

  it('reports text that an encoding lost: UTF-16, replacement characters, question marks', () => {
    const utf16 = Buffer.from(exportTranslations(sample(), 'uk'), 'utf16le').toString('utf8');
    expect(codes(importTranslations(sample(), utf16, 'uk'))).toEqual([[1, 'not-utf8']]);
    const latin1 = Buffer.from(
      csvOf([['domain:communication/title', '/domains/0/title', 'Communication', 'Übersicht']]),
      'latin1',
    ).toString('utf8');
    expect(codes(importTranslations(sample(), latin1, 'uk'))).toEqual([[2, 'not-utf8']]);
    const questionMarks = csvOf([
      ['domain:communication/title', '/domains/0/title', 'Communication', '????????'],
      ['framework:title', '/title', 'Sample framework: welcoming public services', '¿Qué? ¿Sí?'],
    ]);
    const result = importTranslations(sample(), questionMarks, 'uk');
    expect(codes(result)).toEqual([[2, 'lost-characters']]);
    expect(result.applied).toBe(1);
  });

  it('rejects a locale that is not a canonical BCP 47 tag', () => {
    expect(() => importTranslations(sample(), '', 'UK')).toThrow(TypeError);
    expect(() => importTranslations(sample(), '', 'uk', { source: 'en_GB' })).toThrow(TypeError);
  });
});
