import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type {
  Answer,
  CompetenceScore,
  Instrument,
  Item,
  Response,
  Result,
} from '@competence-kit/schemas';
import { aggregate } from './aggregate.js';
import { NONE, encodeResponses, scoreBatch } from './batch.js';
import { BELOW_SCALE } from './levels.js';
import { parseInstrument } from './parse-instrument.js';
import { roleItems } from './role-view.js';
import { scoreResponse } from './score.js';
import { responseFor, sampleFramework } from './test-support/fixtures.js';

// The sample framework (schemas/examples/framework/valid/sample.json), hand-read: levels
// foundation < practitioner < advanced < expert; front-desk's target for plain-language is
// practitioner, case-worker's advanced; both target openness-to-diversity at practitioner.
const framework = sampleFramework();
const LEVELS = ['foundation', 'practitioner', 'advanced', 'expert'] as const;
const text = (en: string) => ({ en });

const likert = (id: string, competence: string, level: string, weight?: number): Item =>
  ({
    id,
    type: 'likert',
    competence,
    scale: 'agreement',
    level,
    prompt: text(`${competence}: ${id}`),
    ...(weight === undefined ? {} : { weight }),
  }) as Item;

/**
 * plain-language: two agreement statements (1..5, scored (v − 1) / 4) per level, `pl-f1` ..
 * `pl-e2`. openness-to-diversity: per level a weighted pair, `od-f1` (weight 3) and `od-f2`
 * (weight 1), and so on. A free-text wish. Endorsement 0.75, minAnsweredShare 0.5 (one of a
 * level's two items is enough).
 */
function anchoredInstrument(): Instrument {
  const pair = (prefix: string, competence: string, weights: [number?, number?] = []) =>
    LEVELS.flatMap((level) => [
      likert(`${prefix}-${level[0]}1`, competence, level, weights[0]),
      likert(`${prefix}-${level[0]}2`, competence, level, weights[1]),
    ]);
  return {
    id: 'https://example.org/instruments/anchored-test',
    version: '1.0.0',
    framework: { id: framework.id, version: '^0.1.0' },
    title: text('Anchored'),
    locales: ['en'],
    defaultLocale: 'en',
    likertScales: [
      { id: 'agreement', min: 1, max: 5, labels: { '1': text('No'), '5': text('Yes') } },
    ],
    sections: [
      { id: 'language', title: text('Language'), items: pair('pl', 'plain-language') },
      {
        id: 'openness',
        title: text('Openness'),
        items: [
          ...pair('od', 'openness-to-diversity', [3, 1]),
          { id: 'wish', type: 'free-text', prompt: text('What would you like to learn?') },
        ],
      },
    ],
    scoring: { method: 'anchored', minAnsweredShare: 0.5, endorsement: 0.75 },
  } as Instrument;
}

/** An organisation's maturity of its own: three levels, two statements each, anchored. */
function ownScaleInstrument(): Instrument {
  const own = ['initial', 'established', 'embedded'];
  const instrument = anchoredInstrument();
  instrument.sections = [
    {
      id: 'practice',
      title: text('Practice'),
      items: own.flatMap((level) => [
        likert(`m-${level}-1`, 'plain-language', level),
        likert(`m-${level}-2`, 'plain-language', level),
      ]),
    },
  ] as Instrument['sections'];
  instrument.scoring = {
    method: 'anchored',
    minAnsweredShare: 0.5,
    endorsement: 0.75,
    scale: { levels: own.map((id) => ({ id, label: text(id) })) },
  };
  return instrument;
}

/** A response with the given Likert ratings (null: skipped); items not named are not listed. */
function respond(ratings: Record<string, number | null>, roleProfile?: string): Response {
  return {
    instrument: { id: 'https://example.org/instruments/anchored-test', version: '1.0.0' },
    respondent: 'p-abcdef',
    phase: 'baseline',
    submittedAt: '2026-03-02T09:24:31Z',
    ...(roleProfile === undefined ? {} : { roleProfile }),
    answers: Object.entries(ratings).map(([item, value]): Answer =>
      value === null ? { item, skipped: true } : { item, value },
    ),
  };
}

