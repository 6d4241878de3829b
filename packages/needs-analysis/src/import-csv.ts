import * as z from 'zod/mini';
import type { Answer, Framework, Instrument, Issue, Response } from '@competence-kit/schemas';
import { capIssuesByLine, parseCsv } from '@competence-kit/model/csv';
import type { CsvIssue, CsvParseResult, CsvRecord } from '@competence-kit/model/csv';
import { parseResponse } from '@competence-kit/scoring';
import type { CellIssue, Cells } from './import-csv-cells.js';
import { decodeAnswer, decodeField, decodeTimestamp } from './import-csv-cells.js';
import type { ResponseMapping } from './import-csv-mapping.js';
import { explainIssue, fieldPath } from './import-csv-mapping.js';
import type { MappingRules } from './import-csv-rules.js';
import { itemColumns } from './import-csv-items.js';
import { compileMapping } from './import-csv-rules.js';

/** A problem found while importing a survey export, at a physical line of the CSV (1-based). */
export interface ImportIssue {
  /**
   * The physical line: where the row starts (a quoted cell with line breaks spans several
   * lines), or for a malformed quote where it is; 1 for the header.
   */
  line: number;
  /** The header name of the column to blame, when there is one. */
  column?: string;
  /** A stable kebab-case code, such as `unknown-value` or `missing-column`. */
  code: string;
  message: string;
}

/** Options of {@link importResponses}. */
export interface ResponseImportOptions {
  /** The field separator: `,` (default), `;` (KoboToolbox and spreadsheets in many regions often use it) or a tab. */
  delimiter?: string;
  /** The framework, to check that each row's role profile exists in it. */
  framework?: Framework;
  /**
   * How much of the CSV is read (each a positive whole number or `Infinity`): `maxRows`, the
   * header and blank lines included (default 200,000), `maxColumns` in one row (default 10,000)
   * and `maxSize`, the text's length in characters (default 134,217,728, 128 Mi). Past a limit
   * the import stops with an issue that names it (`rows-limit-exceeded`,
   * `columns-limit-exceeded`, `size-limit-exceeded`); the rows before it are imported.
   * `maxIssues` (default 100) is the most issues described; the rest are counted in one
   * `too-many-issues` issue (every row not imported still counts in `skippedRows`).
   */
  limits?: { maxRows?: number; maxColumns?: number; maxSize?: number; maxIssues?: number };
}

/** The default limits of {@link importResponses}. */
export const RESPONSE_IMPORT_LIMITS = Object.freeze({
  maxRows: 200_000,
  maxColumns: 10_000,
  maxSize: 134_217_728,
  maxIssues: 100,
});

/** Issue codes of a limit reached: the reader stopped there, no row is to blame. */
const LIMIT_CODES: ReadonlySet<string> = new Set([
  'rows-limit-exceeded',
  'columns-limit-exceeded',
  'size-limit-exceeded',
]);

/** What {@link importResponses} read. */
export interface ResponseImport {
  /** One valid response per imported row, in file order. */
  responses: Response[];
  /**
   * The problems in line order, at most `limits.maxIssues` of them and then one
   * `too-many-issues` issue that counts the rest; a row with an issue is not imported.
   */
  issues: ImportIssue[];
  /** Rows not imported, each with at least one issue (a malformed record counts as one row). */
  skippedRows: number;
}

const limit = z.union([z.literal(Infinity), z.int().check(z.positive())]);
const Options = z.strictObject({
  delimiter: z.optional(
    z.string().check(
      z.length(1, 'Expected one character'),
      z.refine((d) => !'"\r\n'.includes(d), 'A quote or line break cannot separate fields'),
    ),
  ),
  framework: z.optional(z.custom<Framework>((v) => typeof v === 'object' && v !== null)),
  limits: z.optional(
    z.strictObject({
      maxRows: z.optional(limit),
      maxColumns: z.optional(limit),
      maxSize: z.optional(limit),
      maxIssues: z.optional(limit),
    }),
  ),
});

