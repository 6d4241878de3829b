/**
 * A small, strict RFC 4180 reader and writer, `@competence-kit/model/csv`. The reader keeps
 * fields byte for byte (nothing trimmed, line breaks inside quoted fields as they were), bounds
 * its work (rows, columns, length) and costs time linear in the text. The writer neutralises
 * cells a spreadsheet would run as formulas (see {@link neutraliseFormula}). One implementation
 * for every package that reads or writes CSV; it imports nothing, so it runs in Node, browsers
 * and workers.
 */
import { describeValue, neutraliseFormula } from './csv-formula.js';

export { neutraliseFormula, restoreFormula, isFormulaLike } from './csv-formula.js';

/** One record of a CSV file and the physical line (1-based) on which it starts. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * The codes of {@link CsvIssue}: two for malformed text, three for a limit reached (named like
 * the limits of the document parsers, `<what>-limit-exceeded`), and `too-many-issues` for the
 * malformed records past `maxIssues`, counted in one issue.
 */
export type CsvIssueCode =
  | 'unterminated-quote'
  | 'invalid-quote'
  | 'rows-limit-exceeded'
  | 'columns-limit-exceeded'
  | 'size-limit-exceeded'
  | 'too-many-issues';

/** A problem in the CSV text itself, at a physical line (1-based) and a field (1-based). */
export interface CsvIssue {
  line: number;
  column: number;
  code: CsvIssueCode;
  message: string;
  /** For `too-many-issues`: how many malformed records it counts. */
  count?: number;
}

/** What {@link parseCsv} read: the well-formed records and the problems of the others. */
export interface CsvParseResult {
  /** The records without problems, in file order. A malformed record is left out. */
  records: CsvRecord[];
  /**
   * One issue per malformed record, up to `maxIssues`, then one `too-many-issues` issue that
   * counts the rest; last, the issue of a limit that stopped the reader, if one did.
   */
  issues: CsvIssue[];
  /** How many malformed records were left out, listed among the issues or only counted. */
  skipped: number;
}

/** How much of a CSV {@link parseCsv} reads; each limit is a positive whole number or `Infinity`. */
export interface CsvLimits {
  /**
   * The most rows (records, blank lines and malformed ones included) read; past it the reader
   * stops with a `rows-limit-exceeded` issue at the first row not read. Default 1,000,000.
   */
  maxRows: number;
  /** The most fields in one row; a longer row stops the reader (`columns-limit-exceeded`). Default 10,000. */
  maxColumns: number;
  /**
   * The longest text read, in UTF-16 code units (`text.length`); a longer text is not read at
   * all (`size-limit-exceeded`). Default 134,217,728 (128 Mi).
   */
  maxSize: number;
  /**
   * The most malformed records described, one issue each; the rest are counted in one
   * `too-many-issues` issue (and in `skipped`). Default 100.
   */
  maxIssues: number;
}

/** Options of {@link parseCsv}: the delimiter, blank lines and the limits of the work it does. */
export interface CsvParseOptions {
  /** The field separator, one character other than a quote or line break. Default `,`. */
  delimiter?: string;
  /** Overrides of {@link CSV_LIMITS}. */
  limits?: Partial<CsvLimits>;
  /**
   * Give no record for a line with nothing on it (it still counts as a row for `maxRows`).
   * Default `false`: such a line is a record of one empty field.
   */
  skipBlankLines?: boolean;
}

/** The default limits of {@link parseCsv}. */
export const CSV_LIMITS: Readonly<CsvLimits> = Object.freeze({
  maxRows: 1_000_000,
  maxColumns: 10_000,
  maxSize: 134_217_728,
  maxIssues: 100,
});

/** Options of {@link formatCsv}. */
export interface CsvFormatOptions {
  /** The field separator. Default `,`. */
  delimiter?: string;
  /** The record separator. Default `\r\n`, as RFC 4180 says. */
  newline?: '\r\n' | '\n';
  /** Start with a UTF-8 byte order mark, so spreadsheet programs detect UTF-8. Default `false`. */
  bom?: boolean;
  /**
   * Write text cells that a spreadsheet would run as a formula with a leading `'`, quoted
   * ({@link neutraliseFormula}). Default `true`. Turn it off only for a file no spreadsheet
   * opens, such as a survey tool's own export format in a test.
   */
  neutraliseFormulas?: boolean;
}

const BOM = '\uFEFF';
const QUOTE = 34;
const CR = 13;
const LF = 10;

const isLimit = (n: unknown): n is number =>
  n === Infinity || (Number.isSafeInteger(n) && (n as number) > 0);

interface ReadOptions extends CsvLimits {
  delimiter: string;
  skipBlankLines: boolean;
}

