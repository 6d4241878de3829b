/**
 * `@competence-kit/model/moodle`: a framework to and from the CSV of Moodle's competency
 * framework import tool (`admin/tool/lpimportcsv`, "Import competency framework"), one file per
 * locale, and the role profiles as learning-plan templates.
 *
 * The file has 14 columns (the tool's own header names, in this order): Parent ID number, ID
 * number, Short name, Description, Description format, Scale values, Scale configuration, Rule
 * type (optional), Rule outcome (optional), Rule config (optional), Cross-referenced competency ID
 * numbers, Exported ID (optional), Is framework, Taxonomy. One row is the framework (Is framework
 * = 1; its Scale values are the scale's names, comma-separated, its Scale configuration the JSON
 * Moodle keeps: `[{"scaleid":"…"},{"id":1,"scaledefault":1,"proficient":0},…]`, its Taxonomy the
 * term for each depth). Every other row is a competency under a parent (by ID number, empty at
 * the top). Related ID numbers are comma-separated with a comma inside one written `%2C`.
 *
 * Our export writes three depths — domains (taxonomy `domain`), competences (`competency`) and
 * one row per level descriptor (`level`, ID number `<competence id>/<level id>`) — so that
 * importing it back gives every id, edge, level and text of the exported locale. Importing a
 * framework someone made in Moodle maps its depths the same way and reports what has no place
 * in our model. No I/O and no Node-only code: it runs in browsers too.
 *
 * @packageDocumentation
 */
import type {
  Competence,
  Dimension,
  Domain,
  Framework,
  LocalizedText,
  ProficiencyLevel,
  RoleProfile,
} from '@competence-kit/schemas';
import { formatCsv, parseCsv, restoreFormula, type CsvLimits } from './csv.js';
import { escapeHtml, htmlToText, textToHtml, type HtmlTextNotes } from './html-text.js';
import { KEBAB, LOCALE, URI, kebab, uniqueId } from './imported-ids.js';

/** The tool's 14 column headers, in its order. */
export const MOODLE_COLUMNS = Object.freeze([
  'Parent ID number',
  'ID number',
  'Short name',
  'Description',
  'Description format',
  'Scale values',
  'Scale configuration',
  'Rule type (optional)',
  'Rule outcome (optional)',
  'Rule config (optional)',
  'Cross-referenced competency ID numbers',
  'Exported ID (optional)',
  'Is framework',
  'Taxonomy',
] as const);

const enum Col {
  Parent,
  Id,
  ShortName,
  Description,
  Format,
  ScaleValues,
  ScaleConfiguration,
  RuleType,
  RuleOutcome,
  RuleConfig,
  Related,
  ExportId,
  IsFramework,
  Taxonomy,
}

/** Moodle's text formats (`descriptionformat`). */
const FORMAT = { moodle: 0, html: 1, plain: 2, markdown: 4 } as const;

/** Moodle keeps ID numbers and short names to 100 characters. */
const MOODLE_MAX = 100;
/** The ID number of a level descriptor row: competence id, this separator, level id. */
const LEVEL_SEPARATOR = '/';

/** Options of {@link exportMoodleCsv} and {@link exportMoodleTemplates}. */
export interface MoodleExportOptions {
  /** The locale whose texts the file holds. Default: the framework's default locale. */
  locale?: string;
  /**
   * The first level Moodle counts as proficient (`proficient` in the scale configuration);
   * the levels from it up are. Default: the scale's second level (the first when it has one).
   */
  proficientFrom?: string;
}

/** Why a framework cannot be written as the tool's CSV. */
export class MoodleExportError extends Error {
  constructor(
    message: string,
    /** The JSON pointer, in the framework, of what cannot be written. */
    readonly path: string,
  ) {
    super(message);
    this.name = 'MoodleExportError';
  }
}

function textIn(text: LocalizedText | undefined, locale: string, path: string): string {
  const value = text?.[locale];
  if (typeof value !== 'string')
    throw new MoodleExportError(`${path} has no "${locale}" text to export.`, path);
  return value;
}

function localeOf(framework: Framework, options: MoodleExportOptions): string {
  const locale = options.locale ?? framework.defaultLocale;
  if (!framework.locales.includes(locale))
    throw new MoodleExportError(
      `The framework is not written in "${locale}": it has ${framework.locales.join(', ')}.`,
      '/locales',
    );
  return locale;
}

