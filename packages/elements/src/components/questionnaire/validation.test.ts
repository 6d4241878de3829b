import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import type { Answer, Instrument, Item, Response } from '@competence-kit/schemas';
import { framework, staffSelfAssessment } from '@competence-kit/framework-intercultural';
import { parseResponse } from '@competence-kit/scoring';
import { fits, indexInstrument, isAnswered, problemOf } from './validation.js';

const t = (en: string) => ({ en });
const options = (...ids: string[]) => ids.map((id) => ({ id, label: t(id), points: 1 }));

/** One item of every type, with limits, beside the shipped staff self-assessment's items. */
const edge: Item[] = [
  {
    id: 'e-mc',
    type: 'multiple-choice',
    competence: 'c',
    prompt: t('?'),
    options: options('a', 'b', 'c'),
    minSelected: 1,
    maxSelected: 2,
  },
  { id: 'e-rank', type: 'ranking', prompt: t('?'), options: options('a', 'b', 'c') },
  { id: 'e-text', type: 'free-text', prompt: t('?'), maxLength: 3 },
  { id: 'e-single', type: 'single-choice', prompt: t('?'), options: options('a', 'b') },
];
const instrument: Instrument = {
  ...staffSelfAssessment,
  sections: [...staffSelfAssessment.sections, { id: 'edge', title: t('Edge'), items: edge }],
};

/** Values that fit some items and not others, the limits' edges among them. */
const candidates: unknown[] = [
  0,
  1,
  3,
  5,
  7,
  2.5,
  '3',
  'a',
  'b',
  'x',
  'abcd',
  '😀😀a',
  [],
  ['a'],
  ['a', 'b'],
  ['a', 'b', 'c'],
  ['c', 'b', 'a'],
  ['a', 'a'],
  ['a', 'x'],
  null,
  true,
];

describe('the questionnaire and parseResponse apply one rule to an answer', () => {
  const index = indexInstrument(instrument);
  if (!index.ok) throw new Error(JSON.stringify(index.issues));
  const items = index.value.items;
  // Every item answered with a value that fits it, so only the item under test can be wrong.
  const base: Answer[] = items.map(({ item, scale }) => ({
    item: item.id,
    value:
      item.type === 'likert'
        ? scale!.min
        : item.type === 'free-text'
          ? 'ok'
          : item.type === 'ranking'
            ? item.options.map((o) => o.id)
            : item.type === 'multiple-choice'
              ? [item.options[0]!.id]
              : item.options[0]!.id,
  }));
  const accepts = (at: number, value: unknown) => {
    const answers = base.map((a, i) => (i === at ? { item: a.item, value } : a));
    const response = {
      instrument: { id: instrument.id, version: instrument.version },
      respondent: 'p-1',
      phase: 'baseline',
      submittedAt: '2027-03-02T09:24:31+01:00',
      answers,
    } as Response;
    // A value the response schema itself rejects (null, true) is refused there.
    return parseResponse(response, instrument, framework).ok;
  };

  it('the base response is accepted', () => {
    expect(accepts(-1, undefined)).toBe(true);
  });

  it('an answer can be submitted by the questionnaire exactly when parseResponse accepts it', () => {
    let compared = 0;
    // Each item type once (the first of each), then the edge items with their limits.
    const seen = new Set<string>();
    items.forEach((entry, at) => {
      const kind = `${entry.item.type}:${entry.section}`;
      if (seen.has(kind) && entry.section !== instrument.sections.length - 1) return;
      seen.add(kind);
      for (const value of candidates) {
        const answer = { item: entry.item.id, value } as Answer;
        // Blank text and an empty choice are no answer to the questionnaire: it does not submit them as values.
        if (!isAnswered(answer)) continue;
        const questionnaire = fits(entry, value) && problemOf(entry, answer) === undefined;
        expect([entry.item.id, value, questionnaire]).toEqual([
          entry.item.id,
          value,
          accepts(at, value),
        ]);
        compared++;
      }
    });
    expect(compared).toBeGreaterThan(candidates.length * 5);
  });

  it('limits a respondent can fix are problems, not misfits', () => {
    const mc = items.find((e) => e.item.id === 'e-mc')!;
    expect(fits(mc, [])).toBe(true);
    expect(problemOf(mc, { item: 'e-mc', value: ['a', 'b', 'c'] })).toEqual({
      code: 'too-many',
      max: 2,
    });
    expect(fits(mc, ['a', 'a'])).toBe(false);
    const text = items.find((e) => e.item.id === 'e-text')!;
    expect(fits(text, 'abcd')).toBe(true);
    expect(problemOf(text, { item: 'e-text', value: 'abcd' })).toEqual({
      code: 'too-long',
      max: 3,
    });
    expect(fits(text, 'x'.repeat(20_001))).toBe(false);
  });
});

describe('@competence-kit/scoring/answers', () => {
  it('bundles without semver (CommonJS, which the elements keep out)', async () => {
    const result = await build({
      stdin: {
        contents: "export * from '@competence-kit/scoring/answers';",
        resolveDir: fileURLToPath(new URL('.', import.meta.url)),
      },
      bundle: true,
      write: false,
      format: 'esm',
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((path) => path.includes('answers.js'))).toBe(true);
    expect(inputs.filter((path) => /semver|ajv|zod/.test(path))).toEqual([]);
    expect(result.outputFiles[0]!.text).not.toMatch(/semver/);
  });

  it('the guard would see semver: the main entry point pulls it in', async () => {
    const result = await build({
      stdin: {
        contents: "export { parseInstrument } from '@competence-kit/scoring';",
        resolveDir: fileURLToPath(new URL('.', import.meta.url)),
      },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      metafile: true,
      logLevel: 'silent',
    });
    expect(Object.keys(result.metafile.inputs).some((path) => path.includes('semver'))).toBe(true);
  });
});
