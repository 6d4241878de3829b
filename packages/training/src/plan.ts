import * as z from 'zod/mini';
import type {
  Catalogue,
  Holiday,
  Module,
  Programme,
  ProgrammeSession,
  SessionPlace,
  UnplacedModule,
} from '@competence-kit/schemas';
import { dayNumber, isoDate, monthOf, weekday } from './calendar.js';
import { prerequisiteClosure, prerequisiteCycles, topologicalOrder } from './graph.js';
import { offersLanguage } from './languages.js';

const IsoDate = z
  .string()
  .check(z.refine((s) => dayNumber(s) !== undefined, 'a real date YYYY-MM-DD'));
const Constraints = z.object({
  id: z.string().check(z.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'a kebab-case id')),
  territory: z.string().check(z.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'a kebab-case id')),
  period: z
    .object({ start: IsoDate, end: IsoDate })
    .check(
      z.refine(
        (p) => dayNumber(p.start)! <= dayNumber(p.end)!,
        'the period must not end before it starts',
      ),
    ),
  cohortSize: z.int().check(z.minimum(1), z.maximum(100_000)),
  language: z.string().check(z.minLength(2), z.maxLength(35)),
  maxDaysPerMonth: z.number().check(z.gt(0), z.lte(31)),
  hoursPerPerson: z.optional(z.nullable(z.number().check(z.gt(0)))),
  maxParallelSessions: z.optional(z.int().check(z.minimum(1), z.maximum(1000))),
  holidays: z.optional(
    z.array(
      z
        .object({ start: IsoDate, end: IsoDate, name: z.optional(z.string()) })
        .check(
          z.refine(
            (h) => dayNumber(h.start)! <= dayNumber(h.end)!,
            'a holiday must not end before it starts',
          ),
        ),
    ),
  ),
  participants: z.optional(
    z.array(z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'a pseudonym'))),
  ),
  weekdays: z.optional(z.array(z.int().check(z.minimum(0), z.maximum(6)))),
  place: z.optional(
    z.custom<SessionPlace>((p) => typeof p === 'object' && p !== null && 'type' in p),
  ),
  trainer: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
});

/**
 * A prioritised training need: a competence and how pressing it is. `NeedPriority` from
 * `@competence-kit/needs-analysis` fits this shape.
 */
export interface PlanNeed {
  competence: string;
  /** Higher is more pressing; only the order and relative size matter. */
  priority: number;
}

/**
 * Constraints of {@link planProgramme}.
 *
 * @example
 * ```ts
 * const constraints: PlanConstraints = {
 *   id: 'offenbach-2027', territory: 'landkreis-offenbach',
 *   period: { start: '2027-01-01', end: '2027-12-31' },
 *   cohortSize: 300, language: 'de', maxDaysPerMonth: 2, hoursPerPerson: 60,
 *   holidays: [{ start: '2027-12-24', end: '2027-12-31', name: 'Winter break' }],
 * };
 * ```
 */
export interface PlanConstraints {
  /** Id of the programme document. */
  id: string;
  /** The territory it is for. */
  territory: string;
  /** First and last day of the programme (inclusive), usually 12 months. */
  period: { start: string; end: string };
  /** How many people take the programme. */
  cohortSize: number;
  /** The language every session is given in. */
  language: string;
  /** The most training days a person may have in one calendar month. */
  maxDaysPerMonth: number;
  /** The most training hours per person over the programme; absent or null for no limit. */
  hoursPerPerson?: number | null;
  /** How many in-person sessions may run on the same day (rooms, trainers). Default 2. Online sessions do not count. */
  maxParallelSessions?: number;
  /** Days without sessions, inclusive ranges. */
  holidays?: Holiday[];
  /** The participants' pseudonyms, `cohortSize` of them; default `p-001`, `p-002`, … */
  participants?: string[];
  /** Days of the week sessions may fall on, 0 = Sunday … 6 = Saturday. Default Monday to Friday. */
  weekdays?: number[];
  /** Where in-person sessions take place. Default a training room of the territory. */
  place?: SessionPlace;
  /** The trainer to write on every session, if known. */
  trainer?: string;
}

/** A need no module was chosen for. */
export interface UncoveredNeed {
  competence: string;
  /** `no-module`: none develops it; `no-module-in-language`; `budget`: `hoursPerPerson` is used up. */
  reason: 'no-module' | 'no-module-in-language' | 'budget';
}

/** Training days per person in one month. */
export interface MonthlyLoad {
  /** `YYYY-MM`. */
  month: string;
  /** The highest number of days any one person has in the month; never above `maxDaysPerMonth`. */
  maxDays: number;
  /** The mean over the cohort. */
  meanDays: number;
}

