#!/usr/bin/env node
// Writes content/knowledge/toolkit.json, the trainers' toolkit (a knowledge base of `toolkit`
// entries), from one source module per kind of material: the case bank
// (cases-*.mjs), session plans (session-plans.mjs), handouts (handouts.mjs) and plain-language
// letter templates (letters.mjs); see types.d.mts for their format.
//
// The generator derives what must agree with the rest of the package instead of repeating it:
// a case's competence and level come from the self-assessment item it retells, its modules are
// the catalogue's workshops that train that competence to at least that level, and a session
// plan's competences, levels and duration come from its module in the catalogue. It stops with
// a message naming the entry when a text is missing in a language, an id repeats, a module,
// competence or scenario does not exist, a session plan's timetable has gaps or does not add up
// to the module's hours, a letter's placeholders differ between languages, or a body names a
// toolkit entry that does not exist. Deterministic: a test checks that the committed file is
// exactly this output.
// Usage: node packages/framework-intercultural/scripts/toolkit/generate.mjs [--check]
//   --check: generate and compare with the committed file, write nothing; exit 1 if they differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const content = join(here, '..', '..', 'content');
const outputFile = join(content, 'knowledge', 'toolkit.json');

export const LOCALES = ['de', 'it', 'es', 'en'];
/** The day the toolkit was first published; entries keep it until their text changes. */
export const PUBLISHED = '2026-12-06';
const LEVELS = ['foundation', 'practitioner', 'advanced', 'expert'];
/** The framework's level ids as the knowledge base's tags count them, 1–4. */
const rank = (level) => LEVELS.indexOf(level) + 1;

export class SourceError extends Error {}

const TITLE = {
  de: 'Werkzeugkasten für Trainerinnen und Trainer',
  it: 'Kit di strumenti per formatrici e formatori',
  es: 'Caja de herramientas para formadoras y formadores',
  en: "Trainers' toolkit",
};

/** The headings and fixed words of a session plan's body, per language. */
const PLAN_WORDS = {
  de: {
    objectives: 'Lernziele',
    sequence: 'Ablauf',
    day: (n) => `Tag ${n}`,
    methods: 'Methoden',
    materials: 'Material',
    checks: 'So prüfen Sie, was gelernt wurde',
    break: 'Kaffeepause',
    lunch: 'Mittagspause',
    title: (t) => `Ablaufplan: ${t}`,
    summary: (days, hours) =>
      `Ablaufplan für ${days === 1 ? 'einen Workshoptag' : `${days} Workshoptage`} mit ${hours} Stunden: Lernziele, Zeitplan, Methoden, Material und Lernkontrolle.`,
  },
  it: {
    objectives: 'Obiettivi',
    sequence: 'Programma',
    day: (n) => `Giorno ${n}`,
    methods: 'Metodi',
    materials: 'Materiali',
    checks: "Come verificare l'apprendimento",
    break: 'Pausa caffè',
    lunch: 'Pausa pranzo',
    title: (t) => `Programma della sessione: ${t}`,
    summary: (days, hours) =>
      `Programma per ${days === 1 ? 'una giornata' : `${days} giornate`} di workshop (${hours} ore): obiettivi, orari, metodi, materiali e verifica dell'apprendimento.`,
  },
  es: {
    objectives: 'Objetivos',
    sequence: 'Desarrollo',
    day: (n) => `Día ${n}`,
    methods: 'Métodos',
    materials: 'Materiales',
    checks: 'Cómo comprobar lo aprendido',
    break: 'Pausa para el café',
    lunch: 'Pausa para comer',
    title: (t) => `Plan de sesión: ${t}`,
    summary: (days, hours) =>
      `Plan para ${days === 1 ? 'una jornada' : `${days} jornadas`} de taller (${hours} horas): objetivos, horario, métodos, materiales y comprobación de lo aprendido.`,
  },
  en: {
    objectives: 'Objectives',
    sequence: 'Sequence',
    day: (n) => `Day ${n}`,
    methods: 'Methods',
    materials: 'Materials',
    checks: 'How to check what was learnt',
    break: 'Coffee break',
    lunch: 'Lunch break',
    title: (t) => `Session plan: ${t}`,
    summary: (days, hours) =>
      `Plan for ${days === 1 ? 'one workshop day' : `${days} workshop days`} (${hours} hours): objectives, timetable, methods, materials and how to check what was learnt.`,
  },
};

