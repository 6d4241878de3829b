import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Answer, Response } from '@competence-kit/schemas';
import { parseCsv } from '@competence-kit/model/csv';
import { importResponses } from './import-csv.js';
import type { ImportIssue } from './import-csv.js';
import type { ResponseMapping } from './import-csv-mapping.js';
import { framework, instrument } from './test-support/study.js';
import { exportSurvey, responsesFor } from './test-support/survey-export.js';

const INSTRUMENT = { id: instrument().id, version: instrument().version };
const at = (issues: ImportIssue[]) => issues.map((i) => [i.line, i.column, i.code]);

// A LimeSurvey export ("question code" headings, answer codes, every field quoted, CRLF): list
// questions coded A1…, 5-point questions as digits, multiple choice as one Y-marked column per
// option, ranking as one column per rank, "N/A" for an explicit "no answer".
const LIME_HEADER =
  '"id","submitdate","lastpage","startlanguage","seed","token","startdate","ROLE","UNIT","PL1","PL2","PL3","WI1[SQ001]","WI1[SQ002]","WI1[SQ003]","WI2[1]","WI2[2]","WI2[3]","WI2[4]","OD1","UNITSIZE","COMMENT"';
const LIME_EXPORT = [
  LIME_HEADER,
  '"1","2026-03-02 09:24:31","3","de","1438","p-7f3a9c","2026-03-02 09:10:00","A1","Bürgerbüro","4","2","A2","Y","Y","","A1","A2","A3","A4","N/A","A1","Mehr Zeit für Dolmetschtermine wäre gut."',
  '"2","2026-03-03 14:02:00","3","en","912","p-2b81e0","2026-03-03 13:55:10","A2","Ausländerbehörde, Team 2","5","","A3","","","","","","","","3","A2","Two things:\r\n- interpreters\r\n- time"',
  '"3","2026-03-04 08:00:00","2","de","77","p-c0ffee","2026-03-04 07:58","","","1","5","A1","","","Y","A4","A3","A2","A1","","",""',
  '',
].join('\r\n');

const LIME: ResponseMapping = {
  respondent: 'token',
  roleProfile: { column: 'ROLE', values: { A1: 'front-desk', A2: 'case-worker' } },
  unit: 'UNIT',
  territory: { value: 'landkreis-offenbach' },
  locale: 'startlanguage',
  phase: 'baseline',
  startedAt: { column: 'startdate', offset: '+01:00' },
  submittedAt: { column: 'submitdate', offset: '+01:00' },
  items: {
    'pl-1': 'PL1',
    'pl-2': 'PL2',
    'pl-3': { column: 'PL3', values: { A1: 'read-aloud', A2: 'ask-and-explain', A3: 'refer' } },
    'wi-1': {
      columns: { brief: 'WI1[SQ001]', direct: 'WI1[SQ002]', 'relative-child': 'WI1[SQ003]' },
    },
    'wi-2': {
      ranks: ['WI2[1]', 'WI2[2]', 'WI2[3]', 'WI2[4]'],
      values: { A1: 'book', A2: 'brief', A3: 'talk', A4: 'debrief' },
    },
    'od-1': 'OD1',
    'unit-size': { column: 'UNITSIZE', values: { A1: 'small', A2: 'large' } },
    comment: 'COMMENT',
  },
  skipped: { 'N/A': 'declined' },
};

// A KoboToolbox export (XML values, ";" separated, group paths in the headings): a
// select_multiple as one column of space-separated choice names (plus the split 1/0 columns
// Kobo adds, which the mapping ignores), Likert choices by name, the wave as a coded column.
const KOBO_EXPORT = [
  'start;end;respondent_code;group;wave;communication/pl_1;communication/pl_2;communication/pl_3;communication/wi_1;communication/wi_1/brief;communication/wi_1/direct;communication/wi_1/child;communication/wi_2_1;communication/wi_2_2;communication/wi_2_3;communication/wi_2_4;attitudes/od_1;attitudes/unit_size;attitudes/comment;_id;_submission_time;_index',
  '2026-03-05T09:02:11.000+01:00;2026-03-05T09:15:02.123+01:00;r-0012;staff;t0;agree;disagree;ask_explain;brief direct;1;1;0;book;brief;talk;debrief;strongly_agree;small;;4711;2026-03-05T08:15:02;1',
  '2026-06-10T10:00:00+02:00;2026-06-10T10:12:40+02:00;r-0012;staff;t1;strongly_agree;strongly_disagree;ask_explain;direct child brief;1;1;1;book;brief;talk;debrief;n_a;large;"Dolmetscher; früher buchen";4799;2026-06-10T08:12:40;2',
  '2026-03-06T11:30:00Z;2026-03-06T11:41:09Z;r-0107;staff;t0;neither;;refer;;0;0;0;;;;;agree;;;4802;2026-03-06T11:41:09;3',
].join('\n');

