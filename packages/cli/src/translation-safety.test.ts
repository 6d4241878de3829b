import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Framework } from '@competence-kit/schemas';
import { collectTexts, parseFramework } from '@competence-kit/model';
import { isFormulaLike, parseCsv } from '@competence-kit/model/csv';
import { exportTranslations } from './translations.js';
import { TRANSLATION_IMPORT_LIMITS, importTranslations } from './translation-import.js';
import { sample } from './test-support/memory-io.js';

// Issue 12: formula injection in the translation CSV, its exact round trip, bounded imports and
// argument checks at the door.

/** The characters that break CSV code and spreadsheets, and some plain ones. */
const hostileUnit = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '\r\n', "'") },
  { weight: 2, arbitrary: fc.constantFrom('"', ',', ';', ' ', '\uFEFF', '\u3000', '\u2028') },
  { weight: 1, arbitrary: fc.constantFrom('\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '|', '#') },
  { weight: 2, arbitrary: fc.constantFrom('a', 'Ж', 'ع', '1', '(', ')') },
);
/** A text with at least one letter (a blank translation is "empty", not a text), any start. */
const hostileText = fc
  .tuple(fc.string({ unit: hostileUnit, maxLength: 12 }), fc.constantFrom('x', 'Ж', 'ع'))
  .map(([start, letter]) => start + letter);

function withTexts(framework: Framework, locale: string, texts: string[]): Framework {
  const copy = JSON.parse(JSON.stringify(framework)) as Framework;
  collectTexts(copy).forEach(({ text }, i) => (text[locale] = texts[i % texts.length]!));
  return copy;
}

describe('exportTranslations and spreadsheet formulas', () => {
  it('writes no cell that a spreadsheet would run as a formula', () => {
    const fw = withTexts(sample(), 'uk', [
      '=HYPERLINK("http://x.example","y")',
      '+1',
      '-1',
      '@A1',
      '\tx',
      '\uFF1D1+1',
    ]);
    const csv = exportTranslations(fw, 'uk');
    const fields = parseCsv(csv).records.flatMap((r) => r.fields);
    expect(fields.filter(isFormulaLike)).toEqual([]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x.example"",""y"")"`);
    expect(csv).toContain(`"'\uFF1D1+1"`);
  });

  it('round-trips hostile texts exactly, in the translation and in the source column', () => {
    fc.assert(
      fc.property(
        fc.array(hostileText, { minLength: 1, maxLength: 8 }),
        fc.array(hostileText, { minLength: 1, maxLength: 8 }),
        (sources, translations) => {
          const original = withTexts(sample(), 'en', sources);
          if (!parseFramework(original).ok) return; // a source the schema refuses is not exported
          const filled = withTexts(original, 'uk', translations);
          const result = importTranslations(original, exportTranslations(filled, 'uk'), 'uk');
          expect(result.issues).toEqual([]);
          expect(JSON.stringify(result.framework)).toBe(JSON.stringify(filled));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps a text that really begins with a quote, with or without a formula after it', () => {
    const texts = ["'=1+1", "''-2", "'plain", "'", "'\t", "x'"];
    const filled = withTexts(sample(), 'uk', texts);
    const result = importTranslations(sample(), exportTranslations(filled, 'uk'), 'uk');
    expect(result.issues).toEqual([]);
    expect(
      collectTexts(result.framework)
        .slice(0, texts.length)
        .map((t) => t.text.uk),
    ).toEqual(texts);
  });
});

describe('importTranslations on hostile input', () => {
  it('1 MB of line breaks: stops at maxRows with rows-limit-exceeded (the issue 12 reproduction)', () => {
    const result = importTranslations(sample(), '\n'.repeat(1 << 20), 'uk');
    expect(result.applied).toBe(0);
    expect(result.issues.map((i) => [i.line, i.code, i.severity])).toEqual([
      [100_001, 'rows-limit-exceeded', 'error'],
    ]);
    expect(result.issues[0]!.message).toContain('more than 100,000 rows, the limit (maxRows)');
  });

  it('reads a header after many blank lines within the limits', () => {
    const csv = '\r\n'.repeat(50_000) + exportTranslations(sample(), 'uk', { bom: false });
    expect(importTranslations(sample(), csv, 'uk').issues).toEqual([]);
  });

  it('has limits the caller can set, each reported with its own code', () => {
    expect(TRANSLATION_IMPORT_LIMITS).toEqual({
      maxRows: 100_000,
      maxSize: 16_777_216,
      maxIssues: 100,
    });
    const csv = exportTranslations(sample(), 'uk');
    const rows = importTranslations(sample(), csv, 'uk', { limits: { maxRows: 3 } });
    expect(rows.issues.map((i) => [i.line, i.code])).toEqual([[4, 'rows-limit-exceeded']]);
    const long = importTranslations(sample(), csv, 'uk', { limits: { maxSize: 100 } });
    expect(long.issues.map((i) => [i.line, i.code])).toEqual([[1, 'size-limit-exceeded']]);
    expect(long.issues[0]!.message).toContain('limit of 100 (maxSize)');
    expect(() => importTranslations(sample(), csv, 'uk', { limits: { maxRows: 0 } })).toThrow(
      TypeError,
    );
  });

  it('describes at most maxIssues problems and counts the rest (200,000 malformed rows)', () => {
    const csv = `id,path,source,translation\r\n${'"a"b\r'.repeat(200_000)}`;
    const result = importTranslations(sample(), csv, 'uk', { limits: { maxRows: Infinity } });
    expect(result.issues).toHaveLength(101);
    expect(result.issues.slice(0, 100).every((i) => i.code === 'invalid-quote')).toBe(true);
    expect(result.issues[100]).toEqual({
      line: 102,
      code: 'too-many-issues',
      message:
        '199,900 more issue(s) from line 102 on are not listed, only counted: at most 100 are (limits.maxIssues); fix the ones above and import again.',
      severity: 'error',
    });
    const few = importTranslations(sample(), csv, 'uk', {
      limits: { maxRows: Infinity, maxIssues: 3 },
    });
    expect(few.issues.map((i) => i.code)).toEqual([
      'invalid-quote',
      'invalid-quote',
      'invalid-quote',
      'too-many-issues',
    ]);
  });

  it('checks its arguments at the door and names the wrong one', () => {
    const csv = exportTranslations(sample(), 'uk');
    expect(() => importTranslations(null as unknown as Framework, csv, 'uk')).toThrow(
      new TypeError(
        'importTranslations: framework must be a framework object (one that passed parseFramework), got null.',
      ),
    );
    expect(() => importTranslations(sample(), null as unknown as string, 'uk')).toThrow(
      new TypeError('importTranslations: csvText must be a string of CSV, got null.'),
    );
    expect(() => importTranslations(sample(), csv, null as unknown as string)).toThrow(
      /Invalid locale/,
    );
  });
});