function readOptions(options: unknown): ReadOptions {
  const given: CsvParseOptions =
    typeof options === 'string'
      ? { delimiter: options }
      : typeof options === 'object' && options !== null
        ? (options as CsvParseOptions)
        : options === undefined
          ? {}
          : fail(
              `parseCsv: options must be a delimiter or an options object, got ${describeValue(options)}.`,
            );
  const { delimiter = ',', skipBlankLines = false } = given;
  if (
    typeof delimiter !== 'string' ||
    delimiter.length !== 1 ||
    delimiter === '"' ||
    delimiter === '\r' ||
    delimiter === '\n'
  ) {
    throw new TypeError('The CSV delimiter must be one character other than a quote or newline.');
  }
  return { delimiter, skipBlankLines: skipBlankLines === true, ...readLimits(given.limits) };
}

function readLimits(asked: unknown = {}): CsvLimits {
  if (typeof asked !== 'object' || asked === null)
    fail(`parseCsv: options.limits must be an object, got ${describeValue(asked)}.`);
  const limits: CsvLimits = { ...CSV_LIMITS };
  for (const [key, value] of Object.entries(asked)) {
    if (!(key in CSV_LIMITS))
      fail(
        `parseCsv: options.limits.${key} is not a limit; the limits are ${Object.keys(CSV_LIMITS).join(', ')}.`,
      );
    if (value === undefined) continue;
    if (!isLimit(value))
      fail(
        `parseCsv: options.limits.${key} must be a positive whole number or Infinity, got ${describeValue(value)}.`,
      );
    limits[key as keyof CsvLimits] = value;
  }
  return limits;
}

function fail(message: string): never {
  throw new TypeError(message);
}

/** Line breaks in `text` from `from` to `to` (exclusive), CRLF counting as one. */
function countLines(text: string, from: number, to: number): number {
  let lines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) lines++;
    else if (c === CR) {
      lines++;
      if (text.charCodeAt(i + 1) === LF) i++;
    }
  }
  return lines;
}

const n = (value: number) => value.toLocaleString('en');

/**
 * Reads CSV text (RFC 4180): fields separated by the delimiter, records by CRLF, LF or CR;
 * a field in double quotes may hold the delimiter, line breaks and doubled quotes (`""`). A
 * leading byte order mark is dropped, and a line break at the very end does not start another
 * record. Line numbers count physical lines, so a quoted field that spans three lines moves the
 * count on by three. The second argument is the delimiter or {@link CsvParseOptions}.
 *
 * It never throws on its text: a quote inside an unquoted field, text after a closing quote and
 * a quote that is never closed are reported as issues and their records left out (counted in
 * `skipped`; past `limits.maxIssues` they are counted in one `too-many-issues` issue instead of
 * described one by one). It costs time linear in the text, and stops at its limits
 * (`limits.maxRows`, `maxColumns`, `maxSize`) with an issue that names the limit.
 *
 * @throws TypeError when `text` is not a string or an option is wrong (a programmer's mistake).
 * @example
 * ```ts
 * parseCsv('id,text\r\na,"x, ""y"""\r\n').records;
 * // [{ line: 1, fields: ['id', 'text'] }, { line: 2, fields: ['a', 'x, "y"'] }]
 * ```
 */
