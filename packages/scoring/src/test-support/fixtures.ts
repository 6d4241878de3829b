import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Answer, Framework, Instrument, Item, Response } from '@competence-kit/schemas';
import { itemsOf } from '../items.js';

const examples = join(import.meta.dirname, '..', '..', '..', '..', 'schemas', 'examples');
const read = <T>(...path: string[]) =>
  JSON.parse(readFileSync(join(examples, ...path), 'utf8')) as T;

export const sampleFramework = (): Framework => read('framework', 'valid', 'sample.json');
export const sampleInstrument = (): Instrument =>
  read('instrument', 'valid', 'sample-self-assessment.json');
export const sampleResponse = (): Response => read('response', 'valid', 'front-desk-baseline.json');

/** An arbitrary answer (or skip) that fits the item. */
export function answerFor(item: Item, instrument: Instrument): fc.Arbitrary<Answer> {
  const skip = fc.constant<Answer>({ item: item.id, skipped: true });
  let value: fc.Arbitrary<Answer['value']>;
  switch (item.type) {
    case 'likert': {
      const scale = instrument.likertScales!.find((s) => s.id === item.scale)!;
      value = fc.integer({ min: scale.min, max: scale.max });
      break;
    }
    case 'single-choice':
    case 'situational-judgement':
      value = fc.constantFrom(...item.options.map((o) => o.id));
      break;
    case 'multiple-choice':
      value = fc.subarray(
        item.options.map((o) => o.id),
        {
          minLength: item.minSelected ?? 0,
          maxLength: item.maxSelected ?? item.options.length,
        },
      );
      break;
    case 'ranking':
      value = fc.shuffledSubarray(
        item.options.map((o) => o.id),
        {
          minLength: item.options.length,
          maxLength: item.options.length,
        },
      );
      break;
    case 'free-text':
      value = fc.string({ maxLength: 20 });
      break;
  }
  const answered = value.map((v) => ({ item: item.id, value: v }) as Answer);
  return item.required
    ? answered
    : fc.oneof({ weight: 4, arbitrary: answered }, { weight: 1, arbitrary: skip });
}

/** An arbitrary valid response to the instrument. */
export function responseFor(instrument: Instrument, roles: string[]): fc.Arbitrary<Response> {
  return fc
    .record({
      answers: fc.tuple(...itemsOf(instrument).map((item) => answerFor(item, instrument))),
      respondent: fc.stringMatching(/^p-[a-z0-9]{6}$/),
      roleProfile: fc.constantFrom(...roles),
    })
    .map(({ answers, respondent, roleProfile }) => ({
      instrument: { id: instrument.id, version: instrument.version },
      respondent,
      roleProfile,
      phase: 'baseline' as const,
      submittedAt: '2026-03-02T09:24:31Z',
      answers,
    }));
}
