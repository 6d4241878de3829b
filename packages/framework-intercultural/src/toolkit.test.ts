import { describe, expect, it } from 'vitest';
import type {
  Catalogue,
  KnowledgeBase,
  SituationalJudgementItem,
  ToolkitEntry,
} from '@competence-kit/schemas';
import { toIssues } from '@competence-kit/schemas';
import { validateKnowledgeBase } from '@competence-kit/schemas/validators';
import { parseKnowledgeBase } from '@competence-kit/networks';
import {
  generateToolkit,
  loadContext,
  loadSources,
  placeholders,
  SourceError,
} from '../scripts/toolkit/generate.mjs';
import { catalogue, framework, PILOT_LOCALES, staffSelfAssessment, toolkit } from './index.js';

// The checks are functions that return what is wrong, so that each test asserts an empty list
// and the last block shows, on broken copies, that every check does report problems.

const LEVELS = framework.scale.levels.map((l) => l.id);
/** A framework level as the knowledge base's tags count it (foundation 1 … expert 4). */
const tagLevel = (level: string): number => LEVELS.indexOf(level) + 1;
const TEXT_FIELDS = ['title', 'summary', 'body', 'trainerNotes'] as const;
const PREFIX: Record<ToolkitEntry['material'], string> = {
  case: 'case-',
  'session-plan': 'session-',
  handout: 'handout-',
  'letter-template': 'letter-',
};

const entriesOf = (base: KnowledgeBase): ToolkitEntry[] =>
  base.entries.filter((e): e is ToolkitEntry => e.kind === 'toolkit');
const byMaterial = (base: KnowledgeBase, material: ToolkitEntry['material']): ToolkitEntry[] =>
  entriesOf(base).filter((e) => e.material === material);

const scenarios: SituationalJudgementItem[] = staffSelfAssessment.sections
  .flatMap((s) => s.items)
  .filter((i): i is SituationalJudgementItem => i.type === 'situational-judgement');

/** Scenarios without exactly one case retelling them, or whose case is tagged differently. */
function caseCoverage(base: KnowledgeBase): string[] {
  const cases = byMaterial(base, 'case');
  const problems: string[] = [];
  for (const item of scenarios) {
    const retold = cases.filter((c) => c.source === item.id);
    if (retold.length !== 1) {
      problems.push(`${item.id}: ${retold.length} cases`);
      continue;
    }
    const { tags, id } = retold[0]!;
    if (JSON.stringify(tags.competences) !== JSON.stringify([item.competence]))
      problems.push(`${id}: competences ${tags.competences?.join()} for ${item.competence}`);
    if (JSON.stringify(tags.levels) !== JSON.stringify([tagLevel(item.level ?? '')]))
      problems.push(`${id}: levels ${tags.levels?.join()} for ${item.level}`);
  }
  for (const c of cases)
    if (!scenarios.some((s) => s.id === c.source)) problems.push(`${c.id}: source ${c.source}`);
  return problems;
}

/**
 * Places where a case repeats its scenario instead of retelling it: the scenario's whole text,
 * its question, one of its answer options, or any of its sentences of 40 characters or more,
 * in any language and any text of the case.
 */
function copiedScenarioText(base: KnowledgeBase): string[] {
  const problems: string[] = [];
  for (const entry of byMaterial(base, 'case')) {
    const item = scenarios.find((s) => s.id === entry.source);
    if (!item) continue;
    for (const locale of PILOT_LOCALES) {
      const scenario = item.scenario[locale] ?? '';
      const sentences = scenario.split(/(?<=[.!?…])\s+/).filter((s) => s.length >= 40);
      const originals = [
        scenario,
        item.prompt[locale] ?? '',
        ...item.options.map((o) => o.label[locale] ?? ''),
        ...sentences,
      ].filter((s) => s.length > 0);
      for (const field of TEXT_FIELDS) {
        const text = entry[field]?.[locale] ?? '';
        for (const original of originals)
          if (text.includes(original))
            problems.push(`${entry.id}/${field}/${locale}: "${original.slice(0, 40)}…"`);
      }
    }
  }
  return problems;
}