export function parseCsv(text: string, options: string | CsvParseOptions = {}): CsvParseResult {
  if (typeof text !== 'string')
    fail(`parseCsv: text must be a string of CSV, got ${describeValue(text)}.`);
  const { delimiter, maxRows, maxColumns, maxSize, maxIssues, skipBlankLines } =
    readOptions(options);
  const records: CsvRecord[] = [];
  // The issues of malformed records, at most maxIssues; the rest are only counted.
  const issues: CsvIssue[] = [];
  let skipped = 0;
  let cut = 0;
  let firstCut = 0;
  /** The result, with the count of the issues not listed and the issue that stopped the reader. */
  const done = (stop?: CsvIssue): CsvParseResult => {
    if (cut > 0) {
      const message = `${n(cut)} more malformed row(s) from line ${firstCut} on are not described, only counted: at most ${n(maxIssues)} are (maxIssues); fix the ones above and read the file again.`;
      issues.push({ line: firstCut, column: 1, code: 'too-many-issues', message, count: cut });
    }
    if (stop) issues.push(stop);
    return { records, issues, skipped };
  };
  /** A record left out for a quote out of place, described while fewer than maxIssues are. */
  const invalidQuote = (line: number, column: number, afterClosing: boolean) => {
    skipped++;
    if (issues.length >= maxIssues) {
      if (cut++ === 0) firstCut = line;
      return;
    }
    const message = afterClosing
      ? `Text follows the closing quote of column ${column}; inside a quoted field write a quote as "".`
      : `Column ${column} contains a quote but does not start with one; a field with quotes must be quoted as a whole, with each quote doubled ("").`;
    issues.push({ line, column, code: 'invalid-quote', message });
  };
  if (text.length > maxSize) {
    const message = `The CSV is ${n(text.length)} characters long, longer than the limit of ${n(maxSize)} (maxSize); nothing was read.`;
    return done({ line: 1, column: 1, code: 'size-limit-exceeded', message });
  }
  const input = text;
  const end = input.length;
  const d = delimiter.charCodeAt(0);
  let at = input.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let rows = 0;
  const find = (char: string, from: number) => {
    const found = input.indexOf(char, from);
    return found < 0 ? end : found;
  };
  let nextQuote = -1;
  let nextLF = -1;
  let nextCR = -1;

  while (at < end) {
    if (rows === maxRows) {
      const message = `The CSV has more than ${n(maxRows)} rows, the limit (maxRows); no row from line ${line} on was read.`;
      return done({ line, column: 1, code: 'rows-limit-exceeded', message });
    }
    rows++;
    const start = line;
    const first = input.charCodeAt(at);
    if (first === LF || first === CR) {
      // A blank line: no search, no slice and no split (a file of nothing but line breaks is
      // the cheapest way to ask for many records).
      at += first === CR && input.charCodeAt(at + 1) === LF ? 2 : 1;
      line++;
      if (!skipBlankLines) records.push({ line: start, fields: [''] });
      continue;
    }
    // A line without a quote (most lines of most files): its text split at the delimiter. The
    // next quote and line breaks are found once and kept until passed, so this stays linear.
    if (nextQuote < at) nextQuote = find('"', at);
    if (nextLF < at) nextLF = find('\n', at);
    if (nextCR < at) nextCR = find('\r', at);
    const lineEnd = nextLF < nextCR ? nextLF : nextCR;
    if (nextQuote >= lineEnd) {
      const fields = input.slice(at, lineEnd).split(delimiter);
      if (fields.length > maxColumns) {
        const message = `Line ${start} has more than ${n(maxColumns)} columns, the limit (maxColumns); no row from line ${start} on was read.`;
        return done({
          line: start,
          column: maxColumns + 1,
          code: 'columns-limit-exceeded',
          message,
        });
      }
      at = lineEnd;
      if (at < end) {
        at += input.charCodeAt(at) === CR && input.charCodeAt(at + 1) === LF ? 2 : 1;
        line++;
      }
      records.push({ line: start, fields });
      continue;
    }
    const fields: string[] = [];
    let broken = false;
    for (;;) {
      const column = fields.length + 1;
      if (column > maxColumns) {
        const message = `Line ${start} has more than ${n(maxColumns)} columns, the limit (maxColumns); no row from line ${start} on was read.`;
        return done({ line: start, column, code: 'columns-limit-exceeded', message });
      }
      let value: string;
      if (input.charCodeAt(at) === QUOTE) {
        // A quoted field: up to the first quote that is not doubled.
        const opened = line;
        let from = at + 1;
        let doubled = false;
        let close: number;
        for (;;) {
          close = input.indexOf('"', from);
          if (close < 0) {
            const message = `The quoted field that starts on line ${opened} (column ${column}) is never closed: a closing " is missing, so the rest of the file is part of this field.`;
            if (!broken) skipped++; // a record is counted once, whatever is wrong with it
            return done({ line: opened, column, code: 'unterminated-quote', message });
          }
          if (input.charCodeAt(close + 1) !== QUOTE) break;
          doubled = true;
          from = close + 2;
        }
        const raw = input.slice(at + 1, close);
        line += countLines(input, at + 1, close);
        value = doubled ? raw.replaceAll('""', '"') : raw;
        at = close + 1;
        const c = input.charCodeAt(at);
        if (at < end && c !== d && c !== CR && c !== LF) {
          // Text after the closing quote: skip it, and report the field.
          while (at < end) {
            const s = input.charCodeAt(at);
            if (s === d || s === CR || s === LF) break;
            at++;
          }
          if (!broken) invalidQuote(line, column, true);
          broken = true;
        }
      } else {
        const from = at;
        let quoted = false;
        while (at < end) {
          const c = input.charCodeAt(at);
          if (c === d || c === CR || c === LF) break;
          if (c === QUOTE) quoted = true;
          at++;
        }
        value = input.slice(from, at);
        if (quoted && !broken) invalidQuote(line, column, false);
        broken ||= quoted;
      }
      fields.push(value);
      // After a delimiter another field follows, an empty one at the very end.
      if (at >= end || input.charCodeAt(at) !== d) break;
      at++;
    }
    // The reader is at a line break or at the end.
    if (at < end) {
      at += input.charCodeAt(at) === CR && input.charCodeAt(at + 1) === LF ? 2 : 1;
      line++;
    }
    if (!broken) records.push({ line: start, fields });
  }
  return done();
}

