import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Catalogue, Module } from '@competence-kit/schemas';
import { toIssues } from '@competence-kit/schemas';
import { validateLearningPath } from '@competence-kit/schemas/validators';
import { recommendPath } from './recommend.js';
import { resultFor, sampleCatalogue, sampleFramework } from './test-support/fixtures.js';

const framework = sampleFramework();
const catalogue = sampleCatalogue();

// Case worker: targets plain-language advanced, interpreters practitioner, openness
// practitioner, residence law advanced.
const caseWorker = resultFor(framework, 'case-worker', {
  'plain-language': 'foundation',
  'working-with-interpreters': 'foundation',
  'openness-to-diversity': 'practitioner',
  'residence-law-basics': 'foundation',
});

describe('recommendPath', () => {
  it('closes every gap in prerequisite order, preferring the larger gain (hand-checked)', () => {
    // Round 1: every bundle narrows one gap; residence-law (2 levels, 14 h) beats
    // plain-advanced (2 levels, 19 h with basics and plain-letters). Round 2: plain-advanced
    // (2 levels) over plain-letters and interpreters (1 level each). Round 3: interpreters (7 h,
    // basics already taken).
    const path = recommendPath(caseWorker, catalogue, { framework, language: 'de' });
    expect(path.steps.map((s) => s.module)).toEqual([
      'residence-law',
      'basics',
      'plain-letters',
      'plain-advanced',
      'interpreters',
    ]);
    expect(path.totalHours).toBe(40);
    expect(path.open).toEqual([]);
    expect(path.steps[0]).toEqual({
      module: 'residence-law',
      hours: 14,
      closes: [
        {
          competence: 'residence-law-basics',
          from: 'foundation',
          to: 'advanced',
          target: 'advanced',
        },
      ],
      reason: 'closes-gaps',
    });
    expect(path.steps[1]).toEqual({
      module: 'basics',
      hours: 2,
      closes: [],
      prerequisiteFor: ['plain-letters', 'interpreters'],
      reason: 'prerequisite',
    });
    expect(path.steps[2]!.closes).toEqual([
      { competence: 'plain-language', from: 'foundation', to: 'practitioner', target: 'advanced' },
    ]);
    expect(path.steps[3]!.closes).toEqual([
      { competence: 'plain-language', from: 'practitioner', to: 'advanced', target: 'advanced' },
    ]);
    expect(path.steps[4]!.closes).toEqual([
      {
        competence: 'working-with-interpreters',
        from: 'foundation',
        to: 'practitioner',
        target: 'practitioner',
      },
    ]);
    expect(validateLearningPath(path), JSON.stringify(toIssues(validateLearningPath.errors))).toBe(
      true,
    );
  });

  it('stays within the hours budget and says which gaps the budget leaves open', () => {
    const tight = recommendPath(caseWorker, catalogue, {
      framework,
      language: 'de',
      budgetHours: 20,
    });
    expect(tight.steps.map((s) => s.module)).toEqual(['residence-law']);
    expect(tight.totalHours).toBe(14);
    expect(tight.open).toEqual([
      { competence: 'plain-language', level: 'foundation', target: 'advanced', reason: 'budget' },
      {
        competence: 'working-with-interpreters',
        level: 'foundation',
        target: 'practitioner',
        reason: 'budget',
      },
    ]);
    // 25 h: after residence-law (14), plain-letters and interpreters tie (1 level, 9 h);
    // the catalogue's order decides. Neither remaining module then fits.
    const wider = recommendPath(caseWorker, catalogue, {
      framework,
      language: 'de',
      budgetHours: 25,
    });
    expect(wider.steps.map((s) => s.module)).toEqual(['residence-law', 'basics', 'plain-letters']);
    expect(wider.totalHours).toBe(23);
    expect(wider.open.map((g) => [g.competence, g.reason])).toEqual([
      ['plain-language', 'budget'],
      ['working-with-interpreters', 'budget'],
    ]);
  });

  it('respects the language, including a regional tag served by the plain language', () => {
    const english = recommendPath(caseWorker, catalogue, { framework, language: 'en' });
    expect(english.steps.map((s) => s.module)).not.toContain('residence-law');
    expect(english.open).toContainEqual({
      competence: 'residence-law-basics',
      level: 'foundation',
      target: 'advanced',
      reason: 'no-module-in-language',
    });
    const austrian = recommendPath(caseWorker, catalogue, { framework, language: 'de-AT' });
    expect(austrian.steps.map((s) => s.module)).toContain('residence-law');
  });

  it('keeps role-restricted modules for their roles and reports not-for-role', () => {
    const frontDesk = resultFor(framework, 'front-desk', {
      'plain-language': 'practitioner',
      'working-with-interpreters': 'foundation',
      'openness-to-diversity': 'practitioner',
      'residence-law-basics': null,
    });
    const path = recommendPath(frontDesk, catalogue, { framework, language: 'de' });
    expect(path.steps).toEqual([]);
    expect(path.open).toEqual([
      {
        competence: 'residence-law-basics',
        level: null,
        target: 'foundation',
        reason: 'not-for-role',
      },
    ]);
  });

  it('reports no-module when nothing reaches the target, and no-score for invalid scores', () => {
    const expertFramework = structuredClone(framework);
    expertFramework.roleProfiles![1]!.targets['plain-language'] = 'expert';
    const result = resultFor(expertFramework, 'case-worker', {
      'plain-language': 'advanced',
      'working-with-interpreters': 'invalid',
    });
    const path = recommendPath(result, catalogue, { framework: expertFramework, language: 'de' });
    expect(path.steps).toEqual([]);
    expect(path.open).toEqual([
      {
        competence: 'working-with-interpreters',
        level: null,
        target: 'practitioner',
        reason: 'no-score',
      },
      { competence: 'plain-language', level: 'advanced', target: 'expert', reason: 'no-module' },
    ]);
  });

  it('skips completed modules and counts them as satisfied prerequisites', () => {
    const path = recommendPath(caseWorker, catalogue, {
      framework,
      language: 'de',
      completed: ['basics'],
    });
    expect(path.steps.map((s) => s.module)).not.toContain('basics');
    expect(path.totalHours).toBe(38);
  });

  it('is deterministic and ignores the order of the result competences', () => {
    const shuffled = { ...caseWorker, competences: [...caseWorker.competences].reverse() };
    expect(recommendPath(shuffled, catalogue, { framework, language: 'de' }).steps).toEqual(
      recommendPath(caseWorker, catalogue, { framework, language: 'de' }).steps,
    );
  });

  it('rejects malformed options with the path', () => {
    expect(() =>
      recommendPath(caseWorker, catalogue, { framework, language: 'de', budgetHours: -1 }),
    ).toThrow(/budgetHours/);
  });
});