/** plain-language ratings per level, f/p/a/e, two each. */
const pl = (f: [number | null, number | null], p = f, a = p, e = a) => ({
  'pl-f1': f[0],
  'pl-f2': f[1],
  'pl-p1': p[0],
  'pl-p2': p[1],
  'pl-a1': a[0],
  'pl-a2': a[1],
  'pl-e1': e[0],
  'pl-e2': e[1],
});

const instrument = anchoredInstrument();
const competence = (result: Result, id: string): CompetenceScore =>
  result.competences.find((c) => c.competence === id)!;
const plainLanguage = (ratings: Record<string, number | null>, role?: string) =>
  competence(scoreResponse(instrument, framework, respond(ratings, role)), 'plain-language');
const statuses = (c: CompetenceScore) => c.levels!.map((l) => l.status);
const problems = (parsed: ReturnType<typeof parseInstrument>) => (parsed.ok ? [] : parsed.issues);

describe('scoreResponse with the method "anchored"', () => {
  it('reaches each level when it and every level below are endorsed (hand-checked)', () => {
    // Level means (5 → 1, 4 → 0.75, 3 → 0.5, 2 → 0.25, 1 → 0), endorsed from 0.75.
    // foundation only: f (1 + 0.75) / 2 = 0.875; p 0.5.
    expect(plainLanguage(pl([5, 4], [3, 3], [1, 1])).level).toBe('foundation');
    // practitioner: p exactly 0.75 is endorsed; a (0.75 + 0.25) / 2 = 0.5.
    expect(plainLanguage(pl([5, 5], [4, 4], [4, 2], [1, 1])).level).toBe('practitioner');
    // advanced: e (0.5 + 0.75) / 2 = 0.625.
    expect(plainLanguage(pl([5, 5], [5, 4], [4, 5], [3, 4])).level).toBe('advanced');
    const expert = plainLanguage(pl([5, 5], [5, 5], [5, 5], [4, 4]));
    expect(expert).toMatchObject({ level: 'expert', valid: true, answered: 8, total: 8 });
    // The score stays the weighted mean of every answered item: (6 · 1 + 2 · 0.75) / 8.
    expect(expert.score).toBe(0.9375);
    expect(expert.levels).toEqual([
      { level: 'foundation', answered: 2, total: 2, score: 1, status: 'endorsed' },
      { level: 'practitioner', answered: 2, total: 2, score: 1, status: 'endorsed' },
      { level: 'advanced', answered: 2, total: 2, score: 1, status: 'endorsed' },
      { level: 'expert', answered: 2, total: 2, score: 0.75, status: 'endorsed' },
    ]);
  });

  it('does not skip a level: practitioner not endorsed, advanced and expert endorsed → foundation', () => {
    const c = plainLanguage(pl([5, 5], [2, 3], [5, 5], [5, 5]));
    expect(c.level).toBe('foundation');
    expect(statuses(c)).toEqual(['endorsed', 'not-endorsed', 'endorsed', 'endorsed']);
    // A high score does not lift the level: (6 · 1 + 0.25 + 0.5) / 8.
    expect(c.score).toBe(0.84375);
  });

  it('marks a person below the scale: valid, no level, the gap counted from below foundation', () => {
    // f (0.5 + 0.75) / 2 = 0.625 < 0.75; everything above fully agreed.
    const below = plainLanguage(pl([3, 4], [5, 5]), 'front-desk');
    expect(below).toMatchObject({ valid: true, level: null, target: 'practitioner', gap: 2 });
    expect(below.score).not.toBeNull();
    const result = scoreResponse(instrument, framework, respond(pl([3, 4], [5, 5]), 'front-desk'));
    expect(result.summary.belowTarget).toBe(1);
  });

  it('makes the result not valid when a level has too few answers, unlike below the scale', () => {
    // One of two answered is enough (share 0.5) ...
    expect(plainLanguage(pl([5, null], [4, null])).level).toBe('expert');
    // ... none is not: the practitioner statements are unknown, so the level is.
    const unknown = plainLanguage(pl([5, 5], [null, null], [5, 5]));
    expect(unknown).toMatchObject({ valid: false, score: null, level: null, gap: null });
    expect(statuses(unknown)).toEqual(['endorsed', 'unknown', 'endorsed', 'endorsed']);
    // Above the first level not endorsed nothing can change the level: unknown there is fine
    // (a person who skips the expert statements after failing practitioner still has a level).
    const stopped = plainLanguage(pl([5, 5], [1, 1], [3, 3], [null, null]));
    expect(stopped).toMatchObject({ valid: true, level: 'foundation', gap: null });
    expect(statuses(stopped)).toEqual(['endorsed', 'not-endorsed', 'not-endorsed', 'unknown']);
  });

  it('weighs a level by its items weights', () => {
    // od-f1 (weight 3) fully agreed, od-f2 (weight 1) not at all: (3 · 1 + 0) / 4 = 0.75,
    // endorsed; the unweighted mean, 0.5, would not be. Practitioner: (3 · 0.5 + 1) / 4 = 0.625.
    const ratings = { 'od-f1': 5, 'od-f2': 1, 'od-p1': 3, 'od-p2': 5, 'od-a1': 5, 'od-a2': 5 };
    const od = competence(
      scoreResponse(instrument, framework, respond({ ...ratings, 'od-e1': 5, 'od-e2': 5 })),
      'openness-to-diversity',
    );
    expect(od.level).toBe('foundation');
    expect(od.levels!.slice(0, 2).map((l) => l.score)).toEqual([0.75, 0.625]);
  });

  it("stops at the role's target when the levels above were not asked", () => {
    // front-desk (target practitioner) sees foundation and practitioner statements only.
    const asked = roleItems(instrument, framework, 'front-desk').items;
    expect([...asked].filter((id) => id.startsWith('pl-'))).toEqual([
      'pl-f1',
      'pl-f2',
      'pl-p1',
      'pl-p2',
    ]);
    const met = plainLanguage({ 'pl-f1': 5, 'pl-f2': 5, 'pl-p1': 4, 'pl-p2': 5 }, 'front-desk');
    expect(met).toMatchObject({ valid: true, level: 'practitioner', gap: 0 });
    expect(statuses(met)).toEqual(['endorsed', 'endorsed', 'not-asked', 'not-asked']);
    const short = plainLanguage({ 'pl-f1': 5, 'pl-f2': 5, 'pl-p1': 2, 'pl-p2': 3 }, 'front-desk');
    expect(short).toMatchObject({ valid: true, level: 'foundation', gap: 1 });
    // Answers above the target, when given, count.
    expect(plainLanguage(pl([5, 5]), 'front-desk')).toMatchObject({ level: 'expert', gap: -2 });
    // Without a role nothing is "not asked": the same answers are too few.
    expect(plainLanguage({ 'pl-f1': 5, 'pl-f2': 5, 'pl-p1': 4, 'pl-p2': 5 }).valid).toBe(false);
  });
});