/** The result of {@link planProgramme}. */
export interface ProgrammePlan {
  /** The schedule as a programme document; `unplaced` lists what could not be scheduled. */
  programme: Programme;
  /** The modules chosen, in the order they were scheduled (prerequisites first). */
  modules: string[];
  /** Needs no chosen module addresses, and why. */
  uncovered: UncoveredNeed[];
  /** Training days per person and month, over the programme's months. */
  load: MonthlyLoad[];
}

interface Calendar {
  /** Working days of the period in order, as day numbers. */
  days: number[];
  /** The month index (0 = the period's first month) of each working day. */
  month: number[];
  months: string[];
}

function calendarOf(c: PlanConstraints): Calendar {
  const start = dayNumber(c.period.start)!;
  const end = dayNumber(c.period.end)!;
  const allowed = new Set(c.weekdays ?? [1, 2, 3, 4, 5]);
  const off = new Set<number>();
  for (const h of c.holidays ?? [])
    for (let d = dayNumber(h.start)!; d <= dayNumber(h.end)!; d++) off.add(d);
  const months: string[] = [];
  const calendar: Calendar = { days: [], month: [], months };
  for (let d = start; d <= end; d++) {
    const m = monthOf(d);
    if (months[months.length - 1] !== m) months.push(m);
    if (!allowed.has(weekday(d)) || off.has(d)) continue;
    calendar.days.push(d);
    calendar.month.push(months.length - 1);
  }
  return calendar;
}

/** Chooses modules for the needs, most pressing first, within the hours per person. */
function chooseModules(
  needs: readonly PlanNeed[],
  catalogue: Catalogue,
  c: PlanConstraints,
): { chosen: string[]; uncovered: UncoveredNeed[] } {
  const byId = new Map(catalogue.modules.map((m) => [m.id, m]));
  const priority = new Map<string, number>();
  for (const n of needs)
    priority.set(n.competence, Math.max(priority.get(n.competence) ?? 0, n.priority));
  const budget = c.hoursPerPerson ?? null;
  const bundles = new Map<string, Module[]>();
  for (const m of catalogue.modules) {
    const closure = prerequisiteClosure(m.id, byId);
    if (!closure) continue;
    const bundle = [...[...closure].map((p) => byId.get(p)!), m];
    if (bundle.every((b) => offersLanguage(b.languages, c.language))) bundles.set(m.id, bundle);
  }
  const covered = new Set<string>();
  const taken = new Set<string>();
  const chosen: string[] = [];
  let spent = 0;
  for (;;) {
    let best: { add: Module[]; gain: number; cost: number } | undefined;
    for (const [id, bundle] of bundles) {
      if (taken.has(id)) continue;
      const add = bundle.filter((m) => !taken.has(m.id));
      const cost = add.reduce((s, m) => s + m.hours, 0);
      if (budget !== null && spent + cost > budget + 1e-9) continue;
      const newly = new Set<string>();
      for (const m of add)
        for (const mc of m.competences)
          if (priority.has(mc.competence) && !covered.has(mc.competence)) newly.add(mc.competence);
      let gain = 0;
      for (const comp of newly) gain += priority.get(comp)!;
      if (gain <= 0) continue;
      if (
        !best ||
        gain > best.gain + 1e-12 ||
        (Math.abs(gain - best.gain) <= 1e-12 && cost < best.cost)
      )
        best = { add, gain, cost };
    }
    if (!best) break;
    for (const m of best.add) {
      taken.add(m.id);
      chosen.push(m.id);
      for (const mc of m.competences) covered.add(mc.competence);
    }
    spent += best.cost;
  }
  const uncovered: UncoveredNeed[] = [];
  for (const competence of priority.keys()) {
    if (covered.has(competence)) continue;
    const developing = catalogue.modules.filter((m) =>
      m.competences.some((mc) => mc.competence === competence),
    );
    uncovered.push({
      competence,
      reason:
        developing.length === 0
          ? 'no-module'
          : developing.some((m) => bundles.has(m.id))
            ? 'budget'
            : 'no-module-in-language',
    });
  }
  return { chosen: topologicalOrder(chosen, (id) => byId.get(id)?.prerequisites ?? []), uncovered };
}

/** Group sizes as even as possible, none above `cap`. */
function groupSizes(people: number, cap: number): number[] {
  const groups = Math.ceil(people / cap);
  const base = Math.floor(people / groups);
  return Array.from({ length: groups }, (_, i) => base + (i < people % groups ? 1 : 0));
}

