import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalogue, Framework, Module, Programme } from '@competence-kit/schemas';
import { toIssues } from '@competence-kit/schemas';
import { validateCatalogue, validateProgramme } from '@competence-kit/schemas/validators';
import { generateProgrammeTemplate } from '../scripts/generate-programme-template.mjs';
import { catalogue, framework, programmeTemplate, PILOT_LOCALES } from './index.js';

// The checks are functions that return what is wrong, so that each test asserts an empty list
// and the last block shows, on broken copies, that every check does report problems.

const LEVELS = framework.scale.levels.map((l) => l.id);
const rank = (level: string): number => LEVELS.indexOf(level);
const FORMATS = [
  'workshop',
  'e-learning',
  'job-shadowing',
  'peer-exchange',
  'mentoring',
  'study-visit',
] as const;
/** Modules everybody in the cohort takes in the first year. */
const CORE = [
  'intercultural-basics-online',
  'residence-and-work-permits-online',
  'data-protection-and-equal-treatment-online',
  'anti-discrimination-and-unconscious-bias',
];
const MAX_PREREQUISITE_DEPTH = 3;
/** The smallest and largest `maxGroupSize` that make sense for each format. */
const GROUP_SIZES: Record<Module['format'], [number, number]> = {
  'e-learning': [50, 1000],
  workshop: [8, 20],
  'job-shadowing': [1, 8],
  'peer-exchange': [4, 15],
  mentoring: [1, 3],
  'study-visit': [8, 15],
};

/** Module competences or levels the framework does not have, and duplicate competences. */
function unknownReferences(cat: Catalogue, fw: Framework): string[] {
  const competences = new Set(fw.competences.map((c) => c.id));
  const levels = new Set(fw.scale.levels.map((l) => l.id));
  const roles = new Set((fw.roleProfiles ?? []).map((r) => r.id));
  const problems: string[] = [];
  for (const m of cat.modules) {
    const seen = new Set<string>();
    for (const { competence, upTo } of m.competences) {
      if (!competences.has(competence)) problems.push(`${m.id}: unknown competence ${competence}`);
      if (!levels.has(upTo)) problems.push(`${m.id}: unknown level ${upTo}`);
      if (seen.has(competence)) problems.push(`${m.id}: ${competence} twice`);
      seen.add(competence);
    }
    for (const role of m.roleProfiles ?? [])
      if (!roles.has(role)) problems.push(`${m.id}: unknown role profile ${role}`);
  }
  return problems;
}

/** The highest level some module develops a competence to, optionally only modules open to a role. */
function highestLevel(cat: Catalogue, competence: string, role?: string): number {
  let best = -1;
  for (const m of cat.modules) {
    if (role !== undefined && m.roleProfiles && !m.roleProfiles.includes(role)) continue;
    for (const c of m.competences)
      if (c.competence === competence) best = Math.max(best, rank(c.upTo));
  }
  return best;
}

/** Competences that no module develops up to at least `practitioner`. */
function uncovered(cat: Catalogue, fw: Framework): string[] {
  return fw.competences
    .filter((c) => highestLevel(cat, c.id) < rank('practitioner'))
    .map((c) => c.id);
}

/**
 * Role-profile targets no module reaches. With `roleAware`, only modules open to the role count
 * (no `roleProfiles`, or the role among them), for targets above `foundation`.
 */
function unreachableTargets(cat: Catalogue, fw: Framework, roleAware = false): string[] {
  const problems: string[] = [];
  for (const profile of fw.roleProfiles ?? []) {
    for (const [competence, target] of Object.entries(profile.targets)) {
      if (target === undefined) continue;
      if (roleAware && rank(target) <= rank('foundation')) continue;
      if (highestLevel(cat, competence, roleAware ? profile.id : undefined) < rank(target))
        problems.push(`${profile.id} ${competence} ${target}`);
    }
  }
  return problems;
}