describe("an instrument's own scale", () => {
  const own = ownScaleInstrument();
  const maturity = (ratings: Record<string, number | null>) =>
    scoreResponse(own, framework, respond(ratings, 'front-desk')).competences[0]!;

  it('reaches its own levels, without role targets or gaps', () => {
    const established = maturity({
      'm-initial-1': 5,
      'm-initial-2': 4,
      'm-established-1': 4,
      'm-established-2': 4,
      'm-embedded-1': 2,
      'm-embedded-2': 2,
    });
    expect(established).toMatchObject({
      level: 'established',
      target: null,
      gap: null,
      valid: true,
    });
    expect(established.levels!.map((l) => l.level)).toEqual(['initial', 'established', 'embedded']);
    // Targets do not apply, so nothing is "not asked": a skipped level is unknown.
    expect(maturity({ 'm-initial-1': 5, 'm-initial-2': 5 }).valid).toBe(false);
    expect(
      maturity({
        'm-initial-1': 1,
        'm-initial-2': 1,
        'm-established-1': 5,
        'm-established-2': 5,
        'm-embedded-1': 5,
        'm-embedded-2': 5,
      }),
    ).toMatchObject({ valid: true, level: null, gap: null });
  });

  it('serves thresholds too: the thresholds name its levels', () => {
    const thresholds = structuredClone(own);
    for (const item of thresholds.sections[0]!.items) delete item.level;
    thresholds.scoring = {
      minAnsweredShare: 0.5,
      scale: own.scoring.scale!,
      thresholds: [
        { level: 'initial', min: 0 },
        { level: 'established', min: 0.5 },
        { level: 'embedded', min: 0.8 },
      ],
    };
    expect(problems(parseInstrument(thresholds, framework))).toEqual([]);
    // Mean (1 + 0.75 + 0.5 + 0.5) / 4 = 0.6875.
    const c = scoreResponse(
      thresholds,
      framework,
      respond(
        { 'm-initial-1': 5, 'm-initial-2': 4, 'm-established-1': 3, 'm-established-2': 3 },
        'front-desk',
      ),
    ).competences[0]!;
    expect(c).toMatchObject({ score: 0.6875, level: 'established', target: null, gap: null });
    expect(c.levels).toBeUndefined();
  });
});