/** The source modules, by kind. */
export async function loadSources() {
  const load = async (file) => (await import(pathToFileURL(join(here, file)).href)).default;
  return {
    cases: [
      ...(await load('cases-values-communication.mjs')),
      ...(await load('cases-law-and-cooperation.mjs')),
    ],
    sessionPlans: await load('session-plans.mjs'),
    handouts: await load('handouts.mjs'),
    letters: await load('letters.mjs'),
  };
}

/** The package's framework, catalogue and staff self-assessment, read from content/. */
export function loadContext() {
  const read = (...path) => JSON.parse(readFileSync(join(content, ...path), 'utf8'));
  return {
    framework: read('framework.json'),
    catalogue: read('training', 'catalogue.json'),
    selfAssessment: read('instruments', 'staff-self-assessment.json'),
  };
}

/** The placeholder names of a template text (`{{name}}` → `name`), sorted, each once. */
export function placeholders(text) {
  return [...new Set([...text.matchAll(/\{\{([a-zA-Z]+)\}\}/g)].map((m) => m[1]))].sort();
}

function checkText(where, field, text) {
  if (text === null || typeof text !== 'object')
    throw new SourceError(`${where}: ${field} is missing`);
  for (const locale of LOCALES)
    if (typeof text[locale] !== 'string' || text[locale].trim() === '')
      throw new SourceError(`${where}: ${field} has no text in ${locale}`);
  const extra = Object.keys(text).filter((l) => !LOCALES.includes(l));
  if (extra.length > 0) throw new SourceError(`${where}: ${field} has unexpected locales ${extra}`);
}

const minutes = (hhmm) => {
  const m = /^(\d\d):(\d\d)$/.exec(hhmm);
  if (!m) throw new SourceError(`"${hhmm}" is not a time HH:MM`);
  return Number(m[1]) * 60 + Number(m[2]);
};

/** Situational-judgement items of the self-assessment, by id. */
function scenarios(instrument) {
  const byId = new Map();
  for (const section of instrument.sections)
    for (const item of section.items)
      if (item.type === 'situational-judgement') byId.set(item.id, item);
  return byId;
}

/** Workshops (or, if none, any modules) that develop `competence` to at least `level`. */
function modulesFor(catalogue, competence, level) {
  const fit = catalogue.modules.filter((m) =>
    m.competences.some((c) => c.competence === competence && rank(c.upTo) >= rank(level)),
  );
  const workshops = fit.filter((m) => m.format === 'workshop');
  return (workshops.length > 0 ? workshops : fit).map((m) => m.id);
}

function caseEntry(source, items, catalogue) {
  const where = `case ${source.slug}`;
  const item = items.get(source.source);
  if (!item)
    throw new SourceError(
      `${where}: ${source.source} is no situational item of the self-assessment`,
    );
  for (const field of ['title', 'summary', 'body', 'trainerNotes'])
    checkText(where, field, source[field]);
  const modules = modulesFor(catalogue, item.competence, item.level);
  if (modules.length === 0)
    throw new SourceError(`${where}: no module trains ${item.competence} to ${item.level}`);
  return {
    kind: 'toolkit',
    id: `case-${source.slug}`,
    material: 'case',
    title: source.title,
    summary: source.summary,
    languages: [...LOCALES],
    tags: {
      competences: [item.competence],
      levels: [rank(item.level)],
      vopiLevels: source.vopiLevels,
    },
    published: PUBLISHED,
    modules,
    body: source.body,
    trainerNotes: source.trainerNotes,
    source: item.id,
  };
}

