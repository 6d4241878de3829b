import * as z from 'zod/mini';
import { PHASES, SKIP_REASONS, type Phase, type SkipReason } from '@competence-kit/schemas';

/** Why an answer was skipped, as a response records it. */
export type { SkipReason };

/** How a survey tool codes values: the code as the cell holds it → our value. */
export type ValueMap<V extends string | number = string> = Readonly<Record<string, V>>;

/**
 * A field of the response (role profile, unit, territory, group, locale):
 * - `'role'`: the column's cell as it is;
 * - `{ column: 'role', values: { A1: 'front-desk' } }`: the cell through a value map;
 * - `{ value: 'landkreis-offenbach' }`: the same value for every row.
 *
 * An empty cell leaves the field out of the response.
 */
export type FieldMapping = string | { column: string; values?: ValueMap } | { value: string };

/**
 * When the response was submitted or started: a column (`'submitdate'`), a column whose
 * timestamps carry no UTC offset and the offset they mean (`{ column: 'submitdate', offset:
 * '+01:00' }`; LimeSurvey writes `2026-03-02 09:24:31` in the server's time zone, Kobo's
 * `_submission_time` is UTC without `Z`), or one fixed RFC 3339 time for every row
 * (`{ value: '2026-03-31T18:00:00Z' }`, say when the tool exports no timestamp).
 */
export type TimestampMapping = string | { column: string; offset?: string } | { value: string };

/**
 * One column holding the answer. Likert: a whole number as written, or through `values`
 * (`{ 'Strongly agree': 5 }`). Single choice and situational judgement: an option id as
 * written, or through `values` (`{ A1: 'read-aloud' }`). Free text: the cell as it is (no
 * `values`).
 */
export interface ColumnItemMapping {
  column: string;
  values?: ValueMap<string> | ValueMap<number>;
}

/**
 * Multiple choice, one column per option (LimeSurvey): `columns` maps each option id to its
 * column; a cell in `chosen` (default `["Y"]`) means chosen, an empty cell (or one in
 * `notChosen`, or a skip value) means not chosen. When every cell of the item is empty or a skip
 * value the item is skipped: such exports cannot tell "none chosen" from "not answered", unless
 * the tool writes a `notChosen` marker such as `"N"`.
 */
export interface MarkedColumnsMapping {
  columns: Readonly<Record<string, string>>;
  chosen?: readonly string[];
  notChosen?: readonly string[];
}

/**
 * Multiple choice in one column, the chosen codes joined by `separator` (Kobo writes
 * `"brief direct"` with `separator: ' '`); each code is an option id, or goes through `values`.
 */
export interface SeparatedValuesMapping {
  column: string;
  separator: string;
  values?: ValueMap;
}

/**
 * Ranking, one column per rank position: `ranks[0]` holds the code of the option ranked first,
 * and so on; one column for every option. Codes are option ids, or go through `values`.
 */
export interface RankColumnsMapping {
  ranks: readonly string[];
  values?: ValueMap;
}

/** An item the survey did not ask: every response records it as skipped for this reason. */
export interface NotAskedMapping {
  skipped: SkipReason;
}

/** Where an item's answer is in the export; a string is a {@link ColumnItemMapping}'s column. */
export type ItemMapping =
  | string
  | ColumnItemMapping
  | MarkedColumnsMapping
  | SeparatedValuesMapping
  | RankColumnsMapping
  | NotAskedMapping;

/**
 * How a survey tool's CSV export maps onto responses to one instrument. Column names are
 * matched exactly (letter case and spaces count); columns the mapping does not name are ignored.
 *
 * @example
 * ```ts
 * const limeSurvey: ResponseMapping = {
 *   respondent: 'token',
 *   roleProfile: { column: 'ROLE', values: { A1: 'front-desk', A2: 'case-worker' } },
 *   territory: { value: 'landkreis-offenbach' },
 *   locale: 'startlanguage',
 *   phase: 'baseline',
 *   submittedAt: { column: 'submitdate', offset: '+01:00' },
 *   items: {
 *     'pl-1': 'PL1', // 1 to 5, as written
 *     'pl-2': 'PL2',
 *     'pl-3': { column: 'PL3', values: { A1: 'read-aloud', A2: 'ask-and-explain', A3: 'refer' } },
 *     'wi-1': { columns: { brief: 'WI1[SQ001]', direct: 'WI1[SQ002]', 'relative-child': 'WI1[SQ003]' } },
 *     'wi-2': { ranks: ['WI2[1]', 'WI2[2]', 'WI2[3]', 'WI2[4]'], values: { A1: 'book', A2: 'brief', A3: 'talk', A4: 'debrief' } },
 *     'od-1': { column: 'OD1', values: { 'Strongly disagree': 1, Disagree: 2, Neither: 3, Agree: 4, 'Strongly agree': 5 } },
 *     'unit-size': { column: 'UNITSIZE', values: { A1: 'small', A2: 'large' } },
 *     comment: 'COMMENT',
 *   },
 *   skipped: { 'N/A': 'declined' },
 * };
 * ```
 */