/** Unknown or self prerequisites, cycles, and chains longer than the allowed depth. */
function prerequisiteProblems(cat: Catalogue): string[] {
  const byId = new Map(cat.modules.map((m) => [m.id, m]));
  const problems: string[] = [];
  for (const m of cat.modules)
    for (const p of m.prerequisites ?? []) {
      if (!byId.has(p)) problems.push(`${m.id}: unknown prerequisite ${p}`);
      if (p === m.id) problems.push(`${m.id}: requires itself`);
    }
  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  const depthOf = (id: string, trail: string[]): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) {
      problems.push(`cycle: ${[...trail, id].join(' -> ')}`);
      return 0;
    }
    visiting.add(id);
    const prerequisites = (byId.get(id)?.prerequisites ?? []).filter((p) => byId.has(p));
    const d = 1 + Math.max(0, ...prerequisites.map((p) => depthOf(p, [...trail, id])));
    visiting.delete(id);
    depth.set(id, d);
    return d;
  };
  for (const m of cat.modules)
    if (depthOf(m.id, []) > MAX_PREREQUISITE_DEPTH)
      problems.push(`${m.id}: prerequisite chain of ${depth.get(m.id)} modules`);
  return problems;
}

/** Titles, descriptions and outcomes that are missing or blank in a locale. */
function missingTexts(cat: Catalogue, locales: readonly string[]): string[] {
  const problems: string[] = [];
  for (const locale of locales)
    if (!(cat.title[locale] ?? '').trim()) problems.push(`title ${locale}`);
  for (const m of cat.modules)
    for (const field of ['title', 'description', 'outcomes'] as const)
      for (const locale of locales)
        if (!(m[field]?.[locale] ?? '').trim()) problems.push(`${m.id} ${field} ${locale}`);
  return problems;
}

const time = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const isWeekend = (date: string): boolean => [0, 6].includes(new Date(time(date)).getUTCDay());

/** Everything in a programme that does not fit its catalogue, period, holidays or order. */
function programmeProblems(prog: Programme, cat: Catalogue): string[] {
  const modules = new Map(cat.modules.map((m) => [m.id, m]));
  const problems: string[] = [];
  const firstEnd = new Map<string, string>();
  const firstStart = new Map<string, string>();
  for (const s of prog.sessions) {
    const start = s.dates[0] ?? '';
    const previous = firstStart.get(s.module);
    if (previous === undefined || start < previous) {
      firstStart.set(s.module, start);
      firstEnd.set(s.module, s.dates.at(-1) ?? '');
    }
  }
  for (const s of prog.sessions) {
    const m: Module | undefined = modules.get(s.module);
    if (!m) {
      problems.push(`${s.id}: unknown module ${s.module}`);
      continue;
    }
    if (s.capacity > m.maxGroupSize)
      problems.push(`${s.id}: capacity ${s.capacity} over ${m.maxGroupSize}`);
    if (!m.languages.includes(s.language)) problems.push(`${s.id}: language ${s.language}`);
    const online =
      m.delivery === 'online' || (m.delivery === undefined && m.format === 'e-learning');
    const inPerson = m.delivery === 'in-person' || (m.delivery === undefined && !online);
    if (online && s.place.type !== 'online') problems.push(`${s.id}: should be online`);
    if (inPerson && s.place.type !== 'in-person') problems.push(`${s.id}: should be in person`);
    s.dates.forEach((date, i) => {
      if (date < prog.period.start || date > prog.period.end)
        problems.push(`${s.id}: ${date} outside the period`);
      if (isWeekend(date)) problems.push(`${s.id}: ${date} is a weekend`);
      const holiday = (prog.holidays ?? []).find((h) => date >= h.start && date <= h.end);
      if (holiday) problems.push(`${s.id}: ${date} is in ${holiday.name ?? 'a holiday'}`);
      if (i > 0 && date <= (s.dates[i - 1] ?? '')) problems.push(`${s.id}: dates out of order`);
    });
    for (const p of m.prerequisites ?? []) {
      const end = firstEnd.get(p);
      if (end === undefined) problems.push(`${s.id}: prerequisite ${p} never scheduled`);
      else if ((s.dates[0] ?? '') <= end)
        problems.push(`${s.id}: starts ${s.dates[0]}, before ${p} first ends ${end}`);
    }
  }
  return problems;
}

/** Days on which one in-person place holds two sessions (the training rooms of the template). */
function doubleBookedRooms(prog: Programme): string[] {
  const booked = new Map<string, string>();
  const problems: string[] = [];
  for (const s of prog.sessions) {
    if (s.place.type !== 'in-person' || !s.place.name.includes('training room')) continue;
    for (const date of s.dates) {
      const key = `${s.place.name} ${date}`;
      const other = booked.get(key);
      if (other) problems.push(`${key}: ${other} and ${s.id}`);
      booked.set(key, s.id);
    }
  }
  return problems;
}