describe('parseInstrument rules for levels', () => {
  const issuesOf = (
    change: (i: Instrument) => void,
    base = anchoredInstrument(),
    withFw = true,
  ) => {
    const copy = structuredClone(base);
    change(copy);
    return problems(parseInstrument(copy, withFw ? framework : undefined));
  };
  const items = (i: Instrument) => i.sections[0]!.items;

  it('accepts the anchored and the own-scale instruments', () => {
    expect(problems(parseInstrument(anchoredInstrument(), framework))).toEqual([]);
    expect(problems(parseInstrument(ownScaleInstrument(), framework))).toEqual([]);
    expect(problems(parseInstrument(ownScaleInstrument()))).toEqual([]);
  });

  it.each<[string, (i: Instrument) => void, { path: string; code: string }]>([
    [
      'a scored item without a level',
      (i) => void delete items(i)[3]!.level,
      { path: '/sections/0/items/3', code: 'missing-level' },
    ],
    [
      'a level not on the scale',
      (i) => void (items(i)[3]!.level = 'master'),
      { path: '/sections/0/items/3/level', code: 'unknown-reference' },
    ],
    [
      'a competence without an expert item',
      (i) => void (items(i)[6]!.level = items(i)[7]!.level = 'advanced'),
      { path: '/sections/0/items/0', code: 'missing-level-items' },
    ],
    [
      'thresholds beside the method anchored',
      (i) => void (i.scoring.thresholds = [{ level: 'foundation', min: 0 }]),
      { path: '/scoring/thresholds', code: 'unused-thresholds' },
    ],
    [
      'a level on an unscored item',
      (i) => void (i.sections[1]!.items[8]!.level = 'foundation'),
      { path: '/sections/1/items/8/level', code: 'unused-level' },
    ],
    [
      'a level on an item of a thresholds instrument',
      (i) => {
        i.scoring = { minAnsweredShare: 0.5, thresholds: [{ level: 'foundation', min: 0 }] };
        for (const item of [...items(i), ...i.sections[1]!.items]) delete item.level;
        items(i)[2]!.level = 'practitioner';
      },
      { path: '/sections/0/items/2/level', code: 'unused-level' },
    ],
    [
      'no endorsement',
      (i) => void delete i.scoring.endorsement,
      { path: '/scoring/endorsement', code: 'required' },
    ],
  ])('refuses %s', (_, change, expected) => {
    expect(issuesOf(change)).toContainEqual(expect.objectContaining(expected));
  });

  it('names the missing levels and the scale in its message', () => {
    const [issue] = issuesOf((i) => void (items(i)[6]!.level = items(i)[7]!.level = 'advanced'));
    expect(issue!.message).toContain('"plain-language" has no item anchored at "expert"');
  });

  it("checks levels against an own scale, without the framework, and refuses the framework's there", () => {
    const own = ownScaleInstrument();
    const wrong = issuesOf((i) => void (items(i)[0]!.level = 'foundation'), own, false);
    expect(wrong).toContainEqual(
      expect.objectContaining({ path: '/sections/0/items/0/level', code: 'unknown-reference' }),
    );
    expect(wrong[0]!.message).toContain("the instrument's own scale");
    const twice = issuesOf((i) => void (i.scoring.scale!.levels[2]!.id = 'initial'), own, false);
    expect(twice).toContainEqual(
      expect.objectContaining({ path: '/scoring/scale/levels/2/id', code: 'duplicate-id' }),
    );
    const reserved = issuesOf((i) => void (i.scoring.scale!.levels[0]!.id = BELOW_SCALE), own);
    expect(reserved).toContainEqual(
      expect.objectContaining({ path: '/scoring/scale/levels/0/id', code: 'reserved-id' }),
    );
    const unordered = issuesOf(
      (i) => {
        for (const item of items(i)) delete item.level;
        i.scoring = {
          minAnsweredShare: 0.5,
          scale: i.scoring.scale!,
          thresholds: [
            { level: 'initial', min: 0 },
            { level: 'embedded', min: 0.5 },
            { level: 'established', min: 0.8 },
          ],
        };
      },
      own,
      false,
    );
    expect(unordered).toContainEqual(
      expect.objectContaining({
        path: '/scoring/thresholds/2/level',
        code: 'thresholds-not-ordered',
      }),
    );
  });
});