const LIKERT = { strongly_disagree: 1, disagree: 2, neither: 3, agree: 4, strongly_agree: 5 };
const KOBO: ResponseMapping = {
  respondent: 'respondent_code',
  group: 'group',
  territory: { value: 'ravenna' },
  phase: { column: 'wave', values: { t0: 'baseline', t1: 'post' } },
  startedAt: 'start',
  submittedAt: 'end',
  items: {
    'pl-1': { column: 'communication/pl_1', values: LIKERT },
    'pl-2': { column: 'communication/pl_2', values: LIKERT },
    'pl-3': {
      column: 'communication/pl_3',
      values: { read_aloud: 'read-aloud', ask_explain: 'ask-and-explain', refer: 'refer' },
    },
    'wi-1': {
      column: 'communication/wi_1',
      separator: ' ',
      values: { brief: 'brief', direct: 'direct', child: 'relative-child' },
    },
    'wi-2': {
      ranks: [
        'communication/wi_2_1',
        'communication/wi_2_2',
        'communication/wi_2_3',
        'communication/wi_2_4',
      ],
    },
    'od-1': { column: 'attitudes/od_1', values: LIKERT },
    'unit-size': 'attitudes/unit_size',
    comment: 'attitudes/comment',
  },
  skipped: { n_a: 'not-applicable' },
};

const missing = (item: string): Answer => ({ item, skipped: true, reason: 'missing' });

describe('importResponses from a LimeSurvey export', () => {
  it('reads coded answers, Y-marked multiple choice and rank columns into valid responses', () => {
    const example = JSON.parse(
      readFileSync(
        join(
          import.meta.dirname,
          '../../../schemas/examples/response/valid/front-desk-baseline.json',
        ),
        'utf8',
      ),
    ) as Response;
    const { $schema: _schema, id: _id, ...sample } = example;
    const result = importResponses(LIME_EXPORT, LIME, instrument());
    expect(result.issues).toEqual([]);
    expect(result.skippedRows).toBe(0);
    // The first row is the schema's example response, as LimeSurvey exports it.
    expect(result.responses[0]).toStrictEqual(sample);
    expect(result.responses.slice(1)).toStrictEqual([
      {
        instrument: INSTRUMENT,
        respondent: 'p-2b81e0',
        roleProfile: 'case-worker',
        unit: 'Ausländerbehörde, Team 2',
        territory: 'landkreis-offenbach',
        phase: 'baseline',
        locale: 'en',
        startedAt: '2026-03-03T13:55:10+01:00',
        submittedAt: '2026-03-03T14:02:00+01:00',
        answers: [
          { item: 'pl-1', value: 5 },
          missing('pl-2'),
          { item: 'pl-3', value: 'refer' },
          missing('wi-1'),
          missing('wi-2'),
          { item: 'od-1', value: 3 },
          { item: 'unit-size', value: 'large' },
          { item: 'comment', value: 'Two things:\r\n- interpreters\r\n- time' },
        ],
      },
      {
        instrument: INSTRUMENT,
        respondent: 'p-c0ffee',
        territory: 'landkreis-offenbach',
        phase: 'baseline',
        locale: 'de',
        startedAt: '2026-03-04T07:58:00+01:00',
        submittedAt: '2026-03-04T08:00:00+01:00',
        answers: [
          { item: 'pl-1', value: 1 },
          { item: 'pl-2', value: 5 },
          { item: 'pl-3', value: 'read-aloud' },
          { item: 'wi-1', value: ['relative-child'] },
          { item: 'wi-2', value: ['debrief', 'talk', 'brief', 'book'] },
          missing('od-1'),
          missing('unit-size'),
          missing('comment'),
        ],
      },
    ]);
  });

  it('checks role profiles against the framework when given one', () => {
    const mapping = {
      ...LIME,
      roleProfile: { column: 'ROLE', values: { A1: 'front-desk', A2: 'team-lead' } },
    };
    const result = importResponses(LIME_EXPORT, mapping, instrument(), {
      framework: framework(),
    });
    expect(at(result.issues)).toEqual([[3, 'ROLE', 'unknown-reference']]);
    expect(result.responses.map((r) => r.respondent)).toEqual(['p-7f3a9c', 'p-c0ffee']);
    expect(result.skippedRows).toBe(1);
  });
});