const blank = (record: CsvRecord) => record.fields.length === 1 && record.fields[0] === '';

/**
 * The header (the first record that is not a blank line) and the data rows after it. Without a
 * header when the file is empty, or when a malformed record comes first: that one was meant to be
 * the header.
 */
function splitHeader(csv: CsvParseResult): { header?: CsvRecord; rows: CsvRecord[] } {
  const records = csv.records.filter((record) => !blank(record));
  const first = records[0];
  const firstIssue = csv.issues[0]?.line ?? Infinity;
  return first && first.line < firstIssue
    ? { header: first, rows: records.slice(1) }
    : { rows: records };
}

/** Where each column the mapping names is, or the issues that stop the import. */
function readHeader(
  header: CsvRecord | undefined,
  csv: CsvParseResult,
  rules: MappingRules,
): { index: Map<string, number>; issues: ImportIssue[] } {
  const index = new Map<string, number>();
  if (!header) {
    const broken = csv.issues[0];
    const issue: ImportIssue = broken
      ? {
          line: broken.line,
          code: 'missing-header',
          message: `The header row cannot be read (see the issue on line ${broken.line}), so no row can be matched to its columns.`,
        }
      : {
          line: 1,
          code: 'missing-header',
          message: 'The file has no header row with the column names.',
        };
    return { index, issues: [issue] };
  }
  const { line } = header;
  const issues: ImportIssue[] = [];
  const named = new Set(rules.columns);
  header.fields.forEach((name, i) => {
    if (!index.has(name)) index.set(name, i);
    else if (named.has(name))
      issues.push({
        line,
        column: name,
        code: 'duplicate-column',
        message: `Column "${name}" appears more than once in the header, so it is not clear which one the mapping means.`,
      });
  });
  for (const column of rules.columns)
    if (!index.has(column))
      issues.push({
        line,
        column,
        code: 'missing-column',
        message: `The mapping reads column "${column}", which the header does not have; no row is imported until the mapping fits the export.`,
      });
  return { index, issues };
}

/** An issue of the CSV text itself; the column named from the header where it is known. */
function csvIssue(
  { line, column, code, message, count }: CsvIssue,
  header: readonly string[],
): ImportIssue & { count?: number } {
  // The reader's count of malformed rows it did not describe, folded into the import's own.
  if (code === 'too-many-issues') return { line, code, message, count };
  const name = LIMIT_CODES.has(code) ? undefined : header[column - 1];
  const rest =
    code === 'unterminated-quote'
      ? ` No row from line ${line} on was read.`
      : code === 'invalid-quote'
        ? ' The row is not imported.'
        : '';
  return { line, ...(name !== undefined ? { column: name } : {}), code, message: message + rest };
}

/** The column a response issue is about, from its JSON pointer into the response. */
function columnOf(path: string, rules: MappingRules): string | undefined {
  const [, top, index] = path.split('/');
  if (top === 'respondent') return rules.respondent;
  if (top === 'answers' && index !== undefined) {
    const rule = rules.items[Number(index)];
    return rule ? itemColumns(rule)[0] : undefined;
  }
  const field = [...rules.fields, ...rules.timestamps].find((f) => f.key === top);
  return field?.source.kind === 'column' ? field.source.column : undefined;
}

