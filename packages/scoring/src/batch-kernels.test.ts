import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { roleItems } from './role-view.js';
import type { Answer, Framework, Instrument, Item, Response } from '@competence-kit/schemas';
import { levelIndex } from '@competence-kit/model';
import {
  batchColumns,
  codeArrayFor,
  encodeResponses,
  NONE,
  scoreBatch,
  toLehmer,
} from './batch.js';
import { planFor } from './batch/plan.js';
import { itemKeys } from './items.js';
import { scoreResponse } from './score.js';
import {
  sampleFramework,
  sampleInstrument,
  sampleResponse,
  responseFor,
} from './test-support/fixtures.js';

const framework = sampleFramework();
const instrument = sampleInstrument();
const roles = ['front-desk', 'case-worker'];

/** The sample with one more item on openness-to-diversity, whose codes may not fit in a byte. */
function withItem(type: 'multiple-choice' | 'ranking', options: number): Instrument {
  const copy: Instrument = structuredClone(instrument);
  const ids = Array.from({ length: options }, (_, i) => `o${i}`);
  copy.sections[1]!.items.push({
    id: 'wide',
    type,
    competence: 'openness-to-diversity',
    prompt: { en: 'Wide' },
    options: ids.map((id, i) => ({ id, label: { en: id }, points: (i % 3) - 1 })),
    ...(type === 'ranking' ? { key: [...ids].reverse() } : {}),
  } as Item);
  return copy;
}

/** The sample with three 7-point items more on openness-to-diversity (6 × 8³ combinations). */
function sevenPoint(): Instrument {
  const copy: Instrument = structuredClone(instrument);
  copy.likertScales!.push({
    id: 'seven',
    min: 1,
    max: 7,
    labels: { 1: { en: '1' }, 7: { en: '7' } },
  });
  for (let i = 0; i < 3; i++)
    copy.sections[1]!.items.push({
      id: `od-7-${i}`,
      type: 'likert',
      competence: 'openness-to-diversity',
      scale: 'seven',
      reverse: i === 1,
      weight: [1, 0.7, 1.3][i]!,
      prompt: { en: `Statement ${i}` },
    });
  return copy;
}

const shipped = join(import.meta.dirname, '..', '..', 'framework-intercultural', 'content');
const readShipped = <T>(...path: string[]) =>
  JSON.parse(readFileSync(join(shipped, ...path), 'utf8')) as T;

/** Expects the cells of a batch to be those of scoreResponse on each response, to the bit. */
function expectScoreResponse(inst: Instrument, fw: Framework, responses: Response[]) {
  const batch = scoreBatch(inst, fw, encodeResponses(inst, responses));
  responses.forEach((response, r) => {
    scoreResponse(inst, fw, response).competences.forEach((c, i) => {
      const cell = r * batch.competences.length + i;
      expect(Number.isNaN(batch.scores[cell]) ? null : batch.scores[cell]).toBe(c.score);
      // A valid score without a level is below the scale (-1); not valid is NONE.
      expect(batch.levels[cell]).toBe(
        c.level !== null ? levelIndex(fw, c.level) : c.valid ? -1 : NONE,
      );
      expect(batch.gaps[cell]).toBe(c.gap ?? NONE);
      expect(batch.answered[cell]).toBe(c.answered);
    });
  });
  return batch;
}

const variants: [string, () => Instrument, string, boolean][] = [
  ['multiple choice of 8 options', () => withItem('multiple-choice', 8), 'Int16Array', true],
  ['a ranking of 6 options', () => withItem('ranking', 6), 'Int16Array', true],
  [
    'multiple choice of 20 options (no table)',
    () => withItem('multiple-choice', 20),
    'Int32Array',
    false,
  ],
  [
    'a ranking of 8 options (too many combinations)',
    () => withItem('ranking', 8),
    'Int32Array',
    false,
  ],
  ['7-point items', sevenPoint, 'Int8Array', true],
];