describe('aggregate of anchored results', () => {
  it(`counts valid scores below the scale under "${BELOW_SCALE}", first`, () => {
    const results = [
      pl([3, 4], [5, 5]), // below the scale
      pl([3, 3]), // below the scale
      pl([5, 5], [2, 3]), // foundation
      pl([5, 5], [null, null]), // not valid: not counted
      pl([5, 5]), // expert
    ].map((ratings) => scoreResponse(instrument, framework, respond(ratings, 'front-desk')));
    const cell = aggregate(results, { by: [], framework, minGroupSize: 2 }).total.competences.find(
      (c) => c.competence === 'plain-language',
    )!;
    expect(cell.stats!.n).toBe(4);
    expect(Object.entries(cell.stats!.levels)).toEqual([
      [BELOW_SCALE, 2],
      ['foundation', 1],
      ['practitioner', 0],
      ['advanced', 0],
      ['expert', 1],
    ]);
    // front-desk's target is practitioner: the two below the scale and foundation are below it.
    expect(cell.stats!.belowTarget).toBe(0.75);
  });
});

describe('scoreBatch with the method "anchored"', () => {
  /** Responses, half of them listing only what the role is asked (as the portal shows it). */
  const cohort = (of: Instrument) =>
    fc.array(
      fc.tuple(responseFor(of, ['front-desk', 'case-worker']), fc.boolean()).map(([r, view]) => {
        if (!view) return r;
        const asked = roleItems(of, framework, r.roleProfile!).items;
        return { ...r, answers: r.answers.filter((a) => asked.has(a.item)) };
      }),
      { minLength: 1, maxLength: 30 },
    );

  it.each([
    ['the framework scale', anchoredInstrument(), LEVELS as readonly string[]],
    ['an own scale', ownScaleInstrument(), ['initial', 'established', 'embedded']],
  ])('gives exactly the levels and gaps of scoreResponse, on %s (property)', (_, of, scale) => {
    fc.assert(
      fc.property(cohort(of), (responses) => {
        const batch = scoreBatch(of, framework, encodeResponses(of, responses));
        responses.forEach((response, r) => {
          scoreResponse(of, framework, response).competences.forEach((c, i) => {
            const cell = r * batch.competences.length + i;
            expect(Number.isNaN(batch.scores[cell]) ? null : batch.scores[cell]).toBe(c.score);
            const level = !c.valid ? NONE : c.level === null ? -1 : scale.indexOf(c.level);
            expect(batch.levels[cell]).toBe(level);
            expect(batch.gaps[cell]).toBe(c.gap ?? NONE);
            expect(batch.answered[cell]).toBe(c.answered);
          });
        });
      }),
      { numRuns: 60 },
    );
  });

  it('gives the hand-checked levels: below the scale −1, not valid NONE', () => {
    const responses = [
      respond(pl([5, 5], [2, 3], [5, 5], [5, 5]), 'front-desk'), // foundation, gap 1
      respond(pl([3, 4], [5, 5]), 'front-desk'), // below the scale, gap 2
      respond(pl([5, 5], [null, null], [5, 5]), 'front-desk'), // practitioner unknown
      respond({ 'pl-f1': 5, 'pl-f2': 5, 'pl-p1': 4, 'pl-p2': 5 }, 'front-desk'), // at target
    ];
    const batch = scoreBatch(instrument, framework, encodeResponses(instrument, responses));
    const k = batch.competences.length;
    const pli = batch.competences.indexOf('plain-language');
    expect(responses.map((_, r) => batch.levels[r * k + pli])).toEqual([0, -1, NONE, 1]);
    expect(responses.map((_, r) => batch.gaps[r * k + pli])).toEqual([1, 2, NONE, 0]);
  });
});