function checkLength(value: string, what: string, path: string) {
  if (value.length > MOODLE_MAX)
    throw new MoodleExportError(
      `${what} is ${value.length} characters long; Moodle keeps ${MOODLE_MAX} (it would cut it, and the import would no longer match): "${value.slice(0, 40)}…".`,
      path,
    );
}

/** The scale's names for Moodle (comma-separated, so a name cannot hold a comma). */
function scaleValues(levels: readonly ProficiencyLevel[], locale: string): string {
  return levels
    .map((level, i) => {
      const title = textIn(level.title, locale, `/scale/levels/${i}/title`);
      if (title.includes(','))
        throw new MoodleExportError(
          `The level title "${title}" holds a comma, which Moodle's scale values use to separate the levels.`,
          `/scale/levels/${i}/title/${locale}`,
        );
      return title;
    })
    .join(',');
}

/**
 * The framework as the CSV of Moodle's competency framework import tool, in one locale (see
 * the module comment for the layout). Texts are written as HTML (format 1). Cells a spreadsheet
 * would run as a formula are written with a leading `'` ({@link formatCsv}); the import removes
 * it again. Throws a {@link MoodleExportError} naming the path when something cannot be written
 * faithfully: a missing text in the locale, an id or title over Moodle's 100 characters, a
 * comma in a level title.
 *
 * @example
 * ```ts
 * const csv = exportMoodleCsv(framework, { locale: 'de' });
 * // Site administration > Competencies > Import competency framework
 * ```
 */
export function exportMoodleCsv(framework: Framework, options: MoodleExportOptions = {}): string {
  const locale = localeOf(framework, options);
  const levels = framework.scale.levels;
  const proficientFrom =
    options.proficientFrom === undefined
      ? Math.min(1, levels.length - 1)
      : levels.findIndex((l) => l.id === options.proficientFrom);
  if (proficientFrom < 0)
    throw new MoodleExportError(
      `proficientFrom "${options.proficientFrom}" is not a level of the framework's scale.`,
      '/scale/levels',
    );
  const configuration = JSON.stringify([
    { scaleid: '0' },
    ...levels.map((_, i) => ({
      id: i + 1,
      scaledefault: i === 0 ? 1 : 0,
      proficient: i >= proficientFrom ? 1 : 0,
    })),
  ]);
  checkLength(framework.id, 'The framework id', '/id');
  const title = textIn(framework.title, locale, '/title');
  checkLength(title, 'The framework title', `/title/${locale}`);
  const html = (text: LocalizedText | undefined, path: string) =>
    text === undefined ? '' : textToHtml(textIn(text, locale, path));
  const rows: string[][] = [[...MOODLE_COLUMNS]];
  const row = (cells: Partial<Record<Col, string>>) =>
    rows.push(MOODLE_COLUMNS.map((_, i) => cells[i as Col] ?? ''));
  row({
    [Col.Id]: framework.id,
    [Col.ShortName]: title,
    [Col.Description]: html(framework.description, '/description'),
    [Col.Format]: String(FORMAT.html),
    [Col.ScaleValues]: scaleValues(levels, locale),
    [Col.ScaleConfiguration]: configuration,
    [Col.IsFramework]: '1',
    [Col.Taxonomy]: 'domain,competency,level',
  });
  framework.domains.forEach((domain, d) => {
    const name = textIn(domain.title, locale, `/domains/${d}/title`);
    checkLength(name, 'A domain title', `/domains/${d}/title/${locale}`);
    row({
      [Col.Id]: domain.id,
      [Col.ShortName]: name,
      [Col.Description]: html(domain.description, `/domains/${d}/description`),
      [Col.Format]: String(FORMAT.html),
    });
    framework.competences.forEach((competence, c) => {
      if (competence.domain !== domain.id) return;
      const at = `/competences/${c}`;
      const name = textIn(competence.title, locale, `${at}/title`);
      checkLength(name, 'A competence title', `${at}/title/${locale}`);
      row({
        [Col.Parent]: domain.id,
        [Col.Id]: competence.id,
        [Col.ShortName]: name,
        [Col.Description]: html(competence.description, `${at}/description`),
        [Col.Format]: String(FORMAT.html),
      });
      levels.forEach((level, l) => {
        const descriptor = competence.descriptors[level.id];
        if (descriptor === undefined) return;
        const id = `${competence.id}${LEVEL_SEPARATOR}${level.id}`;
        checkLength(id, 'A descriptor id', `${at}/descriptors/${level.id}`);
        row({
          [Col.Parent]: competence.id,
          [Col.Id]: id,
          [Col.ShortName]: textIn(level.title, locale, `/scale/levels/${l}/title`),
          [Col.Description]: html(descriptor, `${at}/descriptors/${level.id}`),
          [Col.Format]: String(FORMAT.html),
        });
      });
    });
  });
  return formatCsv(rows, { newline: '\n' });
}