const capacityOf = (prog: Programme, module: string): number =>
  prog.sessions.filter((s) => s.module === module).reduce((sum, s) => sum + s.capacity, 0);

describe('the training catalogue', () => {
  it('passes validateCatalogue', () => {
    const ok = validateCatalogue(structuredClone(catalogue));
    expect(ok ? [] : toIssues(validateCatalogue.errors)).toEqual([]);
  });

  it('names itself and the framework it belongs to', () => {
    expect(catalogue.id).toBe(
      'https://w3id.org/competence-kit/catalogues/intercultural-public-administration',
    );
    expect(catalogue.version).toBe('1.1.0');
    expect(catalogue.framework).toEqual({
      id: framework.id,
      version: `^${framework.version.split('.')[0]}.0.0`,
    });
    expect([...catalogue.locales].sort()).toEqual([...PILOT_LOCALES].sort());
    expect(catalogue.license).toBe('CC-BY-4.0');
  });

  it('refers only to competences, levels and role profiles of the framework', () => {
    expect(unknownReferences(catalogue, framework)).toEqual([]);
  });

  it('develops every competence up to at least practitioner', () => {
    expect(uncovered(catalogue, framework)).toEqual([]);
  });

  it('reaches every role-profile target, and above foundation through modules open to the role', () => {
    expect(unreachableTargets(catalogue, framework)).toEqual([]);
    expect(unreachableTargets(catalogue, framework, true)).toEqual([]);
  });

  it('has at least 15 modules with unique kebab-case ids, every format at least twice', () => {
    expect(catalogue.modules.length).toBeGreaterThanOrEqual(15);
    const ids = catalogue.modules.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
    for (const format of FORMATS)
      expect(
        catalogue.modules.filter((m) => m.format === format).length,
        format,
      ).toBeGreaterThanOrEqual(2);
  });

  it('gives every module a realistic length and a group size that fits its format', () => {
    for (const m of catalogue.modules) {
      expect(m.hours, m.id).toBeGreaterThanOrEqual(2);
      expect(m.hours, m.id).toBeLessThanOrEqual(40);
      expect(m.days ?? 0, m.id).toBeGreaterThanOrEqual(1);
      expect(m.minGroupSize ?? 1, m.id).toBeLessThanOrEqual(m.maxGroupSize);
      const [min, max] = GROUP_SIZES[m.format];
      expect(m.maxGroupSize, m.id).toBeGreaterThanOrEqual(min);
      expect(m.maxGroupSize, m.id).toBeLessThanOrEqual(max);
    }
  });

  it('has prerequisites that exist, form no cycle and are at most three deep', () => {
    expect(prerequisiteProblems(catalogue)).toEqual([]);
    // The entry points: e-learning needs nothing before it, and something builds on each.
    const required = new Set(catalogue.modules.flatMap((m) => m.prerequisites ?? []));
    for (const m of catalogue.modules.filter((x) => x.format === 'e-learning')) {
      expect(m.prerequisites ?? [], m.id).toEqual([]);
      expect(required.has(m.id), m.id).toBe(true);
    }
  });

  it('targets a few specialised modules at role profiles, and leaves the rest open to all', () => {
    const targeted = catalogue.modules.filter((m) => m.roleProfiles !== undefined);
    expect(targeted.length).toBeGreaterThanOrEqual(3);
    expect(targeted.length).toBeLessThan(catalogue.modules.length / 2);
  });

  it('is complete in German, Italian, Spanish and English, with distinct titles', () => {
    expect(missingTexts(catalogue, PILOT_LOCALES)).toEqual([]);
    for (const locale of PILOT_LOCALES) {
      const titles = catalogue.modules.map((m) => m.title[locale]?.trim().toLowerCase());
      expect(new Set(titles).size, locale).toBe(titles.length);
    }
  });

  it('keeps the formal register: Sie, Lei, usted', () => {
    const informal: Record<string, RegExp> = {
      de: /(^|[^\p{L}])(du|dich|dir|dein|deine|deinen|deinem|deiner|euch|euer)(?=$|[^\p{L}])/iu,
      it: /(^|[^\p{L}])(tu|ti|tuo|tua|tuoi|tue)(?=$|[^\p{L}])/iu,
      es: /(^|[^\p{L}])(tú|tu|tus|te|contigo|vosotros)(?=$|[^\p{L}])/iu,
    };
    for (const m of catalogue.modules)
      for (const field of ['title', 'description', 'outcomes'] as const)
        for (const [locale, pattern] of Object.entries(informal))
          expect(m[field]?.[locale] ?? '', `${m.id} ${field} ${locale}`).not.toMatch(pattern);
  });

  it('is the same data under the JSON subpath', () => {
    const json = JSON.parse(
      readFileSync(
        join(import.meta.dirname, '..', 'content', 'training', 'catalogue.json'),
        'utf8',
      ),
    );
    expect(json).toEqual(catalogue);
  });
});