/** A session plan's body in one language, after checking its timetable. */
function planBody(plan, locale, where) {
  const w = PLAN_WORDS[locale];
  const list = (texts) => texts.map((t) => `- ${t[locale]}`).join('\n');
  const blocks = [w.objectives, list(plan.objectives)];
  plan.days.forEach((steps, d) => {
    blocks.push(plan.days.length === 1 ? w.sequence : w.day(d + 1));
    blocks.push(
      steps
        .map(([start, end, what], k) => {
          const text = what === 'break' ? w.break : what === 'lunch' ? w.lunch : what[locale];
          return `${k + 1}. ${start}–${end} ${text}`;
        })
        .join('\n'),
    );
  });
  blocks.push(w.methods, list(plan.methods), w.materials, list(plan.materials));
  blocks.push(w.checks, list(plan.checks));
  if (blocks.some((b) => b === undefined || b.includes('undefined')))
    throw new SourceError(`${where}: a text is missing in ${locale}`);
  return blocks.join('\n\n');
}

/** Teaching minutes of a plan (lunch does not count), checking that each day has no gaps. */
function teachingMinutes(plan, where) {
  let total = 0;
  plan.days.forEach((steps, d) => {
    let previousEnd;
    for (const [start, end, what] of steps) {
      const s = minutes(start);
      const e = minutes(end);
      if (e <= s)
        throw new SourceError(`${where}: day ${d + 1}: ${start}–${end} ends before it starts`);
      if (previousEnd !== undefined && s !== previousEnd)
        throw new SourceError(`${where}: day ${d + 1}: a gap or overlap before ${start}`);
      previousEnd = e;
      if (what !== 'lunch') total += e - s;
    }
  });
  return total;
}

function sessionEntry(plan, catalogue) {
  const where = `session plan ${plan.module}`;
  const module = catalogue.modules.find((m) => m.id === plan.module);
  if (!module) throw new SourceError(`${where}: no module ${plan.module} in the catalogue`);
  for (const [field, texts] of Object.entries({
    objectives: plan.objectives,
    methods: plan.methods,
    materials: plan.materials,
    checks: plan.checks,
  }))
    texts.forEach((t, i) => checkText(where, `${field} ${i + 1}`, t));
  plan.days.forEach((steps, d) =>
    steps.forEach(([start, , what]) => {
      if (what !== 'break' && what !== 'lunch') checkText(where, `day ${d + 1} ${start}`, what);
    }),
  );
  const duration = module.hours * 60;
  const taught = teachingMinutes(plan, where);
  if (taught !== duration)
    throw new SourceError(`${where}: the timetable has ${taught} minutes, the module ${duration}`);
  if (module.days !== undefined && plan.days.length !== module.days)
    throw new SourceError(`${where}: ${plan.days.length} days, the module has ${module.days}`);
  const text = (f) => Object.fromEntries(LOCALES.map((l) => [l, f(l)]));
  return {
    kind: 'toolkit',
    id: `session-${module.id}`,
    material: 'session-plan',
    title: text((l) => PLAN_WORDS[l].title(module.title[l])),
    summary: text((l) => PLAN_WORDS[l].summary(plan.days.length, module.hours)),
    languages: [...LOCALES],
    tags: {
      competences: module.competences.map((c) => c.competence),
      levels: [...new Set(module.competences.map((c) => rank(c.upTo)))].sort(),
      vopiLevels: plan.vopiLevels,
    },
    published: PUBLISHED,
    modules: [module.id],
    durationMinutes: duration,
    body: text((l) => planBody(plan, l, where)),
  };
}

function handoutEntry(source) {
  const where = `handout ${source.slug}`;
  for (const field of ['title', 'summary', 'body']) checkText(where, field, source[field]);
  return {
    kind: 'toolkit',
    id: `handout-${source.slug}`,
    material: 'handout',
    title: source.title,
    summary: source.summary,
    languages: [...LOCALES],
    tags: {
      competences: source.competences,
      levels: source.levels,
      vopiLevels: source.vopiLevels,
    },
    published: PUBLISHED,
    modules: [...source.modules],
    body: source.body,
  };
}