/** The columns of a learning-plan template file ({@link exportMoodleTemplates}). */
export const MOODLE_TEMPLATE_COLUMNS = Object.freeze([
  'Short name',
  'Description',
  'Description format',
  'Competency Framework ID Number',
  'Cross-referenced competency ID numbers',
] as const);

/**
 * The role profiles as Moodle learning-plan templates, one row each: the role's title, a
 * description listing its target level per competence (HTML), the framework's ID number and the
 * ID numbers of the competences it targets. Moodle's core has no import of templates; this is
 * the CSV of the "Learning plan template manager" admin tool (`tool_lptmanager`), and the same
 * table documents, for a site without it, which templates to create by hand.
 *
 * @example
 * ```ts
 * const templates = exportMoodleTemplates(framework, { locale: 'it' });
 * ```
 */
export function exportMoodleTemplates(
  framework: Framework,
  options: MoodleExportOptions = {},
): string {
  const locale = localeOf(framework, options);
  const competences = new Map(framework.competences.map((c) => [c.id, c]));
  const levels = new Map(framework.scale.levels.map((l) => [l.id, l]));
  const rows: string[][] = [[...MOODLE_TEMPLATE_COLUMNS]];
  (framework.roleProfiles ?? []).forEach((role: RoleProfile, r) => {
    const at = `/roleProfiles/${r}`;
    const targets = Object.entries(role.targets).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && competences.has(entry[0]),
    );
    const list = targets
      .map(([id, level]) => {
        const competence = competences.get(id)!;
        const target = levels.get(level);
        const name = textIn(competence.title, locale, `/competences/${id}/title`);
        const levelName = target ? textIn(target.title, locale, '/scale/levels') : level;
        return `<li>${escapeHtml(name)}: ${escapeHtml(levelName)}</li>`;
      })
      .join('');
    const description =
      (role.description ? textToHtml(textIn(role.description, locale, `${at}/description`)) : '') +
      `<ul>${list}</ul>`;
    rows.push([
      textIn(role.title, locale, `${at}/title`),
      description,
      String(FORMAT.html),
      framework.id,
      targets.map(([id]) => id.replaceAll(',', '%2C')).join(','),
    ]);
  });
  return formatCsv(rows, { newline: '\n' });
}

// --- Import --------------------------------------------------------------------------------

/** A problem that stops an import: where in the file and what was expected. */
export interface MoodleImportIssue {
  /** The physical line (1-based) of the row. */
  line: number;
  /** The column (1-based), when one cell is at fault. */
  column?: number;
  code:
    | 'malformed-csv'
    | 'missing-columns'
    | 'no-framework-row'
    | 'two-framework-rows'
    | 'missing-id-number'
    | 'duplicate-id-number'
    | 'missing-short-name'
    | 'unknown-parent'
    | 'unreachable'
    | 'no-scale'
    | 'no-competences';
  message: string;
}

/** Something of the file that has no place in our model, or was changed to fit it. */
export interface MoodleImportNote {
  line: number;
  code:
    | 'positional-columns'
    | 'id-changed'
    | 'framework-id-made'
    | 'domain-made'
    | 'dimension-assumed'
    | 'descriptor-missing'
    | 'rule-not-imported'
    | 'related-not-imported'
    | 'competency-scale-not-imported'
    | 'deeper-levels-not-imported'
    | 'markup-dropped'
    | 'title-shortened';
  message: string;
}

/** Options of {@link importMoodleCsv}. */
export interface MoodleImportOptions {
  /** The locale the file's texts are in (a BCP 47 tag). */
  locale: string;
  /** The framework's version. Default `1.0.0`. */
  version?: string;
  /** The dimension of every competence (Moodle has none). Default `skills`, noted. */
  dimension?: Dimension;
  /** Limits of the CSV reader (rows, columns, size). */
  limits?: Partial<CsvLimits>;
}