describe('the programme template', () => {
  it('passes validateProgramme', () => {
    const ok = validateProgramme(structuredClone(programmeTemplate));
    expect(ok ? [] : toIssues(validateProgramme.errors)).toEqual([]);
  });

  it('is a 2027 template for 300 people that points at the catalogue', () => {
    expect(programmeTemplate).toMatchObject({
      id: 'programme-template',
      territory: 'template',
      period: { start: '2027-01-01', end: '2027-12-31' },
      cohortSize: 300,
      catalogue: { id: catalogue.id, version: `^${catalogue.version.split('.')[0]}.0.0` },
    });
    const holidays = programmeTemplate.holidays ?? [];
    expect(holidays.length).toBeGreaterThanOrEqual(3);
    for (const h of holidays) {
      expect(h.name ?? '').toMatch(/^[A-Z][a-z]+( [a-z]+)*$/);
      expect(h.start <= h.end, h.name).toBe(true);
    }
    for (const s of programmeTemplate.sessions) expect(s.language, s.id).toBe('de');
  });

  it('schedules known modules on weekdays outside holidays, within the period, in capacity and language, after their prerequisites', () => {
    expect(programmeProblems(programmeTemplate, catalogue)).toEqual([]);
    const ids = programmeTemplate.sessions.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never books a training room twice on the same day', () => {
    expect(doubleBookedRooms(programmeTemplate)).toEqual([]);
  });

  it('runs every module, and the core modules often enough for the whole cohort', () => {
    for (const m of catalogue.modules)
      expect(capacityOf(programmeTemplate, m.id), m.id).toBeGreaterThan(0);
    for (const id of CORE) {
      expect(
        programmeTemplate.sessions.filter((s) => s.module === id).length,
        id,
      ).toBeGreaterThanOrEqual(3);
      expect(capacityOf(programmeTemplate, id), id).toBeGreaterThanOrEqual(
        programmeTemplate.cohortSize ?? 0,
      );
    }
  });

  it('puts the online foundations first, exchanges and visits mid-year, and follow-up mentoring late', () => {
    const months = (format: Module['format']) =>
      programmeTemplate.sessions
        .filter((s) => catalogue.modules.find((m) => m.id === s.module)?.format === format)
        .map((s) => Number((s.dates[0] ?? '').slice(5, 7)));
    expect(Math.max(...months('e-learning'))).toBeLessThanOrEqual(3);
    for (const month of [...months('peer-exchange'), ...months('study-visit')]) {
      expect(month).toBeGreaterThanOrEqual(5);
      expect(month).toBeLessThanOrEqual(7);
    }
    const followUp = programmeTemplate.sessions.filter(
      (s) => s.module === 'mentoring-residence-law-multipliers',
    );
    for (const s of followUp) expect((s.dates[0] ?? '') >= '2027-09-01', s.id).toBe(true);
  });

  it('is exactly what the generator produces from the catalogue', () => {
    const committed = JSON.parse(
      readFileSync(
        join(import.meta.dirname, '..', 'content', 'training', 'programme-template.json'),
        'utf8',
      ),
    );
    expect(committed).toEqual(programmeTemplate);
    expect(generateProgrammeTemplate(structuredClone(catalogue))).toEqual(committed);
  });
});

