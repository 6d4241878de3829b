import * as z from 'zod/mini';
import type { Framework } from '@competence-kit/schemas';
import type { TextEntry } from '@competence-kit/model';
import { collectTexts, localize, parseFramework } from '@competence-kit/model';
import { capIssuesByLine, parseCsv, restoreFormula } from '@competence-kit/model/csv';
import { textId } from './text-id.js';
import { TRANSLATION_COLUMNS, checked, localeTag } from './translations.js';

/** Options of {@link importTranslations}. */
export interface TranslationImportOptions {
  /** The locale the CSV was exported from, to notice changed sources. Default: `defaultLocale`. */
  source?: string;
  /**
   * How much of the CSV is read: `maxRows` (the header and blank lines included; default
   * 100,000, where a framework of 500 competences has about 3,000 texts) and `maxSize` (its
   * length in characters; default 16 Mi, 16,777,216). Past a limit the import stops with an
   * error, `rows-limit-exceeded` or `size-limit-exceeded`, that names it. `maxIssues` (default
   * 100) is the most issues described; the rest are counted in one `too-many-issues` issue.
   */
  limits?: { maxRows?: number; maxSize?: number; maxIssues?: number };
}

/** The default limits of {@link importTranslations}. */
export const TRANSLATION_IMPORT_LIMITS = Object.freeze({
  maxRows: 100_000,
  maxSize: 16_777_216,
  maxIssues: 100,
});

const limit = z.union([z.literal(Infinity), z.int().check(z.positive())]);
const ImportOptions = z.strictObject({
  source: z.optional(localeTag),
  limits: z.optional(
    z.strictObject({
      maxRows: z.optional(limit),
      maxSize: z.optional(limit),
      maxIssues: z.optional(limit),
    }),
  ),
});

const kind = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;

/** A problem found while importing a translation CSV. */
export interface TranslationIssue {
  /** The physical line of the CSV (1-based); 0 when no row is to blame. */
  line: number;
  /** The CSV column (1-based: 1 id, 2 path, 3 source, 4 translation), when one is to blame. */
  column?: number;
  /** For issues of the resulting framework: the JSON pointer into it. */
  path?: string;
  /** A stable kebab-case code, such as `unknown-path` or `unterminated-quote`. */
  code: string;
  message: string;
  /** `error`: the row was not applied, or the result is not valid. `warning`: applied; check it. */
  severity: 'error' | 'warning';
}

/** What {@link importTranslations} did. */
export interface TranslationImport {
  /** A copy of the framework with the translations applied; the input is not changed. */
  framework: Framework;
  /** Rows whose translation was written (new or different from before). */
  applied: number;
  /** Rows whose translation equals the text already there. */
  unchanged: number;
  /** Rows with an empty (or blank) translation cell; their texts were left as they were. */
  empty: number;
  /**
   * The problems in line order, at most `limits.maxIssues`, then one `too-many-issues` issue
   * that counts the rest (an `error` when any of them is).
   */
  issues: TranslationIssue[];
}

/** The delimiter of the header line: `,`, or `;` and tab as spreadsheets in some regions save. */
function detectDelimiter(csv: string): string {
  return /^\uFEFF?"?id"?\s*([,;\t])/i.exec(csv)?.[1] ?? ',';
}

const SAVE_AS_UTF8 =
  'the file was probably saved in another encoding than UTF-8. Save it as "CSV UTF-8" and import it again.';

