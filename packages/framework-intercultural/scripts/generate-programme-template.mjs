#!/usr/bin/env node
// Writes content/training/programme-template.json: a 12-month training programme that schedules
// the catalogue (content/training/catalogue.json) for a cohort of 300 people. Deterministic: no
// randomness, no clock; the same catalogue and plan always give the same file (a test checks that
// the committed file is exactly this output).
// Usage: node packages/framework-intercultural/scripts/generate-programme-template.mjs [--check]
//   --check: generate and compare with the committed file, write nothing; exit 1 if they differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const trainingDir = join(here, '..', 'content', 'training');
const outputFile = join(trainingDir, 'programme-template.json');

export const PERIOD = { start: '2027-01-01', end: '2027-12-31' };
export const COHORT_SIZE = 300;

/** A neutral set of breaks; a city replaces it with its own public and school holidays. */
export const HOLIDAYS = [
  { start: '2027-01-01', end: '2027-01-06', name: 'Winter break' },
  { start: '2027-03-22', end: '2027-03-29', name: 'Easter week' },
  { start: '2027-08-01', end: '2027-08-31', name: 'Summer break' },
  { start: '2027-12-20', end: '2027-12-31', name: 'Winter break' },
];

const MAX_SLIP_DAYS = 7;
const ROOMS = ['Town hall, training room 1', 'Town hall, training room 2'];

/**
 * The plan, module by module. `runs` sessions of `capacity` places each, either at the explicit
 * `starts` or spread evenly from `from` to `to`. `block` days in a row, then further meetings
 * `then` days after the first (moved to the next working day if needed). `place` is `online`,
 * `room` (one of the training rooms, never double-booked) or the name of a place.
 */
