import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { formatCsv, parseCsv } from './csv.js';

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
  it('quotes only where needed and never changes the text', () => {
    expect(
      formatCsv([['id', 'text'], ['a', 'x, "y"'], ['b', '=SUM(A1)'], ['c', ' padded'], ['']]),
    ).toBe('id,text\r\na,"x, ""y"""\r\nb,=SUM(A1)\r\nc," padded"\r\n""\r\n');
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
    expect(parsed.records.map((r) => r.fields)).toEqual(rows);
    // Byte for byte: every field compares equal as UTF-8.
    parsed.records.forEach((r, i) =>
      r.fields.forEach((f, j) =>
        expect(Buffer.from(f, 'utf8').equals(Buffer.from(rows[i]![j]!, 'utf8'))).toBe(true),
      ),
    );
  });
});

describe('parseCsv(formatCsv(rows))', () => {
  const special = fc.constantFrom('"', ',', ';', '\t', '\r', '\n', '\r\n', ' ', '\uFEFF', '=');
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
          expect(parsed.records.map((r) => r.fields)).toEqual(input);
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
  it('imports nothing and uses no Node built-ins, so it runs in a browser or a worker', () => {
    const text = readFileSync(join(import.meta.dirname, 'csv.ts'), 'utf8');
    expect(text).not.toMatch(/^\s*import\b|\bimport\(|\brequire\(/m);
    expect(text).not.toMatch(/\bprocess\.|\bBuffer\b|\bglobalThis\b/);
  });
});
