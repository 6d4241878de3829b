import { describe, expect, it } from 'vitest';
import type { Instrument } from '@competence-kit/schemas';
import { RESPONSE_IMPORT_LIMITS, importResponses } from './import-csv.js';
import type { ResponseMapping } from './import-csv-mapping.js';
import { instrument } from './test-support/study.js';

// Issue 12: bounded survey imports and argument checks at the door.

const MAPPING: ResponseMapping = {
  respondent: 'token',
  phase: 'baseline',
  submittedAt: { value: '2026-03-31T18:00:00Z' },
  items: {
    'pl-1': 'PL1',
    ...Object.fromEntries(
      ['pl-2', 'pl-3', 'wi-1', 'wi-2', 'od-1', 'unit-size', 'comment'].map((item) => [
        item,
        { skipped: 'not-shown' as const },
      ]),
    ),
  },
};
const row = (i: number) => `p-${i},${1 + (i % 5)}`;
const csvOf = (rows: number) =>
  ['token,PL1', ...Array.from({ length: rows }, (_, i) => row(i))].join('\r\n');

describe('importResponses on hostile input and at its limits', () => {
  it('skips a megabyte of blank lines cheaply and still reads the rows after them', () => {
    const csv = `token,PL1\n${'\n'.repeat(150_000)}p-1,3\n`;
    const result = importResponses(csv, MAPPING, instrument());
    expect(result.issues).toEqual([]);
    expect(result.responses.map((r) => r.respondent)).toEqual(['p-1']);
  });

  it("describes at most maxIssues problems and counts the rest, the reader's among them", () => {
    // 120 rows of the wrong width (found by the importer), 90 with a stray quote (found by the
    // CSV reader, which describes 100 at most itself), then one good row.
    const csv = [
      'token,PL1',
      ...Array.from({ length: 120 }, (_, i) => `w-${i},1,extra`),
      ...Array.from({ length: 90 }, () => '"q"x,1'),
      'p-ok,2',
    ].join('\r\n');
    const result = importResponses(csv, MAPPING, instrument());
    expect(result.responses.map((r) => r.respondent)).toEqual(['p-ok']);
    expect(result.skippedRows).toBe(210);
    expect(result.issues).toHaveLength(101);
    expect(result.issues.slice(0, 100).every((i) => i.code === 'wrong-column-count')).toBe(true);
    expect(result.issues[100]).toEqual({
      line: 102,
      code: 'too-many-issues',
      message:
        '110 more issue(s) from line 102 on are not listed, only counted: at most 100 are (limits.maxIssues); fix the ones above and import again.',
    });
    const few = importResponses(csv, MAPPING, instrument(), { limits: { maxIssues: 5 } });
    expect(few.issues.map((i) => i.code)).toEqual([
      ...Array.from({ length: 5 }, () => 'wrong-column-count'),
      'too-many-issues',
    ]);
    expect(few.issues[5]!.message).toMatch(/^205 more issue/);
    const all = importResponses(csv, MAPPING, instrument(), { limits: { maxIssues: Infinity } });
    expect(all.issues).toHaveLength(210);
  });

  it('imports the rows up to maxRows and reports rows-limit-exceeded with the limit', () => {
    const result = importResponses(csvOf(10), MAPPING, instrument(), { limits: { maxRows: 4 } });
    expect(result.responses).toHaveLength(3);
    expect(result.skippedRows).toBe(0);
    expect(result.issues).toEqual([
      {
        line: 5,
        code: 'rows-limit-exceeded',
        message:
          'The CSV has more than 4 rows, the limit (maxRows); no row from line 5 on was read.',
      },
    ]);
  });

  it('reports maxColumns and maxSize with their own codes', () => {
    const wide = importResponses(csvOf(2), MAPPING, instrument(), { limits: { maxColumns: 1 } });
    expect(wide.issues.map((i) => [i.line, i.code])).toEqual([
      [1, 'columns-limit-exceeded'],
      [1, 'missing-header'],
    ]);
    const long = importResponses(csvOf(2), MAPPING, instrument(), { limits: { maxSize: 10 } });
    expect(long.issues.map((i) => [i.line, i.code])).toEqual([
      [1, 'size-limit-exceeded'],
      [1, 'missing-header'],
    ]);
    expect(long.issues[0]!.message).toContain('limit of 10 (maxSize)');
    expect(RESPONSE_IMPORT_LIMITS).toEqual({
      maxRows: 200_000,
      maxColumns: 10_000,
      maxSize: 134_217_728,
      maxIssues: 100,
    });
  });

  it('checks its arguments at the door and names the wrong one', () => {
    const csv = csvOf(1);
    expect(() => importResponses(csv, MAPPING, null as unknown as Instrument)).toThrow(
      new TypeError(
        'importResponses: instrument must be an instrument (an object with sections, as parseInstrument returns), got null.',
      ),
    );
    expect(() => importResponses(csv, MAPPING, {} as Instrument)).toThrow(
      /instrument must be an instrument .*got an object without sections/,
    );
    expect(() => importResponses(null as unknown as string, MAPPING, instrument())).toThrow(
      new TypeError('importResponses: csvText must be a string of CSV, got null.'),
    );
    expect(() => importResponses(csv, null as unknown as ResponseMapping, instrument())).toThrow(
      new TypeError('importResponses: mapping must be a response mapping object, got null.'),
    );
    expect(() => importResponses(csv, MAPPING, instrument(), { limits: { maxRows: -1 } })).toThrow(
      /Invalid import options at options\.limits\.maxRows/,
    );
  });
});
