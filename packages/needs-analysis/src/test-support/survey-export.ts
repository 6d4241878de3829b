import fc from 'fast-check';
import type { Answer, Instrument, Item, Phase, Response } from '@competence-kit/schemas';
import { formatCsv } from '@competence-kit/model/csv';
import { itemsOf } from '@competence-kit/scoring';
import type {
  FieldMapping,
  ItemMapping,
  ResponseMapping,
  SeparatedValuesMapping,
  SkipReason,
  TimestampMapping,
} from '../import-csv-mapping.js';

/*
 * The other direction of importResponses, for round-trip tests: random responses that a survey
 * tool's export in a mapping's coding can hold, and that export, written from the mapping on its
 * own (not from the importer's compiled rules), so the round trip checks one against the other.
 */

type Codes = Readonly<Record<string, string | number>>;

/** The first code of each value: the code a tool would write for it. */
function encoder(values: Codes | undefined): (value: string | number) => string {
  const byValue = new Map<string | number, string>();
  for (const [code, value] of Object.entries(values ?? {}))
    if (!byValue.has(value)) byValue.set(value, code);
  return (value) => (values ? byValue.get(value)! : String(value));
}

const fieldColumn = (field: FieldMapping | undefined) =>
  field === undefined || (typeof field !== 'string' && 'value' in field)
    ? undefined
    : typeof field === 'string'
      ? { column: field, encode: encoder(undefined) }
      : { column: field.column, encode: encoder(field.values) };

const timestampColumn = (time: TimestampMapping | undefined) =>
  time === undefined || (typeof time !== 'string' && 'value' in time)
    ? undefined
    : typeof time === 'string'
      ? { column: time, offset: undefined }
      : { column: time.column, offset: time.offset };

const skipCodes = (mapping: ResponseMapping): Map<SkipReason, string> => {
  const codes = new Map<SkipReason, string>([['missing', '']]);
  for (const [code, reason] of Object.entries(mapping.skipped ?? {}))
    if (!codes.has(reason)) codes.set(reason, code);
  return codes;
};

/** Header names and cells of one item in the mapping's coding. */
function itemCells(item: Item, mapping: ItemMapping, answer: Answer, skip: string): string[][] {
  const form = typeof mapping === 'string' ? { column: mapping } : mapping;
  if ('skipped' in form) return [];
  if ('columns' in form) {
    const options = Object.keys(form.columns);
    const chosen = form.chosen?.[0] ?? 'Y';
    const notChosen = form.notChosen?.[0] ?? '';
    const value = answer.value as string[] | undefined;
    return options.map((o) => [
      form.columns[o]!,
      value ? (value.includes(o) ? chosen : notChosen) : skip,
    ]);
  }
  if ('ranks' in form) {
    const encode = encoder(form.values);
    const value = answer.value as string[] | undefined;
    return form.ranks.map((column, i) => [column, value ? encode(value[i]!) : skip]);
  }
  const encode = encoder('values' in form ? form.values : undefined);
  if (answer.skipped) return [[form.column, skip]];
  if ('separator' in form && item.type === 'multiple-choice') {
    const { separator } = form as SeparatedValuesMapping;
    return [[form.column, (answer.value as string[]).map(encode).join(separator)]];
  }
  return [[form.column, encode(answer.value as string | number)]];
}

/** An RFC 3339 time in the local form of tools that write no offset, when the offset is known. */
function localTime(value: string, offset: string | undefined): string {
  if (!offset || !value.endsWith(offset)) return value;
  return value.slice(0, -offset.length).replace('T', ' ');
}

/**
 * Writes responses as a survey tool would export them under the mapping, with `extra` columns
 * the mapping ignores (a tool's own bookkeeping) first.
 */
export function exportSurvey(
  responses: readonly Response[],
  mapping: ResponseMapping,
  instrument: Instrument,
  options: { delimiter?: string; extra?: Readonly<Record<string, string>> } = {},
): string {
  const skips = skipCodes(mapping);
  const cellsOf = (response: Response) => {
    const cells: string[][] = Object.entries(options.extra ?? {});
    cells.push([mapping.respondent, response.respondent]);
    for (const key of ['roleProfile', 'unit', 'territory', 'group', 'locale'] as const) {
      const field = fieldColumn(mapping[key]);
      const value = response[key];
      if (field) cells.push([field.column, value === undefined ? '' : field.encode(value)]);
    }
    if (typeof mapping.phase !== 'string')
      cells.push([mapping.phase.column, encoder(mapping.phase.values)(response.phase)]);
    for (const key of ['startedAt', 'submittedAt'] as const) {
      const time = timestampColumn(mapping[key]);
      if (time) cells.push([time.column, localTime(response[key] ?? '', time.offset)]);
    }
    for (const item of itemsOf(instrument)) {
      const answer = response.answers.find((a) => a.item === item.id)!;
      const skip = answer.skipped ? skips.get(answer.reason ?? 'missing')! : '';
      cells.push(...itemCells(item, mapping.items[item.id]!, answer, skip));
    }
    return cells;
  };
  const rows = responses.map(cellsOf);
  // The header does not depend on the answers; a response that skips everything shows it.
  const blank: Response = {
    instrument: { id: instrument.id, version: instrument.version },
    respondent: '',
    phase: 'baseline',
    submittedAt: '',
    answers: itemsOf(instrument).map((item) => ({ item: item.id, skipped: true })),
  };
  const header = cellsOf(blank).map(([column]) => column!);
  return formatCsv(
    [header, ...rows.map((cells) => cells.map(([, value]) => value!))],
    // A survey tool writes its cells as they are (no formula guard), negative numbers included.
    { ...(options.delimiter ? { delimiter: options.delimiter } : {}), neutraliseFormulas: false },
  );
}