export interface ResponseMapping {
  /** The column of the respondent's pseudonym (never a name or an e-mail address). */
  respondent: string;
  /** The respondent's role profile id in the framework. */
  roleProfile?: FieldMapping;
  /** The organisational unit, as the city names it. */
  unit?: FieldMapping;
  /** The territory id, such as `landkreis-offenbach`. */
  territory?: FieldMapping;
  /** The participant group id (`staff`, `third-country-nationals`, …). */
  group?: FieldMapping;
  /** The language the respondent answered in (a BCP 47 tag). */
  locale?: FieldMapping;
  /** The phase of every row (`'baseline'`), or a column with it, as it is or through `values`. */
  phase: Phase | { column: string; values?: ValueMap<Phase> };
  /** When each response was submitted (a response must say so). */
  submittedAt: TimestampMapping;
  /** When each response was started. */
  startedAt?: TimestampMapping;
  /** Per item id of the instrument, where its answer is. Every item must be listed. */
  items: Readonly<Record<string, ItemMapping>>;
  /**
   * Cells that mean "skipped", and the reason recorded. An empty cell always does (reason
   * `missing`, unless given here); codes such as `"N/A"`, `"-"` or `"99"` only when listed.
   */
  skipped?: ValueMap<SkipReason>;
}

const columnName = z.string().check(z.minLength(1));
export const OFFSET = /^(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

const Field = z.union(
  [
    columnName,
    z.strictObject({ column: columnName, values: z.optional(z.record(z.string(), z.string())) }),
    z.strictObject({ value: z.string() }),
  ],
  { error: 'Expected a column name, { column, values? } or { value }' },
);

const Timestamp = z.union(
  [
    columnName,
    z.strictObject({
      column: columnName,
      offset: z.optional(
        z.string().check(z.regex(OFFSET, 'Expected a UTC offset such as "Z" or "+01:00"')),
      ),
    }),
    z.strictObject({ value: z.string() }),
  ],
  { error: 'Expected a column name, { column, offset? } or { value }' },
);

const Item = z.union(
  [
    columnName,
    z.strictObject({
      column: columnName,
      values: z.optional(z.record(z.string(), z.union([z.string(), z.int()]))),
      separator: z.optional(z.string().check(z.minLength(1))),
    }),
    z.strictObject({
      columns: z.record(z.string(), columnName),
      chosen: z.optional(z.array(z.string())),
      notChosen: z.optional(z.array(z.string())),
    }),
    z.strictObject({
      ranks: z.array(columnName),
      values: z.optional(z.record(z.string(), z.string())),
    }),
    z.strictObject({ skipped: z.enum(SKIP_REASONS) }),
  ],
  {
    error:
      'Expected a column name, or { column }, { columns }, { column, separator }, { ranks } or { skipped }',
  },
);

/** The shape of a {@link ResponseMapping}; how it fits the instrument is checked apart. */
export const MappingShape = z.strictObject({
  respondent: columnName,
  roleProfile: z.optional(Field),
  unit: z.optional(Field),
  territory: z.optional(Field),
  group: z.optional(Field),
  locale: z.optional(Field),
  phase: z.union(
    [
      z.enum(PHASES),
      z.strictObject({
        column: columnName,
        values: z.optional(z.record(z.string(), z.enum(PHASES))),
      }),
    ],
    { error: 'Expected "baseline", "post", "follow-up" or { column, values? }' },
  ),
  submittedAt: Timestamp,
  startedAt: z.optional(Timestamp),
  items: z.record(z.string(), Item),
  skipped: z.optional(z.record(z.string(), z.enum(SKIP_REASONS))),
});

/** A mistake in the mapping: a programmer error, so it throws. */
export function mappingError(path: readonly PropertyKey[], message: string): never {
  throw new TypeError(`Invalid response mapping at ${fieldPath(path)}: ${message}.`);
}

/** `mapping.items["pl-1"].values.A1`: a readable path to a value of the mapping. */
export function fieldPath(segments: readonly PropertyKey[], root = 'mapping'): string {
  return segments.reduce<string>((path, segment) => {
    if (typeof segment === 'number') return `${path}[${segment}]`;
    const key = String(segment);
    return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
  }, root);
}

type ZodIssue = z.core.$ZodIssue;

/** The branch of a failed union that came closest: fewest issues, then the deepest. */
function closestBranch(branches: readonly (readonly ZodIssue[])[]): readonly ZodIssue[] {
  const depth = (issues: readonly ZodIssue[]) => issues[0]?.path.length ?? 0;
  return [...branches].sort((a, b) => a.length - b.length || depth(b) - depth(a))[0] ?? [];
}

/** A readable message and the full path of a zod issue, looking into union branches. */
export function explainIssue(
  issue: ZodIssue,
  at: readonly PropertyKey[] = [],
): { path: PropertyKey[]; message: string } {
  const path = [...at, ...issue.path];
  switch (issue.code) {
    case 'invalid_union': {
      const first = closestBranch(issue.errors)[0];
      // Wrong at the very top: no branch came close, so name the forms that are allowed.
      const atTop =
        !first ||
        (first.path.length === 0 &&
          (first.code === 'invalid_type' || first.code === 'unrecognized_keys'));
      return atTop ? { path, message: issue.message } : explainIssue(first, path);
    }
    case 'invalid_type':
      return {
        path,
        message: `Expected ${issue.expected === 'int' ? 'a whole number' : `a ${issue.expected}`}`,
      };
    case 'unrecognized_keys':
      return { path, message: `Unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}` };
    case 'invalid_value':
      return { path, message: `Expected ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` };
    case 'too_small':
      return { path, message: 'Must not be empty' };
    default:
      return { path, message: issue.message };
  }
}