describe('importResponses from a KoboToolbox export', () => {
  it('reads space-separated multiple choice, Likert names and a coded wave column', () => {
    const result = importResponses(KOBO_EXPORT, KOBO, instrument(), { delimiter: ';' });
    expect(result.issues).toEqual([]);
    expect(result.skippedRows).toBe(0);
    const common = { instrument: INSTRUMENT, territory: 'ravenna', group: 'staff' };
    expect(result.responses).toStrictEqual([
      {
        ...common,
        respondent: 'r-0012',
        phase: 'baseline',
        startedAt: '2026-03-05T09:02:11.000+01:00',
        submittedAt: '2026-03-05T09:15:02.123+01:00',
        answers: [
          { item: 'pl-1', value: 4 },
          { item: 'pl-2', value: 2 },
          { item: 'pl-3', value: 'ask-and-explain' },
          { item: 'wi-1', value: ['brief', 'direct'] },
          { item: 'wi-2', value: ['book', 'brief', 'talk', 'debrief'] },
          { item: 'od-1', value: 5 },
          { item: 'unit-size', value: 'small' },
          missing('comment'),
        ],
      },
      // The same respondent again, in another wave: not a duplicate.
      {
        ...common,
        respondent: 'r-0012',
        phase: 'post',
        startedAt: '2026-06-10T10:00:00+02:00',
        submittedAt: '2026-06-10T10:12:40+02:00',
        answers: [
          { item: 'pl-1', value: 5 },
          { item: 'pl-2', value: 1 },
          { item: 'pl-3', value: 'ask-and-explain' },
          { item: 'wi-1', value: ['direct', 'relative-child', 'brief'] },
          { item: 'wi-2', value: ['book', 'brief', 'talk', 'debrief'] },
          { item: 'od-1', skipped: true, reason: 'not-applicable' },
          { item: 'unit-size', value: 'large' },
          { item: 'comment', value: 'Dolmetscher; früher buchen' },
        ],
      },
      {
        ...common,
        respondent: 'r-0107',
        phase: 'baseline',
        startedAt: '2026-03-06T11:30:00Z',
        submittedAt: '2026-03-06T11:41:09Z',
        answers: [
          { item: 'pl-1', value: 3 },
          missing('pl-2'),
          { item: 'pl-3', value: 'refer' },
          missing('wi-1'),
          missing('wi-2'),
          { item: 'od-1', value: 4 },
          missing('unit-size'),
          missing('comment'),
        ],
      },
    ]);
  });
});

/** A good LimeSurvey row of the mapping above, for one respondent. */
const limeRow = (token: string) =>
  `"9","2026-03-02 09:24:31","3","de","1","${token}","2026-03-02 09:10:00","A1","Bürgerbüro","4","2","A2","Y","Y","","A1","A2","A3","A4","N/A","A1",""`;

