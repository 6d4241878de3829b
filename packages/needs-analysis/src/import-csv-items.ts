import type { Instrument, Item } from '@competence-kit/schemas';
import type { ItemMapping, SkipReason } from './import-csv-mapping.js';
import { mappingError as fail } from './import-csv-mapping.js';

/** How to read one item's answer from a row. */
export type ItemRule =
  | { kind: 'not-asked'; item: string; reason: SkipReason }
  | { kind: 'free-text'; item: string; column: string }
  | { kind: 'likert'; item: string; column: string; codes?: ReadonlyMap<string, number> }
  | { kind: 'choice'; item: string; column: string; codes: ReadonlyMap<string, string> }
  | {
      kind: 'separated';
      item: string;
      column: string;
      separator: string;
      codes: ReadonlyMap<string, string>;
    }
  | {
      kind: 'marked';
      item: string;
      /** Option id and its column, in the option order of the instrument. */
      columns: [string, string][];
      chosen: ReadonlySet<string>;
      notChosen: ReadonlySet<string>;
    }
  | { kind: 'ranks'; item: string; ranks: string[]; codes: ReadonlyMap<string, string> };

const optionIds = (item: Item) => ('options' in item ? item.options.map((o) => o.id) : []);

/** Option codes of an item: its value map, each target an option id, or the ids themselves. */
function optionCodes(
  item: Item,
  values: Readonly<Record<string, string | number>> | undefined,
  path: PropertyKey[],
): Map<string, string> {
  const ids = optionIds(item);
  if (!values) return new Map(ids.map((id) => [id, id]));
  const codes = new Map<string, string>();
  for (const [code, value] of Object.entries(values)) {
    if (typeof value !== 'string' || !ids.includes(value))
      fail(
        [...path, 'values', code],
        `${JSON.stringify(value)} is not an option of item "${item.id}" (${ids.join(', ')})`,
      );
    codes.set(code, value);
  }
  return codes;
}

function likertCodes(
  item: Extract<Item, { type: 'likert' }>,
  instrument: Instrument,
  values: Readonly<Record<string, string | number>>,
  path: PropertyKey[],
): Map<string, number> {
  const scale = instrument.likertScales?.find((s) => s.id === item.scale);
  const codes = new Map<string, number>();
  for (const [code, value] of Object.entries(values)) {
    const fits =
      typeof value === 'number' && (!scale || (value >= scale.min && value <= scale.max));
    if (!fits)
      fail(
        [...path, 'values', code],
        `${JSON.stringify(value)} is not a point of the scale "${item.scale}"${scale ? ` (${scale.min} to ${scale.max})` : ''}`,
      );
    codes.set(code, value);
  }
  return codes;
}

/** The rule for one item, checking that the mapping's form fits the item's type. */
export function itemRule(item: Item, mapping: ItemMapping, instrument: Instrument): ItemRule {
  const path: PropertyKey[] = ['items', item.id];
  const form = typeof mapping === 'string' ? { column: mapping } : mapping;
  if ('skipped' in form) return { kind: 'not-asked', item: item.id, reason: form.skipped };
  const only = (allowed: string[], what: string) => {
    const extra = Object.keys(form).find((k) => !allowed.includes(k));
    if (extra !== undefined) fail([...path, extra], `not used for ${what}`);
  };
  switch (item.type) {
    case 'free-text':
      if (!('column' in form))
        return fail(path, 'a free-text item is read from one column: { column }');
      only(['column'], 'free text, which is taken as it is');
      return { kind: 'free-text', item: item.id, column: form.column };
    case 'likert':
      if (!('column' in form))
        return fail(path, 'a Likert item is read from one column: { column, values? }');
      only(['column', 'values'], 'Likert items');
      return {
        kind: 'likert',
        item: item.id,
        column: form.column,
        ...('values' in form && form.values
          ? { codes: likertCodes(item, instrument, form.values, path) }
          : {}),
      };
    case 'single-choice':
    case 'situational-judgement':
      if (!('column' in form))
        return fail(path, 'a choice item is read from one column: { column, values? }');
      only(['column', 'values'], 'choice items');
      return {
        kind: 'choice',
        item: item.id,
        column: form.column,
        codes: optionCodes(item, 'values' in form ? form.values : undefined, path),
      };
    case 'ranking':
      if (!('ranks' in form))
        return fail(path, 'a ranking is read from one column per rank: { ranks, values? }');
      if (form.ranks.length !== item.options.length)
        fail(
          [...path, 'ranks'],
          `item "${item.id}" ranks ${item.options.length} options, so it needs ${item.options.length} columns, not ${form.ranks.length}`,
        );
      return {
        kind: 'ranks',
        item: item.id,
        ranks: [...form.ranks],
        codes: optionCodes(item, form.values, path),
      };
    case 'multiple-choice':
      return multipleChoiceRule(item, form, path);
  }
}

function multipleChoiceRule(
  item: Extract<Item, { type: 'multiple-choice' }>,
  form: Exclude<ItemMapping, string>,
  path: PropertyKey[],
): ItemRule {
  if ('columns' in form) {
    const ids = optionIds(item);
    for (const option of Object.keys(form.columns))
      if (!ids.includes(option))
        fail([...path, 'columns', option], `item "${item.id}" has no option "${option}"`);
    const missing = ids.find((id) => form.columns[id] === undefined);
    if (missing !== undefined)
      fail([...path, 'columns', missing], 'missing: every option needs its column');
    const chosen = new Set(form.chosen ?? ['Y']);
    const notChosen = new Set(form.notChosen ?? []);
    if (chosen.size === 0) fail([...path, 'chosen'], 'at least one marker must mean "chosen"');
    for (const marker of chosen) {
      if (marker === '') fail([...path, 'chosen'], 'an empty cell cannot mean "chosen"');
      if (notChosen.has(marker))
        fail([...path, 'notChosen'], `"${marker}" cannot mean both chosen and not chosen`);
    }
    return {
      kind: 'marked',
      item: item.id,
      columns: ids.map((id) => [id, form.columns[id]!]),
      chosen,
      notChosen,
    };
  }
  if ('column' in form && 'separator' in form && form.separator !== undefined) {
    const values = 'values' in form ? form.values : undefined;
    return {
      kind: 'separated',
      item: item.id,
      column: form.column,
      separator: form.separator,
      codes: optionCodes(item, values, path),
    };
  }
  return fail(
    path,
    'a multiple-choice item is read from one column per option ({ columns, chosen? }) or from one column with a separator ({ column, separator, values? })',
  );
}

export function codesOfRule(rule: ItemRule): Iterable<string> {
  return 'codes' in rule && rule.codes ? rule.codes.keys() : [];
}

/** The columns an item is read from, in order. */
export function itemColumns(rule: ItemRule): string[] {
  switch (rule.kind) {
    case 'not-asked':
      return [];
    case 'marked':
      return rule.columns.map(([, column]) => column);
    case 'ranks':
      return rule.ranks;
    default:
      return [rule.column];
  }
}
