import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Instrument, Response } from '@competence-kit/schemas';
import { parseInstrument } from './parse-instrument.js';
import { parseResponse } from './parse-response.js';
import { sampleFramework, sampleInstrument, sampleResponse } from './test-support/fixtures.js';

const framework = sampleFramework();

function instrumentIssues(mutate: (i: Instrument) => void, withFramework = true) {
  const instrument = sampleInstrument();
  mutate(instrument);
  const result = parseInstrument(instrument, withFramework ? framework : undefined);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
}

function responseIssues(mutate: (r: Response) => void) {
  const response = sampleResponse();
  mutate(response);
  const result = parseResponse(response, sampleInstrument(), framework);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
}

const item = (i: Instrument, s: number, n: number) =>
  i.sections[s]!.items[n]! as unknown as Record<string, unknown>;

describe('parseInstrument', () => {
  it('accepts the sample instrument, with and without its framework', () => {
    expect(parseInstrument(sampleInstrument(), framework)).toMatchObject({ ok: true });
    expect(parseInstrument(sampleInstrument())).toMatchObject({ ok: true });
  });

  const rules: [string, (i: Instrument) => void, { path: string; code: string }][] = [
    [
      'duplicate item id across sections',
      (i) => void (item(i, 1, 0).id = 'pl-1'),
      { path: '/sections/1/items/0/id', code: 'duplicate-id' },
    ],
    [
      'duplicate option id',
      (i) =>
        void (item(i, 0, 2).options as { id: string }[]).push({
          id: 'refer',
          label: { en: 'x', de: 'y' },
        } as never),
      { path: '/sections/0/items/2/options/3/id', code: 'duplicate-id' },
    ],
    [
      'undeclared Likert scale',
      (i) => void (item(i, 0, 0).scale = 'frequency'),
      { path: '/sections/0/items/0/scale', code: 'unknown-reference' },
    ],
    [
      'scale running downwards',
      (i) => void (i.likertScales![0]!.max = 1),
      { path: '/likertScales/0/max', code: 'invalid-scale' },
    ],
    [
      'unlabelled end of a scale',
      (i) => void delete i.likertScales![0]!.labels['5'],
      { path: '/likertScales/0/labels/5', code: 'missing-scale-label' },
    ],
    [
      'ranking key missing an option',
      (i) => void (item(i, 0, 4).key = ['book', 'brief', 'talk']),
      { path: '/sections/0/items/4/key', code: 'invalid-key' },
    ],
    [
      'multiple choice limits beyond the options',
      (i) => void (item(i, 0, 3).maxSelected = 7),
      { path: '/sections/0/items/3/maxSelected', code: 'invalid-limits' },
    ],
    [
      'scored item without competence',
      (i) => void delete item(i, 0, 3).competence,
      { path: '/sections/0/items/3', code: 'missing-competence' },
    ],
    [
      'competence on an item without points',
      (i) => void (item(i, 1, 1).competence = 'plain-language'),
      { path: '/sections/1/items/1', code: 'unscored-item' },
    ],
    [
      'options that all score the same',
      (i) => void (item(i, 0, 2).options as { points?: number }[]).forEach((o) => (o.points = 1)),
      { path: '/sections/0/items/2/options', code: 'undiscriminating-item' },
    ],
    [
      'thresholds not starting at 0',
      (i) => void (i.scoring.thresholds![0]!.min = 0.1),
      { path: '/scoring/thresholds/0/min', code: 'thresholds-not-ordered' },
    ],
    [
      'thresholds not increasing',
      (i) => void (i.scoring.thresholds![2]!.min = 0.3),
      { path: '/scoring/thresholds/2/min', code: 'thresholds-not-ordered' },
    ],
    [
      'threshold on an unknown level',
      (i) => void (i.scoring.thresholds![3]!.level = 'master'),
      { path: '/scoring/thresholds/3/level', code: 'unknown-reference' },
    ],
    [
      'thresholds out of the scale order',
      (i) => {
        i.scoring.thresholds![1]!.level = 'advanced';
        i.scoring.thresholds![2]!.level = 'practitioner';
      },
      { path: '/scoring/thresholds/2/level', code: 'thresholds-not-ordered' },
    ],
    [
      'item on an unknown competence',
      (i) => void (item(i, 1, 0).competence = 'empathy'),
      { path: '/sections/1/items/0/competence', code: 'unknown-reference' },
    ],
    [
      'missing translation',
      (i) => void delete (item(i, 0, 2).scenario as Record<string, string>).de,
      { path: '/sections/0/items/2/scenario/de', code: 'missing-translation' },
    ],
    [
      'another framework',
      (i) => void (i.framework.id = 'https://example.org/other'),
      { path: '/framework/id', code: 'framework-mismatch' },
    ],
    [
      'framework version outside the range',
      (i) => void (i.framework.version = '^2.0.0'),
      { path: '/framework/version', code: 'framework-version-mismatch' },
    ],
  ];
  for (const [name, mutate, expected] of rules) {
    it(`reports a ${name}`, () => {
      expect(instrumentIssues(mutate)).toContainEqual(expect.objectContaining(expected));
    });
  }

  it('never throws on hostile input', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (input) => {
        expect(parseInstrument(input, framework).ok).toBe(false);
      }),
    );
    expect(parseInstrument(JSON.parse('{"__proto__":{"x":1}}')).ok).toBe(false);
  });
});