/** The timetable lines of a plan's body ("3. 10:30–10:45 …"), as minutes and text. */
function timetable(body: string): { minutes: number; text: string }[] {
  return [...body.matchAll(/^\d+\. (\d\d):(\d\d)–(\d\d):(\d\d) (.+)$/gm)].map((m) => ({
    minutes: Number(m[3]) * 60 + Number(m[4]) - (Number(m[1]) * 60 + Number(m[2])),
    text: m[5]!,
  }));
}

/**
 * Session plans for modules the catalogue does not have, whose duration is not the module's
 * hours, or whose English timetable (lunch breaks not counted) does not add up to it.
 */
function sessionProblems(base: KnowledgeBase, cat: Catalogue): string[] {
  const problems: string[] = [];
  for (const plan of byMaterial(base, 'session-plan')) {
    const [moduleId] = plan.modules;
    const module = cat.modules.find((m) => m.id === moduleId);
    if (!module || plan.modules.length !== 1) {
      problems.push(`${plan.id}: modules ${plan.modules.join()}`);
      continue;
    }
    if (plan.id !== `session-${module.id}`)
      problems.push(`${plan.id}: not named after ${module.id}`);
    if (plan.durationMinutes !== module.hours * 60)
      problems.push(`${plan.id}: ${plan.durationMinutes} minutes for ${module.hours} hours`);
    const taught = timetable(plan.body.en ?? '')
      .filter((s) => s.text !== 'Lunch break')
      .reduce((sum, s) => sum + s.minutes, 0);
    if (taught !== module.hours * 60) problems.push(`${plan.id}: timetable has ${taught} minutes`);
  }
  return problems;
}

/** Letter templates whose placeholders are not the same set in every language. */
function placeholderMismatches(base: KnowledgeBase): string[] {
  const problems: string[] = [];
  for (const letter of byMaterial(base, 'letter-template')) {
    const english = placeholders(letter.body.en ?? '');
    if (english.length === 0) problems.push(`${letter.id}: no placeholders`);
    for (const locale of PILOT_LOCALES) {
      const found = placeholders(letter.body[locale] ?? '');
      if (found.join() !== english.join())
        problems.push(`${letter.id}/${locale}: ${found.join()} instead of ${english.join()}`);
    }
  }
  return problems;
}

/** Ids of the toolkit a body names (cases a session plan uses …) that do not exist. */
function danglingReferences(base: KnowledgeBase, cat: Catalogue): string[] {
  const ids = new Set(base.entries.map((e) => e.id));
  const modules = new Set(cat.modules.map((m) => m.id));
  const problems: string[] = [];
  for (const entry of entriesOf(base))
    for (const field of ['body', 'trainerNotes'] as const)
      for (const locale of PILOT_LOCALES)
        for (const [id] of (entry[field]?.[locale] ?? '').matchAll(
          /\b(?:case|handout|letter|session)-[a-z0-9]+(?:-[a-z0-9]+)*/g,
        ))
          if (!ids.has(id) && !modules.has(id))
            problems.push(`${entry.id}/${field}/${locale}: ${id}`);
  return problems;
}

/** Texts missing in a pilot language, or identical to the English one. */
function untranslated(base: KnowledgeBase): string[] {
  const problems: string[] = [];
  for (const entry of entriesOf(base)) {
    if ([...entry.languages].sort().join() !== [...PILOT_LOCALES].sort().join())
      problems.push(`${entry.id}: languages ${entry.languages.join()}`);
    for (const field of TEXT_FIELDS) {
      const text = entry[field];
      if (!text) continue;
      for (const locale of PILOT_LOCALES) {
        const value = text[locale];
        if (!value?.trim()) problems.push(`${entry.id}/${field}/${locale}: missing`);
        else if (locale !== 'en' && value === text.en)
          problems.push(`${entry.id}/${field}/${locale}: same as English`);
      }
    }
  }
  return problems;
}