describe('the documented path is the fast path', () => {
  it('scores every competence of the shipped staff self-assessment from the tables of answer combinations', () => {
    const staff = readShipped<Instrument>('instruments', 'staff-self-assessment.json');
    const fw = readShipped<Framework>('framework.json');
    expect(encodeResponses(staff, []).codes).toBeInstanceOf(Int8Array);
    const plan = planFor(staff, fw);
    expect(plan.competences.length).toBe(fw.competences.length);
    expect([...plan.tables.comboStart].filter((start) => start < 0)).toEqual([]);
  });

  it("gives scoreResponse's results on the shipped anchored instrument, through its tables", () => {
    const staff = readShipped<Instrument>('instruments', 'staff-self-assessment.json');
    const fw = readShipped<Framework>('framework.json');
    expect(staff.scoring.method).toBe('anchored');
    const roles = fw.roleProfiles!.map((r) => r.id);
    fc.assert(
      fc.property(fc.array(responseFor(staff, roles), { minLength: 1, maxLength: 20 }), (rs) => {
        expect(expectScoreResponse(staff, fw, rs).invalidCells).toBe(0);
      }),
      { numRuns: 25 },
    );
    // And role views: the items above the role's target left out, some at the target skipped.
    const viewed = fc.array(responseFor(staff, roles), { minLength: 1, maxLength: 20 }).map((rs) =>
      rs.map((response, n) => {
        const asked = roleItems(staff, fw, response.roleProfile!).items;
        return {
          ...response,
          answers: response.answers.filter((a, x) => asked.has(a.item) && (n + x) % 7 !== 0),
        };
      }),
    );
    fc.assert(
      fc.property(viewed, (rs) => {
        expect(expectScoreResponse(staff, fw, rs).invalidCells).toBe(0);
      }),
      { numRuns: 25 },
    );
  });

  it.each(variants)(
    'encodes %s in the narrowest codes and tabulates what fits',
    (_, make, kind, tabulated) => {
      const inst = make();
      expect(encodeResponses(inst, []).codes.constructor.name).toBe(kind);
      expect(codeArrayFor(inst, 1).constructor.name).toBe(kind);
      const plan = planFor(inst, framework);
      const od = plan.competences.indexOf('openness-to-diversity');
      expect(plan.tables.comboStart[od]! >= 0).toBe(tabulated);
      expect([...plan.tables.comboStart].filter((s, i) => i !== od && s < 0)).toEqual([]);
    },
  );
});

describe('scoreBatch on codes of every width', () => {
  it.each(variants)('gives exactly the results of scoreResponse with %s', (_, make) => {
    const inst = make();
    fc.assert(
      fc.property(
        fc.array(responseFor(inst, roles), { minLength: 1, maxLength: 25 }),
        (responses) => {
          expect(expectScoreResponse(inst, framework, responses).invalidCells).toBe(0);
        },
      ),
      { numRuns: 40 },
    );
  });

  it.each(variants)(
    'scores any codes, fitting or not, as scoreResponse scores their answers, with %s',
    (_, make) => {
      const inst = make();
      const keys = [...itemKeys(inst).values()];
      const items = batchColumns(inst);
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 12 }),
          fc.infiniteStream(
            fc.oneof(fc.integer({ min: -3, max: 8 }), fc.integer({ min: -200, max: 800 })),
          ),
          (n, stream) => {
            const values = [...stream.take(n * items.length)];
            const codes = codeArrayFor(inst, n * items.length);
            const widest = codes instanceof Int8Array ? 127 : 32_767;
            codes.set(values.map((v) => Math.max(-128, Math.min(v, widest))));
            const responses = Array.from({ length: n }, (_, r): Response => ({
              instrument: { id: inst.id, version: inst.version },
              respondent: `p-${r}`,
              phase: 'baseline',
              submittedAt: '2026-03-02T09:24:31Z',
              ...(r % 3 < 2 ? { roleProfile: roles[r % 3]! } : {}),
              answers: keys.map((key, j) => answerOf(key.item, codes[r * items.length + j]!)),
            }));
            const matrix = {
              items,
              respondents: n,
              codes,
              roles: Int8Array.from({ length: n }, (_, r) => (r % 3 < 2 ? r % 3 : -1)),
              roleProfiles: roles,
            };
            for (const codesOfWidth of [codes, Int32Array.from(codes)]) {
              const batch = scoreBatch(inst, framework, { ...matrix, codes: codesOfWidth });
              let invalid = 0;
              responses.forEach((response, r) => {
                keys.forEach((key, j) => {
                  const answer = response.answers[j]!;
                  if (
                    codes[r * items.length + j]! >= 0 &&
                    (answer.skipped || key.raw(answer.value) === undefined)
                  )
                    invalid++;
                });
                scoreResponse(inst, framework, response).competences.forEach((c, i) => {
                  const cell = r * batch.competences.length + i;
                  expect(Number.isNaN(batch.scores[cell]) ? null : batch.scores[cell]).toBe(
                    c.score,
                  );
                  expect(batch.levels[cell]).toBe(
                    c.level === null ? NONE : levelIndex(framework, c.level),
                  );
                  expect(batch.gaps[cell]).toBe(c.gap ?? NONE);
                  expect(batch.answered[cell]).toBe(c.answered);
                });
              });
              expect(batch.invalidCells).toBe(invalid);
            }
          },
        ),
        { numRuns: 60 },
      );
    },
  );
});