/** Text a respondent writes, with what breaks naive CSV code. */
const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom('"', ',', ';', '\r\n', '\n', ' ', 'ä', '👩🏽‍⚕️', 'م', '='),
    fc.string({ minLength: 1, maxLength: 1 }),
  ),
  minLength: 1,
  maxLength: 30,
});

/** Values a mapping's codes can say: the targets of its value map, or any of `all`. */
function codable<T extends string | number>(
  mapping: ItemMapping | FieldMapping,
  all: readonly T[],
): readonly T[] {
  if (typeof mapping === 'string' || !('values' in mapping) || !mapping.values) return all;
  const targets = new Set<unknown>(Object.values(mapping.values));
  return all.filter((v) => targets.has(v));
}

/** An answer the mapping's export can hold (so never an empty selection without markers). */
function answerFor(
  item: Item,
  instrument: Instrument,
  mapping: ItemMapping,
  reasons: readonly SkipReason[],
  skipCodesOf: ReadonlySet<string>,
): fc.Arbitrary<Answer> {
  if (typeof mapping !== 'string' && 'skipped' in mapping)
    return fc.constant({ item: item.id, skipped: true, reason: mapping.skipped });
  const options = 'options' in item ? item.options.map((o) => o.id) : [];
  let value: fc.Arbitrary<Answer['value']>;
  switch (item.type) {
    case 'likert': {
      const scale = instrument.likertScales!.find((s) => s.id === item.scale)!;
      const points = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
      value = fc.constantFrom(...codable(mapping, points));
      break;
    }
    case 'single-choice':
    case 'situational-judgement':
      value = fc.constantFrom(...codable(mapping, options));
      break;
    case 'multiple-choice': {
      const markers = typeof mapping !== 'string' && 'notChosen' in mapping && mapping.notChosen;
      value = fc.subarray(codable(mapping, options) as string[], {
        minLength: Math.max(item.minSelected ?? 0, markers ? 0 : 1),
        maxLength: item.maxSelected ?? options.length,
      });
      break;
    }
    case 'ranking':
      value = fc.shuffledSubarray(options, {
        minLength: options.length,
        maxLength: options.length,
      });
      break;
    case 'free-text':
      value = text.filter((t) => !skipCodesOf.has(t));
      break;
  }
  const answered = value.map((v) => ({ item: item.id, value: v }) as Answer);
  const skipped = fc
    .constantFrom(...reasons)
    .map((reason): Answer => ({ item: item.id, skipped: true, reason }));
  return item.required ? answered : fc.oneof({ weight: 3, arbitrary: answered }, skipped);
}

/** A time in 2026 with the given offset, and one up to an hour later. */
const times = (offset: string) =>
  fc
    .record({ start: fc.integer({ min: 0, max: 364 * 86400 }), took: fc.nat(3600) })
    .map(({ start, took }) => {
      const at = (s: number) =>
        new Date(Date.UTC(2026, 0, 1) + s * 1000).toISOString().slice(0, 19) + offset;
      return { startedAt: at(start), submittedAt: at(start + took) };
    });

/**
 * Random responses to the instrument that an export in the mapping's coding can hold: unique
 * per respondent and phase, fields drawn from `fields` (values the mapping can code), times
 * with the mapping's offset.
 */
export function responsesFor(
  instrument: Instrument,
  mapping: ResponseMapping,
  fields: {
    roleProfile?: readonly string[];
    unit?: readonly string[];
    group?: readonly string[];
    locale?: readonly string[];
    phase?: readonly Phase[];
    territory?: string;
    offset: string;
  },
): fc.Arbitrary<Response[]> {
  const skips = skipCodes(mapping);
  const reasons = [...skips.keys()];
  const codes = new Set(skips.values());
  const optional = (key: string, values: readonly string[] | undefined) =>
    values
      ? fc
          .option(fc.constantFrom(...values), { nil: undefined })
          .map((v) => (v === undefined ? {} : { [key]: v }))
      : fc.constant({});
  const response = fc
    .record({
      respondent: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,11}$/),
      roleProfile: optional('roleProfile', fields.roleProfile),
      unit: optional('unit', fields.unit),
      group: optional('group', fields.group),
      locale: optional('locale', fields.locale),
      phase: fc.constantFrom(...(fields.phase ?? [mapping.phase as Phase])),
      times: times(fields.offset),
      withStart: fc.boolean(),
      answers: fc.tuple(
        ...itemsOf(instrument).map((item) =>
          answerFor(item, instrument, mapping.items[item.id]!, reasons, codes),
        ),
      ),
    })
    .map((r): Response => ({
      instrument: { id: instrument.id, version: instrument.version },
      respondent: r.respondent,
      ...r.roleProfile,
      ...r.unit,
      ...(fields.territory ? { territory: fields.territory } : {}),
      ...r.group,
      phase: r.phase,
      ...r.locale,
      ...(r.withStart && mapping.startedAt ? { startedAt: r.times.startedAt } : {}),
      submittedAt: r.times.submittedAt,
      answers: r.answers,
    }));
  return fc.uniqueArray(response, {
    maxLength: 8,
    selector: (r) => `${r.respondent}\u0000${r.phase}`,
  });
}