function letterEntry(source) {
  const where = `letter ${source.slug}`;
  for (const field of ['title', 'summary', 'body']) checkText(where, field, source[field]);
  const expected = placeholders(source.body.en);
  for (const locale of LOCALES) {
    const found = placeholders(source.body[locale]);
    if (found.join() !== expected.join())
      throw new SourceError(
        `${where}: placeholders in ${locale} (${found.join(', ')}) differ from en (${expected.join(', ')})`,
      );
  }
  return {
    kind: 'toolkit',
    id: `letter-${source.slug}`,
    material: 'letter-template',
    title: source.title,
    summary: source.summary,
    languages: [...LOCALES],
    tags: {
      competences: source.competences,
      levels: [2, 3],
      vopiLevels: ['services-and-access'],
    },
    published: PUBLISHED,
    modules: [...source.modules],
    body: source.body,
  };
}

/** Ids of toolkit entries a text names (`case-…`, `handout-…`, `letter-…`, `session-…`). */
export function referencedIds(text) {
  return [...text.matchAll(/\b(?:case|handout|letter|session)-[a-z0-9]+(?:-[a-z0-9]+)*/g)].map(
    (m) => m[0],
  );
}

/** The toolkit from the sources and the package's content, checked. */
export function generateToolkit(sources, context) {
  const { framework, catalogue, selfAssessment } = context;
  const items = scenarios(selfAssessment);
  const entries = [
    ...sources.cases.map((c) => caseEntry(c, items, catalogue)),
    ...sources.sessionPlans.map((p) => sessionEntry(p, catalogue)),
    ...sources.handouts.map(handoutEntry),
    ...sources.letters.map(letterEntry),
  ];
  const ids = new Set();
  const competences = new Set(framework.competences.map((c) => c.id));
  const modules = new Set(catalogue.modules.map((m) => m.id));
  for (const entry of entries) {
    if (ids.has(entry.id)) throw new SourceError(`${entry.id}: the id is used twice`);
    ids.add(entry.id);
    for (const c of entry.tags.competences)
      if (!competences.has(c)) throw new SourceError(`${entry.id}: no competence ${c}`);
    for (const m of entry.modules)
      if (!modules.has(m)) throw new SourceError(`${entry.id}: no module ${m} in the catalogue`);
  }
  // A module id may look like an entry id ("case-conferences-…"); it is not a reference.
  const byId = new Map(entries.map((e) => [e.id, e]));
  for (const entry of entries)
    for (const field of ['body', 'trainerNotes'])
      for (const locale of LOCALES)
        for (const id of referencedIds(entry[field]?.[locale] ?? ''))
          if (!ids.has(id) && !modules.has(id))
            throw new SourceError(
              `${entry.id}: ${field} (${locale}) names ${id}, which does not exist`,
            );
  // Material a session plan uses serves that plan's module too.
  for (const plan of entries.filter((e) => e.material === 'session-plan'))
    for (const id of new Set(referencedIds(plan.body.en))) {
      const used = byId.get(id);
      if (used && used !== plan && !used.modules.includes(plan.modules[0]))
        used.modules.push(plan.modules[0]);
    }
  return {
    $schema: 'https://w3id.org/competence-kit/schemas/knowledge-base/v1',
    id: 'trainers-toolkit',
    title: TITLE,
    locales: [...LOCALES],
    license: 'CC-BY-4.0',
    entries,
  };
}

/** The toolkit as the committed file: JSON formatted by Prettier with the repository's settings. */
export async function formatToolkit(toolkit) {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(outputFile)) ?? {};
  return prettier.format(JSON.stringify(toolkit), { ...options, parser: 'json' });
}

async function main() {
  let toolkit;
  try {
    toolkit = generateToolkit(await loadSources(), loadContext());
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    console.error(`The toolkit was not written: ${error.message}`);
    process.exit(1);
  }
  const text = await formatToolkit(toolkit);
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(outputFile, 'utf8');
    } catch {
      // a missing file differs
    }
    const same = committed === text;
    console.log(same ? 'toolkit.json is up to date' : 'toolkit.json differs');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(outputFile, text);
  console.log(`wrote ${outputFile}: ${toolkit.entries.length} entries`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
