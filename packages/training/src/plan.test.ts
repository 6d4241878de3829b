import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Catalogue, Module } from '@competence-kit/schemas';
import { validateProgramme } from '@competence-kit/schemas/validators';
import { planProgramme, type PlanConstraints } from './plan.js';
import { dayNumber, weekday } from './calendar.js';
import { sampleCatalogue } from './test-support/fixtures.js';

const catalogue = sampleCatalogue();
const needs = [
  { competence: 'plain-language', priority: 0.9 },
  { competence: 'working-with-interpreters', priority: 0.5 },
];
// March 2027 starts on a Monday; the 2nd is a holiday.
const march: PlanConstraints = {
  id: 'test-2027',
  territory: 'ravenna',
  period: { start: '2027-03-01', end: '2027-03-31' },
  cohortSize: 20,
  language: 'de',
  maxDaysPerMonth: 2,
  maxParallelSessions: 1,
  holidays: [{ start: '2027-03-02', end: '2027-03-02', name: 'Local holiday' }],
};

describe('planProgramme', () => {
  it('chooses the modules that address most priority and schedules them (hand-checked)', () => {
    // interpreters (with basics) addresses 0.9 + 0.5; nothing then adds priority.
    const plan = planProgramme(needs, catalogue, march);
    expect(plan.modules).toEqual(['basics', 'interpreters']);
    expect(plan.uncovered).toEqual([]);
    const s = plan.programme.sessions;
    expect(s.map((x) => [x.id, x.dates, x.participants!.length])).toEqual([
      ['basics-1', ['2027-03-01'], 20], // e-learning, online, one group of 20 (max 200)
      ['interpreters-1', ['2027-03-03'], 10], // 20 split 10 + 10 (max 16); the 2nd is a holiday
      ['interpreters-2', ['2027-03-04'], 10], // one session a day
    ]);
    expect(s[0]!.place).toEqual({ type: 'online' });
    expect(s[1]!.place).toEqual({ type: 'in-person', name: 'Training room, ravenna' });
    expect(s[1]!.participants).toEqual(
      Array.from({ length: 10 }, (_, i) => `p-${String(i + 1).padStart(3, '0')}`),
    );
    expect(plan.programme.unplaced).toEqual([]);
    expect(plan.load).toEqual([{ month: '2027-03', maxDays: 2, meanDays: 2 }]);
    expect(validateProgramme(plan.programme)).toBe(true);
  });

  it('reports the monthly load, not a silent drop, when a person has no days left', () => {
    const plan = planProgramme(needs, catalogue, { ...march, maxDaysPerMonth: 1 });
    expect(plan.programme.sessions.map((x) => x.id)).toEqual(['basics-1']);
    expect(plan.programme.unplaced).toEqual([
      expect.objectContaining({ module: 'interpreters', people: 20, reason: 'monthly-load' }),
    ]);
    // With April available, the workshop moves into April (1 April 2027 is a Thursday).
    const longer = planProgramme(needs, catalogue, {
      ...march,
      maxDaysPerMonth: 1,
      period: { start: '2027-03-01', end: '2027-04-30' },
    });
    expect(longer.programme.sessions.map((x) => x.dates[0])).toEqual([
      '2027-03-01',
      '2027-04-01',
      '2027-04-02',
    ]);
    expect(longer.load.map((l) => l.maxDays)).toEqual([1, 1]);
  });

  it('never places a session on a holiday and reports no-dates when none are left', () => {
    const plan = planProgramme(needs, catalogue, {
      ...march,
      holidays: [{ start: '2027-03-02', end: '2027-03-31' }],
    });
    expect(plan.programme.unplaced).toEqual([
      expect.objectContaining({ module: 'interpreters', people: 20, reason: 'no-dates' }),
    ]);
  });

  it('reports the people whose prerequisite could not be placed', () => {
    const two: Catalogue = {
      ...catalogue,
      modules: [
        {
          ...catalogue.modules[1]!,
          id: 'a',
          prerequisites: [],
          maxGroupSize: 10,
          competences: [{ competence: 'plain-language', upTo: 'foundation' }],
        },
        {
          ...catalogue.modules[1]!,
          id: 'b',
          prerequisites: ['a'],
          maxGroupSize: 10,
          competences: [{ competence: 'working-with-interpreters', upTo: 'foundation' }],
        },
      ],
    };
    // Two working days (Mon 1 and Wed 3 March), one session a day, 30 people in groups of 10:
    // a-1 and a-2 fit, a-3 does not; b's first group could start on the 3rd, which a-2 holds.
    const plan = planProgramme(needs, two, {
      ...march,
      cohortSize: 30,
      period: { start: '2027-03-01', end: '2027-03-03' },
    });
    expect(plan.programme.sessions.map((x) => [x.id, x.dates[0]])).toEqual([
      ['a-1', '2027-03-01'],
      ['a-2', '2027-03-03'],
    ]);
    expect(plan.programme.unplaced).toEqual([
      expect.objectContaining({ module: 'a', people: 10, reason: 'no-dates' }),
      expect.objectContaining({ module: 'b', people: 10, reason: 'prerequisite-unplaced' }),
      expect.objectContaining({ module: 'b', people: 20, reason: 'no-dates' }),
    ]);
  });

  it('lists needs no module addresses, with the reason', () => {
    const plan = planProgramme(
      [
        { competence: 'residence-law-basics', priority: 1 },
        { competence: 'openness-to-diversity', priority: 0.2 },
        { competence: 'unknown-competence', priority: 0.8 },
      ],
      catalogue,
      { ...march, language: 'en', hoursPerPerson: 1 },
    );
    expect(plan.uncovered).toEqual([
      { competence: 'residence-law-basics', reason: 'no-module-in-language' },
      { competence: 'openness-to-diversity', reason: 'budget' },
      { competence: 'unknown-competence', reason: 'no-module' },
    ]);
    expect(plan.programme.sessions).toEqual([]);
  });

  it('rejects malformed constraints with the path and what was expected', () => {
    expect(() =>
      planProgramme(needs, catalogue, {
        ...march,
        period: { start: '2027-02-30', end: '2027-03-01' },
      }),
    ).toThrow(/period\.start.*real date/);
    expect(() =>
      planProgramme(needs, catalogue, {
        ...march,
        period: { start: '2027-04-01', end: '2027-03-01' },
      }),
    ).toThrow(/must not end before it starts/);
    expect(() => planProgramme(needs, catalogue, { ...march, participants: ['a'] })).toThrow(
      /expected 20 pseudonyms/,
    );
  });
});