export type MoodleImportResult =
  | { ok: true; framework: Framework; notes: MoodleImportNote[] }
  | { ok: false; issues: MoodleImportIssue[] };

interface Row {
  line: number;
  cells: string[];
  children: Row[];
  depth: number;
}

/**
 * Reads the CSV of Moodle's competency framework import tool into a framework in one locale:
 * ours exported by {@link exportMoodleCsv}, or one made in Moodle by others.
 *
 * - Columns by the tool's header names (any order); a file whose 14 headers are named
 *   otherwise (a translated Moodle) is read by position, noted.
 * - The framework row gives the framework (its ID number, when not already a URI, becomes
 *   `urn:moodle:competency-framework:<ID number>`) and the scale: Scale values become the
 *   levels in their order.
 * - Depth 1 becomes the domains, depth 2 the competences, depth 3 the level descriptors (by the
 *   level id after `/` in their ID number, else by their Short name matching a level, else by
 *   position when a competence has one child per level). A framework with one depth gets one
 *   domain made from its name. Deeper rows, rules, cross-references and per-competency scales
 *   have no place in our model: each is noted with its line.
 * - Descriptions in HTML (format 0 or 1) become plain text (see `htmlToText`); Markdown and
 *   plain text are kept.
 * - ID numbers that are not ids of ours become kebab-case ids (noted); a level without a
 *   descriptor gets the competence's title and the level's name as a placeholder (noted).
 *
 * A file that cannot be read gives issues with the line (and column) and what was expected;
 * nothing throws. The framework returned passes `parseFramework`.
 *
 * @example
 * ```ts
 * const result = importMoodleCsv(text, { locale: 'en' });
 * if (result.ok) console.table(result.notes);
 * else console.table(result.issues);
 * ```
 */