describe('parseResponse', () => {
  it('accepts the sample response', () => {
    expect(parseResponse(sampleResponse(), sampleInstrument(), framework)).toMatchObject({
      ok: true,
    });
  });

  // parseResponse tries the next item in instrument order before looking an id up: answers in
  // any other order, and a repeat right after the first answer, must be found all the same.
  it('reads answers in any order, and finds a repeat wherever it stands (property)', () => {
    const instrument = sampleInstrument();
    const answers = sampleResponse().answers;
    fc.assert(
      fc.property(
        fc.shuffledSubarray(
          answers.map((_, i) => i),
          { minLength: answers.length },
        ),
        fc.option(fc.nat({ max: answers.length - 1 })),
        (order, repeat) => {
          const response = { ...sampleResponse(), answers: order.map((i) => answers[i]!) };
          if (repeat !== null) response.answers.splice(repeat + 1, 0, response.answers[repeat]!);
          const result = parseResponse(response, instrument, framework);
          if (repeat === null) expect(result).toMatchObject({ ok: true });
          else
            expect(result).toEqual({
              ok: false,
              issues: [
                expect.objectContaining({
                  path: `/answers/${repeat + 1}`,
                  code: 'duplicate-answer',
                }),
              ],
            });
        },
      ),
      { numRuns: 300 },
    );
  });

  const bad: [string, (r: Response) => void, { path: string; code: string; message?: RegExp }][] = [
    [
      'unknown item',
      (r) => void (r.answers[0]!.item = 'pl-9'),
      { path: '/answers/0/item', code: 'unknown-item' },
    ],
    [
      'rating off the scale',
      (r) => void (r.answers[0]!.value = 6),
      { path: '/answers/0/value', code: 'invalid-answer', message: /from 1 to 5/ },
    ],
    [
      'rating that is not a whole number',
      (r) => void (r.answers[0]!.value = '4'),
      { path: '/answers/0/value', code: 'invalid-answer' },
    ],
    [
      'unknown option',
      (r) => void (r.answers[2]!.value = 'shout'),
      {
        path: '/answers/2/value',
        code: 'invalid-answer',
        message: /"read-aloud", "ask-and-explain", "refer"/,
      },
    ],
    [
      'option chosen twice',
      (r) => void (r.answers[3]!.value = ['brief', 'brief']),
      { path: '/answers/3/value', code: 'invalid-answer' },
    ],
    [
      'incomplete ranking',
      (r) => void (r.answers[4]!.value = ['book', 'talk']),
      { path: '/answers/4/value', code: 'invalid-answer' },
    ],
    [
      'list for a single choice',
      (r) => void (r.answers[6]!.value = ['small']),
      { path: '/answers/6/value', code: 'invalid-answer' },
    ],
    [
      'free text too long',
      (r) => void (r.answers[7]!.value = 'x'.repeat(2001)),
      { path: '/answers/7/value', code: 'invalid-answer', message: /2000/ },
    ],
    [
      'duplicate answer',
      (r) => void r.answers.push({ item: 'pl-1', value: 3 }),
      { path: '/answers/8', code: 'duplicate-answer' },
    ],
    [
      'missing answer',
      (r) => void r.answers.splice(1, 1),
      { path: '/answers', code: 'missing-answer', message: /"pl-2"/ },
    ],
    [
      'other instrument',
      (r) => void (r.instrument.id = 'https://example.org/i'),
      { path: '/instrument/id', code: 'wrong-instrument' },
    ],
    [
      'wrong instrument version',
      (r) => void (r.instrument.version = '0.2.0'),
      { path: '/instrument/version', code: 'wrong-instrument-version' },
    ],
    [
      'unknown role profile',
      (r) => void (r.roleProfile = 'mayor'),
      { path: '/roleProfile', code: 'unknown-reference' },
    ],
    [
      'started after submitted',
      (r) => void (r.startedAt = '2026-03-03T09:00:00Z'),
      { path: '/startedAt', code: 'invalid-timestamps' },
    ],
    [
      'wrong type (structural)',
      (r) => void ((r as unknown as Record<string, unknown>).answers = 'all'),
      { path: '/answers', code: 'invalid-type' },
    ],
  ];
  for (const [name, mutate, expected] of bad) {
    it(`reports a ${name}`, () => {
      const { message, ...rest } = expected;
      const issues = responseIssues(mutate);
      expect(issues).toContainEqual(expect.objectContaining(rest));
      if (message) expect(issues.find((i) => i.path === rest.path)!.message).toMatch(message);
    });
  }

  it('refuses to skip a required item', () => {
    const instrument = sampleInstrument();
    item(instrument, 1, 0).required = true;
    const result = parseResponse(sampleResponse(), instrument);
    expect(result.ok ? [] : result.issues).toEqual([
      expect.objectContaining({ path: '/answers/5', code: 'required-answer-skipped' }),
    ]);
  });

  it('never throws on hostile input', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (input) => {
        expect(parseResponse(input, sampleInstrument()).ok).toBe(false);
      }),
    );
  });
});