describe('the training checks', () => {
  const moduleOf = (cat: Catalogue, id: string): Module => cat.modules.find((m) => m.id === id)!;

  it('report unknown competences, levels, duplicates and uncovered competences', () => {
    const broken = structuredClone(catalogue);
    moduleOf(broken, 'de-escalation-at-the-counter').competences.push(
      { competence: 'juggling', upTo: 'advanced' },
      { competence: 'tolerance-of-ambiguity', upTo: 'master' },
    );
    expect(unknownReferences(broken, framework)).toEqual([
      'de-escalation-at-the-counter: unknown competence juggling',
      'de-escalation-at-the-counter: unknown level master',
      'de-escalation-at-the-counter: tolerance-of-ambiguity twice',
    ]);
    for (const m of broken.modules)
      m.competences = m.competences.filter((c) => c.competence !== 'working-with-interpreters');
    expect(uncovered(broken, framework)).toEqual(['working-with-interpreters']);
  });

  it('report a target no module reaches, and one reached only by a module closed to the role', () => {
    const broken = structuredClone(catalogue);
    moduleOf(broken, 'mentoring-residence-law-multipliers').competences[0]!.upTo = 'advanced';
    expect(unreachableTargets(broken, framework)).toContain(
      'immigration-case-worker residence-law-basics expert',
    );
    const closed = structuredClone(catalogue);
    moduleOf(closed, 'de-escalation-at-the-counter').roleProfiles = ['team-lead'];
    expect(unreachableTargets(closed, framework)).toEqual([]);
    expect(unreachableTargets(closed, framework, true)).toContain(
      'front-desk de-escalation-conflict-handling advanced',
    );
  });

  it('report unknown prerequisites, cycles and chains that are too deep', () => {
    const broken = structuredClone(catalogue);
    moduleOf(broken, 'intercultural-basics-online').prerequisites = [
      'peer-exchange-front-office-practice',
    ];
    moduleOf(broken, 'case-conferences-and-data-sharing').prerequisites = ['case-management-101'];
    const problems = prerequisiteProblems(broken);
    expect(problems).toContain(
      'case-conferences-and-data-sharing: unknown prerequisite case-management-101',
    );
    expect(problems.some((p) => p.startsWith('cycle: '))).toBe(true);
    const deep = structuredClone(catalogue);
    moduleOf(deep, 'residence-and-work-permits-online').prerequisites = [
      'intercultural-basics-online',
    ];
    expect(prerequisiteProblems(deep)).toEqual([
      'mentoring-residence-law-multipliers: prerequisite chain of 4 modules',
    ]);
  });

  it('report missing and blank texts', () => {
    const broken = structuredClone(catalogue);
    delete moduleOf(broken, 'plain-language-letters-and-forms').outcomes!.it;
    moduleOf(broken, 'mentoring-for-new-staff').title.es = '  ';
    expect(missingTexts(broken, PILOT_LOCALES)).toEqual([
      'plain-language-letters-and-forms outcomes it',
      'mentoring-for-new-staff title es',
    ]);
  });

  it('report sessions on weekends, holidays, outside the period, over capacity, in the wrong language or too early', () => {
    const broken = structuredClone(programmeTemplate);
    const session = (id: string) => broken.sessions.find((s) => s.id === id)!;
    session('working-with-interpreters-and-mediators-1').dates = ['2027-02-20']; // a Saturday
    session('working-with-interpreters-and-mediators-2').dates = ['2027-08-10']; // summer break
    session('working-with-interpreters-and-mediators-3').dates = ['2028-01-12'];
    session('de-escalation-at-the-counter-2').capacity = 40;
    session('study-visit-community-participation-1').language = 'fr';
    session('trauma-aware-communication-1').dates = ['2027-01-28', '2027-01-29'];
    session('intercultural-basics-online-2').place = { type: 'in-person', name: 'Town hall' };
    broken.sessions.push({ ...session('mentoring-for-new-staff-1'), id: 'x-1', module: 'x' });
    expect(programmeProblems(broken, catalogue)).toEqual([
      'intercultural-basics-online-2: should be online',
      'working-with-interpreters-and-mediators-1: 2027-02-20 is a weekend',
      'de-escalation-at-the-counter-2: capacity 40 over 14',
      'working-with-interpreters-and-mediators-2: 2027-08-10 is in Summer break',
      'trauma-aware-communication-1: starts 2027-01-28, before de-escalation-at-the-counter first ends 2027-02-02',
      'working-with-interpreters-and-mediators-3: 2028-01-12 outside the period',
      'study-visit-community-participation-1: language fr',
      'x-1: unknown module x',
    ]);
    const rooms = structuredClone(programmeTemplate);
    const first = rooms.sessions.find(
      (s) => s.place.type === 'in-person' && s.place.name.includes('training room'),
    )!;
    rooms.sessions.push({ ...first, id: 'copy-1' });
    expect(doubleBookedRooms(rooms)).toHaveLength(first.dates.length);
  });
});