/** Reads one row into a response, or reports why it cannot be; `phase` also for a bad row. */
function readRow(
  cell: Cells,
  rules: MappingRules,
  instrument: Instrument,
  issues: CellIssue[],
): { response?: Response; phase: string | undefined } {
  const respondent = cell(rules.respondent);
  if (respondent === '')
    issues.push({
      column: rules.respondent,
      code: 'missing-value',
      message: `Column "${rules.respondent}" is empty; every response needs its respondent's pseudonym.`,
    });
  const fields: Partial<Record<string, string>> = {};
  for (const rule of rules.fields) fields[rule.key] = decodeField(rule, cell, issues);
  const times: Partial<Record<string, string>> = {};
  for (const rule of rules.timestamps) times[rule.key] = decodeTimestamp(rule, cell, issues);
  const answers: Answer[] = [];
  for (const rule of rules.items) {
    const answer = decodeAnswer(rule, cell, rules.skips, issues);
    if (answer) answers.push(answer);
  }
  const phase = fields.phase;
  if (issues.length > 0) return { phase };
  // In the order of the response schema; fields without a value are left out.
  const response = {
    instrument: { id: instrument.id, version: instrument.version },
    respondent,
  } as Response;
  for (const key of ['roleProfile', 'unit', 'territory', 'group'] as const)
    if (fields[key] !== undefined) response[key] = fields[key];
  response.phase = phase as Response['phase'];
  if (fields.locale !== undefined) response.locale = fields.locale;
  if (times.startedAt !== undefined) response.startedAt = times.startedAt;
  response.submittedAt = times.submittedAt!;
  response.answers = answers;
  return { response, phase };
}

/**
 * Imports questionnaire responses from a survey tool's CSV export (LimeSurvey, KoboToolbox and
 * the like): one row per respondent, one column per question, values as the tool codes them.
 * The `mapping` says which column holds what and how codes translate (see
 * {@link ResponseMapping}). Every row becomes a response in which every item of the instrument
 * appears, answered or skipped (an empty cell: skipped, reason `missing`), and which must pass
 * `parseResponse` from `@competence-kit/scoring`.
 *
 * Nothing is dropped without being reported: every issue carries the physical line of its row
 * (counting the line breaks inside quoted cells) and, where one is to blame, the column's name.
 * A row with an issue is not imported and counts in `skippedRows`; blank lines are ignored.
 * A header without a mapped column imports nothing. Never throws on the CSV text.
 *
 * @throws TypeError for a mapping that is malformed or does not fit the instrument, or bad
 * options (programmer errors); the message names the field.
 * @example
 * ```ts
 * const { responses, issues, skippedRows } = importResponses(csvText, mapping, instrument);
 * for (const i of issues) console.error(`line ${i.line}${i.column ? ` (${i.column})` : ''}: ${i.message}`);
 * ```
 */
export function importResponses(
  csvText: string,
  mapping: ResponseMapping,
  instrument: Instrument,
  options: ResponseImportOptions = {},
): ResponseImport {
  checkArguments(csvText, mapping, instrument);
  const parsedOptions = Options.safeParse(options);
  if (!parsedOptions.success) {
    const { path, message } = explainIssue(parsedOptions.error.issues[0]!);
    throw new TypeError(`Invalid import options at ${fieldPath(path, 'options')}: ${message}.`);
  }
  const rules = compileMapping(mapping, instrument);
  const limits = { ...RESPONSE_IMPORT_LIMITS, ...options.limits };
  const csv = parseCsv(csvText, {
    delimiter: options.delimiter ?? ',',
    limits,
    skipBlankLines: true,
  });
  const { header, rows } = splitHeader(csv);
  const issues: ImportIssue[] = csv.issues.map((issue) => csvIssue(issue, header?.fields ?? []));
  // Each record the CSV reader left out is a row not imported, but for a broken header (a
  // limit reached is no row: the rows after it were not read, so they are not counted).
  const headerBroken = !header && csv.skipped > 0;
  const broken = csv.skipped - (headerBroken ? 1 : 0);
  const { index, issues: headerIssues } = readHeader(header, csv, rules);
  const report = (all: ImportIssue[]) => capIssues(all, limits.maxIssues);
  if (!header || headerIssues.length > 0) {
    return {
      responses: [],
      issues: report([...issues, ...headerIssues]),
      skippedRows: broken + rows.length,
    };
  }

  const row: RowContext = {
    rules,
    instrument,
    framework: options.framework,
    width: header.fields.length,
    index,
    seen: new Map(),
  };
  const responses: Response[] = [];
  for (const record of rows) {
    const read = importRow(record, row);
    if ('response' in read) responses.push(read.response);
    else for (const issue of read.issues) issues.push(issue);
  }
  const skippedRows = broken + rows.length - responses.length;
  return { responses, issues: report(issues), skippedRows };
}

