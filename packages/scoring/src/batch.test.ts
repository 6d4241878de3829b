import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Instrument, RankingItem } from '@competence-kit/schemas';
import { levelIndex } from '@competence-kit/model';
import {
  batchColumns,
  codeArrayFor,
  encodeResponses,
  MAX_CELLS_PER_CALL,
  NONE,
  scoreBatch,
  toLehmer,
} from './batch.js';
import { scoreBatchChunks } from './batch-chunks.js';
import { scoreResponse } from './score.js';
import {
  sampleFramework,
  sampleInstrument,
  sampleResponse,
  responseFor,
} from './test-support/fixtures.js';

const framework = sampleFramework();
const instrument = sampleInstrument();

/** The sample with 7 more Likert items on one competence: too many combinations to tabulate. */
function largeCompetenceInstrument(): Instrument {
  const large: Instrument = structuredClone(instrument);
  for (let i = 0; i < 7; i++) {
    large.sections[1]!.items.push({
      id: `od-extra-${i}`,
      type: 'likert',
      competence: 'openness-to-diversity',
      scale: 'agreement',
      reverse: i % 3 === 0,
      weight: [1, 0.3, 1.7][i % 3]!,
      prompt: { en: `Extra statement ${i}` },
    });
  }
  return large;
}

describe('scoreBatch', () => {
  it.each(['Int32Array', 'Int8Array'])(
    'gives exactly the results of scoreResponse, on random cohorts (%s codes)',
    (kind) => {
      fc.assert(
        fc.property(
          fc.array(responseFor(instrument, ['front-desk', 'case-worker']), {
            minLength: 1,
            maxLength: 40,
          }),
          (responses) => {
            const matrix = encodeResponses(instrument, responses);
            if (kind === 'Int32Array') matrix.codes = Int32Array.from(matrix.codes);
            const batch = scoreBatch(instrument, framework, matrix);
            expect(batch.invalidCells).toBe(0);
            responses.forEach((response, r) => {
              const single = scoreResponse(instrument, framework, response);
              expect(batch.competences).toEqual(single.competences.map((c) => c.competence));
              single.competences.forEach((c, i) => {
                const cell = r * batch.competences.length + i;
                expect(Number.isNaN(batch.scores[cell]) ? null : batch.scores[cell]).toBe(c.score); // bit-identical
                expect(batch.levels[cell]).toBe(
                  c.level === null ? NONE : levelIndex(framework, c.level),
                );
                expect(batch.gaps[cell]).toBe(c.gap ?? NONE);
                expect(batch.answered[cell]).toBe(c.answered);
              });
            });
          },
        ),
        { numRuns: 150 },
      );
    },
  );

  it('follows one rule with scoreResponse for answers that do not fit: an option chosen twice, an unknown option, an item answered twice (property)', () => {
    const damage = fc.constantFrom('option twice', 'unknown option', 'answered twice', 'none');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(responseFor(instrument, ['front-desk']), damage, fc.nat()), {
          minLength: 1,
          maxLength: 20,
        }),
        (cases) => {
          const responses = cases.map(([response, how, pick]) => {
            const copy = structuredClone(response);
            const mc = copy.answers.find((a) => a.item === 'wi-1')!;
            if (how === 'option twice') mc.value = ['direct', 'direct'];
            if (how === 'unknown option') mc.value = ['direct', 'telepathy'];
            if (how === 'answered twice') {
              const scored = copy.answers.filter(
                (a) => a.item.startsWith('pl-') || a.item === 'od-1',
              );
              const twice = scored[pick % scored.length]!;
              copy.answers.push({ ...twice });
            }
            return copy;
          });
          const batch = scoreBatch(instrument, framework, encodeResponses(instrument, responses));
          responses.forEach((response, r) => {
            const single = scoreResponse(instrument, framework, response);
            single.competences.forEach((c, i) => {
              const cell = r * batch.competences.length + i;
              expect(batch.answered[cell]).toBe(c.answered);
              expect(Number.isNaN(batch.scores[cell]) ? null : batch.scores[cell]).toBe(c.score);
            });
          });
        },
      ),
      { numRuns: 150 },
    );
    // And the rule itself: an option chosen twice, or an item answered twice, is no answer.
    const twice = structuredClone(sampleResponse());
    twice.answers.push({ ...twice.answers[0]! });
    const once = structuredClone(sampleResponse());
    once.answers[0] = { item: once.answers[0]!.item, skipped: true, reason: 'declined' };
    expect(scoreResponse(instrument, framework, twice).competences).toEqual(
      scoreResponse(instrument, framework, once).competences,
    );
  });

  it.each(['Int32Array', 'Int8Array'])(
    'counts codes that do not fit their item and leaves them out (%s)',
    (kind) => {
      const matrix = encodeResponses(instrument, [sampleResponse()]);
      if (kind === 'Int32Array') matrix.codes = Int32Array.from(matrix.codes);
      matrix.codes[0] = 9; // pl-1: a rating of 9 on 1..5
      matrix.codes[2] = 7; // pl-3: option 7 of 3
      matrix.codes[1] = 127; // pl-2: the largest Int8 code
      const batch = scoreBatch(instrument, framework, matrix);
      expect(batch.invalidCells).toBe(3);
      expect(batch.answered[0]).toBe(0);
      expect(Number.isNaN(batch.scores[0])).toBe(true);
    },
  );

  it('gives exactly the results of scoreResponse for a competence too large to tabulate', () => {
    const large = largeCompetenceInstrument();
    fc.assert(
      fc.property(
        fc.array(responseFor(large, ['front-desk', 'case-worker']), {
          minLength: 1,
          maxLength: 20,
        }),
        (responses) => {
          const matrix = encodeResponses(large, responses);
          matrix.codes = Int8Array.from(matrix.codes);
          const batch = scoreBatch(large, framework, matrix);
          responses.forEach((response, r) => {
            scoreResponse(large, framework, response).competences.forEach((c, i) => {
              const cell = r * batch.competences.length + i;
              expect(Number.isNaN(batch.scores[cell]) ? null : batch.scores[cell]).toBe(c.score);
              expect(batch.answered[cell]).toBe(c.answered);
              expect(batch.gaps[cell]).toBe(c.gap ?? NONE);
            });
          });
        },
      ),
      { numRuns: 50 },
    );
  });

  it('scores any Int8 codes as it scores the same Int32 codes, including codes that do not fit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(instrument, largeCompetenceInstrument()),
        fc.integer({ min: 1, max: 30 }),
        fc.infiniteStream(
          fc.oneof(fc.integer({ min: -128, max: 127 }), fc.integer({ min: -1, max: 6 })),
        ),
        (inst, n, stream) => {
          const items = batchColumns(inst);
          const codes = Int8Array.from(stream.take(n * items.length));
          const roles = Int8Array.from({ length: n }, (_, r) => (r % 3) - 1);
          const matrix = {
            items,
            respondents: n,
            codes,
            roles,
            roleProfiles: ['front-desk', 'case-worker'],
          };
          const int8 = scoreBatch(inst, framework, matrix);
          const int32 = scoreBatch(inst, framework, { ...matrix, codes: Int32Array.from(codes) });
          expect(int8.invalidCells).toBe(int32.invalidCells);
          expect([...int8.scores]).toEqual([...int32.scores]);
          expect([...int8.levels]).toEqual([...int32.levels]);
          expect([...int8.gaps]).toEqual([...int32.gaps]);
          expect([...int8.answered]).toEqual([...int32.answered]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('counts every negative code as skipped, whatever the code type', () => {
    const expected = scoreBatch(
      instrument,
      framework,
      encodeResponses(instrument, [sampleResponse()]),
    );
    for (const code of [-2, -128]) {
      const matrix = encodeResponses(instrument, [sampleResponse()]);
      matrix.codes[1] = code; // pl-2, answered in the sample
      const int8 = scoreBatch(instrument, framework, {
        ...matrix,
        codes: Int8Array.from(matrix.codes),
      });
      const int32 = scoreBatch(instrument, framework, matrix);
      for (const batch of [int8, int32]) {
        expect(batch.invalidCells).toBe(0);
        expect(batch.answered[0]).toBe(expected.answered[0]! - 1);
      }
      expect([...int8.scores]).toEqual([...int32.scores]);
    }
  });

  it('encodes a ranking by its Lehmer code', () => {
    const ids = ['book', 'brief', 'talk', 'debrief'];
    expect(toLehmer(ids, ids)).toBe(0);
    expect(toLehmer(['debrief', 'talk', 'brief', 'book'], ids)).toBe(23);
    expect(toLehmer(['brief', 'book', 'talk', 'debrief'], ids)).toBe(6);
  });

  it('refuses a matrix that does not fit the instrument, naming what was expected', () => {
    const matrix = encodeResponses(instrument, [sampleResponse()]);
    expect(() =>
      scoreBatch(instrument, framework, { ...matrix, items: [...matrix.items].reverse() }),
    ).toThrow(/pl-1, pl-2, pl-3/);
    expect(() => scoreBatch(instrument, framework, { ...matrix, respondents: 2 })).toThrow(
      /Expected 2 × 6 = 12 codes, got 6/,
    );
    expect(batchColumns(instrument)).toEqual(matrix.items);
  });

  it('refuses rankings too long to encode', () => {
    const long: Instrument = structuredClone(instrument);
    const ranking = long.sections[0]!.items[4]! as RankingItem;
    ranking.options = Array.from({ length: 13 }, (_, i) => ({
      id: `o${i}`,
      label: { en: `${i}` },
    }));
    ranking.key = ranking.options.map((o) => o.id);
    expect(() => encodeResponses(long, [])).toThrow(/up to 12 options/);
  });
});

describe('scoreBatch into buffers of the caller', () => {
  it('scores a cohort chunk by chunk into reused buffers, with the results of one call', () => {
    fc.assert(
      fc.property(
        fc.array(responseFor(instrument, ['front-desk']), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 7 }),
        (responses, chunk) => {
          const matrix = encodeResponses(instrument, responses);
          const whole = scoreBatch(instrument, framework, matrix);
          const k = whole.competences.length;
          const m = matrix.items.length;
          const into = {
            scores: new Float64Array(chunk * k),
            levels: new Int8Array(chunk * k),
            gaps: new Int8Array(chunk * k),
            answered: new Uint16Array(chunk * k),
          };
          for (let start = 0; start < responses.length; start += chunk) {
            const size = Math.min(chunk, responses.length - start);
            const part = scoreBatch(
              instrument,
              framework,
              {
                ...matrix,
                respondents: size,
                codes: matrix.codes.subarray(start * m, (start + size) * m),
                roles: matrix.roles!.subarray(start, start + size),
              },
              into,
            );
            expect(part.scores.buffer).toBe(into.scores.buffer);
            expect([...part.scores]).toEqual([
              ...whole.scores.subarray(start * k, (start + size) * k),
            ]);
            expect([...part.gaps]).toEqual([...whole.gaps.subarray(start * k, (start + size) * k)]);
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it('refuses buffers that are too small', () => {
    const matrix = encodeResponses(instrument, [sampleResponse(), sampleResponse()]);
    const small = {
      scores: new Float64Array(3),
      levels: new Int8Array(3),
      gaps: new Int8Array(3),
      answered: new Uint16Array(3),
    };
    expect(() => scoreBatch(instrument, framework, matrix, small)).toThrow(
      /at least 2 × 3 = 6 cells/,
    );
  });
});

describe('the documented path is the fast path', () => {
  it('encodes the answers of the sample instrument in Int8Array codes', () => {
    expect(encodeResponses(instrument, [sampleResponse()]).codes).toBeInstanceOf(Int8Array);
  });

  it('widens the codes only for items whose answers do not fit in a byte', () => {
    const wide = (type: 'multiple-choice' | 'ranking', options: number): Instrument => {
      const copy: Instrument = structuredClone(instrument);
      copy.sections[0]!.items.push({
        id: 'wide',
        type,
        competence: 'plain-language',
        prompt: { en: 'Wide' },
        options: Array.from({ length: options }, (_, i) => ({
          id: `o${i}`,
          label: { en: `O${i}` },
          points: i % 2,
        })),
        ...(type === 'ranking' ? { key: Array.from({ length: options }, (_, i) => `o${i}`) } : {}),
      } as Instrument['sections'][number]['items'][number]);
      return copy;
    };
    expect(codeArrayFor(wide('multiple-choice', 7), 1)).toBeInstanceOf(Int8Array); // 127
    expect(codeArrayFor(wide('multiple-choice', 8), 1)).toBeInstanceOf(Int16Array); // 255
    expect(codeArrayFor(wide('ranking', 5), 1)).toBeInstanceOf(Int8Array); // 5! - 1 = 119
    expect(codeArrayFor(wide('ranking', 8), 1)).toBeInstanceOf(Int32Array); // 8! - 1 = 40,319
  });
});

describe('one call and chunks', () => {
  it('refuses, with the sizes and the way out, more result cells than one call holds', () => {
    const m = batchColumns(instrument).length;
    const k = scoreBatch(instrument, framework, encodeResponses(instrument, [])).competences.length;
    const n = Math.floor(MAX_CELLS_PER_CALL / k) + 1;
    const matrix = {
      items: batchColumns(instrument),
      respondents: n,
      codes: new Int8Array(n * m).fill(-1),
    };
    expect(() => scoreBatch(instrument, framework, matrix)).toThrow(
      new RegExp(`${n} respondents × ${k} competences.*scoreBatchChunks`),
    );
    // In chunks, the same matrix is scored.
    let rows = 0;
    for (const chunk of scoreBatchChunks(instrument, framework, matrix, { chunkSize: 1 << 20 }))
      rows += chunk.respondents;
    expect(rows).toBe(n);
  });

  it('scoreBatchChunks gives the cells of one call, chunk by chunk', () => {
    fc.assert(
      fc.property(
        fc.array(responseFor(instrument, ['front-desk', 'case-worker']), { maxLength: 30 }),
        fc.integer({ min: 1, max: 8 }),
        (responses, chunkSize) => {
          const matrix = encodeResponses(instrument, responses);
          const whole = scoreBatch(instrument, framework, matrix);
          const k = whole.competences.length;
          let seen = 0;
          for (const chunk of scoreBatchChunks(instrument, framework, matrix, { chunkSize })) {
            expect(chunk.from).toBe(seen);
            const cells = chunk.respondents * k;
            expect([...chunk.scores.subarray(0, cells)]).toEqual([
              ...whole.scores.subarray(seen * k, seen * k + cells),
            ]);
            expect([...chunk.gaps]).toEqual([...whole.gaps.subarray(seen * k, seen * k + cells)]);
            seen += chunk.respondents;
          }
          expect(seen).toBe(responses.length);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('refuses a chunk size that is not a positive whole number, and a matrix of the wrong size', () => {
    const matrix = encodeResponses(instrument, [sampleResponse()]);
    expect(() => [...scoreBatchChunks(instrument, framework, matrix, { chunkSize: 0 })]).toThrow(
      /chunkSize/,
    );
    expect(() => [
      ...scoreBatchChunks(instrument, framework, { ...matrix, respondents: 2 }),
    ]).toThrow(/Expected 2 ×/);
  });
});