const clone = (): KnowledgeBase => structuredClone(toolkit);

describe('the trainers’ toolkit', () => {
  it('passes the knowledge-base schema and parses against the framework and the catalogue', () => {
    const valid = validateKnowledgeBase(toolkit);
    expect(valid ? [] : toIssues(validateKnowledgeBase.errors)).toEqual([]);
    const result = parseKnowledgeBase(toolkit, { framework, catalogue });
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('is licensed CC-BY-4.0, in the four pilot languages, with only toolkit entries', () => {
    expect(toolkit.license).toBe('CC-BY-4.0');
    expect([...toolkit.locales].sort()).toEqual([...PILOT_LOCALES].sort());
    expect(entriesOf(toolkit)).toHaveLength(toolkit.entries.length);
    expect(untranslated(toolkit)).toEqual([]);
  });

  it('has 17 cases, at least 8 session plans, 5 handouts and 5 letter templates, named by kind', () => {
    // 17 = the situational-judgement items of the staff self-assessment 2.0.0
    expect(scenarios).toHaveLength(17);
    expect(byMaterial(toolkit, 'case')).toHaveLength(17);
    expect(byMaterial(toolkit, 'session-plan').length).toBeGreaterThanOrEqual(8);
    expect(byMaterial(toolkit, 'handout').length).toBeGreaterThanOrEqual(5);
    expect(byMaterial(toolkit, 'letter-template').length).toBeGreaterThanOrEqual(5);
    const misnamed = entriesOf(toolkit).filter((e) => !e.id.startsWith(PREFIX[e.material]));
    expect(misnamed.map((e) => e.id)).toEqual([]);
  });

  it('retells every scenario of the self-assessment in exactly one case, tagged alike', () => {
    expect(caseCoverage(toolkit)).toEqual([]);
    // Hand-checked: the interpreter scenario is a practitioner item of working-with-interpreters.
    const daughter = byMaterial(toolkit, 'case').find((c) => c.source === 'wi-sjt-1');
    expect(daughter?.tags).toMatchObject({
      competences: ['working-with-interpreters'],
      levels: [2],
    });
    expect(daughter?.modules).toContain('working-with-interpreters-and-mediators');
  });

  it('gives every case questions for discussion and trainer notes, and copies no scenario text', () => {
    for (const c of byMaterial(toolkit, 'case')) {
      expect(c.trainerNotes, c.id).toBeDefined();
      // 3 or 4 numbered questions at the end of the body, in every language
      for (const locale of PILOT_LOCALES) {
        const questions = (c.body[locale] ?? '').split('\n\n').at(-1)?.split('\n') ?? [];
        expect(questions.length, `${c.id}/${locale}`).toBeGreaterThanOrEqual(3);
        expect(questions.length, `${c.id}/${locale}`).toBeLessThanOrEqual(4);
        expect(questions.every((q, i) => q.startsWith(`${i + 1}. `))).toBe(true);
      }
    }
    expect(copiedScenarioText(toolkit)).toEqual([]);
  });

  it('plans sessions for modules of the catalogue, timed to the module’s hours', () => {
    expect(sessionProblems(toolkit, catalogue)).toEqual([]);
    // Hand-checked: the interpreters' workshop is one day of 7 hours = 420 minutes.
    const interpreters = byMaterial(toolkit, 'session-plan').find(
      (p) => p.id === 'session-working-with-interpreters-and-mediators',
    );
    expect(interpreters?.durationMinutes).toBe(420);
    // 09:00–12:30 and 13:30–17:00: 210 + 210 minutes, lunch not counted
    expect(timetable(interpreters?.body.en ?? '').at(-1)?.text).toMatch(/^Close/);
  });

  it('uses the same placeholders in every language of a letter template', () => {
    expect(placeholderMismatches(toolkit)).toEqual([]);
    const reminder = byMaterial(toolkit, 'letter-template').find(
      (l) => l.id === 'letter-deadline-reminder',
    );
    expect(placeholders(reminder?.body.it ?? '')).toEqual([
      'action',
      'consequence',
      'contact',
      'deadline',
      'firstLetterDate',
      'name',
      'office',
      'phone',
    ]);
  });

  it('names only toolkit entries that exist', () => {
    expect(danglingReferences(toolkit, catalogue)).toEqual([]);
  });

  it('is exactly what the generator writes from its sources', async () => {
    expect(generateToolkit(await loadSources(), loadContext())).toEqual(toolkit);
  });
});

describe('the toolkit checks', () => {
  it('report broken copies', () => {
    const noCase = clone();
    noCase.entries = noCase.entries.filter(
      (e) => !(e.kind === 'toolkit' && e.source === 'dc-sjt-1'),
    );
    expect(caseCoverage(noCase)).toEqual(['dc-sjt-1: 0 cases']);

    const wrongLevel = clone();
    const pl = byMaterial(wrongLevel, 'case').find((c) => c.source === 'pl-sjt-1')!;
    pl.tags.levels = [3];
    expect(caseCoverage(wrongLevel)).toEqual([`${pl.id}: levels 3 for practitioner`]);

    const copied = clone();
    const ip = byMaterial(copied, 'case').find((c) => c.source === 'ip-sjt-1')!;
    const original = scenarios.find((s) => s.id === 'ip-sjt-1')!;
    ip.body.es = `${ip.body.es}\n\n${original.scenario.es}`;
    expect(copiedScenarioText(copied).some((p) => p.startsWith(`${ip.id}/body/es`))).toBe(true);

    const longer = clone();
    const plan = byMaterial(longer, 'session-plan')[0]!;
    plan.durationMinutes = (plan.durationMinutes ?? 0) + 60;
    expect(sessionProblems(longer, catalogue)).toEqual([
      `${plan.id}: ${plan.durationMinutes} minutes for ${plan.durationMinutes / 60 - 1} hours`,
    ]);

    const gap = clone();
    const first = byMaterial(gap, 'session-plan')[0]!;
    first.body.en = (first.body.en ?? '').replace(/^(\d+)\. 09:00–09:(\d\d) /m, '$1. 09:10–09:$2 ');
    expect(sessionProblems(gap, catalogue)).toEqual([`${first.id}: timetable has 830 minutes`]);

    const letters = clone();
    const letter = byMaterial(letters, 'letter-template')[0]!;
    letter.body.de = (letter.body.de ?? '').replace('{{name}}', '{{nome}}');
    expect(placeholderMismatches(letters)).toHaveLength(1);

    const dangling = clone();
    const handout = byMaterial(dangling, 'handout')[0]!;
    handout.body.it = `${handout.body.it} case-does-not-exist`;
    expect(danglingReferences(dangling, catalogue)).toEqual([
      `${handout.id}/body/it: case-does-not-exist`,
    ]);

    const english = clone();
    const h = byMaterial(english, 'handout')[1]!;
    h.title.es = h.title.en!;
    expect(untranslated(english)).toEqual([`${h.id}/title/es: same as English`]);
  });

  it('make the generator stop on bad sources, naming the entry', async () => {
    const context = loadContext();
    const fresh = async () => structuredClone(await loadSources());

    const unknown = await fresh();
    unknown.cases[0]!.source = 'xx-sjt-9';
    expect(() => generateToolkit(unknown, context)).toThrow(SourceError);
    expect(() => generateToolkit(unknown, context)).toThrow(/case .*xx-sjt-9/);

    const gap = await fresh();
    gap.sessionPlans[0]!.days[0]![1]![0] = '09:40';
    expect(() => generateToolkit(gap, context)).toThrow(/a gap or overlap before 09:40/);

    const letters = await fresh();
    letters.letters[0]!.body.es = letters.letters[0]!.body.es!.replace('{{phone}}', '{{telefono}}');
    expect(() => generateToolkit(letters, context)).toThrow(/placeholders in es/);

    const missing = await fresh();
    delete missing.handouts[0]!.title.it;
    expect(() => generateToolkit(missing, context)).toThrow(/title has no text in it/);
  });
});