describe('importResponses with faulty rows', () => {
  it('rejects each faulty row at its physical line, with its column, and imports the rest', () => {
    const csv = [
      LIME_HEADER, // 1
      limeRow('p-a'), // 2
      limeRow('p-b').replace(/""$/, '"a comment\r\nover three\r\nlines"'), // 3 to 5
      limeRow('p-c').replace('"Bürgerbüro"', '"Bürger"büro"'), // 6: text after a closing quote
      `${limeRow('p-d')},"extra"`, // 7
      limeRow('p-e').replace('"A2","Y"', '"A9","Y"'), // 8: PL3 has no code A9
      limeRow('p-f').replace('2026-03-02 09:24:31', '2026-02-30 09:24:31'), // 9: no such day
      limeRow('p-g').replace('"4","2"', '"7","2"'), // 10: off the 1..5 scale
      limeRow('p-h').replace('"Y","Y"', '"X","Y"'), // 11: not a marker
      limeRow('p-a'), // 12: line 2 again
      limeRow('max@example.org'), // 13: not a pseudonym
      limeRow('p-i'), // 14
      limeRow('p-j').replace(/""$/, '"never closed'), // 15: swallows the rest, line 16 too
      'p-k,no quotes here', // 16
    ].join('\r\n');
    const result = importResponses(csv, LIME, instrument());
    expect(at(result.issues)).toEqual([
      [6, 'UNIT', 'invalid-quote'],
      [7, undefined, 'wrong-column-count'],
      [8, 'PL3', 'unknown-value'],
      [9, 'submitdate', 'invalid-timestamp'],
      [10, 'PL1', 'invalid-answer'],
      [11, 'WI1[SQ001]', 'unknown-value'],
      [12, 'token', 'duplicate-respondent'],
      [13, 'token', 'invalid-format'],
      [15, 'COMMENT', 'unterminated-quote'],
    ]);
    expect(result.responses.map((r) => r.respondent)).toEqual(['p-a', 'p-b', 'p-i']);
    expect(result.skippedRows).toBe(9);
    const messages = result.issues.map((i) => i.message);
    expect(messages[2]).toBe(
      'Column "PL3": "A9" is not a code of item "pl-3"; expected "A1", "A2", "A3", or a skip value.',
    );
    expect(messages[6]).toContain('line 2');
    expect(messages[8]).toContain('No row from line 15 on was read.');
  });

  it('reports a mapped column missing from the header once, at line 1, and imports nothing', () => {
    const drop = (line: string, ...indexes: number[]) =>
      parseCsv(line)
        .records[0]!.fields.filter((_, i) => !indexes.includes(i))
        .map((f) => `"${f}"`)
        .join(',');
    const csv = [LIME_HEADER, limeRow('p-a'), limeRow('p-b')]
      .map((line) => drop(line, 8, 17))
      .join('\r\n');
    const result = importResponses(csv, LIME, instrument());
    expect(at(result.issues)).toEqual([
      [1, 'UNIT', 'missing-column'],
      [1, 'WI2[3]', 'missing-column'],
    ]);
    expect(result.responses).toEqual([]);
    expect(result.skippedRows).toBe(2);
  });

  it('reports a mapped column that appears twice in the header', () => {
    const csv = `${LIME_HEADER},"PL1"\r\n${limeRow('p-a')},"5"`;
    const result = importResponses(csv, LIME, instrument());
    expect(at(result.issues)).toEqual([[1, 'PL1', 'duplicate-column']]);
    expect(result.skippedRows).toBe(1);
  });

  it('reports an empty file, and a header it cannot read', () => {
    expect(importResponses('', LIME, instrument())).toEqual({
      responses: [],
      issues: [expect.objectContaining({ line: 1, code: 'missing-header' })],
      skippedRows: 0,
    });
    const broken = importResponses(`"token,"PL1"\r\n${limeRow('p-a')}`, LIME, instrument());
    expect(at(broken.issues)).toEqual([
      [1, undefined, 'invalid-quote'],
      [1, undefined, 'missing-header'],
    ]);
    expect(broken.skippedRows).toBe(1);
  });

  it('ignores blank lines and a byte order mark, and keeps counting lines', () => {
    const csv = `\uFEFF${LIME_HEADER}\r\n\r\n${limeRow('p-a')}\r\n\r\n${limeRow('p-b').replace('"4"', '"x"')}\r\n`;
    const result = importResponses(csv, LIME, instrument());
    expect(at(result.issues)).toEqual([[5, 'PL1', 'not-a-number']]);
    expect(result.responses.map((r) => r.respondent)).toEqual(['p-a']);
    expect(result.skippedRows).toBe(1);
  });

  it('reports empty required cells and cells left out of a value map', () => {
    const csv = [
      LIME_HEADER,
      limeRow(''),
      limeRow('p-b').replace('2026-03-02 09:24:31', ''),
      limeRow('p-c').replace('"A1","Bürgerbüro"', '"A7","Bürgerbüro"'),
      limeRow('p-d').replace('2026-03-02 09:24:31', '2026-03-02T09:24:31'),
    ].join('\r\n');
    const result = importResponses(csv, LIME, instrument());
    expect(at(result.issues)).toEqual([
      [2, 'token', 'missing-value'],
      [3, 'submitdate', 'missing-value'],
      [4, 'ROLE', 'unknown-value'],
    ]);
    // A timestamp with "T" and no offset takes the declared offset too.
    expect(result.responses[0]!.submittedAt).toBe('2026-03-02T09:24:31+01:00');
    const strict = { ...LIME, submittedAt: 'submitdate' };
    expect(at(importResponses(csv, strict, instrument()).issues)).toContainEqual([
      5,
      'submitdate',
      'invalid-timestamp',
    ]);
  });

  it('reads a "N" marker as not chosen, so that an empty selection is an answer', () => {
    const mapping = {
      ...LIME,
      items: { ...LIME.items, 'wi-1': { ...(LIME.items['wi-1'] as object), notChosen: ['N'] } },
    } as unknown as ResponseMapping;
    const csv = `${LIME_HEADER}\r\n${limeRow('p-a').replace('"Y","Y",""', '"N","N","N"')}`;
    const result = importResponses(csv, mapping, instrument());
    expect(result.issues).toEqual([]);
    expect(result.responses[0]!.answers[3]).toEqual({ item: 'wi-1', value: [] });
  });
});