/** Random catalogues with acyclic prerequisites, in several languages. */
const arbCatalogue = fc
  .array(
    fc.record({
      competence: fc.constantFrom(
        'plain-language',
        'working-with-interpreters',
        'openness-to-diversity',
      ),
      days: fc.integer({ min: 1, max: 3 }),
      maxGroupSize: fc.integer({ min: 1, max: 40 }),
      online: fc.boolean(),
      prereq: fc.option(fc.nat(), { nil: undefined }),
      languages: fc.subarray(['de', 'it'], { minLength: 1 }),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((raw): Catalogue => ({
    ...catalogue,
    modules: raw.map((r, i): Module => ({
      id: `m-${i}`,
      title: { en: 'M' },
      description: { en: 'M' },
      competences: [{ competence: r.competence, upTo: 'practitioner' }],
      format: r.online ? 'e-learning' : 'workshop',
      hours: r.days * 7,
      days: r.days,
      languages: r.languages,
      prerequisites: r.prereq === undefined || i === 0 ? [] : [`m-${r.prereq % i}`],
      maxGroupSize: r.maxGroupSize,
    })),
  }));

describe('planProgramme properties', () => {
  it('respects capacity, holidays, weekdays, load and prerequisites, and drops nobody', () => {
    fc.assert(
      fc.property(
        arbCatalogue,
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 10, max: 120 }),
        fc.array(fc.integer({ min: 0, max: 119 }), { maxLength: 20 }),
        fc.constantFrom('de', 'it'),
        (
          cat,
          cohortSize,
          maxDaysPerMonth,
          maxParallelSessions,
          length,
          holidayOffsets,
          language,
        ) => {
          const start = dayNumber('2027-01-04')!;
          const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
          const holidays = holidayOffsets.map((o) => ({
            start: iso(start + o),
            end: iso(start + o),
          }));
          const c: PlanConstraints = {
            id: 'p',
            territory: 't',
            period: { start: iso(start), end: iso(start + length) },
            cohortSize,
            language,
            maxDaysPerMonth,
            maxParallelSessions,
            holidays,
          };
          const needs = [
            'plain-language',
            'working-with-interpreters',
            'openness-to-diversity',
          ].map((competence, i) => ({ competence, priority: 1 - i / 10 }));
          const plan = planProgramme(needs, cat, c);
          const off = new Set(holidays.map((h) => h.start));
          const byId = new Map(cat.modules.map((m) => [m.id, m]));
          const perDay = new Map<string, number>();
          const perPersonMonth = new Map<string, number>();
          const end = new Map<string, string>(); // module + person → last day
          for (const s of plan.programme.sessions) {
            const m = byId.get(s.module)!;
            expect(s.participants!.length).toBeLessThanOrEqual(m.maxGroupSize);
            expect(s.dates).toHaveLength(m.days!);
            for (const d of s.dates) {
              expect(off.has(d), `${d} is a holiday`).toBe(false);
              expect([0, 6]).not.toContain(weekday(dayNumber(d)!));
              expect(d >= c.period.start && d <= c.period.end).toBe(true);
              if (m.format !== 'e-learning') perDay.set(d, (perDay.get(d) ?? 0) + 1);
              for (const p of s.participants!) {
                const key = `${p} ${d.slice(0, 7)}`;
                perPersonMonth.set(key, (perPersonMonth.get(key) ?? 0) + 1);
              }
            }
            for (const p of s.participants!) {
              for (const pre of m.prerequisites ?? [])
                expect(end.get(`${pre} ${p}`)! < s.dates[0]!, `${p}: ${pre} before ${m.id}`).toBe(
                  true,
                );
              end.set(`${m.id} ${p}`, s.dates[s.dates.length - 1]!);
            }
          }
          for (const n of perDay.values()) expect(n).toBeLessThanOrEqual(maxParallelSessions);
          for (const n of perPersonMonth.values()) expect(n).toBeLessThanOrEqual(maxDaysPerMonth);
          // Nobody is dropped silently: placed + reported = cohort, for every chosen module.
          for (const id of plan.modules) {
            const placed = plan.programme.sessions
              .filter((s) => s.module === id)
              .reduce((sum, s) => sum + s.participants!.length, 0);
            const reported = (plan.programme.unplaced ?? [])
              .filter((u) => u.module === id)
              .reduce((sum, u) => sum + (u.people ?? 0), 0);
            expect(placed + reported, id).toBe(cohortSize);
          }
          expect(validateProgramme(plan.programme)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