const competences = framework.competences.map((c) => c.id);
const levels = framework.scale.levels.map((l) => l.id);

/** Random acyclic catalogues: prerequisites only point at earlier modules. */
const arbCatalogue: fc.Arbitrary<Catalogue> = fc
  .array(
    fc.record({
      competences: fc.uniqueArray(
        fc.record({
          competence: fc.constantFrom(...competences),
          upTo: fc.constantFrom(...levels),
        }),
        { minLength: 1, maxLength: 3, selector: (c) => c.competence },
      ),
      hours: fc.integer({ min: 1, max: 40 }),
      languages: fc.subarray(['de', 'en', 'it'], { minLength: 1 }),
      prereqSeeds: fc.array(fc.nat(), { maxLength: 3 }),
      restricted: fc.boolean(),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((raw) => ({
    ...sampleCatalogue(),
    modules: raw.map((r, i): Module => ({
      id: `m-${i}`,
      title: { en: `M${i}` },
      description: { en: `Module ${i}` },
      competences: r.competences,
      format: 'workshop',
      hours: r.hours,
      languages: r.languages,
      prerequisites: i === 0 ? [] : [...new Set(r.prereqSeeds.map((s) => `m-${s % i}`))],
      maxGroupSize: 10,
      ...(r.restricted && { roleProfiles: ['case-worker'] }),
    })),
  }));

const arbResult = fc
  .record({
    role: fc.constantFrom('front-desk', 'case-worker'),
    levels: fc.tuple(...competences.map(() => fc.constantFrom<string | null>(null, ...levels))),
  })
  .map(({ role, levels: ls }) =>
    resultFor(framework, role, Object.fromEntries(competences.map((c, i) => [c, ls[i]!]))),
  );

describe('recommendPath properties', () => {
  it('every path respects prerequisites, the budget and the language, and validates', () => {
    fc.assert(
      fc.property(
        arbCatalogue,
        arbResult,
        fc.option(fc.integer({ min: 0, max: 80 }), { nil: null }),
        fc.constantFrom('de', 'en', 'it'),
        (cat, result, budgetHours, language) => {
          const path = recommendPath(result, cat, { framework, language, budgetHours });
          const byId = new Map(cat.modules.map((m) => [m.id, m]));
          const done = new Set<string>();
          for (const step of path.steps) {
            const m = byId.get(step.module)!;
            for (const p of m.prerequisites ?? [])
              expect(done.has(p), `${p} before ${m.id}`).toBe(true);
            expect(m.languages).toContain(language);
            expect(done.has(m.id)).toBe(false);
            done.add(m.id);
          }
          const sum = path.steps.reduce((s, step) => s + step.hours, 0);
          expect(path.totalHours).toBe(sum);
          if (budgetHours !== null) expect(sum).toBeLessThanOrEqual(budgetHours);
          // A gap is either closed by the steps or listed as open, never both or neither.
          const reached = new Map<string, string>();
          for (const s of path.steps) for (const c of s.closes) reached.set(c.competence, c.to);
          for (const c of result.competences) {
            if (c.gap === null || c.gap <= 0) continue;
            const open = path.open.some((o) => o.competence === c.competence);
            const closed =
              reached.has(c.competence) &&
              levels.indexOf(reached.get(c.competence)!) >= levels.indexOf(c.target!);
            expect(open !== closed, c.competence).toBe(true);
          }
          expect(validateLearningPath(path)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('recommendPath reuses what it compiled from a catalogue', () => {
  it('gives the same path with one catalogue object reused as with a fresh copy per call', () => {
    // recommendPath compiles a catalogue once per catalogue and framework object (its levels,
    // prerequisite closures and languages) and reuses it: a cache keyed wrongly (by catalogue
    // only, or ignoring the language asked for) would leak one call's candidates into the next.
    const other = structuredClone(framework);
    fc.assert(
      fc.property(
        arbCatalogue,
        fc.array(
          fc.record({
            result: arbResult,
            budgetHours: fc.option(fc.integer({ min: 0, max: 80 }), { nil: null }),
            language: fc.constantFrom('de', 'en', 'it', 'it-CH', 'fr'),
            fw: fc.constantFrom(framework, other),
            completed: fc.subarray(['m-0', 'm-1', 'm-3']),
          }),
          { minLength: 2, maxLength: 6 },
        ),
        (cat, calls) => {
          for (const { result, budgetHours, language, fw, completed } of calls) {
            const options = { framework: fw, language, budgetHours, completed };
            expect(recommendPath(result, cat, options)).toEqual(
              recommendPath(result, structuredClone(cat), {
                ...options,
                framework: structuredClone(fw),
              }),
            );
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