const isBlank = (fields: string[]) => fields.every((f) => f.trim() === '');
const excerpt = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 59)}…` : text);

interface RowContext {
  framework: Framework;
  locale: string;
  source: string;
  byPath: Map<string, TextEntry>;
  pathOfId: Map<string, string>;
  seen: Map<string, number>;
  issues: TranslationIssue[];
  stats: { applied: number; unchanged: number; empty: number };
  appliedAt: Map<string, number>;
}

type ReportError = (code: string, message: string, column?: number) => void;

/** A row that names a text of the framework. */
interface LocatedRow {
  id: string;
  path: string;
  entry: TextEntry;
  sourceText: string;
  translation: string;
}

/** Finds the text a row is about, or reports why the row cannot be used. */
function locateRow(
  ctx: RowContext,
  line: number,
  fields: string[],
  error: ReportError,
): LocatedRow | undefined {
  if (fields.length !== TRANSLATION_COLUMNS.length) {
    error(
      'wrong-column-count',
      `Expected 4 columns (id, path, source, translation), found ${fields.length}.` +
        (fields.length > 4 ? ' A text with a comma must be in double quotes.' : ''),
    );
    return undefined;
  }
  const [rawId, rawPath, sourceText, translation] = fields as [string, string, string, string];
  const id = rawId.trim();
  const path = rawPath.trim();
  const entry = ctx.byPath.get(path);
  if (!entry) {
    const moved = ctx.pathOfId.get(id);
    error(
      'unknown-path',
      `"${path}" is not the path of a text in this framework.` +
        (moved ? ` The text "${id}" is now at ${moved}; export the CSV again.` : ''),
      2,
    );
    return undefined;
  }
  const earlier = ctx.seen.get(path);
  if (earlier !== undefined) {
    error(
      'duplicate-path',
      `${path} already appears on line ${earlier}; keep one row per text.`,
      2,
    );
    return undefined;
  }
  ctx.seen.set(path, line);
  const expected = textId(ctx.framework, path);
  if (id !== expected) {
    error(
      'id-mismatch',
      `The id "${id}" does not match ${path}, which is "${expected}" in this framework; the row was edited or the framework changed since the export.`,
      1,
    );
    return undefined;
  }
  return { id, path, entry, sourceText, translation };
}

/** Whether an encoding lost the translation's characters (then it is reported, not applied). */
function lostInEncoding(translation: string, source: string, error: ReportError): boolean {
  if (translation.includes('\uFFFD')) {
    error(
      'not-utf8',
      `The translation contains "\uFFFD", a character lost in decoding: ${SAVE_AS_UTF8}`,
      4,
    );
    return true;
  }
  const questionMarks = translation.match(/\?/g)?.length ?? 0;
  if (questionMarks >= 3 && !/\p{L}/u.test(translation) && /\p{L}/u.test(source)) {
    error(
      'lost-characters',
      `The translation has question marks where letters should be: ${SAVE_AS_UTF8}`,
      4,
    );
    return true;
  }
  return false;
}

function importRow(ctx: RowContext, line: number, fields: string[]): void {
  const error: ReportError = (code, message, column) =>
    ctx.issues.push({ line, ...(column ? { column } : {}), code, message, severity: 'error' });
  const row = locateRow(ctx, line, fields, error);
  if (!row) return;
  const { id, path, entry, sourceText, translation } = row;
  if (translation.trim() === '') {
    ctx.stats.empty++;
    return;
  }
  const current = localize(entry.text, ctx.source, { defaultLocale: ctx.framework.defaultLocale });
  if (lostInEncoding(translation, current, error)) return;
  if (sourceText !== current) {
    ctx.issues.push({
      line,
      column: 3,
      code: 'source-changed',
      message: `The source text of "${id}" changed since the export (now ${excerpt(current)}); the translation is taken over, check that it still fits.`,
      severity: 'warning',
    });
  }
  if (entry.text[ctx.locale] === translation) {
    ctx.stats.unchanged++;
    return;
  }
  entry.text[ctx.locale] = translation;
  ctx.stats.applied++;
  ctx.appliedAt.set(path, line);
}

/** The line of the row that set the text at `path` or at a pointer above it (one look-up per level). */
function appliedLine(appliedAt: Map<string, number>, path: string): number | undefined {
  for (let end = path.length; end > 0; end = path.lastIndexOf('/', end - 1)) {
    const line = appliedAt.get(path.slice(0, end));
    if (line !== undefined) return line;
  }
  return undefined;
}

/** Checks the header; returns the index of the first data record, or -1 to stop. */
function readHeader(
  records: { line: number; fields: string[] }[],
  issues: TranslationIssue[],
): number {
  const index = records.findIndex((r) => !isBlank(r.fields));
  const header = records[index];
  const firstIssue = issues[0]?.line ?? Infinity;
  if (!header) {
    if (issues.length === 0) {
      issues.push({
        line: 1,
        code: 'missing-header',
        message: `The file has no rows; expected the header ${TRANSLATION_COLUMNS.join(',')}.`,
        severity: 'error',
      });
    }
    return -1;
  }
  if (firstIssue < header.line) return -1;
  const names = header.fields.map((f) => f.trim().toLowerCase());
  if (names.join(',') === TRANSLATION_COLUMNS.join(',')) return index + 1;
  const looksLikeData = header.fields.length === 4 && header.fields[1]!.trim().startsWith('/');
  issues.push({
    line: header.line,
    code: looksLikeData ? 'missing-header' : 'invalid-header',
    message: looksLikeData
      ? `Line ${header.line} is a row of texts, but the file must start with the header ${TRANSLATION_COLUMNS.join(',')}.`
      : `Expected the header ${TRANSLATION_COLUMNS.join(',')}, found ${header.fields.join(',')}.`,
    severity: 'error',
  });
  return -1;
}

/**
 * Reads a translation CSV (as written by {@link exportTranslations}, possibly edited in a
 * spreadsheet) and writes its translations into a copy of the framework for `locale`.
 *
 * - A non-empty translation cell sets the text in `locale`; an empty or blank cell leaves the
 *   text as it is (counted in `empty`). Nothing is ever deleted.
 * - Errors (the row is not applied): malformed CSV (`unterminated-quote`, `invalid-quote`,
 *   `wrong-column-count`), `missing-header` / `invalid-header` (nothing is applied), a path
 *   that is not a text of the framework (`unknown-path`), a path that appears twice
 *   (`duplicate-path`, the later row), an id that does not match its path (`id-mismatch`).
 * - Errors for text an encoding lost: `not-utf8` (a file with NUL characters, or a translation
 *   with U+FFFD), `lost-characters` (a translation of only question marks where the source has
 *   letters, as a spreadsheet leaves after saving Cyrillic in a Western code page).
 * - Warning (the row is applied): the source text differs from the framework's now
 *   (`source-changed`), so a reviewer can check the translation still fits.
 * - The result is checked with `parseFramework`; its issues come back with their `path` and
 *   the line of the row that set the text.
 *
 * Every issue carries the physical CSV line (1-based), so a translator finds the row. Blank
 * rows are skipped. Separators `;` and tab are accepted when the header uses them.
 *
 * @param framework a framework that passed `parseFramework`; it is not modified.
 * @throws TypeError when `locale` or an option is not a canonical BCP 47 tag (a programmer error).
 * @example
 * ```ts
 * const result = importTranslations(framework, csvText, 'uk');
 * if (result.issues.some((i) => i.severity === 'error')) report(result.issues);
 * else save(result.framework);
 * ```
 */
export function importTranslations(
  framework: Framework,
  csvText: string,
  locale: string,
  options: TranslationImportOptions = {},
): TranslationImport {
  if (typeof framework !== 'object' || framework === null || Array.isArray(framework))
    throw new TypeError(
      `importTranslations: framework must be a framework object (one that passed parseFramework), got ${kind(framework)}.`,
    );
  if (typeof csvText !== 'string')
    throw new TypeError(
      `importTranslations: csvText must be a string of CSV, got ${kind(csvText)}.`,
    );
  checked(localeTag, locale, 'locale');
  const { source = framework.defaultLocale, limits } = checked(
    ImportOptions,
    options,
    'import options',
  );
  // Frameworks are JSON data, so a JSON round trip is a faithful deep copy.
  const copy = JSON.parse(JSON.stringify(framework)) as Framework;
  const texts = collectTexts(copy);
  const ctx: RowContext = {
    framework: copy,
    locale,
    source,
    byPath: new Map(texts.map((t) => [t.path, t])),
    pathOfId: new Map(texts.map((t) => [textId(copy, t.path), t.path])),
    seen: new Map(),
    issues: [],
    stats: { applied: 0, unchanged: 0, empty: 0 },
    appliedAt: new Map(),
  };
  if (csvText.includes('\u0000')) {
    // UTF-16 read as UTF-8: every other byte is zero. Nothing in it can be trusted.
    ctx.issues.push({
      line: 1,
      code: 'not-utf8',
      message: `The file contains NUL characters: ${SAVE_AS_UTF8}`,
      severity: 'error',
    });
    return { framework: copy, ...ctx.stats, issues: ctx.issues };
  }
  const delimiter = detectDelimiter(csvText);
  const { maxIssues, ...read } = { ...TRANSLATION_IMPORT_LIMITS, ...limits };
  const csv = parseCsv(csvText, {
    delimiter,
    limits: { ...read, maxIssues },
    skipBlankLines: true,
  });
  ctx.issues.push(...csv.issues.map((i) => ({ ...i, severity: 'error' as const })));
  const first = readHeader(csv.records, ctx.issues);
  if (first >= 0) {
    for (const { line, fields } of csv.records.slice(first)) {
      // exportTranslations neutralised formula-like texts; take exactly that quote away.
      if (!isBlank(fields)) importRow(ctx, line, fields.map(restoreFormula));
    }
  }
  if (ctx.stats.applied > 0) {
    const parsed = parseFramework(copy);
    if (!parsed.ok) {
      for (const issue of parsed.issues) {
        const line = appliedLine(ctx.appliedAt, issue.path);
        ctx.issues.push({
          line: line ?? 0,
          ...(line !== undefined ? { column: 4 } : {}),
          path: issue.path,
          code: issue.code,
          message: `The imported framework is not valid at ${issue.path}: ${issue.message}`,
          severity: 'error',
        });
      }
    }
  }
  return { framework: copy, ...ctx.stats, issues: capIssues(ctx.issues, maxIssues) };
}

/** Issues in line order, at most `maxIssues`, then one that counts the rest; limits always listed. */
function capIssues(issues: TranslationIssue[], maxIssues: number): TranslationIssue[] {
  return capIssuesByLine(issues, maxIssues, (count, line, cut) => ({
    line,
    code: 'too-many-issues',
    message: `${count.toLocaleString('en')} more issue(s) from line ${line} on are not listed, only counted: at most ${maxIssues} are (limits.maxIssues); fix the ones above and import again.`,
    severity: cut.some((i) => i.severity === 'error') ? 'error' : 'warning',
  }));
}