export const PLAN = [
  // Quarter 1: the online foundations, for everyone (3 x 100 places each).
  {
    module: 'intercultural-basics-online',
    runs: 3,
    capacity: 100,
    starts: ['2027-01-11', '2027-02-08', '2027-03-08'],
    block: 1,
    then: [7],
    place: 'online',
    trainer: 'E-learning tutor (HR training unit)',
  },
  {
    module: 'data-protection-and-equal-treatment-online',
    runs: 3,
    capacity: 100,
    starts: ['2027-01-13', '2027-02-10', '2027-03-10'],
    block: 1,
    place: 'online',
    trainer: 'E-learning tutor (data protection officer)',
  },
  {
    module: 'residence-and-work-permits-online',
    runs: 3,
    capacity: 100,
    starts: ['2027-01-18', '2027-02-15', '2027-03-15'],
    block: 1,
    then: [7],
    place: 'online',
    trainer: 'E-learning tutor (legal department)',
  },
  // The safe-referral e-learning, also in quarter 1, for everyone with public contact.
  {
    module: 'safe-referral-online',
    runs: 3,
    capacity: 100,
    starts: ['2027-01-20', '2027-02-17', '2027-03-17'],
    block: 1,
    place: 'online',
    trainer: 'E-learning tutor (youth welfare office and counselling centres)',
  },
  // New staff get a mentor when they start; no new mentoring groups over the summer.
  {
    module: 'mentoring-for-new-staff',
    runs: 8,
    capacity: 3,
    starts: [
      '2027-01-19',
      '2027-02-16',
      '2027-03-16',
      '2027-04-20',
      '2027-05-18',
      '2027-09-07',
      '2027-09-21',
      '2027-10-05',
    ],
    block: 1,
    then: [14, 28, 42, 56, 70],
    place: 'Town hall, meeting room',
    trainer: 'Experienced colleagues as mentors',
  },
  // Leadership early, so that team leads can back their staff's training during the year.
  {
    module: 'diversity-oriented-team-leadership',
    runs: 2,
    capacity: 14,
    starts: ['2027-02-03', '2027-09-15'],
    block: 1,
    then: [7, 14],
    place: 'room',
    trainer: 'HR department and external coach',
  },
  // Core workshops all year round; the anti-discrimination workshop is for everyone (19 x 16).
  {
    module: 'anti-discrimination-and-unconscious-bias',
    runs: 19,
    capacity: 16,
    from: '2027-02-23',
    to: '2027-12-07',
    block: 2,
    place: 'room',
    trainer: 'Anti-discrimination office',
  },
  {
    module: 'de-escalation-at-the-counter',
    runs: 8,
    capacity: 14,
    from: '2027-02-01',
    to: '2027-11-22',
    block: 2,
    place: 'room',
    trainer: 'External trainer (de-escalation and safety)',
  },
  {
    module: 'plain-language-letters-and-forms',
    runs: 6,
    capacity: 16,
    from: '2027-02-09',
    to: '2027-11-16',
    block: 2,
    place: 'room',
    trainer: 'External trainer (plain language)',
  },
  {
    module: 'working-with-interpreters-and-mediators',
    runs: 6,
    capacity: 16,
    from: '2027-02-18',
    to: '2027-11-11',
    block: 1,
    place: 'room',
    trainer: 'Community interpreting service',
  },
  {
    module: 'residence-and-work-permits-complex-cases',
    runs: 3,
    capacity: 16,
    starts: ['2027-03-02', '2027-06-08', '2027-10-12'],
    block: 3,
    place: 'room',
    trainer: 'Legal department',
  },
  {
    module: 'case-conferences-and-data-sharing',
    runs: 4,
    capacity: 16,
    from: '2027-03-09',
    to: '2027-11-09',
    block: 2,
    place: 'room',
    trainer: 'Social services and data protection officer',
  },
  {
    module: 'outreach-with-migrant-organisations',
    runs: 2,
    capacity: 16,
    starts: ['2027-04-13', '2027-10-05'],
    block: 2,
    place: 'room',
    trainer: 'Integration office with migrant organisations',
  },
  {
    module: 'trauma-aware-communication',
    runs: 3,
    capacity: 14,
    starts: ['2027-04-20', '2027-07-06', '2027-11-02'],
    block: 2,
    place: 'room',
    trainer: 'Psychosocial centre for refugees',
  },
  {
    module: 'safe-referral-complex-cases',
    runs: 6,
    capacity: 16,
    from: '2027-04-06',
    to: '2027-11-30',
    block: 2,
    place: 'room',
    trainer: 'Youth welfare office and specialised counselling centres',
  },
  // Job shadowing in rounds of six places, each with a debriefing a week later.
  {
    module: 'job-shadowing-another-department',
    runs: 6,
    capacity: 6,
    from: '2027-03-03',
    to: '2027-11-24',
    block: 1,
    then: [7],
    place: 'Host departments of the administration',
    trainer: 'Host departments, debriefing by the HR training unit',
  },
  {
    module: 'job-shadowing-community-organisation',
    runs: 4,
    capacity: 6,
    from: '2027-04-07',
    to: '2027-11-17',
    block: 2,
    then: [7],
    place: 'Partner organisations (counselling services, migrant organisations)',
    trainer: 'Partner organisations, debriefing by the integration office',
  },
  // Mid-year: peer exchanges with the partner cities and the study visits.
  {
    module: 'peer-exchange-front-office-practice',
    runs: 2,
    capacity: 10,
    starts: ['2027-05-18', '2027-06-22'],
    block: 3,
    place: 'Partner pilot city, host administration',
    trainer: 'Integration office and partner city',
  },
  {
    module: 'peer-exchange-leading-intercultural-opening',
    runs: 1,
    capacity: 10,
    starts: ['2027-06-08'],
    block: 3,
    place: 'Partner pilot city, host administration',
    trainer: 'Integration office and partner cities',
  },
  {
    module: 'peer-exchange-protection-protocols',
    runs: 1,
    capacity: 10,
    starts: ['2027-06-15'],
    block: 3,
    place: 'Partner pilot city, host administration',
    trainer: 'Integration office, youth welfare office and partner city',
  },
  {
    module: 'study-visit-one-stop-welcome-centre',
    runs: 1,
    capacity: 12,
    starts: ['2027-07-06'],
    block: 3,
    place: 'One-stop welcome centre, host city',
    trainer: 'Integration office',
  },
  {
    module: 'study-visit-community-participation',
    runs: 1,
    capacity: 12,
    starts: ['2027-07-13'],
    block: 2,
    place: 'Host city: integration council and network partners',
    trainer: 'Integration office',
  },
  // Late in the year: follow-up mentoring that builds on the complex-cases workshop.
  {
    module: 'mentoring-residence-law-multipliers',
    runs: 2,
    capacity: 3,
    starts: ['2027-09-06', '2027-09-08'],
    block: 1,
    then: [14, 28, 42, 56, 70, 84, 98],
    place: 'Town hall, meeting room',
    trainer: 'Senior case workers and legal department',
  },
];

const DAY = 86_400_000;
const toTime = (date) => Date.parse(`${date}T00:00:00Z`);
const toDate = (time) => new Date(time).toISOString().slice(0, 10);
const addDays = (date, n) => toDate(toTime(date) + n * DAY);

function isWorkingDay(date, holidays) {
  const weekday = new Date(toTime(date)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !holidays.some((h) => date >= h.start && date <= h.end);
}

/** Target start dates of a plan entry: explicit, or spread evenly over the working days of its window. */
function targets(entry) {
  if (entry.starts) return entry.starts;
  const workingDays = [];
  for (let d = entry.from; d <= entry.to; d = addDays(d, 1))
    if (isWorkingDay(d, HOLIDAYS)) workingDays.push(d);
  return Array.from(
    { length: entry.runs },
    (_, i) =>
      workingDays[
        entry.runs === 1 ? 0 : Math.round((i * (workingDays.length - 1)) / (entry.runs - 1))
      ],
  );
}

/** Modules in an order where every prerequisite comes first. */
function topological(modules) {
  const byId = new Map(modules.map((m) => [m.id, m]));
  const order = [];
  const state = new Map();
  const visit = (id, trail) => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') throw new Error(`prerequisite cycle: ${[...trail, id]}`);
    state.set(id, 'visiting');
    for (const p of byId.get(id)?.prerequisites ?? []) visit(p, [...trail, id]);
    state.set(id, 'done');
    order.push(id);
  };
  for (const m of modules) visit(m.id, []);
  return order;
}