describe('importResponses with a mapping that does not fit', () => {
  const fails = (mapping: unknown, message: string | RegExp) => {
    const run = () => importResponses('', mapping as ResponseMapping, instrument());
    expect(run).toThrow(TypeError);
    expect(run).toThrow(message);
  };
  const items = (patch: Record<string, unknown>) => ({
    ...LIME,
    items: { ...LIME.items, ...patch },
  });

  it('throws a TypeError naming the field', () => {
    fails(
      { ...LIME, respondent: 3 },
      'Invalid response mapping at mapping.respondent: Expected a string.',
    );
    fails({ ...LIME, phase: 'pre' }, /mapping\.phase: Expected "baseline", "post", "follow-up"/);
    fails({ ...LIME, extra: 1 }, /mapping: Unknown key\(s\) "extra"/);
    fails(
      { ...LIME, submittedAt: { column: 'x', offset: '1h' } },
      /mapping\.submittedAt\.offset: Expected a UTC offset/,
    );
    fails(
      { ...LIME, submittedAt: { value: '2026-03-02' } },
      /mapping\.submittedAt\.value: "2026-03-02" is not an RFC 3339/,
    );
    fails({ ...LIME, skipped: { '-': 'skipped' } }, /mapping\.skipped\["-"\]: Expected "declined"/);
    fails(
      { ...LIME, territory: { value: 'Landkreis Offenbach' } },
      /mapping\.territory\.value: "Landkreis Offenbach" is not a valid territory/,
    );
  });

  it('throws for items the instrument does not have, and for items left out', () => {
    fails(items({ 'pl-9': 'PL9' }), /mapping\.items\["pl-9"\]: the instrument has no item "pl-9"/);
    const { comment: _, ...rest } = LIME.items;
    fails({ ...LIME, items: rest }, /mapping\.items\.comment: missing: map every item/);
    expect(
      importResponses(
        `${LIME_HEADER}\r\n${limeRow('p-a')}`,
        { ...LIME, items: { ...rest, comment: { skipped: 'not-shown' } } },
        instrument(),
      ).responses[0]!.answers[7],
    ).toEqual({ item: 'comment', skipped: true, reason: 'not-shown' });
  });

  it('throws for forms and codes that do not fit the item', () => {
    fails(
      items({ 'pl-1': { column: 'PL1', values: { A1: 6 } } }),
      /mapping\.items\["pl-1"\]\.values\.A1: 6 is not a point of the scale "agreement" \(1 to 5\)/,
    );
    fails(
      items({ 'pl-3': { column: 'PL3', values: { A1: 'read' } } }),
      /mapping\.items\["pl-3"\]\.values\.A1: "read" is not an option of item "pl-3"/,
    );
    fails(
      items({ 'wi-1': 'WI1' }),
      /mapping\.items\["wi-1"\]: a multiple-choice item is read from one column per option/,
    );
    fails(
      items({ 'wi-1': { columns: { brief: 'a', direct: 'b' } } }),
      /mapping\.items\["wi-1"\]\.columns\["relative-child"\]: missing/,
    );
    fails(items({ 'wi-2': { ranks: ['a', 'b'] } }), /needs 4 columns, not 2/);
    fails(
      items({ comment: { column: 'C', values: { a: 'b' } } }),
      /mapping\.items\.comment\.values: not used for free text/,
    );
    fails(
      items({ 'od-1': { column: 'OD1', values: { 'N/A': 3 } } }),
      /mapping\.items\["od-1"\]\.values\["N\/A"\]: "N\/A" is also a skip value/,
    );
    fails(items({ 'od-1': 'PL1' }), /column "PL1" is already mapped to item "pl-1"/);
  });

  it('throws for bad options', () => {
    expect(() => importResponses('', LIME, instrument(), { delimiter: '"' })).toThrow(
      /Invalid import options at options\.delimiter/,
    );
  });
});