/**
 * For an importer built on {@link parseCsv}: its issues (parseCsv's among them) in line order,
 * those of one line in their order, at most `maxIssues` of them, then one issue made by
 * `closing(count, line, cut)` that counts the rest from the first line not described (`cut`: the
 * issues left out, to read their severity, say). A
 * `too-many-issues` issue already in the list (parseCsv's) is folded into that count, and a limit
 * that stopped the reader (`rows-limit-exceeded`, `columns-limit-exceeded`, `size-limit-exceeded`)
 * is always listed, in its place.
 *
 * @example
 * ```ts
 * capIssuesByLine(issues, 100, (count, line) => ({ line, code: 'too-many-issues', message: `${count} more` }));
 * ```
 */
export function capIssuesByLine<T extends { line: number; code: string; count?: number }>(
  issues: readonly T[],
  maxIssues: number,
  closing: (count: number, line: number, cut: readonly T[]) => T,
): T[] {
  const listed: T[] = [];
  const cut: T[] = [];
  let described = 0;
  let count = 0;
  let line = Infinity;
  for (const issue of [...issues].sort((a, b) => a.line - b.line)) {
    if (STOPPING_CODES.has(issue.code)) listed.push(issue);
    else if (issue.code === 'too-many-issues' || described >= maxIssues) {
      count += issue.code === 'too-many-issues' ? (issue.count ?? 1) : 1;
      line = Math.min(line, issue.line);
      cut.push(issue);
    } else {
      listed.push(issue);
      described++;
    }
  }
  if (count > 0) listed.push(closing(count, line, cut));
  return listed;
}

/** The codes of a limit that stopped the reader: no row is to blame, and it is always listed. */
const STOPPING_CODES: ReadonlySet<string> = new Set<CsvIssueCode>([
  'rows-limit-exceeded',
  'columns-limit-exceeded',
  'size-limit-exceeded',
]);

const WHITE_EDGE = /^\s|\s$/;

function needsQuotes(field: string, delimiter: string): boolean {
  return (
    field.includes(delimiter) ||
    field.includes('"') ||
    field.includes('\r') ||
    field.includes('\n') ||
    // Some programs trim unquoted fields, and a leading BOM would be taken for the file's.
    field.startsWith(BOM) ||
    WHITE_EDGE.test(field)
  );
}

function formatCell(cell: string | number, delimiter: string, neutralise: boolean): string {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) fail(`formatCsv: a number cell must be finite, got ${cell}.`);
    // A number the caller wrote stays a number, negative ones included.
    return String(cell);
  }
  if (typeof cell !== 'string')
    fail(`formatCsv: a cell must be a string or a number, got ${describeValue(cell)}.`);
  const text = neutralise ? neutraliseFormula(cell) : cell;
  return text !== cell || needsQuotes(text, delimiter) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes records as CSV (RFC 4180). A field is quoted when it holds the delimiter, a quote, a
 * line break, leading or trailing white space, or starts with a byte order mark; quotes inside
 * are doubled. A record of a single empty field is written as `""` so that it is not a blank
 * line. Every record, the last included, ends with `newline`.
 *
 * Text cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a
 * tab, a carriage return, their full-width forms, or white space before one of them) are
 * written with a leading `'` and quoted, as OWASP advises ({@link neutraliseFormula}; reverse
 * it with {@link restoreFormula}). Number cells are written as numbers, `-3` included.
 *
 * @throws TypeError for a record without fields, which CSV cannot represent, or a cell that is
 * neither a string nor a finite number.
 * @example
 * ```ts
 * formatCsv([['id', 'text'], ['a', 'x, "y"'], ['b', '=1+1'], ['c', -2]]);
 * // 'id,text\r\na,"x, ""y"""\r\nb,"\'=1+1"\r\nc,-2\r\n'
 * ```
 */
export function formatCsv(
  rows: readonly (readonly (string | number)[])[],
  options: CsvFormatOptions = {},
): string {
  if (!Array.isArray(rows))
    fail(`formatCsv: rows must be an array of records, got ${describeValue(rows)}.`);
  const { delimiter = ',', newline = '\r\n', bom = false, neutraliseFormulas = true } = options;
  let out = bom ? BOM : '';
  for (const row of rows) {
    if (!Array.isArray(row) || row.length === 0)
      throw new TypeError('A CSV record needs at least one field.');
    if (row.length === 1 && row[0] === '') {
      out += `""${newline}`;
      continue;
    }
    out +=
      row.map((cell) => formatCell(cell, delimiter, neutraliseFormulas)).join(delimiter) + newline;
  }
  return out;
}
