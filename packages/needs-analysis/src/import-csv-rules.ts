import type { Instrument } from '@competence-kit/schemas';
import { itemsOf } from '@competence-kit/scoring';
import { readTimestamp } from './import-csv-cells.js';
import type {
  FieldMapping,
  ResponseMapping,
  SkipReason,
  TimestampMapping,
} from './import-csv-mapping.js';
import { MappingShape, explainIssue, mappingError as fail } from './import-csv-mapping.js';
import type { ItemRule } from './import-csv-items.js';
import { codesOfRule, itemColumns, itemRule } from './import-csv-items.js';

/** Where a field's value comes from: a column (through codes, if any) or a fixed value. */
type Source =
  | { kind: 'column'; column: string; codes?: ReadonlyMap<string, string> }
  | { kind: 'fixed'; value: string };

export type FieldKey = 'roleProfile' | 'unit' | 'territory' | 'group' | 'locale' | 'phase';

export interface FieldRule {
  key: FieldKey;
  label: string;
  required: boolean;
  source: Source;
}

export interface TimestampRule {
  key: 'submittedAt' | 'startedAt';
  label: string;
  required: boolean;
  source: { kind: 'column'; column: string; offset?: string } | { kind: 'fixed'; value: string };
}

/** A mapping checked against the instrument, ready to read rows. */
export interface MappingRules {
  respondent: string;
  fields: FieldRule[];
  timestamps: TimestampRule[];
  /** One rule per item, in the instrument's order. */
  items: ItemRule[];
  skips: ReadonlyMap<string, SkipReason>;
  /** Every column the mapping names, once each, in mapping order. */
  columns: string[];
}

const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const LOCALE =
  /^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$/;

const FIELDS: readonly { key: Exclude<FieldKey, 'phase'>; label: string; fits: RegExp }[] = [
  { key: 'roleProfile', label: 'role profile', fits: ID },
  { key: 'unit', label: 'unit', fits: /^[^]{1,200}$/u },
  { key: 'territory', label: 'territory', fits: ID },
  { key: 'group', label: 'participant group', fits: ID },
  { key: 'locale', label: 'locale', fits: LOCALE },
];

/** Codes → values as a Map (so that codes such as "__proto__" are plain keys). */
const codesOf = <V>(values: Readonly<Record<string, V>>) => new Map(Object.entries(values));

function fieldSource(key: string, mapping: FieldMapping, fits: RegExp, label: string): Source {
  if (typeof mapping === 'string') return { kind: 'column', column: mapping };
  if ('value' in mapping) {
    if (!fits.test(mapping.value))
      fail([key, 'value'], `${JSON.stringify(mapping.value)} is not a valid ${label}`);
    return { kind: 'fixed', value: mapping.value };
  }
  const codes = mapping.values && codesOf(mapping.values);
  for (const [code, value] of codes ?? [])
    if (!fits.test(value))
      fail([key, 'values', code], `${JSON.stringify(value)} is not a valid ${label}`);
  return { kind: 'column', column: mapping.column, ...(codes ? { codes } : {}) };
}

function timestampRule(
  key: TimestampRule['key'],
  mapping: TimestampMapping,
  required: boolean,
): TimestampRule {
  const label = key === 'submittedAt' ? 'submitted' : 'started';
  if (typeof mapping === 'string')
    return { key, label, required, source: { kind: 'column', column: mapping } };
  if ('value' in mapping) {
    const value = readTimestamp(mapping.value);
    if (value === undefined || value !== mapping.value)
      fail(
        [key, 'value'],
        `${JSON.stringify(mapping.value)} is not an RFC 3339 date and time with offset`,
      );
    return { key, label, required, source: { kind: 'fixed', value } };
  }
  return { key, label, required, source: { kind: 'column', ...mapping } };
}

/** A rule for every item of the instrument, in its order; no item left out, none unknown. */
function itemRules(mapping: ResponseMapping, instrument: Instrument): ItemRule[] {
  const items = itemsOf(instrument);
  for (const id of Object.keys(mapping.items))
    if (!items.some((item) => item.id === id))
      fail(['items', id], `the instrument has no item "${id}"`);
  return items.map((item) => {
    const itemMapping = mapping.items[item.id];
    if (itemMapping === undefined)
      return fail(
        ['items', item.id],
        'missing: map every item to its column(s), or to { skipped: "not-shown" } if the survey did not ask it',
      );
    return itemRule(item, itemMapping, instrument);
  });
}

/** No code that is also a skip value, and no column read for two answers. */
function checkItemRules(rules: readonly ItemRule[], skips: ReadonlyMap<string, SkipReason>): void {
  const owners = new Map<string, string>();
  for (const rule of rules) {
    for (const code of codesOfRule(rule))
      if (skips.has(code))
        fail(['items', rule.item, 'values', code], `${JSON.stringify(code)} is also a skip value`);
    if (rule.kind === 'marked')
      for (const marker of rule.chosen)
        if (skips.has(marker))
          fail(['items', rule.item, 'chosen'], `${JSON.stringify(marker)} is also a skip value`);
    for (const column of itemColumns(rule)) {
      const owner = owners.get(column);
      if (owner !== undefined)
        fail(
          ['items', rule.item],
          owner === rule.item
            ? `column "${column}" is read twice`
            : `column "${column}" is already mapped to item "${owner}"`,
        );
      owners.set(column, rule.item);
    }
  }
}

/**
 * Checks a mapping against the instrument and compiles it into rules.
 *
 * @throws TypeError naming the field, for a mapping of the wrong shape or one that does not fit
 * the instrument (an unknown or unmapped item, a form that does not fit the item's type, a code
 * that maps to no option or to no point of the scale, a code that is also a skip value).
 */
export function compileMapping(input: ResponseMapping, instrument: Instrument): MappingRules {
  const parsed = MappingShape.safeParse(input);
  if (!parsed.success) {
    const { path, message } = explainIssue(parsed.error.issues[0]!);
    fail(path, message);
  }
  const mapping = input;
  const skips = new Map<string, SkipReason>([
    ['', 'missing'],
    ...Object.entries(mapping.skipped ?? {}),
  ]);

  const fields: FieldRule[] = [];
  for (const { key, label, fits } of FIELDS) {
    const field = mapping[key];
    if (field !== undefined)
      fields.push({ key, label, required: false, source: fieldSource(key, field, fits, label) });
  }
  const phase = mapping.phase;
  fields.push({
    key: 'phase',
    label: 'phase',
    required: true,
    source:
      typeof phase === 'string'
        ? { kind: 'fixed', value: phase }
        : fieldSource('phase', phase, /^/, 'phase'),
  });
  const timestamps = [timestampRule('submittedAt', mapping.submittedAt, true)];
  if (mapping.startedAt !== undefined)
    timestamps.push(timestampRule('startedAt', mapping.startedAt, false));

  const rules = itemRules(mapping, instrument);
  checkItemRules(rules, skips);
  const columns = [
    mapping.respondent,
    ...fields.flatMap((f) => (f.source.kind === 'column' ? [f.source.column] : [])),
    ...timestamps.flatMap((t) => (t.source.kind === 'column' ? [t.source.column] : [])),
    ...rules.flatMap(itemColumns),
  ];
  return {
    respondent: mapping.respondent,
    fields,
    timestamps,
    items: rules,
    skips,
    columns: [...new Set(columns)],
  };
}
