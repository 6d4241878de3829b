import type { Answer } from '@competence-kit/schemas';
import type { SkipReason } from './import-csv-mapping.js';
import type { ItemRule } from './import-csv-items.js';
import type { FieldRule, TimestampRule } from './import-csv-rules.js';

/** A problem with one cell of a row. */
export interface CellIssue {
  column: string;
  code: string;
  message: string;
}

/** The cell of the current row in a column the mapping names (the header has them all). */
export type Cells = (column: string) => string;

const quote = (text: string) => JSON.stringify(text);

/** At most a few codes, for a message. */
function listed(codes: Iterable<string>): string {
  const all = [...codes];
  const shown = all.slice(0, 8).map(quote).join(', ');
  return all.length > 8 ? `${shown} and ${all.length - 8} more` : shown;
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?$/;

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * An RFC 3339 date-time with an offset from a tool's timestamp, or `undefined` when it is none
 * or names a day that does not exist. RFC 3339 text is returned as it is; a timestamp without
 * offset (`2026-03-02 09:24:31`, `2026-03-02T09:24`) only with the declared `offset`.
 */
export function readTimestamp(text: string, offset?: string): string | undefined {
  const match = DATE_TIME.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, fraction, own] = match;
  const year = Number(y);
  const month = Number(mo);
  const days = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const valid =
    month >= 1 &&
    month <= 12 &&
    Number(d) >= 1 &&
    Number(d) <= days[month - 1]! &&
    Number(h) <= 23 &&
    Number(mi) <= 59 &&
    (s === undefined || Number(s) <= 60);
  if (!valid) return undefined;
  if (own !== undefined && text[10] === 'T' && s !== undefined) return text;
  const zone = own ?? offset;
  if (zone === undefined) return undefined;
  return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${fraction ?? ''}${zone}`;
}

/** A field of the response from its cell: `undefined` for an empty cell. */
export function decodeField(rule: FieldRule, cell: Cells, issues: CellIssue[]): string | undefined {
  if (rule.source.kind === 'fixed') return rule.source.value;
  const { column, codes } = rule.source;
  const text = cell(column);
  if (text === '') {
    if (rule.required)
      issues.push({
        column,
        code: 'missing-value',
        message: `Column "${column}" is empty; every response needs its ${rule.label}.`,
      });
    return undefined;
  }
  if (!codes) return text;
  const value = codes.get(text);
  if (value === undefined)
    issues.push({
      column,
      code: 'unknown-value',
      message: `Column "${column}": ${quote(text)} is not a code of the ${rule.label}; expected ${listed(codes.keys())}.`,
    });
  return value;
}

/** A timestamp of the response from its cell: `undefined` for an empty cell or a bad one. */
export function decodeTimestamp(
  rule: TimestampRule,
  cell: Cells,
  issues: CellIssue[],
): string | undefined {
  if (rule.source.kind === 'fixed') return rule.source.value;
  const { column, offset } = rule.source;
  const text = cell(column);
  if (text === '') {
    if (rule.required)
      issues.push({
        column,
        code: 'missing-value',
        message: `Column "${column}" is empty; every response needs the time it was ${rule.label}.`,
      });
    return undefined;
  }
  const value = readTimestamp(text, offset);
  if (value === undefined) {
    const expected = offset
      ? `a date and time such as "2026-03-02 09:24:31" (taken as ${offset}) or "2026-03-02T09:24:31+01:00"`
      : 'an RFC 3339 date and time with its offset, such as "2026-03-02T09:24:31+01:00" (declare the offset in the mapping for timestamps without one)';
    issues.push({
      column,
      code: 'invalid-timestamp',
      message: `Column "${column}": ${quote(text)} is not a valid timestamp; expected ${expected}.`,
    });
  }
  return value;
}

/** Decodes codes through a map, reporting each unknown one; `undefined` if any was unknown. */
function decodeCodes(
  texts: readonly string[],
  codes: ReadonlyMap<string, string>,
  rule: ItemRule,
  column: (i: number) => string,
  issues: CellIssue[],
): string[] | undefined {
  const values: string[] = [];
  let unknown = false;
  texts.forEach((text, i) => {
    const value = codes.get(text);
    if (value !== undefined) values.push(value);
    else {
      unknown = true;
      issues.push(unknownCode(column(i), text, rule.item, codes.keys()));
    }
  });
  return unknown ? undefined : values;
}

function unknownCode(column: string, text: string, item: string, codes: Iterable<string>) {
  return {
    column,
    code: 'unknown-value',
    message: `Column "${column}": ${quote(text)} is not a code of item "${item}"; expected ${listed(codes)}, or a skip value.`,
  };
}

type Skips = ReadonlyMap<string, SkipReason>;

/**
 * A cell of at most nine ASCII digits, perhaps after a minus sign, as a number; otherwise
 * `undefined`. The same as `/^-?\d{1,9}$/` and `Number`, without a regular expression and a
 * string conversion per cell (the import's hot path).
 */
function wholeNumber(text: string): number | undefined {
  const negative = text.charCodeAt(0) === 45;
  const from = negative ? 1 : 0;
  const digits = text.length - from;
  if (digits < 1 || digits > 9) return undefined;
  let value = 0;
  for (let i = from; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return negative ? -value : value;
}

/** The answer to one item from the row's cells; `undefined` when a cell cannot be read. */
export function decodeAnswer(
  rule: ItemRule,
  cell: Cells,
  skips: Skips,
  issues: CellIssue[],
): Answer | undefined {
  const { item } = rule;
  switch (rule.kind) {
    case 'not-asked':
      return { item, skipped: true, reason: rule.reason };
    case 'marked':
    case 'ranks':
      return decodeColumns(rule, cell, skips, issues);
  }
  const text = cell(rule.column);
  const reason = skips.get(text);
  // No closure per call for the skip: this runs for every cell of every row.
  if (reason !== undefined) return { item, skipped: true, reason };
  switch (rule.kind) {
    case 'free-text':
      return { item, value: text };
    case 'likert': {
      if (rule.codes) {
        const value = rule.codes.get(text);
        if (value !== undefined) return { item, value };
        issues.push(unknownCode(rule.column, text, item, rule.codes.keys()));
        return undefined;
      }
      const value = wholeNumber(text);
      if (value !== undefined) return { item, value };
      issues.push({
        column: rule.column,
        code: 'not-a-number',
        message: `Column "${rule.column}": ${quote(text)} is not a whole number for item "${item}"; declare a value map if the tool codes the scale (such as "Strongly agree" → 5).`,
      });
      return undefined;
    }
    case 'choice': {
      const value = decodeCodes([text], rule.codes, rule, () => rule.column, issues);
      return value && { item, value: value[0]! };
    }
    case 'separated': {
      const parts = text.split(rule.separator).filter((part) => part !== '');
      const value = decodeCodes(parts, rule.codes, rule, () => rule.column, issues);
      return value && { item, value };
    }
  }
}

/** Multiple choice in one column per option, and ranking in one column per rank. */
function decodeColumns(
  rule: Extract<ItemRule, { kind: 'marked' | 'ranks' }>,
  cell: Cells,
  skips: Skips,
  issues: CellIssue[],
): Answer | undefined {
  const columns = rule.kind === 'marked' ? rule.columns.map(([, column]) => column) : rule.ranks;
  const texts = columns.map(cell);
  // Nothing in any column: the question was skipped (reason of the first cell).
  if (texts.every((text) => skips.has(text)))
    return { item: rule.item, skipped: true, reason: skips.get(texts[0]!)! };
  if (rule.kind === 'ranks') {
    // A rank left empty leaves the ranking incomplete, which the response check reports.
    const filled = texts.flatMap((text, i) => (skips.has(text) ? [] : [{ text, i }]));
    const value = decodeCodes(
      filled.map((f) => f.text),
      rule.codes,
      rule,
      (i) => columns[filled[i]!.i]!,
      issues,
    );
    return value && { item: rule.item, value };
  }
  const value: string[] = [];
  let readable = true;
  rule.columns.forEach(([option, column], i) => {
    const text = texts[i]!;
    if (rule.chosen.has(text)) value.push(option);
    else if (!rule.notChosen.has(text) && !skips.has(text)) {
      readable = false;
      issues.push({
        column,
        code: 'unknown-value',
        message: `Column "${column}": ${quote(text)} is not a marker of item "${rule.item}"; expected ${listed([...rule.chosen, ...rule.notChosen])} or an empty cell.`,
      });
    }
  });
  return readable ? { item: rule.item, value } : undefined;
}