/**
 * Plans a programme: from a territory's prioritised needs, a schedule of module sessions for
 * the whole cohort over the period (usually 12 months).
 *
 * 1. **Modules.** Greedily, the module (with its prerequisites) that addresses the most
 *    priority among needs not yet addressed, within `hoursPerPerson`; ties go to fewer hours,
 *    then catalogue order. Every participant takes every chosen module.
 * 2. **Sessions.** In prerequisite order, each module's participants are split into groups as
 *    even as possible of at most `maxGroupSize`, those ready earliest together. Each group gets
 *    the first run of `days` consecutive working days (not a holiday, an allowed weekday,
 *    inside the period) that starts after every member finished the prerequisites, where
 *    fewer than `maxParallelSessions` in-person sessions already run, and which keeps every
 *    member within `maxDaysPerMonth`.
 * 3. **What does not fit** is reported in `programme.unplaced` with the number of people and
 *    the reason (`no-language`, `no-dates`, `monthly-load`, `prerequisite-unplaced`,
 *    `prerequisite-cycle`, `unknown-module`), and needs no module addresses in `uncovered`.
 *    Nobody is silently dropped: every participant is either in a session of each chosen
 *    module or counted in an unplaced entry.
 *
 * Deterministic: the same input gives the same plan.
 *
 * @throws TypeError for malformed constraints (with the path and what was expected).
 * @example
 * ```ts
 * const needs = prioritiseNeeds(study, framework, { instruments }); // NeedPriority[]
 * const plan = planProgramme(needs.slice(0, 8), catalogue, constraints);
 * for (const s of plan.programme.sessions) console.log(s.module, s.dates[0], s.participants?.length);
 * for (const u of plan.programme.unplaced ?? []) console.warn(u.module, u.reason, u.message);
 * ```
 */