/** The answer a code stands for (a skip for negative codes and codes that decode to nothing). */
function answerOf(item: Item, code: number): Answer {
  const skipped: Answer = { item: item.id, skipped: true };
  if (code < 0) return skipped;
  const ids = 'options' in item ? item.options.map((o) => o.id) : [];
  switch (item.type) {
    case 'likert':
      return { item: item.id, value: code };
    case 'single-choice':
    case 'situational-judgement':
      return code < ids.length ? { item: item.id, value: ids[code]! } : skipped;
    case 'multiple-choice':
      return code < 2 ** ids.length
        ? { item: item.id, value: ids.filter((_, i) => (code >>> i) & 1) }
        : skipped;
    case 'ranking': {
      const permutation = byLehmer(ids).get(code);
      return permutation ? { item: item.id, value: permutation } : skipped;
    }
    default:
      return skipped;
  }
}

const lehmerCache = new Map<string, Map<number, string[]>>();
/** Every permutation of `ids` by its Lehmer code. */
function byLehmer(ids: string[]): Map<number, string[]> {
  let all = lehmerCache.get(ids.join(','));
  if (!all) {
    all = new Map(permutations(ids).map((p) => [toLehmer(p, ids), p]));
    lehmerCache.set(ids.join(','), all);
  }
  return all;
}

function permutations(ids: string[]): string[][] {
  return ids.length <= 1
    ? [ids]
    : ids.flatMap((id, i) =>
        permutations([...ids.slice(0, i), ...ids.slice(i + 1)]).map((p) => [id, ...p]),
      );
}

describe('role indices', () => {
  it('refuses a role index without a role profile, naming the row', () => {
    const noRole = sampleResponse();
    delete noRole.roleProfile;
    const matrix = encodeResponses(instrument, [sampleResponse(), noRole]);
    expect(matrix.roleProfiles).toEqual(['front-desk']);
    expect([...matrix.roles!]).toEqual([0, -1]);
    matrix.roles![1] = 1;
    expect(() => scoreBatch(instrument, framework, matrix)).toThrow(
      /roles\[1\] is 1, but roleProfiles has 1 entries/,
    );
    matrix.roles![1] = -1;
    const batch = scoreBatch(instrument, framework, matrix);
    const k = batch.competences.length;
    expect([...batch.gaps.subarray(k)]).toEqual(Array<number>(k).fill(NONE));
  });
});

/**
 * The sample's three competences with four 7-point items each (the fourth reverse-keyed):
 * plain-language and openness-to-diversity alike; working-with-interpreters weighs its first item
 * double; `thresholds` gives openness-to-diversity thresholds of its own.
 */
function alike(thresholds = false): Instrument {
  const copy: Instrument = structuredClone(instrument);
  copy.likertScales = [{ id: 'seven', min: 1, max: 7, labels: { 1: { en: '1' }, 7: { en: '7' } } }];
  const competences = ['plain-language', 'working-with-interpreters', 'openness-to-diversity'];
  copy.sections = [
    {
      id: 'all',
      title: { en: 'All' },
      items: competences.flatMap((competence, c) =>
        [1, 2, 3, 4].map((i): Item => ({
          id: `c${c}-${i}`,
          type: 'likert',
          competence,
          scale: 'seven',
          reverse: i === 4,
          ...(c === 1 && i === 1 ? { weight: 2 } : {}),
          prompt: { en: `Statement ${c}.${i}` },
        })),
      ),
    },
  ];
  if (thresholds)
    copy.scoring.competenceThresholds = {
      'openness-to-diversity': [
        { level: 'foundation', min: 0 },
        { level: 'practitioner', min: 0.5 },
      ],
    };
  return copy;
}

describe('tables of answer combinations', () => {
  it('are shared by competences whose items score alike, with the results of scoreResponse', () => {
    const inst = alike();
    const plan = planFor(inst, framework);
    const [pl, wi, od] = [
      'plain-language',
      'working-with-interpreters',
      'openness-to-diversity',
    ].map((id) => plan.tables.comboStart[plan.competences.indexOf(id)]!);
    expect(pl).toBeGreaterThanOrEqual(0);
    expect(od).toBe(pl);
    expect(wi).not.toBe(pl);
    expect(plan.tables.combos.scores.length).toBe(2 * 8 ** 4);
    fc.assert(
      fc.property(
        fc.array(responseFor(inst, roles), { minLength: 1, maxLength: 25 }),
        (responses) => {
          expectScoreResponse(inst, framework, responses);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('are not shared by competences with thresholds of their own', () => {
    const inst = alike(true);
    const plan = planFor(inst, framework);
    const starts = [...plan.tables.comboStart];
    expect(new Set(starts).size).toBe(3);
    expect(plan.tables.combos.scores.length).toBe(3 * 8 ** 4);
    fc.assert(
      fc.property(
        fc.array(responseFor(inst, roles), { minLength: 1, maxLength: 25 }),
        (responses) => {
          expectScoreResponse(inst, framework, responses);
        },
      ),
      { numRuns: 40 },
    );
  });
});