/**
 * Schedules the catalogue by the plan and returns the programme template (a Programme).
 * @param {import('@competence-kit/schemas').Catalogue} catalogue
 * @returns {import('@competence-kit/schemas').Programme}
 */
export function generateProgrammeTemplate(catalogue) {
  const modules = new Map(catalogue.modules.map((m) => [m.id, m]));
  const plans = new Map(PLAN.map((p) => [p.module, p]));
  for (const id of modules.keys()) if (!plans.has(id)) throw new Error(`no plan for ${id}`);
  for (const id of plans.keys()) if (!modules.has(id)) throw new Error(`unknown module ${id}`);

  const roomDays = new Map(ROOMS.map((r) => [r, new Set()]));
  const firstEnds = new Map();
  const sessions = [];
  for (const id of topological(catalogue.modules)) {
    const module = modules.get(id);
    const entry = plans.get(id);
    if (entry.capacity > module.maxGroupSize) throw new Error(`${id}: capacity over maxGroupSize`);
    const days = entry.block + (entry.then?.length ?? 0);
    if (days !== (module.days ?? Math.ceil(module.hours / 7)))
      throw new Error(`${id}: the plan meets ${days} days, the module says ${module.days}`);
    // A dependant starts only after the first session of each prerequisite has ended.
    const earliest = (module.prerequisites ?? [])
      .map((p) => addDays(firstEnds.get(p), 1))
      .reduce((a, b) => (a > b ? a : b), PERIOD.start);
    const starts = targets(entry);
    if (starts.length !== entry.runs)
      throw new Error(`${id}: ${entry.runs} runs, ${starts.length} starts`);
    starts.forEach((target, i) => {
      let start = target > earliest ? target : earliest;
      for (;;) {
        if (start > PERIOD.end) throw new Error(`${id}: no dates left for run ${i + 1}`);
        const dates = place(start, entry);
        const room = dates && chooseRoom(entry, dates, roomDays);
        if (dates && room !== undefined) {
          if (dates.at(-1) > PERIOD.end)
            throw new Error(`${id}: run ${i + 1} ends after the period`);
          if (room) for (const d of dates) roomDays.get(room).add(d);
          if (i === 0) firstEnds.set(id, dates.at(-1));
          sessions.push({
            id: `${id}-${i + 1}`,
            module: id,
            dates,
            place:
              entry.place === 'online'
                ? { type: 'online' }
                : { type: 'in-person', name: room || entry.place },
            language: 'de',
            capacity: entry.capacity,
            trainer: entry.trainer,
          });
          break;
        }
        start = addDays(start, 1);
      }
    });
  }
  sessions.sort((a, b) => a.dates[0].localeCompare(b.dates[0]) || a.id.localeCompare(b.id));

  const major = catalogue.version.split('.')[0];
  return {
    $schema: 'https://w3id.org/competence-kit/schemas/programme/v1',
    id: 'programme-template',
    territory: 'template',
    title: {
      de: 'Vorlage für ein zwölfmonatiges Fortbildungsprogramm',
      it: 'Modello di programma formativo di dodici mesi',
      es: 'Plantilla de programa formativo de doce meses',
      en: 'Template for a twelve-month training programme',
    },
    catalogue: { id: catalogue.id, version: `^${major}.0.0` },
    period: PERIOD,
    cohortSize: COHORT_SIZE,
    holidays: HOLIDAYS,
    sessions,
  };
}

/** The dates of one run starting on `start`, or undefined if the run does not fit there. */
function place(start, entry) {
  const dates = [];
  for (let k = 0; k < entry.block; k++) {
    const d = addDays(start, k);
    if (!isWorkingDay(d, HOLIDAYS)) return undefined;
    dates.push(d);
  }
  for (const offset of entry.then ?? []) {
    const intended = addDays(start, offset);
    let d = intended;
    while (!isWorkingDay(d, HOLIDAYS) || d <= dates.at(-1)) d = addDays(d, 1);
    // A follow-up meeting may slip by a few days, not across a break: then start later.
    if (toTime(d) - toTime(intended) > MAX_SLIP_DAYS * DAY) return undefined;
    dates.push(d);
  }
  return dates;
}

/** '' for places that are not training rooms, a free room, or undefined if none is free. */
function chooseRoom(entry, dates, roomDays) {
  if (entry.place !== 'room') return '';
  return ROOMS.find((r) => dates.every((d) => !roomDays.get(r).has(d)));
}

async function main() {
  const catalogue = JSON.parse(readFileSync(join(trainingDir, 'catalogue.json'), 'utf8'));
  const programme = generateProgrammeTemplate(catalogue);
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(outputFile)) ?? {};
  const text = await prettier.format(JSON.stringify(programme), { ...options, parser: 'json' });
  if (process.argv.includes('--check')) {
    const same = readFileSync(outputFile, 'utf8') === text;
    console.log(same ? 'programme-template.json is up to date' : 'programme-template.json differs');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(outputFile, text);
  console.log(`wrote ${outputFile}: ${programme.sessions.length} sessions`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
