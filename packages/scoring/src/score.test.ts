import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Instrument, LikertItem } from '@competence-kit/schemas';
import { scoreResponse, levelFor } from './score.js';
import { itemKey, itemKeys, scoreItem } from './items.js';
import {
  sampleFramework,
  sampleInstrument,
  sampleResponse,
  responseFor,
} from './test-support/fixtures.js';

const framework = sampleFramework();
const instrument = sampleInstrument();

describe('scoreResponse', () => {
  it('scores the sample response as computed by hand', () => {
    const result = scoreResponse(instrument, framework, sampleResponse());
    // plain-language: pl-1 rating 4 on 1..5 → 0.75; pl-2 reverse-keyed rating 2 → raw 4 → 0.75;
    // pl-3 situational judgement, best option (2 of 0..2 points) → 1, weight 2.
    // score = (0.75 + 0.75 + 2·1) / 4 = 0.875; raw = 4 + 4 + 2·2 = 12; bounds 1+1+0 = 2 .. 5+5+2·2 = 14.
    expect(result.competences[0]).toEqual({
      competence: 'plain-language',
      score: 0.875,
      raw: 12,
      rawMin: 2,
      rawMax: 14,
      answered: 3,
      total: 3,
      valid: true,
      level: 'expert',
      target: 'practitioner',
      gap: -2,
    });
    // working-with-interpreters: wi-1 chose +1 +1 of {+1, +1, −1}: sums range −1..2 → (2+1)/3 = 1;
    // wi-2 ranking equal to the key: D = 0, D_max = ⌊16/2⌋ = 8 → 1.
    expect(result.competences[1]).toEqual({
      competence: 'working-with-interpreters',
      score: 1,
      raw: 10,
      rawMin: -1,
      rawMax: 10,
      answered: 2,
      total: 2,
      valid: true,
      level: 'expert',
      target: 'foundation',
      gap: -3,
    });
    // openness-to-diversity: its only item was skipped → invalid, no level, no gap.
    expect(result.competences[2]).toEqual({
      competence: 'openness-to-diversity',
      score: null,
      raw: 0,
      rawMin: 0,
      rawMax: 0,
      answered: 0,
      total: 1,
      valid: false,
      level: null,
      target: 'practitioner',
      gap: null,
    });
    expect(result.competences).toHaveLength(3); // residence-law-basics has no items
    expect(result.summary).toEqual({
      answered: 5,
      skipped: 1,
      total: 6,
      validCompetences: 2,
      meanScore: 0.9375,
      belowTarget: 0,
    });
    expect(result).toMatchObject({
      respondent: 'p-7f3a9c',
      roleProfile: 'front-desk',
      phase: 'baseline',
      responseId: 'r-0001',
    });
  });

  it('matches the committed example result', () => {
    const path = join(
      import.meta.dirname,
      '..',
      '..',
      '..',
      'schemas',
      'examples',
      'result',
      'valid',
      'front-desk-baseline.json',
    );
    const { $schema: _schema, ...example } = JSON.parse(readFileSync(path, 'utf8'));
    expect(scoreResponse(instrument, framework, sampleResponse())).toEqual(example);
  });

  it('scores a partly wrong ranking and a harmful choice', () => {
    const response = sampleResponse();
    response.answers[3] = { item: 'wi-1', value: ['brief', 'relative-child'] }; // 1 − 1 = 0 → (0 + 1) / 3
    response.answers[4] = { item: 'wi-2', value: ['brief', 'book', 'talk', 'debrief'] }; // D = 2 → 6 / 8
    const wi = scoreResponse(instrument, framework, response).competences[1]!;
    expect(wi.score).toBeCloseTo((1 / 3 + 0.75) / 2, 12);
    expect(wi.raw).toBe(0 + 6);
  });

  it('marks a competence invalid below the minimum share of answered items', () => {
    const strict: Instrument = {
      ...instrument,
      scoring: { ...instrument.scoring, minAnsweredShare: 0.9 },
    };
    const response = sampleResponse();
    response.answers[0] = { item: 'pl-1', skipped: true }; // 2 of 3 answered < 0.9
    const pl = scoreResponse(strict, framework, response).competences[0]!;
    expect(pl).toMatchObject({
      answered: 2,
      total: 3,
      valid: false,
      score: null,
      level: null,
      gap: null,
    });
  });

  it('reports a positive gap below the target', () => {
    const response = { ...sampleResponse(), roleProfile: 'case-worker' };
    response.answers = response.answers.map((a) =>
      a.item === 'pl-3' ? { item: 'pl-3', value: 'read-aloud' } : a,
    );
    // (0.75 + 0.75 + 0) / 4 = 0.375 → foundation; case worker target: advanced → gap 2.
    const pl = scoreResponse(instrument, framework, response).competences[0]!;
    expect(pl).toMatchObject({ score: 0.375, level: 'foundation', target: 'advanced', gap: 2 });
    expect(scoreResponse(instrument, framework, response).summary.belowTarget).toBe(1);
  });

  it("uses a competence's own thresholds when it has them", () => {
    const own: Instrument = {
      ...instrument,
      scoring: {
        ...instrument.scoring,
        competenceThresholds: {
          'plain-language': [
            { level: 'foundation', min: 0 },
            { level: 'practitioner', min: 0.8 },
          ],
        },
      },
    };
    expect(scoreResponse(own, framework, sampleResponse()).competences[0]!.level).toBe(
      'practitioner',
    );
  });

  it('levels a score exactly on a threshold up, despite floating-point noise', () => {
    const t = instrument.scoring.thresholds!;
    expect(levelFor(0.65, t)).toBe('advanced');
    expect(levelFor(0.1 + 0.2 + 0.35 - 1e-12, t)).toBe('advanced');
    expect(levelFor(0.6499, t)).toBe('practitioner');
  });

  it('keeps every score in 0..1 and its raw sum within its bounds, for any valid response', () => {
    fc.assert(
      fc.property(responseFor(instrument, ['front-desk', 'case-worker']), (response) => {
        for (const c of scoreResponse(instrument, framework, response).competences) {
          if (c.score !== null) {
            expect(c.score).toBeGreaterThanOrEqual(0);
            expect(c.score).toBeLessThanOrEqual(1);
          }
          expect(c.raw).toBeGreaterThanOrEqual(c.rawMin);
          expect(c.raw).toBeLessThanOrEqual(c.rawMax);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of the answers', () => {
    fc.assert(
      fc.property(
        responseFor(instrument, ['front-desk']),
        fc.infiniteStream(fc.nat()),
        (response, seeds) => {
          const shuffled = {
            ...response,
            answers: [...response.answers].sort(() => (seeds.next().value % 3) - 1),
          };
          expect(scoreResponse(instrument, framework, shuffled)).toEqual(
            scoreResponse(instrument, framework, response),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('treats reverse keying as a reflection: reversing twice is the identity', () => {
    const scales = new Map(instrument.likertScales!.map((s) => [s.id, s]));
    const base = instrument.sections[0]!.items[0] as LikertItem;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), (v) => {
        const plain = itemKey({ ...base, reverse: false }, scales)!;
        const reversed = itemKey({ ...base, reverse: true }, scales)!;
        const reflect = (x: number) => 1 + 5 - x;
        expect(reversed.raw(v)).toBe(plain.raw(reflect(v)));
        expect(reversed.raw(reflect(v))).toBe(plain.raw(v));
        expect(reflect(reflect(v))).toBe(v);
        const s = scoreItem(reversed, { item: base.id, value: v })!;
        expect(s.normalised).toBeCloseTo(
          1 - scoreItem(plain, { item: base.id, value: v })!.normalised,
          12,
        );
      }),
    );
  });

  it('leaves free text and choices without points unscored', () => {
    const keys = itemKeys(instrument);
    expect(keys.has('comment')).toBe(false);
    expect(keys.has('unit-size')).toBe(false);
    expect([...keys.keys()]).toEqual(['pl-1', 'pl-2', 'pl-3', 'wi-1', 'wi-2', 'od-1']);
  });
});