describe('importResponses(exportSurvey(responses))', () => {
  it('gives back the responses of a LimeSurvey-style export', () => {
    const arbitrary = responsesFor(instrument(), LIME, {
      roleProfile: ['front-desk', 'case-worker'],
      unit: ['Bürgerbüro', 'Ausländerbehörde, Team 2', ' "Sozialamt" '],
      locale: ['de', 'en', 'uk'],
      territory: 'landkreis-offenbach',
      offset: '+01:00',
    });
    fc.assert(
      fc.property(arbitrary, (responses) => {
        const csv = exportSurvey(responses, LIME, instrument(), {
          extra: { id: '7', lastpage: '3', seed: '1438' },
        });
        const result = importResponses(csv, LIME, instrument());
        expect(result.issues).toEqual([]);
        expect(result.skippedRows).toBe(0);
        expect(result.responses).toStrictEqual(responses);
      }),
      { numRuns: 200 },
    );
  });

  it('gives back the responses of a Kobo-style export', () => {
    const arbitrary = responsesFor(instrument(), KOBO, {
      group: ['staff', 'third-country-nationals'],
      phase: ['baseline', 'post'],
      territory: 'ravenna',
      offset: 'Z',
    });
    fc.assert(
      fc.property(arbitrary, (responses) => {
        const csv = exportSurvey(responses, KOBO, instrument(), {
          delimiter: ';',
          extra: { _id: '4711', _index: '1' },
        });
        const result = importResponses(csv, KOBO, instrument(), { delimiter: ';' });
        expect(result.issues).toEqual([]);
        expect(result.responses).toStrictEqual(responses);
      }),
      { numRuns: 200 },
    );
  });
});

describe('importResponses on damaged exports', () => {
  const junk = fc.string({
    unit: fc.constantFrom('"', ',', '\r\n', '\n', '\r', 'Y', 'A1', 'A9', '4', '7', ' ', 'N/A', 'é'),
    maxLength: 6,
  });

  it("never throws, and reports every row it does not import at that row's line", () => {
    const arbitrary = fc.tuple(
      responsesFor(instrument(), LIME, { offset: '+01:00', territory: 'landkreis-offenbach' }),
      fc.array(fc.tuple(fc.nat(), junk), { maxLength: 6 }),
    );
    fc.assert(
      fc.property(arbitrary, ([responses, damage]) => {
        let csv = exportSurvey(responses, LIME, instrument());
        for (const [position, text] of damage) {
          const at = position % (csv.length + 1);
          csv = csv.slice(0, at) + text + csv.slice(at);
        }
        const result = importResponses(csv, LIME, instrument());
        const parsed = parseCsv(csv);
        const records = parsed.records.filter((r) => r.fields.length > 1 || r.fields[0] !== '');
        const firstIssue = parsed.issues[0]?.line ?? Infinity;
        const headerRead = records[0] !== undefined && records[0].line < firstIssue;
        const rows = records.slice(headerRead ? 1 : 0);
        // Records the CSV reader left out (one may have issues on two lines), a broken header aside.
        const broken = parsed.skipped - (headerRead || parsed.skipped === 0 ? 0 : 1);
        expect(result.responses.length + result.skippedRows).toBe(rows.length + broken);
        const reported = new Set(result.issues.map((i) => i.line));
        const HEADER_CODES = ['missing-header', 'missing-column', 'duplicate-column'];
        if (result.issues.some((i) => HEADER_CODES.includes(i.code))) {
          expect(result.responses).toEqual([]);
        } else {
          // Every row without an issue at its line was imported, and only those.
          expect(rows.filter((r) => !reported.has(r.line)).length).toBe(result.responses.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