export function importMoodleCsv(text: string, options: MoodleImportOptions): MoodleImportResult {
  if (typeof text !== 'string')
    throw new TypeError(`importMoodleCsv: expected the CSV as a string, got ${typeof text}.`);
  if (typeof options?.locale !== 'string' || !LOCALE.test(options.locale))
    throw new TypeError(
      `importMoodleCsv: options.locale must be a BCP 47 language tag such as "en" or "de-AT", got ${JSON.stringify(options?.locale)}.`,
    );
  const locale = options.locale;
  const issues: MoodleImportIssue[] = [];
  const notes: MoodleImportNote[] = [];
  const parsed = parseCsv(text.startsWith('\uFEFF') ? text.slice(1) : text, {
    skipBlankLines: true,
    ...(options.limits && { limits: options.limits }),
  });
  for (const issue of parsed.issues)
    issues.push({
      line: issue.line,
      column: issue.column,
      code: 'malformed-csv',
      message: issue.message,
    });
  // A file with broken records is read no further: what a broken record would have held
  // (a framework row, a parent) would make every later finding a guess.
  if (issues.length > 0) return { ok: false, issues };
  const [header, ...records] = parsed.records;
  if (!header) {
    issues.push({
      line: 1,
      code: 'missing-columns',
      message: `The file is empty; expected a header row with the ${MOODLE_COLUMNS.length} columns of Moodle's competency framework import (${MOODLE_COLUMNS.join(', ')}).`,
    });
    return { ok: false, issues };
  }
  // Columns by name, or by position when a 14-column header is named otherwise.
  const named = header.fields.map((f) => f.trim().toLowerCase());
  let at = MOODLE_COLUMNS.map((name) => named.indexOf(name.toLowerCase()));
  const missing = MOODLE_COLUMNS.filter((_, i) => at[i]! < 0);
  if (missing.length > 0) {
    if (header.fields.length === MOODLE_COLUMNS.length) {
      at = MOODLE_COLUMNS.map((_, i) => i);
      notes.push({
        line: header.line,
        code: 'positional-columns',
        message: `The header does not name the columns as Moodle's English import does (missing ${missing.map((m) => `"${m}"`).join(', ')}); its 14 columns are read in the tool's order.`,
      });
    } else {
      issues.push({
        line: header.line,
        code: 'missing-columns',
        message: `The header lacks ${missing.map((m) => `"${m}"`).join(', ')}; expected the ${MOODLE_COLUMNS.length} columns of Moodle's competency framework import.`,
      });
      return { ok: false, issues };
    }
  }
  const cell = (record: { fields: string[] }, c: Col) => record.fields[at[c]!] ?? '';
  const text_ = (record: { fields: string[] }, c: Col) => restoreFormula(cell(record, c));

  let frameworkRow: { line: number; fields: string[] } | undefined;
  const rows = new Map<string, Row>();
  const order: Row[] = [];
  for (const record of records) {
    if (record.fields.every((f) => f.trim() === '')) continue;
    const truthy = ['1', 'true', 'yes'].includes(
      cell(record, Col.IsFramework).trim().toLowerCase(),
    );
    if (truthy) {
      if (frameworkRow)
        issues.push({
          line: record.line,
          column: at[Col.IsFramework]! + 1,
          code: 'two-framework-rows',
          message: `A second framework row (the first is on line ${frameworkRow.line}); a file holds one framework.`,
        });
      else frameworkRow = record;
      continue;
    }
    const id = text_(record, Col.Id).trim();
    if (id === '') {
      issues.push({
        line: record.line,
        column: at[Col.Id]! + 1,
        code: 'missing-id-number',
        message: 'The competency has no ID number; Moodle needs one to place it and its children.',
      });
      continue;
    }
    if (text_(record, Col.ShortName).trim() === '')
      issues.push({
        line: record.line,
        column: at[Col.ShortName]! + 1,
        code: 'missing-short-name',
        message: `Competency "${id}" has no short name.`,
      });
    const earlier = rows.get(id);
    if (earlier) {
      issues.push({
        line: record.line,
        column: at[Col.Id]! + 1,
        code: 'duplicate-id-number',
        message: `ID number "${id}" is used twice (first on line ${earlier.line}).`,
      });
      continue;
    }
    const row: Row = { line: record.line, cells: record.fields, children: [], depth: 0 };
    rows.set(id, row);
    order.push(row);
  }
  if (!frameworkRow) {
    issues.push({
      line: header.line,
      code: 'no-framework-row',
      message:
        'No row is the framework: expected one row with "Is framework" = 1 (its ID number, name and scale).',
    });
    return { ok: false, issues };
  }
  // The tree: parents by ID number; a cycle or a missing parent leaves rows out of it.
  const roots: Row[] = [];
  for (const row of order) {
    const parent = text_({ fields: row.cells }, Col.Parent).trim();
    if (parent === '') roots.push(row);
    else {
      const found = rows.get(parent);
      if (!found)
        issues.push({
          line: row.line,
          column: at[Col.Parent]! + 1,
          code: 'unknown-parent',
          message: `Parent ID number "${parent}" is no competency of the file.`,
        });
      else found.children.push(row);
    }
  }
  const reached = new Set<Row>();
  const stack: Row[] = roots.map((r) => ((r.depth = 1), r));
  while (stack.length > 0) {
    const row = stack.pop()!;
    reached.add(row);
    for (const child of row.children) {
      child.depth = row.depth + 1;
      stack.push(child);
    }
  }
  for (const row of order)
    if (!reached.has(row) && rows.get(text_({ fields: row.cells }, Col.Parent).trim()))
      issues.push({
        line: row.line,
        column: at[Col.Parent]! + 1,
        code: 'unreachable',
        message: `Competency "${text_({ fields: row.cells }, Col.Id)}" is its own ancestor (its parents form a circle), so it hangs under nothing.`,
      });
  const scaleNames = text_(frameworkRow, Col.ScaleValues)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (scaleNames.length < 2)
    issues.push({
      line: frameworkRow.line,
      column: at[Col.ScaleValues]! + 1,
      code: 'no-scale',
      message: `The framework row has ${scaleNames.length === 0 ? 'no Scale values' : 'a scale of one value'}; expected the names of its scale, two or more, comma-separated (for example "Not yet competent,Competent").`,
    });
  if (order.length === 0)
    issues.push({
      line: frameworkRow.line,
      code: 'no-competences',
      message: 'The file has a framework row and no competency.',
    });
  if (issues.length > 0) return { ok: false, issues };

  // --- Mapping ---
  const cellOf = (row: Row, c: Col) => text_({ fields: row.cells }, c);
  const describe = (format: string, value: string, line: number): string => {
    const f = Number(format.trim() === '' ? FORMAT.html : format);
    if (f !== FORMAT.html && f !== FORMAT.moodle) return value.trim();
    const dropped: HtmlTextNotes = { dropped: [] };
    const plain = htmlToText(value, dropped);
    if (dropped.dropped.length > 0)
      notes.push({
        line,
        code: 'markup-dropped',
        message: `The description's ${dropped.dropped.map((d) => `<${d}>`).join(', ')} had no text to keep and was left out.`,
      });
    return plain;
  };
  const used = new Set<string>();
  const idFor = (raw: string, line: number, fallback: string): string => {
    const id = uniqueId(used, raw, fallback);
    if (id !== raw)
      notes.push({
        line,
        code: 'id-changed',
        message: `ID number "${raw}" is not an id of ours (lowercase letters, digits and single hyphens, starting with a letter): it becomes "${id}".`,
      });
    return id;
  };
  const note = (row: Row, code: MoodleImportNote['code'], message: string) =>
    notes.push({ line: row.line, code, message });

  // The scale: level ids from our descriptor rows' ID numbers when they agree, else from names.
  const levelIdsFromRows = new Map<number, string>();
  for (const row of order) {
    if (row.depth !== 3) continue;
    const raw = cellOf(row, Col.Id);
    const cut = raw.lastIndexOf(LEVEL_SEPARATOR);
    const name = cellOf(row, Col.ShortName).trim();
    const position = scaleNames.indexOf(name);
    if (cut > 0 && position >= 0 && KEBAB.test(raw.slice(cut + 1)))
      levelIdsFromRows.set(position, raw.slice(cut + 1));
  }
  const levelIds = new Set<string>();
  const levels: ProficiencyLevel[] = scaleNames.map((name, i) => {
    let id = levelIdsFromRows.get(i) ?? kebab(name, 'level');
    while (levelIds.has(id)) id = `${id}-${i + 1}`;
    levelIds.add(id);
    return { id, rank: i + 1, title: { [locale]: name } };
  });

  // The framework.
  const rawFrameworkId = text_(frameworkRow, Col.Id).trim();
  let frameworkId = rawFrameworkId;
  if (!URI.test(rawFrameworkId)) {
    frameworkId = `urn:moodle:competency-framework:${encodeURIComponent(rawFrameworkId || text_(frameworkRow, Col.ShortName).trim() || 'imported')}`;
    notes.push({
      line: frameworkRow.line,
      code: 'framework-id-made',
      message: `The framework's ID number "${rawFrameworkId}" is not a URI: the framework's id becomes "${frameworkId}".`,
    });
  }
  const frameworkName = text_(frameworkRow, Col.ShortName).trim() || rawFrameworkId;
  const frameworkDescription = describe(
    cell(frameworkRow, Col.Format),
    text_(frameworkRow, Col.Description),
    frameworkRow.line,
  );

  const domains: Domain[] = [];
  const competences: Competence[] = [];
  const dimension = options.dimension ?? 'skills';
  let dimensionNoted = false;
  const addCompetence = (row: Row, domain: string) => {
    const id = idFor(cellOf(row, Col.Id).trim(), row.line, 'competence');
    const title = cellOf(row, Col.ShortName).trim();
    const description = describe(cellOf(row, Col.Format), cellOf(row, Col.Description), row.line);
    if (cellOf(row, Col.RuleType).trim() !== '')
      note(
        row,
        'rule-not-imported',
        `The completion rule "${cellOf(row, Col.RuleType).trim()}" is Moodle's own and is not imported.`,
      );
    if (cellOf(row, Col.ScaleValues).trim() !== '')
      note(
        row,
        'competency-scale-not-imported',
        `The competency's own scale "${cellOf(row, Col.ScaleValues).trim()}" is not imported: every competence uses the framework's scale.`,
      );
    const descriptors: Record<string, LocalizedText> = {};
    const children = row.children;
    const matched = new Set<Row>();
    for (const child of children) {
      const raw = cellOf(child, Col.Id);
      const cut = raw.lastIndexOf(LEVEL_SEPARATOR);
      const byId = cut > 0 ? raw.slice(cut + 1) : undefined;
      const byName = levels.find((l) => l.title[locale] === cellOf(child, Col.ShortName).trim());
      const level = levels.find((l) => l.id === byId) ?? byName;
      if (level && descriptors[level.id] === undefined) {
        descriptors[level.id] = {
          [locale]:
            describe(cellOf(child, Col.Format), cellOf(child, Col.Description), child.line) ||
            cellOf(child, Col.ShortName).trim(),
        };
        matched.add(child);
      }
    }
    if (matched.size === 0 && children.length === levels.length)
      children.forEach((child, i) => {
        const text =
          describe(cellOf(child, Col.Format), cellOf(child, Col.Description), child.line) ||
          cellOf(child, Col.ShortName).trim();
        descriptors[levels[i]!.id] = { [locale]: text };
        matched.add(child);
      });
    for (const child of children)
      if (!matched.has(child))
        note(
          child,
          'deeper-levels-not-imported',
          `"${cellOf(child, Col.ShortName).trim()}" (${cellOf(child, Col.Id)}) under competence "${id}" is neither one of its level descriptors nor placeable: not imported.`,
        );
    for (const level of levels)
      if (descriptors[level.id] === undefined) {
        descriptors[level.id] = { [locale]: `${title}: ${level.title[locale]}` };
        note(
          row,
          'descriptor-missing',
          `Competence "${id}" has no description for level "${level.title[locale]}": a placeholder ("${title}: ${level.title[locale]}") stands in for it; write the behaviour at that level.`,
        );
      }
    const related = cellOf(row, Col.Related).trim();
    if (related !== '')
      note(
        row,
        'related-not-imported',
        `Cross-references to ${related
          .split(',')
          .map((r) => `"${r.replaceAll('%2C', ',')}"`)
          .join(
            ', ',
          )} are not imported: our model links competences to other frameworks through mappings, not to each other.`,
      );
    if (!dimensionNoted && options.dimension === undefined) {
      dimensionNoted = true;
      note(
        row,
        'dimension-assumed',
        `Moodle does not say whether a competency is knowledge, a skill, an attitude or a value: every competence is "${dimension}" (options.dimension); check them.`,
      );
    }
    competences.push({
      id,
      domain,
      dimension,
      title: { [locale]: title },
      ...(description !== '' && { description: { [locale]: description } }),
      descriptors,
    });
  };

  const deep = roots.some((r) => r.children.length > 0);
  if (!deep) {
    const id = idFor(kebab(frameworkName, 'competences'), frameworkRow.line, 'domain');
    domains.push({ id, title: { [locale]: frameworkName } });
    notes.push({
      line: frameworkRow.line,
      code: 'domain-made',
      message: `The framework has one depth: its competencies are put in one domain "${id}", named after the framework.`,
    });
    for (const row of roots) addCompetence(row, id);
  } else {
    let other: string | undefined;
    for (const row of roots) {
      if (row.children.length === 0) {
        // A top-level competency beside domains: into a domain of its own kind.
        if (!other) {
          other = idFor('other', row.line, 'domain');
          domains.push({ id: other, title: { [locale]: frameworkName } });
          note(
            row,
            'domain-made',
            `Top-level competencies without children are put in a domain "${other}".`,
          );
        }
        addCompetence(row, other);
        continue;
      }
      const id = idFor(cellOf(row, Col.Id).trim(), row.line, 'domain');
      const description = describe(cellOf(row, Col.Format), cellOf(row, Col.Description), row.line);
      domains.push({
        id,
        title: { [locale]: cellOf(row, Col.ShortName).trim() },
        ...(description !== '' && { description: { [locale]: description } }),
      });
      for (const child of row.children) addCompetence(child, id);
    }
  }
  // Depth 4 and below (children of descriptors): noted.
  for (const row of order)
    if (row.depth > 3)
      note(
        row,
        'deeper-levels-not-imported',
        `"${cellOf(row, Col.ShortName).trim()}" is ${row.depth} levels deep; our model has domains, competences and level descriptors: not imported.`,
      );

  const framework: Framework = {
    id: frameworkId,
    version: options.version ?? '1.0.0',
    title: { [locale]: frameworkName },
    ...(frameworkDescription !== '' && { description: { [locale]: frameworkDescription } }),
    locales: [locale],
    defaultLocale: locale,
    scale: { levels },
    domains,
    competences,
  };
  return { ok: true, framework, notes };
}
