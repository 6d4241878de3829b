/**
 * A small, strict RFC 4180 reader and writer, `@competence-kit/model/csv`. Fields are kept byte
 * for byte: nothing is trimmed, no quote is added to or removed from the text, and line breaks
 * inside quoted fields stay as they were (CRLF, LF or CR). One implementation for every package
 * that reads or writes CSV (translation files, survey exports); it imports nothing, so it runs in
 * Node, browsers and workers.
 */

/** One record of a CSV file and the physical line (1-based) on which it starts. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** A problem in the CSV text itself, at a physical line (1-based) and a field (1-based). */
export interface CsvIssue {
  line: number;
  column: number;
  code: 'unterminated-quote' | 'invalid-quote';
  message: string;
}

/** What {@link parseCsv} read: the well-formed records and the problems of the others. */
export interface CsvParseResult {
  /** The records without problems, in file order. A malformed record is left out. */
  records: CsvRecord[];
  issues: CsvIssue[];
}

/** Options of {@link formatCsv}. */
export interface CsvFormatOptions {
  /** The field separator. Default `,`. */
  delimiter?: string;
  /** The record separator. Default `\r\n`, as RFC 4180 says. */
  newline?: '\r\n' | '\n';
  /** Start with a UTF-8 byte order mark, so spreadsheet programs detect UTF-8. Default `false`. */
  bom?: boolean;
}

const BOM = '\uFEFF';

/**
 * Reads CSV text (RFC 4180): fields separated by `delimiter`, records by CRLF, LF or CR;
 * a field in double quotes may hold the delimiter, line breaks and doubled quotes (`""`). A
 * leading byte order mark is dropped, and a line break at the very end does not start another
 * record. Line numbers count physical lines, so a quoted field that spans three lines moves the
 * count on by three.
 *
 * It never throws: a quote inside an unquoted field, text after a closing quote and a quote
 * that is never closed are reported as issues and their records left out.
 *
 * @example
 * ```ts
 * parseCsv('id,text\r\na,"x, ""y"""\r\n').records;
 * // [{ line: 1, fields: ['id', 'text'] }, { line: 2, fields: ['a', 'x, "y"'] }]
 * ```
 */
export function parseCsv(text: string, delimiter = ','): CsvParseResult {
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\r' || delimiter === '\n') {
    throw new TypeError('The CSV delimiter must be one character other than a quote or newline.');
  }
  const cursor: Cursor = { input: text.startsWith(BOM) ? text.slice(1) : text, at: 0, line: 1 };
  const records: CsvRecord[] = [];
  const issues: CsvIssue[] = [];
  const { input } = cursor;

  while (cursor.at < input.length) {
    const start = cursor.line;
    const fields: string[] = [];
    let broken = false;
    for (;;) {
      const column = fields.length + 1;
      const field =
        input[cursor.at] === '"'
          ? readQuoted(cursor, delimiter, column)
          : readUnquoted(cursor, delimiter, column);
      if (field.issue?.code === 'unterminated-quote') {
        issues.push(field.issue);
        return { records, issues };
      }
      if (field.issue && !broken) issues.push(field.issue);
      broken ||= field.issue !== undefined;
      fields.push(field.value);
      // After a delimiter another field follows, an empty one at the very end.
      if (input[cursor.at] !== delimiter) break;
      cursor.at++;
    }
    // The cursor is at a line break or at the end.
    if (cursor.at < input.length) {
      cursor.at += input[cursor.at] === '\r' && input[cursor.at + 1] === '\n' ? 2 : 1;
      cursor.line++;
    }
    if (!broken) records.push({ line: start, fields });
  }
  return { records, issues };
}

/** Where the reader stands: the text, the position in it and the physical line. */
interface Cursor {
  readonly input: string;
  at: number;
  line: number;
}

interface Field {
  value: string;
  issue?: CsvIssue;
}

const endsField = (c: Cursor, delimiter: string) => {
  const ch = c.input[c.at];
  return ch === undefined || ch === delimiter || ch === '\r' || ch === '\n';
};

/** Reads a field that starts with a quote, up to the closing quote; counts the lines it spans. */
function readQuoted(c: Cursor, delimiter: string, column: number): Field {
  const opened = c.line;
  let value = '';
  c.at++;
  for (;;) {
    const ch = c.input[c.at];
    if (ch === undefined) {
      const message = `The quoted field that starts on line ${opened} (column ${column}) is never closed: a closing " is missing, so the rest of the file is part of this field.`;
      return { value, issue: { line: opened, column, code: 'unterminated-quote', message } };
    }
    if (ch === '"' && c.input[c.at + 1] === '"') {
      value += '"';
      c.at += 2;
    } else if (ch === '"') {
      c.at++;
      break;
    } else {
      const crlf = ch === '\r' && c.input[c.at + 1] === '\n';
      if (ch === '\r' || ch === '\n') c.line++;
      value += crlf ? '\r\n' : ch;
      c.at += crlf ? 2 : 1;
    }
  }
  if (endsField(c, delimiter)) return { value };
  // Text after the closing quote: skip it, and report the field.
  const line = c.line;
  while (!endsField(c, delimiter)) c.at++;
  const message = `Text follows the closing quote of column ${column}; inside a quoted field write a quote as "".`;
  return { value, issue: { line, column, code: 'invalid-quote', message } };
}

/** Reads a field that does not start with a quote; it may not contain one. */
function readUnquoted(c: Cursor, delimiter: string, column: number): Field {
  const from = c.at;
  while (!endsField(c, delimiter)) c.at++;
  const value = c.input.slice(from, c.at);
  if (!value.includes('"')) return { value };
  const message = `Column ${column} contains a quote but does not start with one; a field with quotes must be quoted as a whole, with each quote doubled ("").`;
  return { value, issue: { line: c.line, column, code: 'invalid-quote', message } };
}

function needsQuotes(field: string, delimiter: string): boolean {
  return (
    field.includes(delimiter) ||
    field.includes('"') ||
    field.includes('\r') ||
    field.includes('\n') ||
    // Some programs trim unquoted fields, and a leading BOM would be taken for the file's.
    field.startsWith(BOM) ||
    /^\s|\s$/.test(field)
  );
}

/**
 * Writes records as CSV (RFC 4180). A field is quoted when it holds the delimiter, a quote, a
 * line break, leading or trailing white space, or starts with a byte order mark; quotes inside
 * are doubled. A record of a single empty field is written as `""` so that it is not a blank
 * line. Every record, the last included, ends with `newline`.
 *
 * Text is never altered: formula-looking cells (`=SUM(A1)`) are written as they are (see the
 * README on spreadsheet formula injection).
 *
 * @throws TypeError for a record without fields, which CSV cannot represent.
 * @example
 * ```ts
 * formatCsv([['id', 'text'], ['a', 'x, "y"']]); // 'id,text\r\na,"x, ""y"""\r\n'
 * ```
 */
export function formatCsv(
  rows: readonly (readonly string[])[],
  options: CsvFormatOptions = {},
): string {
  const { delimiter = ',', newline = '\r\n', bom = false } = options;
  let out = bom ? BOM : '';
  for (const row of rows) {
    if (row.length === 0) throw new TypeError('A CSV record needs at least one field.');
    if (row.length === 1 && row[0] === '') {
      out += `""${newline}`;
      continue;
    }
    out +=
      row
        .map((field) => (needsQuotes(field, delimiter) ? `"${field.replace(/"/g, '""')}"` : field))
        .join(delimiter) + newline;
  }
  return out;
}