const kind = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;

/** The arguments that are not the CSV's content, checked before any work: a wrong one throws. */
function checkArguments(csvText: unknown, mapping: unknown, instrument: unknown): void {
  if (typeof csvText !== 'string')
    throw new TypeError(`importResponses: csvText must be a string of CSV, got ${kind(csvText)}.`);
  if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping))
    throw new TypeError(
      `importResponses: mapping must be a response mapping object, got ${kind(mapping)}.`,
    );
  const sections = (instrument as { sections?: unknown } | null)?.sections;
  if (typeof instrument !== 'object' || instrument === null || !Array.isArray(sections))
    throw new TypeError(
      `importResponses: instrument must be an instrument (an object with sections, as parseInstrument returns), got ${
        typeof instrument === 'object' && instrument !== null
          ? 'an object without sections'
          : kind(instrument)
      }.`,
    );
}

/** What every row is read with; `seen` holds the line of each respondent and phase so far. */
interface RowContext {
  rules: MappingRules;
  instrument: Instrument;
  framework: Framework | undefined;
  width: number;
  index: ReadonlyMap<string, number>;
  seen: Map<string, number>;
}

/** One data row: its valid response, or the issues that keep it out (at least one). */
function importRow(
  { line, fields }: CsvRecord,
  context: RowContext,
): { response: Response } | { issues: ImportIssue[] } {
  const { rules, width, index, seen } = context;
  if (fields.length !== width) {
    const message = `The row has ${fields.length} columns; the header has ${width}. A cell may hold a stray separator, or a quote may be missing.`;
    return { issues: [{ line, code: 'wrong-column-count', message }] };
  }
  const cell: Cells = (column) => fields[index.get(column)!]!;
  const cellIssues: CellIssue[] = [];
  const { response, phase } = readRow(cell, rules, context.instrument, cellIssues);
  const respondent = cell(rules.respondent);
  // The same respondent may answer in several phases (baseline and post in one export).
  const key = `${respondent}\u0000${phase ?? ''}`;
  const earlier = seen.get(key);
  if (respondent !== '' && earlier !== undefined)
    cellIssues.push({
      column: rules.respondent,
      code: 'duplicate-respondent',
      message: `Respondent "${respondent}" already has a row on line ${earlier} for this phase; keep one row per respondent and phase.`,
    });
  else if (respondent !== '') seen.set(key, line);
  if (!response || cellIssues.length > 0)
    return { issues: cellIssues.map((issue) => ({ line, ...issue })) };

  const parsed = parseResponse(response, context.instrument, context.framework);
  if (parsed.ok) return { response: parsed.value };
  return {
    issues: parsed.issues.map((issue: Issue) => {
      const column = columnOf(issue.path, rules);
      const where = column !== undefined ? `Column "${column}": ` : '';
      return {
        line,
        ...(column !== undefined ? { column } : {}),
        code: issue.code,
        message: where + issue.message,
      };
    }),
  };
}

/**
 * Issues in line order (those of one line in their order), at most `maxIssues`, then one
 * `too-many-issues` issue that counts the rest; a limit that stopped the reader is always listed.
 */
const capIssues = (issues: ImportIssue[], maxIssues: number): ImportIssue[] =>
  capIssuesByLine(issues, maxIssues, (count, line) => ({
    line,
    code: 'too-many-issues',
    message: `${count.toLocaleString('en')} more issue(s) from line ${line} on are not listed, only counted: at most ${maxIssues} are (limits.maxIssues); fix the ones above and import again.`,
  }));