export function planProgramme(
  needs: readonly PlanNeed[],
  catalogue: Catalogue,
  constraints: PlanConstraints,
): ProgrammePlan {
  const parsed = Constraints.safeParse(constraints);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new TypeError(
      `Invalid planProgramme constraints at ${first.path.join('.') || '(root)'}: ${first.message}`,
    );
  }
  const c = constraints;
  if (c.participants && c.participants.length !== c.cohortSize)
    throw new TypeError(
      `Invalid planProgramme constraints at participants: expected ${c.cohortSize} pseudonyms (the cohortSize), got ${c.participants.length}.`,
    );
  const people =
    c.participants ??
    Array.from({ length: c.cohortSize }, (_, i) => `p-${String(i + 1).padStart(3, '0')}`);
  const calendar = calendarOf(c);
  const byId = new Map(catalogue.modules.map((m) => [m.id, m]));
  const cyclic = new Set(prerequisiteCycles(catalogue.modules).flat());
  const { chosen, uncovered } = chooseModules(needs, catalogue, c);

  const unplaced: UnplacedModule[] = [];
  const sessions: ProgrammeSession[] = [];
  // Per person: the day after which they may start a module, per module; and days per month.
  const finished = new Map<string, Int32Array>(); // module → last day per person (−1: not placed)
  const load = people.map(() => new Uint8Array(calendar.months.length));
  const parallel = new Uint16Array(calendar.days.length);
  const maxParallel = c.maxParallelSessions ?? 2;
  const place: SessionPlace = c.place ?? {
    type: 'in-person',
    name: `Training room, ${c.territory}`,
  };

  for (const id of chosen) {
    const module = byId.get(id)!;
    const fail = (reason: UnplacedModule['reason'], count: number, message: string) =>
      unplaced.push({ module: id, people: count, reason, message });
    if (cyclic.has(id)) {
      fail('prerequisite-cycle', people.length, `Module "${id}" is part of a prerequisite cycle.`);
      continue;
    }
    const prereqs = module.prerequisites ?? [];
    if (prereqs.some((p) => !byId.has(p))) {
      fail('unknown-module', people.length, `A prerequisite of "${id}" is not in the catalogue.`);
      continue;
    }
    if (!offersLanguage(module.languages, c.language)) {
      fail('no-language', people.length, `Module "${id}" is not offered in "${c.language}".`);
      continue;
    }
    const days = module.days ?? Math.ceil(module.hours / 7);
    const online =
      (module.delivery ?? (module.format === 'e-learning' ? 'online' : 'in-person')) === 'online';
    const last = new Int32Array(people.length).fill(-1);
    finished.set(id, last);

    // Who may take it, and from which working-day index on.
    const ready: { person: number; from: number }[] = [];
    let blocked = 0;
    people.forEach((_, p) => {
      let from = 0;
      for (const pre of prereqs) {
        const end = finished.get(pre)?.[p] ?? -1;
        if (end < 0) return void blocked++;
        from = Math.max(from, end + 1);
      }
      ready.push({ person: p, from });
    });
    if (blocked > 0)
      fail(
        'prerequisite-unplaced',
        blocked,
        `${blocked} ${blocked === 1 ? 'person has' : 'people have'} no place in a prerequisite of "${id}" (${prereqs.join(', ')}).`,
      );
    ready.sort((a, b) => a.from - b.from || a.person - b.person);

    let offset = 0;
    let sessionNo = 0;
    let noDates = 0;
    let overload = 0;
    for (const size of groupSizes(ready.length, module.maxGroupSize)) {
      const group = ready.slice(offset, (offset += size));
      const placedAt = findSlot(
        group,
        days,
        online,
        calendar,
        load,
        parallel,
        maxParallel,
        c.maxDaysPerMonth,
      );
      if (placedAt.start < 0) {
        if (placedAt.loadBlocked) overload += group.length;
        else noDates += group.length;
        continue;
      }
      const dayIdx = Array.from({ length: days }, (_, k) => placedAt.start + k);
      for (const d of dayIdx) {
        if (!online) parallel[d]! += 1;
        for (const g of group) load[g.person]![calendar.month[d]!]! += 1;
      }
      for (const g of group) last[g.person] = dayIdx[dayIdx.length - 1]!;
      sessionNo += 1;
      sessions.push({
        id: `${id}-${sessionNo}`,
        module: id,
        dates: dayIdx.map((d) => isoDate(calendar.days[d]!)),
        place: online ? { type: 'online' } : place,
        language: c.language,
        capacity: module.maxGroupSize,
        ...(c.trainer !== undefined && { trainer: c.trainer }),
        participants: group.map((g) => people[g.person]!),
      });
    }
    if (overload > 0)
      fail(
        'monthly-load',
        overload,
        `${overload} ${overload === 1 ? 'person' : 'people'} could not take "${id}" (${days} day${days === 1 ? '' : 's'}) without exceeding ${c.maxDaysPerMonth} training day(s) a month before ${c.period.end}.`,
      );
    if (noDates > 0)
      fail(
        'no-dates',
        noDates,
        `No ${days} consecutive working day(s) with a free slot were left before ${c.period.end} for ${noDates} ${noDates === 1 ? 'person' : 'people'} of "${id}".`,
      );
  }

  const programme: Programme = {
    id: c.id,
    territory: c.territory,
    catalogue: { id: catalogue.id, version: catalogue.version },
    period: { start: c.period.start, end: c.period.end },
    cohortSize: c.cohortSize,
    ...(c.holidays && { holidays: c.holidays }),
    sessions: sessions.sort((a, b) =>
      a.dates[0]! < b.dates[0]! ? -1 : a.dates[0]! > b.dates[0]! ? 1 : 0,
    ),
    unplaced,
  };
  const monthly = calendar.months.map((month, m) => {
    let max = 0;
    let sum = 0;
    for (const l of load) {
      max = Math.max(max, l[m]!);
      sum += l[m]!;
    }
    return { month, maxDays: max, meanDays: sum / people.length };
  });
  return { programme, modules: chosen, uncovered, load: monthly };
}

/**
 * The first working-day index where `days` consecutive working days suit every member of the
 * group, or −1; `loadBlocked` says whether the monthly load was what stood in the way at
 * some otherwise free date.
 */
function findSlot(
  group: readonly { person: number; from: number }[],
  days: number,
  online: boolean,
  calendar: Calendar,
  load: readonly Uint8Array[],
  parallel: Uint16Array,
  maxParallel: number,
  maxDaysPerMonth: number,
): { start: number; loadBlocked: boolean } {
  const from = group.reduce((m, g) => Math.max(m, g.from), 0);
  const perMonth = new Map<number, number>();
  let loadBlocked = false;
  for (let start = from; start + days <= calendar.days.length; start++) {
    // Consecutive working days: no weekend or holiday inside counts as a break only if the
    // calendar days are adjacent in the working-day list; a run over a weekend is allowed.
    let free = true;
    perMonth.clear();
    for (let k = 0; k < days && free; k++) {
      if (!online && parallel[start + k]! >= maxParallel) free = false;
      const m = calendar.month[start + k]!;
      perMonth.set(m, (perMonth.get(m) ?? 0) + 1);
    }
    if (!free) continue;
    let fits = true;
    for (const [m, extra] of perMonth) {
      if (extra > maxDaysPerMonth) fits = false;
      for (let g = 0; g < group.length && fits; g++)
        if (load[group[g]!.person]![m]! + extra > maxDaysPerMonth) fits = false;
      if (!fits) break;
    }
    if (fits) return { start, loadBlocked: false };
    loadBlocked = true;
  }
  return { start: -1, loadBlocked };
}
